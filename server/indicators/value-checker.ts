/**
 * Checks the rows of a batch of figures (the Excel import, the API feed)
 * before anything is written: indicator codes of the province, units, the
 * period rules, locks, and the same figure twice in one batch. Lookups are
 * cached across rows. A row outside the actor's scope is a refusal of the
 * whole batch (FORBIDDEN), not a row error.
 */
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { authorize } from '../access/policy';
import type { DateRange, PeriodRef } from '../../shared/periods/periods';
import { formatPeriodRef, periodLabel } from '../../shared/periods/periods';
import type { LocalDate } from '../../shared/dates/local-date';
import {
  figurePaths,
  loadIndicator,
  resolveSubject,
  type LoadedIndicator,
  type Subject,
} from './indicator-access';
import { checkNotLocked, checkValuePeriod } from './value-rules';

/** A checker bound to one transaction, actor and province. */
export interface ValueChecker {
  /** The active indicator with this code in the province. */
  indicator(code: string, field: string): Promise<LoadedIndicator>;
  /** The unit a figure is about (the province when empty), after checking the actor may enter it. */
  subject(ind: LoadedIndicator, ref: string | number | null, field: string): Promise<Subject>;
  /** The period's dates after the kind, start and lock checks. */
  period(ind: LoadedIndicator, period: PeriodRef, field: string): Promise<DateRange>;
  /** Refuses the second occurrence of one figure in the batch. */
  once(ind: LoadedIndicator, subject: Subject, period: PeriodRef, field: string): void;
}

/** Builds a checker for a batch of figures of `province`. */
export function valueChecker(
  tx: Tx,
  actor: Actor,
  province: { id: number },
  today: LocalDate,
): ValueChecker {
  const byCode = new Map<string, LoadedIndicator | null>();
  const subjects = new Map<string, Subject>();
  const seen = new Set<string>();
  return {
    async indicator(code, field) {
      const key = code.trim().toUpperCase();
      if (!byCode.has(key)) {
        const row = await tx
          .selectFrom('indicators')
          .select('id')
          .where('province_unit_id', '=', province.id)
          .where('code', '=', key)
          .executeTakeFirst();
        byCode.set(key, row ? await loadIndicator(tx, row.id) : null);
      }
      const ind = byCode.get(key) ?? null;
      if (!ind) throw new AppError('INDICATOR_UNKNOWN', { field, params: { value: code } });
      if (ind.active !== 1)
        throw new AppError('INDICATOR_INACTIVE', { field, params: { code: ind.code } });
      return ind;
    },
    async subject(ind, ref, field) {
      const key = `${ind.id}|${ref ?? ''}`;
      let s = subjects.get(key);
      if (!s) {
        s = await resolveSubject(tx, ind, ref, { asOf: today, field });
        subjects.set(key, s);
      }
      authorize(actor, 'indicator.enter', { unitPaths: figurePaths(ind, s) });
      return s;
    },
    async period(ind, period, field) {
      const range = await checkValuePeriod(tx, ind, period, { today, field });
      await checkNotLocked(tx, ind, period, field);
      return range;
    },
    once(ind, subject, period, field) {
      const key = `${ind.id}|${subject.id}|${formatPeriodRef(period)}`;
      if (seen.has(key))
        throw new AppError('INDICATOR_DUPLICATE_VALUE', {
          field,
          params: { code: ind.code, unit: subject.code, period: periodLabel(period) },
        });
      seen.add(key);
    },
  };
}
