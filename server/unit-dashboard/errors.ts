import type { ErrorSpec } from '../platform/errors';

/** Errors of the unit dashboard. */
export const unitDashboardErrors = {
  UNIT_DASHBOARD_UNIT_REQUIRED: {
    status: 422,
    vi: 'Hãy chọn đơn vị (unitId): tài khoản này không thuộc đơn vị nào',
    en: 'Choose a unit (unitId): this account belongs to no unit',
  },
} as const satisfies Record<string, ErrorSpec>;
