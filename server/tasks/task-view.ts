import type { Selectable } from 'kysely';
import type { Tx } from '../platform/db/database';
import { taskStatusAt, type ExtensionRule, type StatusAt } from '../../shared/tasks/status';
import type { AssignmentRole, Priority, TaskKind, TaskSource, TasksTable } from './tables';

/** A task as the API, the CLI and the web show it. */
export interface TaskView {
  id: number;
  kind: TaskKind;
  parentId: number | null;
  source: {
    kind: TaskSource;
    documentId: number | null;
    numberSymbol: string | null;
    itemLabel: string | null;
  };
  content: string;
  expectedOutput: string | null;
  assigningUnit: { id: number; name: string };
  assignedBy: { personId: number; name: string } | null;
  leader: { personId: number; name: string } | null;
  leadUnit: { id: number; name: string };
  assignments: Array<{
    id: number;
    unitId: number;
    unitName: string;
    role: AssignmentRole;
    progressPercent: number;
    lastProgressOn: string | null;
  }>;
  priority: Priority;
  assignedOn: string;
  deadline: string | null;
  extendedDeadline: string | null;
  extensionApprovedOn: string | null;
  completedOn: string | null;
  completionDocumentId: number | null;
  reopenedOn: string | null;
  awaitingBody: string | null;
  submittedOn: string | null;
  progressPercent: number;
  recurrence: unknown;
  seriesId: number | null;
  occurrence: number | null;
  childCount: number;
  /** Status on the product's today. */
  status: StatusAt;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Shapes task rows (loading names, assignments and child counts in a few queries). */
export async function toTaskViews(
  q: Tx,
  rows: Selectable<TasksTable>[],
  opts: { today: string; rule: ExtensionRule; dueSoonDays: number },
): Promise<TaskView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const unitIds = [...new Set(rows.flatMap((r) => [r.assigning_unit_id, r.lead_unit_id]))];
  const assignments = await chunked(ids, (part) =>
    q
      .selectFrom('task_assignments as a')
      .select([
        'a.id',
        'a.task_id',
        'a.unit_id',
        'a.role',
        'a.progress_percent',
        'a.last_progress_on',
      ])
      .where('a.task_id', 'in', part)
      .orderBy('a.id')
      .execute(),
  );
  for (const a of assignments) unitIds.push(a.unit_id);
  const names = await unitNames(q, [...new Set(unitIds)], opts.today);
  const personIds = [
    ...new Set(
      rows
        .flatMap((r) => [r.assigned_by_person_id, r.leader_person_id])
        .filter((x): x is number => x !== null),
    ),
  ];
  const people = new Map(
    personIds.length === 0
      ? []
      : (
          await q
            .selectFrom('people')
            .select(['id', 'full_name'])
            .where('id', 'in', personIds)
            .execute()
        ).map((p) => [p.id, p.full_name]),
  );
  const docIds = [
    ...new Set(rows.map((r) => r.source_document_id).filter((x): x is number => x !== null)),
  ];
  const docs = new Map(
    docIds.length === 0
      ? []
      : (
          await chunked(docIds, (part) =>
            q
              .selectFrom('documents')
              .select(['id', 'number_symbol'])
              .where('id', 'in', part)
              .execute(),
          )
        ).map((d) => [d.id, d.number_symbol]),
  );
  const children = new Map(
    (
      await chunked(ids, (part) =>
        q
          .selectFrom('tasks')
          .select(['parent_id', (eb) => eb.fn.countAll<number>().as('n')])
          .where('parent_id', 'in', part)
          .groupBy('parent_id')
          .execute(),
      )
    ).map((c) => [c.parent_id, Number(c.n)]),
  );
  const byTask = new Map<number, typeof assignments>();
  for (const a of assignments) byTask.set(a.task_id, [...(byTask.get(a.task_id) ?? []), a]);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    parentId: r.parent_id,
    source: {
      kind: r.source_kind,
      documentId: r.source_document_id,
      numberSymbol: r.source_document_id ? (docs.get(r.source_document_id) ?? null) : null,
      itemLabel: r.source_item_label,
    },
    content: r.content,
    expectedOutput: r.expected_output,
    assigningUnit: { id: r.assigning_unit_id, name: names.get(r.assigning_unit_id) ?? '' },
    assignedBy: r.assigned_by_person_id
      ? { personId: r.assigned_by_person_id, name: people.get(r.assigned_by_person_id) ?? '' }
      : null,
    leader: r.leader_person_id
      ? { personId: r.leader_person_id, name: people.get(r.leader_person_id) ?? '' }
      : null,
    leadUnit: { id: r.lead_unit_id, name: names.get(r.lead_unit_id) ?? '' },
    assignments: (byTask.get(r.id) ?? []).map((a) => ({
      id: a.id,
      unitId: a.unit_id,
      unitName: names.get(a.unit_id) ?? '',
      role: a.role,
      progressPercent: a.progress_percent,
      lastProgressOn: a.last_progress_on,
    })),
    priority: r.priority,
    assignedOn: r.assigned_on,
    deadline: r.deadline,
    extendedDeadline: r.extended_deadline,
    extensionApprovedOn: r.extension_approved_on,
    completedOn: r.completed_on,
    completionDocumentId: r.completion_document_id,
    reopenedOn: r.reopened_on,
    awaitingBody: r.awaiting_body,
    submittedOn: r.submitted_on,
    progressPercent: r.progress_percent,
    recurrence: r.recurrence ? (JSON.parse(r.recurrence) as unknown) : null,
    seriesId: r.series_id,
    occurrence: r.occurrence,
    childCount: children.get(r.id) ?? 0,
    status: taskStatusAt(timelineOf(r), opts.today, {
      extensionRule: opts.rule,
      dueSoonDays: opts.dueSoonDays,
    }),
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

/** The dated facts of a task row for the status function. */
export function timelineOf(
  r: Pick<
    Selectable<TasksTable>,
    | 'deadline'
    | 'extended_deadline'
    | 'extension_approved_on'
    | 'completed_on'
    | 'first_completed_on'
    | 'reopened_on'
  >,
) {
  return {
    deadline: r.deadline,
    extension:
      r.extended_deadline && r.extension_approved_on
        ? { deadline: r.extended_deadline, approvedOn: r.extension_approved_on }
        : null,
    completedOn: r.completed_on,
    firstCompletedOn: r.first_completed_on,
    reopenedOn: r.reopened_on,
  };
}

async function chunked<T>(
  ids: readonly number[],
  run: (part: number[]) => Promise<T[]>,
): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += 500) out.push(...(await run(ids.slice(i, i + 500))));
  return out;
}

/** Short names of units as on a date (falling back to their latest name). */
export async function unitNames(
  q: Tx,
  ids: readonly number[],
  asOf: string,
): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  if (ids.length === 0) return out;
  const rows = await chunked(ids, (part) =>
    q
      .selectFrom('unit_names')
      .select(['unit_id', 'short_name', 'valid_from', 'valid_to'])
      .where('unit_id', 'in', part)
      .orderBy('valid_from')
      .execute(),
  );
  for (const r of rows) {
    const current = r.valid_from <= asOf && (r.valid_to === null || r.valid_to >= asOf);
    if (current || !out.has(r.unit_id)) out.set(r.unit_id, r.short_name);
  }
  return out;
}
