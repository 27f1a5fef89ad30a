/**
 * Test factories of the notifications area: tasks and assignments inserted
 * with plain Kysely (independent of the task use cases), and users linked to
 * a person with an e-mail address.
 */
import type { AppContext } from '../../platform/context';
import { SYSTEM_ACTOR } from '../../platform/actor';
import { createPerson } from '../../organisation/people';
import { createUser } from '../../access/manage-users';
import type { Role } from '../../access/tables';

let seq = 0;

/** An open task with a lead unit and optional coordinating and following units. */
export async function insertTask(
  ctx: AppContext,
  opts: {
    assigningUnitId: number;
    leadUnitId: number;
    deadline: string | null;
    assignedOn?: string;
    content?: string;
    coordinatingUnitIds?: number[];
    followingUnitIds?: number[];
    leaderPersonId?: number | null;
    extendedDeadline?: string | null;
    extensionApprovedOn?: string | null;
    completedOn?: string | null;
    awaitingBody?: string | null;
  },
): Promise<{ taskId: number; leadAssignmentId: number; otherAssignmentIds: number[] }> {
  seq += 1;
  const now = '2023-07-01T01:00:00.000Z';
  const content = opts.content ?? `Nhiệm vụ thử ${seq}`;
  return ctx.db.write(async (tx) => {
    const { id: taskId } = await tx
      .insertInto('tasks')
      .values({
        source_kind: 'manual',
        source_document_id: null,
        source_item_label: null,
        parent_id: null,
        content,
        expected_output: null,
        assigning_unit_id: opts.assigningUnitId,
        assigned_by_person_id: null,
        leader_person_id: opts.leaderPersonId ?? null,
        lead_unit_id: opts.leadUnitId,
        assigned_on: opts.assignedOn ?? '2023-06-01',
        deadline: opts.deadline,
        extended_deadline: opts.extendedDeadline ?? null,
        extension_approved_on: opts.extensionApprovedOn ?? null,
        completed_on: opts.completedOn ?? null,
        completion_document_id: null,
        first_completed_on: null,
        reopened_on: null,
        awaiting_body: opts.awaitingBody ?? null,
        submitted_on: null,
        recurrence: null,
        series_id: null,
        occurrence: null,
        search_text: content.toLowerCase(),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const assign = async (unitId: number, role: 'lead' | 'coordinate' | 'follow') =>
      (
        await tx
          .insertInto('task_assignments')
          .values({ task_id: taskId, unit_id: unitId, role, last_progress_on: null })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const leadAssignmentId = await assign(opts.leadUnitId, 'lead');
    const otherAssignmentIds: number[] = [];
    for (const u of opts.coordinatingUnitIds ?? [])
      otherAssignmentIds.push(await assign(u, 'coordinate'));
    for (const u of opts.followingUnitIds ?? []) otherAssignmentIds.push(await assign(u, 'follow'));
    return { taskId, leadAssignmentId, otherAssignmentIds };
  });
}

/** A user of `unit` (a unit code) with `role`, linked to a person whose address is `email`. */
export async function insertRecipient(
  ctx: AppContext,
  opts: { role: Role; unit: string | null; scope: string; email?: string | null; phone?: string },
): Promise<{ userId: number; personId: number }> {
  seq += 1;
  const person = await createPerson(ctx, {
    actor: SYSTEM_ACTOR,
    input: {
      fullName: `Cán bộ thử ${seq}`,
      email: opts.email === undefined ? `canbo${seq}@example.gov.vn` : opts.email,
      ...(opts.phone ? { phone: opts.phone } : {}),
    },
  });
  const { user } = await createUser(ctx, {
    actor: SYSTEM_ACTOR,
    input: {
      username: `nguoinhan${seq}`,
      fullName: `Cán bộ thử ${seq}`,
      role: opts.role,
      unit: opts.unit,
      scope: opts.scope,
      personId: person.id,
      password: 'matkhau-2023',
    },
  });
  return { userId: user.id, personId: person.id };
}
