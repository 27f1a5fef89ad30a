/**
 * The rules every way of entering a figure shares (the form, the Excel
 * import, the API feed): the period must be of the indicator's kind, already
 * begun and not locked; a ratio needs its numerator and denominator; and the
 * write that keeps every revision (a new figure for the same period
 * supersedes the one before, which stays in the history).
 */
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { can } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import {
  calendarRange,
  formatPeriodRef,
  periodLabel,
  periodRange,
  type DateRange,
  type PeriodRef,
} from '../../shared/periods/periods';
import type { LocalDate } from '../../shared/dates/local-date';
import { getSetting } from '../platform/settings';
import {
  actorStamp,
  answeringUnitId,
  figurePaths,
  type LoadedIndicator,
  type Subject,
} from './indicator-access';
import { FREQUENCY_KIND, FREQUENCY_WORDS } from './indicator-periods';
import { RATIO_SCALE } from './indicator-figures';
import type { ValueSource, ValueStatus } from './tables';

/** Prefixes a field name (`values.2.period`) for batch inputs. */
export function fieldName(prefix: string, name: string): string {
  return prefix ? `${prefix}.${name}` : name;
}

/**
 * The period's dates on the indicator's basis, after checking it is of the
 * indicator's kind and has begun by `today`.
 */
export async function checkValuePeriod(
  q: Tx,
  ind: LoadedIndicator,
  period: PeriodRef,
  opts: { today: LocalDate; field: string },
): Promise<DateRange> {
  const expected = FREQUENCY_KIND[ind.frequency];
  if (period.kind !== expected)
    throw new AppError('INDICATOR_PERIOD_KIND', {
      field: opts.field,
      params: {
        code: ind.code,
        expected: FREQUENCY_WORDS[ind.frequency].vi,
        expectedEn: FREQUENCY_WORDS[ind.frequency].en,
        period: periodLabel(period),
      },
    });
  // Only the second half-year's ND 09 window depends on the setting.
  const secondHalf =
    period.kind === 'half' && period.index === 2 && ind.basis === 'nd09'
      ? await getSetting(q, 'nd09SecondHalf')
      : undefined;
  const range = periodRange(period, ind.basis, secondHalf ? { nd09SecondHalf: secondHalf } : {});
  if (range.from > opts.today)
    throw new AppError('INDICATOR_PERIOD_NOT_STARTED', {
      field: opts.field,
      params: { period: periodLabel(period), from: range.from, today: opts.today },
    });
  return range;
}

/** The lock covering a period of a province, if any (a locked year covers its months). */
export async function lockCovering(
  q: Tx,
  provinceId: number,
  period: PeriodRef,
): Promise<{ id: number; locked_on: string; period: PeriodRef } | undefined> {
  const locks = await q
    .selectFrom('indicator_period_locks')
    .select(['id', 'locked_on', 'period_kind', 'period_index', 'year'])
    .where('province_unit_id', '=', provinceId)
    .where('year', '=', period.year)
    .execute();
  const inner = calendarRange(period);
  for (const l of locks) {
    const p: PeriodRef = { kind: l.period_kind, year: l.year, index: l.period_index };
    const outer = calendarRange(p);
    if (outer.from <= inner.from && inner.to <= outer.to)
      return { id: l.id, locked_on: l.locked_on, period: p };
  }
  return undefined;
}

/** Refuses a figure for a locked period. */
export async function checkNotLocked(
  q: Tx,
  ind: LoadedIndicator,
  period: PeriodRef,
  field: string,
): Promise<void> {
  const lock = await lockCovering(q, ind.province_unit_id, period);
  if (lock)
    throw new AppError('INDICATOR_PERIOD_LOCKED', {
      field,
      params: { period: periodLabel(period), lockedOn: lock.locked_on, code: ind.code },
    });
}

/** The figure's numbers: a ratio is 100 × numerator ÷ denominator; others take `value`. */
export function valueParts(
  ind: LoadedIndicator,
  input: { value?: number | null; numerator?: number | null; denominator?: number | null },
  prefix: string,
): { value: number; numerator: number | null; denominator: number | null } {
  const bad = (name: string, reason: string, reasonEn: string) =>
    new AppError('INDICATOR_RATIO_PARTS', {
      field: fieldName(prefix, name),
      params: { reason, reasonEn },
    });
  if (ind.aggregation === 'ratio') {
    const { numerator, denominator } = input;
    if (numerator === undefined || numerator === null)
      throw bad(
        'numerator',
        `chỉ tiêu tỷ lệ "${ind.code}" cần tử số và mẫu số`,
        `the ratio indicator "${ind.code}" needs a numerator and a denominator`,
      );
    if (denominator === undefined || denominator === null || denominator <= 0)
      throw bad(
        'denominator',
        `mẫu số của chỉ tiêu tỷ lệ "${ind.code}" phải lớn hơn 0`,
        `the denominator of the ratio indicator "${ind.code}" must be above 0`,
      );
    if (numerator < 0)
      throw bad('numerator', 'tử số không được âm', 'the numerator cannot be negative');
    return { value: (numerator / denominator) * RATIO_SCALE, numerator, denominator };
  }
  if (input.value === undefined || input.value === null)
    throw new AppError('FIELD_REQUIRED', { field: fieldName(prefix, 'value') });
  if (
    (input.numerator !== undefined && input.numerator !== null) ||
    (input.denominator !== undefined && input.denominator !== null)
  )
    throw bad(
      'numerator',
      `chỉ tiêu "${ind.code}" không phải chỉ tiêu tỷ lệ; chỉ nhập giá trị`,
      `"${ind.code}" is not a ratio indicator; give the value only`,
    );
  return { value: input.value, numerator: null, denominator: null };
}

