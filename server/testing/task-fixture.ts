import type { AppContext } from '../platform/context';
import { SYSTEM_ACTOR } from '../platform/actor';
import { createTask } from '../tasks/create-task';
import { completeTask } from '../tasks/complete-task';
import { reportProgress } from '../tasks/report-progress';
import { urgeAssignment } from '../tasks/urge';
import { createProgramme } from '../tasks/programmes';
import {
  registerIncomingDocument,
  recordExternalDocument,
} from '../documents/record-received-document';
import type { PermissionFixture, Side } from './permission-fixture';

let seq = 0;

/** Task resources for the permission matrix, on either side of every scope. */
export interface TaskFixture {
  freshTask(
    side: Side,
    opts?: { completed?: boolean },
  ): Promise<{ id: number; leadAssignmentId: number }>;
  freshPendingReport(side: Side): Promise<number>;
  freshExtension(side: Side, status: 'requested' | 'forwarded'): Promise<number>;
  freshUrging(side: Side): Promise<number>;
  freshProgramme(side: Side): Promise<number>;
  freshIncoming(side: Side): Promise<number>;
  freshDocumentId(side: Side): Promise<number>;
}

/** Builds task resources with the system actor (the matrix then calls the API as each role). */
export async function buildTaskFixture(
  ctx: AppContext,
  f: PermissionFixture,
): Promise<TaskFixture> {
  const actor = SYSTEM_ACTOR;
  const province = (side: Side) => (side === 'own' ? f.t : f.u);
  // Reports of the Sở KH&ĐT on both sides wait for its leader's approval.
  await ctx.db.write((tx) =>
    tx
      .insertInto('unit_task_settings')
      .values([
        { unit_id: f.t.skhdt.id, requires_progress_approval: 1 },
        { unit_id: f.u.skhdt.id, requires_progress_approval: 1 },
      ])
      .execute(),
  );
  const fixture: TaskFixture = {
    async freshTask(side, opts = {}) {
      seq += 1;
      const t = await createTask(ctx, {
        actor,
        input: {
          content: `Nhiệm vụ ma trận ${seq}`,
          assigningUnit: province(side).ubnd.id,
          leadUnit: f.ownUnit(side).id,
          deadline: '2023-12-31',
          assignedOn: '2023-06-01',
        },
      });
      if (opts.completed)
        await completeTask(ctx, { actor, input: { taskId: t.id, completedOn: '2023-07-01' } });
      const lead = t.assignments.find((a) => a.role === 'lead');
      return { id: t.id, leadAssignmentId: lead?.id ?? 0 };
    },
    async freshPendingReport(side) {
      const t = await fixture.freshTask(side);
      const r = await reportProgress(ctx, {
        actor,
        input: {
          taskId: t.id,
          assignmentId: t.leadAssignmentId,
          percent: 40,
          narrative: 'Đang thực hiện',
        },
      });
      return r.reportId;
    },
    async freshExtension(side, status) {
      const t = await fixture.freshTask(side);
      const { id } = await ctx.db.write((tx) =>
        tx
          .insertInto('task_extensions')
          .values({
            task_id: t.id,
            requested_on: '2023-07-03',
            requested_deadline: '2024-03-31',
            reason: 'Cần thêm thời gian',
            status,
            requested_by_user_id: null,
            forwarded_by_user_id: null,
            forwarded_on: status === 'forwarded' ? '2023-07-04' : null,
            decided_by_user_id: null,
            decided_on: null,
            decision_note: null,
            approving_document_id: null,
            created_at: '2023-07-03T01:00:00.000Z',
          })
          .returning('id')
          .executeTakeFirstOrThrow(),
      );
      return id;
    },
    async freshUrging(side) {
      const t = await fixture.freshTask(side);
      return (
        await urgeAssignment(ctx, {
          actor,
          input: {
            assignmentId: t.leadAssignmentId,
            kind: 'nhac_nho',
            message: 'Đề nghị khẩn trương',
          },
        })
      ).id;
    },
    async freshProgramme(side) {
      const doc = await fixture.freshDocumentId(side);
      const p = await createProgramme(ctx, {
        actor,
        input: {
          documentId: doc,
          title: 'Chương trình ma trận',
          assigningUnit: province(side).ubnd.id,
          leadUnit: f.ownUnit(side).id,
          items: [],
        },
      });
      return p.id;
    },
    async freshIncoming(side) {
      seq += 1;
      const d = await registerIncomingDocument(ctx, {
        actor,
        input: {
          register: f.ownUnit(side).id,
          issuerName: 'Bộ Tài chính',
          numberSymbol: `${seq}/BTC-ĐT`,
          issueDate: '2023-07-03',
          arrivalDate: '2023-07-04',
          summary: 'V/v vốn đầu tư',
        },
      });
      return d.id;
    },
    async freshDocumentId(side) {
      seq += 1;
      const d = await recordExternalDocument(ctx, {
        actor,
        input: {
          register: province(side).ubnd.id,
          issuerName: 'Tỉnh ủy',
          numberSymbol: `${seq}-CTr/TU`,
          issueDate: '2021-09-30',
          summary: 'Chương trình hành động',
        },
      });
      return d.id;
    },
  };
  return fixture;
}
