import type { ErrorSpec } from '../platform/errors';

/** Errors of the evaluation of units and their heads. */
export const evaluationErrors = {
  EVALUATION_WEIGHTS_TOTAL: {
    status: 422,
    vi: 'Trường "{field}": {reason}.',
    en: 'Field "{field}": the weights must add up to 100% (they add up to {total}%).',
  },
  EVALUATION_PERIOD_NOT_ENDED: {
    status: 422,
    vi: 'Trường "{field}": kỳ đánh giá {period} chưa kết thúc (hết ngày {to}; hôm nay là {today}); chỉ đánh giá kỳ đã kết thúc.',
    en: 'Field "{field}": the evaluation period {period} has not ended (it ends on {to}; today is {today}); only ended periods are evaluated.',
  },
} as const satisfies Record<string, ErrorSpec>;
