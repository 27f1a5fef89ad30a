import type { Selectable } from 'kysely';
import type { AppContext } from '../../platform/context';
import type { Actor } from '../../platform/actor';
import type { Tx } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { authorize } from '../../access/policy';
import { unitNames } from '../../tasks/task-view';
import type { Timeliness } from '../../../shared/citizens/legal-clock';
import { linkedDocuments, type LinkedDocument } from '../petitions/register-document';
import { timelinessAt } from '../petitions/limits';
import { businessFieldLabel } from './fields';
import type { BusinessFeedbackTable, FeedbackChannel } from './tables';

/** Where feedback stands: received (tiếp nhận), forwarded (đã chuyển xử lý), resolved. */
export const FEEDBACK_STATUSES = ['received', 'forwarded', 'resolved'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** One clock of feedback: its due date, when it was done, and its timeliness on today. */
export interface FeedbackClock {
  due: string;
  doneOn: string | null;
  timeliness: Timeliness;
  daysLate: number;
}

/** Business feedback as the API shows it. */
export interface BusinessFeedbackView {
  id: number;
  committee: { id: number; name: string };
  enterprise: { name: string; taxCode: string };
  issue: string;
  field: { code: string; label: string };
  channel: FeedbackChannel;
  dialogue: { id: number; title: string; heldOn: string } | null;
  receivedOn: string;
  leadUnit: { id: number; name: string } | null;
  coordinatingUnits: Array<{ id: number; name: string }>;
  status: FeedbackStatus;
  /** Forwarding to the competent unit (ND 20/2008 Điều 9: 5 working days by default). */
  forwarding: FeedbackClock;
  /** Resolution (setting, 30 calendar days by default [U]). */
  resolution: FeedbackClock;
  result: string | null;
  resultDocument: LinkedDocument | null;
  version: number;
}

/** The status of a feedback row. */
export function feedbackStatus(r: {
  forwarded_on: string | null;
  resolved_on: string | null;
}): FeedbackStatus {
  return r.resolved_on !== null ? 'resolved' : r.forwarded_on !== null ? 'forwarded' : 'received';
}

function clock(due: string, doneOn: string | null, today: string): FeedbackClock {
  return { due, doneOn, ...timelinessAt(due, doneOn, today) };
}

/** Shapes feedback rows on `today`. */
export async function toFeedbackViews(
  q: Tx,
  rows: ReadonlyArray<Selectable<BusinessFeedbackTable>>,
  today: string,
): Promise<BusinessFeedbackView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const assignments = await q
    .selectFrom('business_feedback_units')
    .select(['feedback_id', 'unit_id', 'role'])
    .where('feedback_id', 'in', ids)
    .orderBy('feedback_id')
    .orderBy('unit_id')
    .execute();
  const names = await unitNames(
    q,
    [...new Set([...rows.map((r) => r.committee_unit_id), ...assignments.map((a) => a.unit_id)])],
    today,
  );
  const dialogueIds = [...new Set(rows.flatMap((r) => (r.dialogue_id ? [r.dialogue_id] : [])))];
  const dialogues = new Map(
    dialogueIds.length === 0
      ? []
      : (
          await q
            .selectFrom('business_dialogues')
            .select(['id', 'title', 'held_on'])
            .where('id', 'in', dialogueIds)
            .execute()
        ).map((d) => [d.id, { id: d.id, title: d.title, heldOn: d.held_on }]),
  );
  const docs = await linkedDocuments(
    q,
    rows.map((r) => r.result_document_id),
  );
  const unit = (id: number) => ({ id, name: names.get(id) ?? '' });
  return rows.map((r) => {
    const mine = assignments.filter((a) => a.feedback_id === r.id);
    const lead = mine.find((a) => a.role === 'lead');
    // Resolved without forwarding (the team settled it itself): forwarding counts as done then.
    const forwardedOn = r.forwarded_on ?? r.resolved_on;
    return {
      id: r.id,
      committee: unit(r.committee_unit_id),
      enterprise: { name: r.enterprise_name, taxCode: r.tax_code },
      issue: r.issue,
      field: { code: r.field, label: businessFieldLabel(r.field) },
      channel: r.channel,
      dialogue: r.dialogue_id !== null ? (dialogues.get(r.dialogue_id) ?? null) : null,
      receivedOn: r.received_on,
      leadUnit: lead ? unit(lead.unit_id) : null,
      coordinatingUnits: mine.filter((a) => a.role === 'coordinate').map((a) => unit(a.unit_id)),
      status: feedbackStatus(r),
      forwarding: clock(r.forward_due, forwardedOn, today),
      resolution: clock(r.resolution_due, r.resolved_on, today),
      result: r.result,
      resultDocument:
        r.result_document_id !== null ? (docs.get(r.result_document_id) ?? null) : null,
      version: r.version,
    };
  });
}

/** Paths that put feedback in scope: the UBND and every assigned unit. */
export async function feedbackPaths(
  q: Tx,
  row: { id: number; committee_unit_id: number },
): Promise<string[]> {
  const units = await q
    .selectFrom('units')
    .select('path')
    .where((eb) =>
      eb.or([
        eb('id', '=', row.committee_unit_id),
        eb(
          'id',
          'in',
          eb
            .selectFrom('business_feedback_units')
            .select('unit_id')
            .where('feedback_id', '=', row.id),
        ),
      ]),
    )
    .execute();
  return units.map((u) => u.path);
}

/** Loads a feedback row or throws NOT_FOUND. */
export async function loadFeedbackRow(q: Tx, id: number, field = 'id') {
  const row = await q
    .selectFrom('business_feedback')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row)
    throw new AppError('NOT_FOUND', {
      field,
      params: { entity: 'phản ánh, kiến nghị của doanh nghiệp', id },
    });
  return row;
}

/** One feedback item, if the actor may read it. */
export async function getBusinessFeedback(
  ctx: AppContext,
  actor: Actor,
  id: number,
): Promise<BusinessFeedbackView> {
  const row = await loadFeedbackRow(ctx.db.q, id);
  authorize(actor, 'business_feedback.read', { unitPaths: await feedbackPaths(ctx.db.q, row) });
  const [view] = await toFeedbackViews(ctx.db.q, [row], ctx.clock.today());
  if (!view) throw new Error(`feedback ${id} vanished`);
  return view;
}
