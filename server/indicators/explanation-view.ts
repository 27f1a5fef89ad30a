import type { Selectable } from 'kysely';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { authorize, type Action } from '../access/policy';
import { isPastDeadline } from '../platform/clock';
import { describePeriod } from './indicator-periods';
import { figurePaths, loadIndicator, type LoadedIndicator, type Subject } from './indicator-access';
import { unitLabels, type UnitLabel } from './indicator-view';
import type { ExplanationStatus, IndicatorExplanationsTable, MessageKind } from './tables';

/** One message of an explanation thread. */
export interface ExplanationMessageView {
  id: number;
  kind: MessageKind;
  body: string;
  author: string;
  authorRole: string | null;
  at: string;
  onDate: string;
}

/** A giải trình request with its thread, as the API shows it. */
export interface ExplanationView {
  id: number;
  indicator: { id: number; code: string; nameVi: string; unitOfMeasure: string };
  /** Whose figure is explained. */
  unit: UnitLabel;
  answeringUnit: UnitLabel;
  period: string;
  periodLabel: string;
  status: ExplanationStatus;
  dueOn: string;
  /** Still unanswered after its deadline. */
  overdue: boolean;
  colour: string;
  ratio: number | null;
  percentOfTarget: number | null;
  requestedBy: string;
  requestedOn: string;
  answeredOn: string | null;
  closedOn: string | null;
  messages: ExplanationMessageView[];
  version: number;
}

/** An explanation row, checked against `action` on its figure's units. */
export async function loadExplanationFor(
  q: Tx,
  actor: Actor,
  id: number,
  action: Action,
): Promise<{ row: Selectable<IndicatorExplanationsTable>; ind: LoadedIndicator }> {
  const row = await q
    .selectFrom('indicator_explanations')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row)
    throw new AppError('NOT_FOUND', {
      field: 'explanationId',
      params: { entity: 'yêu cầu giải trình', id },
    });
  const ind = await loadIndicator(q, row.indicator_id);
  const unit = await q
    .selectFrom('units')
    .select(['id', 'code', 'path'])
    .where('id', '=', row.unit_id)
    .executeTakeFirstOrThrow();
  const subject: Subject = { ...unit, isProvince: unit.id === ind.province_unit_id };
  authorize(actor, action, { unitPaths: figurePaths(ind, subject) });
  return { row, ind };
}

/** Explanation rows with their threads, shaped for output. */
export async function toExplanationViews(
  q: Tx,
  rows: readonly Selectable<IndicatorExplanationsTable>[],
  today: string,
): Promise<ExplanationView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const indicators = await q
    .selectFrom('indicators')
    .select(['id', 'code', 'name_vi', 'unit_of_measure'])
    .where(
      'id',
      'in',
      rows.map((r) => r.indicator_id),
    )
    .execute();
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const messages = await q
    .selectFrom('indicator_explanation_messages')
    .selectAll()
    .where('explanation_id', 'in', ids)
    .orderBy('id')
    .execute();
  const labels = await unitLabels(
    q,
    rows.flatMap((r) => [r.unit_id, r.answering_unit_id]),
    today,
  );
  return rows.map((r) => {
    const ind = byId.get(r.indicator_id);
    const p = describePeriod({ kind: r.period_kind, year: r.year, index: r.period_index });
    return {
      id: r.id,
      indicator: {
        id: r.indicator_id,
        code: ind?.code ?? '',
        nameVi: ind?.name_vi ?? '',
        unitOfMeasure: ind?.unit_of_measure ?? '',
      },
      unit: labels.get(r.unit_id) ?? { id: r.unit_id, code: '', name: '' },
      answeringUnit: labels.get(r.answering_unit_id) ?? {
        id: r.answering_unit_id,
        code: '',
        name: '',
      },
      period: p.period,
      periodLabel: p.label,
      status: r.status,
      dueOn: r.due_on,
      overdue: r.status === 'requested' && isPastDeadline(r.due_on, today),
      colour: r.colour,
      ratio: r.ratio,
      percentOfTarget: r.percent_of_target,
      requestedBy: r.requested_by_name,
      requestedOn: r.requested_on,
      answeredOn: r.answered_on,
      closedOn: r.closed_on,
      messages: messages
        .filter((m) => m.explanation_id === r.id)
        .map((m) => ({
          id: m.id,
          kind: m.kind,
          body: m.body,
          author: m.author_name,
          authorRole: m.author_role,
          at: m.at,
          onDate: m.on_date,
        })),
      version: r.version,
    };
  });
}

/** One explanation shaped for output. */
export async function explanationView(q: Tx, id: number, today: string): Promise<ExplanationView> {
  const row = await q
    .selectFrom('indicator_explanations')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const [view] = await toExplanationViews(q, [row], today);
  if (!view) throw new Error('explanation vanished');
  return view;
}
