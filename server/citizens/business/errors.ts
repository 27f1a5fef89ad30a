import type { ErrorSpec } from '../../platform/errors';

/**
 * Errors of business feedback, the quick-response team and dialogue meetings;
 * unit, document and date checks use the petitions' codes
 * (server/citizens/petitions/errors.ts).
 */
export const businessErrors = {
  BUSINESS_TAX_CODE_INVALID: {
    status: 422,
    vi: 'Trường "{field}": mã số thuế "{value}" phải gồm 10 chữ số, hoặc 13 chữ số đối với đơn vị phụ thuộc (10 chữ số, gạch ngang, 3 chữ số: 0123456789-001).',
    en: 'Field "{field}": tax code "{value}" must have 10 digits, or 13 for a dependent unit (10 digits, a hyphen, 3 digits: 0123456789-001).',
  },
  BUSINESS_LEAD_ALSO_COORDINATING: {
    status: 422,
    vi: 'Trường "{field}": đơn vị "{unit}" đã là đơn vị chủ trì, không đồng thời là đơn vị phối hợp.',
    en: 'Field "{field}": "{unit}" is the lead unit and cannot also coordinate.',
  },
  BUSINESS_FEEDBACK_RESOLVED: {
    status: 409,
    vi: 'Phản ánh, kiến nghị số {id} đã được giải quyết ngày {resolvedOn}.',
    en: 'Feedback {id} was already resolved on {resolvedOn}.',
  },
} as const satisfies Record<string, ErrorSpec>;
