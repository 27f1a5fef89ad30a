import type { ErrorSpec } from '../platform/errors';

/** Errors of the dashboards (bảng điều hành). */
export const dashboardErrors = {
  DASHBOARD_PERIOD_INVALID: {
    status: 400,
    vi: 'Trường "{field}": "{value}" không phải là kỳ hợp lệ ({reason}). Dùng month (tháng hiện tại), ytd (từ đầu năm), hoặc kỳ dạng 2023-06, 2023-Q2, 2023-H1, 2023-9M, 2023.',
    en: 'Field "{field}": "{value}" is not a valid period ({reason}). Use month (the current month), ytd (year to date), or a period such as 2023-06, 2023-Q2, 2023-H1, 2023-9M, 2023.',
  },
} as const satisfies Record<string, ErrorSpec>;
