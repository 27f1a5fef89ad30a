import type { Selectable } from 'kysely';
import type { Tx } from '../platform/db/database';
import type { PeriodKind } from '../../shared/periods/periods';
import { describePeriod } from './indicator-periods';
import type {
  Frequency,
  IndicatorCategory,
  IndicatorTargetsTable,
  IndicatorValuesTable,
  IndicatorsTable,
  TargetKind,
  ValueSource,
  ValueStatus,
} from './tables';
import type { Aggregation, Direction } from '../../shared/indicators/indicator-math';
import type { PeriodBasis } from '../../shared/periods/periods';

/** A unit as indicator responses name it. */
export interface UnitLabel {
  id: number;
  code: string;
  name: string;
}

/** A catalogue entry as the API shows it. */
export interface IndicatorView {
  id: number;
  provinceId: number;
  code: string;
  nameVi: string;
  nameEn: string;
  category: IndicatorCategory;
  unitOfMeasure: string;
  frequency: Frequency;
  basis: PeriodBasis;
  aggregation: Aggregation;
  direction: Direction;
  ownerUnit: UnitLabel;
  dataSource: string | null;
  parentId: number | null;
  colourTarget: TargetKind;
  sortOrder: number;
  active: boolean;
  version: number;
}

/** A yearly target as the API shows it. */
export interface TargetView {
  id: number;
  indicatorId: number;
  unit: UnitLabel;
  year: number;
  kind: TargetKind;
  value: number;
  basisDocument: string | null;
  setBy: string;
  updatedAt: string;
  version: number;
}

/** A period value (any revision) as the API shows it. */
export interface ValueView {
  id: number;
  indicatorId: number;
  unit: UnitLabel;
  period: string;
  periodLabel: string;
  periodKind: PeriodKind;
  periodFrom: string;
  periodTo: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  estimate: boolean;
  note: string | null;
  source: ValueSource;
  sourceRef: string | null;
  status: ValueStatus;
  revision: number;
  supersededById: number | null;
  enteredOn: string;
  enteredAt: string;
  enteredBy: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
}

/** Names of units as on `asOf` (their nearest name outside their life). */
export async function unitLabels(
  q: Tx,
  ids: readonly number[],
  asOf: string,
): Promise<Map<number, UnitLabel>> {
  const out = new Map<number, UnitLabel>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return out;
  const rows = await q
    .selectFrom('units as u')
    .innerJoin('unit_names as n', 'n.unit_id', 'u.id')
    .select(['u.id', 'u.code', 'n.short_name', 'n.valid_from'])
    .where('u.id', 'in', unique)
    .orderBy('u.id')
    .orderBy('n.valid_from')
    .execute();
  for (const r of rows) {
    // Names come oldest first: keep the latest that had begun by asOf, else the first.
    if (!out.has(r.id) || r.valid_from <= asOf)
      out.set(r.id, { id: r.id, code: r.code, name: r.short_name });
  }
  return out;
}

function label(labels: Map<number, UnitLabel>, id: number): UnitLabel {
  return labels.get(id) ?? { id, code: '', name: '' };
}

/** Catalogue rows shaped for output. */
export async function toIndicatorViews(
  q: Tx,
  rows: readonly Selectable<IndicatorsTable>[],
  asOf: string,
): Promise<IndicatorView[]> {
  const labels = await unitLabels(
    q,
    rows.map((r) => r.owner_unit_id),
    asOf,
  );
  return rows.map((r) => ({
    id: r.id,
    provinceId: r.province_unit_id,
    code: r.code,
    nameVi: r.name_vi,
    nameEn: r.name_en,
    category: r.category,
    unitOfMeasure: r.unit_of_measure,
    frequency: r.frequency,
    basis: r.basis,
    aggregation: r.aggregation,
    direction: r.direction,
    ownerUnit: label(labels, r.owner_unit_id),
    dataSource: r.data_source,
    parentId: r.parent_id,
    colourTarget: r.colour_target,
    sortOrder: r.sort_order,
    active: r.active === 1,
    version: r.version,
  }));
}

/** Target rows shaped for output. */
export async function toTargetViews(
  q: Tx,
  rows: readonly Selectable<IndicatorTargetsTable>[],
  asOf: string,
): Promise<TargetView[]> {
  const labels = await unitLabels(
    q,
    rows.map((r) => r.unit_id),
    asOf,
  );
  return rows.map((r) => ({
    id: r.id,
    indicatorId: r.indicator_id,
    unit: label(labels, r.unit_id),
    year: r.year,
    kind: r.kind,
    value: r.value,
    basisDocument: r.basis_document,
    setBy: r.set_by_name,
    updatedAt: r.updated_at,
    version: r.version,
  }));
}

/** Value rows shaped for output. */
export async function toValueViews(
  q: Tx,
  rows: readonly Selectable<IndicatorValuesTable>[],
  asOf: string,
): Promise<ValueView[]> {
  const labels = await unitLabels(
    q,
    rows.map((r) => r.unit_id),
    asOf,
  );
  return rows.map((r) => {
    const p = describePeriod({ kind: r.period_kind, year: r.year, index: r.period_index });
    return {
      id: r.id,
      indicatorId: r.indicator_id,
      unit: label(labels, r.unit_id),
      period: p.period,
      periodLabel: p.label,
      periodKind: r.period_kind,
      periodFrom: r.period_from,
      periodTo: r.period_to,
      value: r.value,
      numerator: r.numerator,
      denominator: r.denominator,
      estimate: r.is_estimate === 1,
      note: r.note,
      source: r.source,
      sourceRef: r.source_ref,
      status: r.status,
      revision: r.revision,
      supersededById: r.superseded_by_id,
      enteredOn: r.entered_on,
      enteredAt: r.entered_at,
      enteredBy: r.entered_by_name,
      decidedBy: r.decided_by_name,
      decidedAt: r.decided_at,
      decisionNote: r.decision_note,
    };
  });
}
