import type { Tx } from '../platform/db/database';
import type { PeriodBasis, PeriodKind } from '../../shared/periods/periods';
import type { UnitKind } from '../organisation/tables';
import { reportingUnits, type LoadedRegime } from './regime-queries';
import type { DeadlineRule } from './tables';

/** A reporting regime as the API and the CLI show it. */
export interface RegimeView {
  id: number;
  issuer: { id: number; name: string };
  name: string;
  periodKind: PeriodKind;
  basis: PeriodBasis;
  deadlineRule: DeadlineRule;
  deadlineValue: number;
  reportingUnitKind: UnitKind | null;
  /** Units listed by name. */
  listedUnitIds: number[];
  /** Who must report on the view date (listed units and units of the kind). */
  reportingUnits: Array<{ id: number; name: string }>;
  active: boolean;
  version: number;
}

/** Shapes a regime for output; never the raw row. */
export async function toRegimeView(q: Tx, regime: LoadedRegime, asOf: string): Promise<RegimeView> {
  const units = await reportingUnits(q, regime, asOf);
  const r = regime.row;
  return {
    id: r.id,
    issuer: { id: regime.issuer.id, name: regime.issuer.name },
    name: r.name,
    periodKind: r.period_kind,
    basis: r.basis,
    deadlineRule: r.deadline_rule,
    deadlineValue: r.deadline_value,
    reportingUnitKind: r.reporting_unit_kind,
    listedUnitIds: regime.listedUnitIds,
    reportingUnits: units.map((u) => ({ id: u.id, name: u.name })),
    active: r.active === 1,
    version: r.version,
  };
}