/** Whether the unit's leader must approve its figures before they count (default yes). */
export async function requiresApproval(q: Tx, unitId: number): Promise<boolean> {
  const s = await q
    .selectFrom('unit_indicator_settings')
    .select('requires_value_approval')
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
  return s ? s.requires_value_approval === 1 : true;
}

/** Everything a new figure carries. */
export interface NewValue {
  ind: LoadedIndicator;
  subject: Subject;
  period: PeriodRef;
  range: DateRange;
  value: number;
  numerator: number | null;
  denominator: number | null;
  estimate: boolean;
  note: string | null;
  source: ValueSource;
  sourceRef: string | null;
  enteredOn: LocalDate;
}

/**
 * Writes a checked figure in the caller's transaction. It counts at once
 * when the actor may approve it or the unit waived approval; otherwise it
 * waits for the unit leader while the figure before it still counts. An
 * approved figure supersedes the period's previous one; any figure
 * supersedes an earlier one still waiting.
 */
export async function recordValue(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  v: NewValue,
): Promise<{ id: number; status: ValueStatus }> {
  const paths = figurePaths(v.ind, v.subject);
  const status: ValueStatus =
    can(actor, 'indicator.approve', { unitPaths: paths }) ||
    !(await requiresApproval(tx, answeringUnitId(v.ind, v.subject)))
      ? 'approved'
      : 'pending';
  const key = tx
    .selectFrom('indicator_values')
    .where('indicator_id', '=', v.ind.id)
    .where('unit_id', '=', v.subject.id)
    .where('year', '=', v.period.year)
    .where('period_index', '=', v.period.index);
  const earlier = await key
    .select(['id', 'status', 'value', 'is_estimate', 'revision'])
    .orderBy('revision', 'desc')
    .execute();
  const replaced = earlier.filter(
    (e) => e.status === 'pending' || (status === 'approved' && e.status === 'approved'),
  );
  // Superseded first: the partial unique indexes allow one approved and one pending row.
  if (replaced.length > 0)
    await tx
      .updateTable('indicator_values')
      .set({ status: 'superseded' })
      .where(
        'id',
        'in',
        replaced.map((r) => r.id),
      )
      .execute();
  const stamp = await actorStamp(tx, actor);
  const now = ctx.clock.now().toISOString();
  const { id } = await tx
    .insertInto('indicator_values')
    .values({
      indicator_id: v.ind.id,
      unit_id: v.subject.id,
      year: v.period.year,
      period_kind: v.period.kind,
      period_index: v.period.index,
      period_from: v.range.from,
      period_to: v.range.to,
      value: v.value,
      numerator: v.numerator,
      denominator: v.denominator,
      is_estimate: v.estimate ? 1 : 0,
      note: v.note,
      source: v.source,
      source_ref: v.sourceRef,
      status,
      revision: (earlier[0]?.revision ?? 0) + 1,
      superseded_by_id: null,
      entered_on: v.enteredOn,
      entered_at: now,
      entered_by_user_id: stamp.userId,
      entered_by_name: stamp.name,
      decided_by_user_id: status === 'approved' ? stamp.userId : null,
      decided_by_name: status === 'approved' ? stamp.name : null,
      decided_at: status === 'approved' ? now : null,
      decision_note: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (replaced.length > 0)
    await tx
      .updateTable('indicator_values')
      .set({ superseded_by_id: id })
      .where(
        'id',
        'in',
        replaced.map((r) => r.id),
      )
      .execute();
  const before = earlier.find((e) => e.status === 'approved');
  await recordAudit(tx, ctx.systemNow(), {
    actor,
    action: 'indicator.enter_value',
    entity: 'indicator_value',
    entityId: id,
    before: before
      ? { id: before.id, value: before.value, estimate: before.is_estimate === 1 }
      : null,
    after: {
      indicator: v.ind.code,
      unitId: v.subject.id,
      period: formatPeriodRef(v.period),
      value: v.value,
      numerator: v.numerator,
      denominator: v.denominator,
      estimate: v.estimate,
      status,
      source: v.source,
      ...(v.sourceRef ? { sourceRef: v.sourceRef } : {}),
    },
  });
  return { id, status };
}

/** The source of a figure entered by this actor through a form or the API. */
export function sourceOf(actor: Actor): ValueSource {
  return actor.kind === 'user' && actor.via === 'token' ? 'api' : 'manual';
}
