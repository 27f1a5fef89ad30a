import { z } from 'zod';
import type { Selectable } from 'kysely';
import type { Tx } from '../platform/db/database';
import { unitNames } from '../tasks/task-view';
import { CASE_CLASSIFICATIONS } from '../../shared/citizens/case-number';
import { clockStatusAt, type LegalClock } from '../../shared/citizens/legal-clock';
import { DAY_UNITS, STEP_KEYS, VARIANTS, limitFor } from '../../shared/citizens/legal-limits';
import type { LegalContext } from './legal-context';
import { worstTimeliness } from './case-rules';
import {
  CASE_CHANNELS,
  CASE_STATUSES,
  COMPLAINT_INSTANCES,
  type CitizenCasesTable,
  type CitizenCaseStepsTable,
  type StoredExtension,
} from './tables';

const TIMELINESS = ['on_time', 'late', 'overdue', 'in_progress'] as const;
const ref = z.object({ id: z.number().int(), name: z.string() });

/** Response shape of one statutory step with its legal clock. */
export const caseStepViewSchema = z.object({
  key: z.enum(STEP_KEYS),
  title: z.string(),
  law: z.string(),
  article: z.string(),
  unit: z.enum(DAY_UNITS),
  variant: z.enum(VARIANTS),
  startDate: z.string(),
  baseDueDate: z.string(),
  /** The due date in force after every extension. */
  dueDate: z.string(),
  extensions: z.array(
    z.object({
      days: z.number().int(),
      decidedOn: z.string(),
      decisionRef: z.string().nullable(),
      dueDate: z.string(),
    }),
  ),
  /** What the law still allows: null when no extension is possible. */
  extensionAllowance: z
    .object({ maxCount: z.number().int(), maxDays: z.number().int(), remaining: z.number().int() })
    .nullable(),
  extensionInWriting: z.boolean(),
  completedOn: z.string().nullable(),
  decisionRef: z.string().nullable(),
  /** Task status code at today (CHT_TRONG_HAN, CHT_QUA_HAN, HT_DUNG_HAN, HT_QUA_HAN). */
  status: z.string(),
  timeliness: z.enum(TIMELINESS),
  dueSoon: z.boolean(),
  daysLate: z.number().int(),
});
export type CaseStepView = z.infer<typeof caseStepViewSchema>;

/**
 * Response shape of a case. Never carries personal fields: `persons` only
 * says how many protected persons there are; handlers read them through
 * `GET /citizens/cases/:id/persons` (audited).
 */
export const caseViewSchema = z.object({
  id: z.number().int(),
  caseNumber: z.string(),
  receivedOn: z.string(),
  channel: z.enum(CASE_CHANNELS),
  classification: z.enum(CASE_CLASSIFICATIONS),
  competent: z.boolean(),
  instance: z.enum(COMPLAINT_INSTANCES).nullable(),
  variant: z.enum(VARIANTS),
  knownOn: z.string().nullable(),
  lateReason: z.string().nullable(),
  firstInstanceCaseId: z.number().int().nullable(),
  firstInstanceDecidedOn: z.string().nullable(),
  receptionSessionId: z.number().int().nullable(),
  summary: z.string(),
  groupHeadcount: z.number().int(),
  receivingUnit: ref,
  unit: ref.nullable(),
  handlers: z.array(z.object({ userId: z.number().int(), name: z.string() })),
  status: z.enum(CASE_STATUSES),
  closedOn: z.string().nullable(),
  outcome: z.string().nullable(),
  steps: z.array(caseStepViewSchema),
  /** The earliest due date of an open step. */
  nextDueDate: z.string().nullable(),
  /** The worst timeliness of the steps. */
  timeliness: z.enum(TIMELINESS).nullable(),
  persons: z.object({
    count: z.number().int(),
    /** Always true: names, ID numbers, addresses, phones and e-mails are protected. */
    protected: z.boolean(),
    erasedOn: z.string().nullable(),
  }),
  version: z.number().int(),
});
export type CaseView = z.infer<typeof caseViewSchema>;

/** The legal clock of a stored step (limits after the province's overrides). */
export function clockOfStep(s: Selectable<CitizenCaseStepsTable>, legal: LegalContext): LegalClock {
  const extensions = JSON.parse(s.extensions) as StoredExtension[];
  return {
    step: { ...legal.limits[s.step_key], unit: s.unit },
    variant: s.variant,
    startDate: s.start_date,
    baseDueDate: s.base_due_date,
    extensions,
    dueDate: s.due_date,
  };
}

/** Shapes one step for the API at `today`. */
export function toStepView(
  s: Selectable<CitizenCaseStepsTable>,
  legal: LegalContext,
  today: string,
): CaseStepView {
  const clock = clockOfStep(s, legal);
  const status = clockStatusAt(clock, s.completed_on, today);
  const allowance = limitFor(clock.step, clock.variant).extensions;
  return {
    key: s.step_key,
    title: clock.step.title,
    law: clock.step.law,
    article: clock.step.article,
    unit: s.unit,
    variant: s.variant,
    startDate: s.start_date,
    baseDueDate: s.base_due_date,
    dueDate: s.due_date,
    extensions: [...clock.extensions],
    extensionAllowance: allowance
      ? { ...allowance, remaining: Math.max(0, allowance.maxCount - clock.extensions.length) }
      : null,
    extensionInWriting: clock.step.extensionInWriting,
    completedOn: s.completed_on,
    decisionRef: s.decision_ref,
    status: status.status,
    timeliness: status.timeliness,
    dueSoon: status.dueSoon,
    daysLate: status.daysLate,
  };
}

/** Shapes stored cases for the API, the CLI and exports (never their persons). */
export async function toCaseViews(
  q: Tx,
  rows: readonly Selectable<CitizenCasesTable>[],
  legal: LegalContext,
  today: string,
): Promise<CaseView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const steps: Selectable<CitizenCaseStepsTable>[] = [];
  const handlers: Array<{ case_id: number; user_id: number; full_name: string }> = [];
  const persons: Array<{ case_id: number; n: number }> = [];
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    steps.push(
      ...(await q
        .selectFrom('citizen_case_steps')
        .selectAll()
        .where('case_id', 'in', part)
        .orderBy('id')
        .execute()),
    );
    handlers.push(
      ...(await q
        .selectFrom('citizen_case_handlers as h')
        .innerJoin('users as u', 'u.id', 'h.user_id')
        .select(['h.case_id', 'h.user_id', 'u.full_name'])
        .where('h.case_id', 'in', part)
        .orderBy('h.user_id')
        .execute()),
    );
    persons.push(
      ...(await q
        .selectFrom('citizen_case_persons')
        .select((eb) => ['case_id', eb.fn.countAll<number>().as('n')])
        .where('case_id', 'in', part)
        .groupBy('case_id')
        .execute()),
    );
  }
  const unitIds = [
    ...new Set(
      rows.flatMap((r) =>
        r.unit_id === null ? [r.receiving_unit_id] : [r.receiving_unit_id, r.unit_id],
      ),
    ),
  ];
  const units = await unitNames(q, unitIds, today);
  const name = (id: number) => ({ id, name: units.get(id) ?? `#${id}` });
  return rows.map((r) => {
    const stepViews = steps
      .filter((s) => s.case_id === r.id)
      .map((s) => toStepView(s, legal, today));
    const open = stepViews
      .filter((s) => s.completedOn === null)
      .map((s) => s.dueDate)
      .sort();
    return {
      id: r.id,
      caseNumber: r.case_number,
      receivedOn: r.received_on,
      channel: r.channel,
      classification: r.classification,
      competent: r.competent === 1,
      instance: r.instance,
      variant: r.variant,
      knownOn: r.known_on,
      lateReason: r.late_reason,
      firstInstanceCaseId: r.first_instance_case_id,
      firstInstanceDecidedOn: r.first_instance_decided_on,
      receptionSessionId: r.reception_session_id,
      summary: r.summary,
      groupHeadcount: r.group_headcount,
      receivingUnit: name(r.receiving_unit_id),
      unit: r.unit_id === null ? null : name(r.unit_id),
      handlers: handlers
        .filter((h) => h.case_id === r.id)
        .map((h) => ({ userId: h.user_id, name: h.full_name })),
      status: r.status,
      closedOn: r.closed_on,
      outcome: r.outcome,
      steps: stepViews,
      nextDueDate: r.status === 'open' ? (open[0] ?? null) : null,
      timeliness: worstTimeliness(stepViews.map((s) => s.timeliness)),
      persons: {
        count: Number(persons.find((p) => p.case_id === r.id)?.n ?? 0),
        protected: true,
        erasedOn: r.persons_erased_on,
      },
      version: r.version,
    };
  });
}
