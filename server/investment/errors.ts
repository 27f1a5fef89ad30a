import type { ErrorSpec } from '../platform/errors';

/** Errors of public investment: projects, capital sources, plans, disbursements and targets. */
export const investmentErrors = {
  INVESTMENT_PROJECT_CODE_TAKEN: {
    status: 409,
    vi: 'Trường "{field}": mã dự án "{code}" đã có trong {province}.',
    en: 'Field "{field}": the project code "{code}" already exists in {province}.',
  },
  INVESTMENT_PROJECT_IN_USE: {
    status: 409,
    vi: 'Dự án "{code}" đã có kế hoạch vốn hoặc số giải ngân; không thể xóa.',
    en: 'The project "{code}" has capital plans or disbursements; it cannot be deleted.',
  },
  INVESTMENT_UNIT_OUTSIDE_PROVINCE: {
    status: 422,
    vi: 'Trường "{field}": đơn vị "{value}" không thuộc {province}.',
    en: 'Field "{field}": the unit "{value}" is not part of {province}.',
  },
  CAPITAL_SOURCE_UNKNOWN: {
    status: 422,
    vi: 'Trường "{field}": không có nguồn vốn "{value}" trong danh mục nguồn vốn.',
    en: 'Field "{field}": there is no capital source "{value}".',
  },
  CAPITAL_SOURCE_NOT_LEAF: {
    status: 422,
    vi: 'Trường "{field}": "{value}" là nhóm nguồn vốn; hãy ghi nguồn vốn chi tiết (ví dụ {example}).',
    en: 'Field "{field}": "{value}" is a group of capital sources; give a detailed source (e.g. {example}).',
  },
  CAPITAL_SOURCE_CODE_TAKEN: {
    status: 409,
    vi: 'Trường "{field}": mã nguồn vốn "{value}" đã được dùng.',
    en: 'Field "{field}": the capital source code "{value}" is already used.',
  },
  CAPITAL_SOURCE_IN_USE: {
    status: 409,
    vi: 'Trường "{field}": nguồn vốn "{value}" đã có kế hoạch vốn hoặc giải ngân nên không thể chia thêm nguồn con.',
    en: 'Field "{field}": the capital source "{value}" already has plans or disbursements, so it cannot get sub-sources.',
  },
  CAPITAL_PLAN_EXISTS: {
    status: 409,
    vi: 'Dự án "{project}" đã có kế hoạch vốn năm {year} từ nguồn "{source}"; hãy điều chỉnh kế hoạch thay vì giao lần nữa.',
    en: 'The project "{project}" already has a {year} capital plan from "{source}"; adjust it instead of assigning it again.',
  },
  CAPITAL_PLAN_DATE_OUTSIDE: {
    status: 422,
    vi: 'Trường "{field}": ngày {date} nằm ngoài thời gian của kế hoạch vốn năm {year} ({from} – {to}).',
    en: 'Field "{field}": {date} is outside the period of the {year} capital plan ({from} – {to}).',
  },
  CAPITAL_PLAN_ADJUSTMENT_ORDER: {
    status: 422,
    vi: 'Trường "{field}": ngày điều chỉnh {date} trước lần giao hoặc điều chỉnh gần nhất của kế hoạch ({last}).',
    en: 'Field "{field}": the adjustment date {date} is before the plan’s latest assignment or adjustment ({last}).',
  },
  CAPITAL_PLAN_BELOW_DISBURSED: {
    status: 422,
    vi: 'Trường "{field}": kế hoạch vốn sau điều chỉnh ({plan}) thấp hơn số đã giải ngân ({disbursed}).',
    en: 'Field "{field}": the adjusted plan ({plan}) is below the amount already disbursed ({disbursed}).',
  },
  DISBURSEMENT_OUTSIDE_PLAN_PERIOD: {
    status: 422,
    vi: 'Trường "{field}": ngày {date} nằm ngoài thời gian giải ngân kế hoạch vốn năm {year} (từ {from} đến {to}, Luật Đầu tư công 2019 Điều 68).',
    en: 'Field "{field}": {date} is outside the disbursement period of the {year} plan ({from} to {to}, Public Investment Law 2019 Art. 68).',
  },
  DISBURSEMENT_NO_PLAN: {
    status: 422,
    vi: 'Trường "{field}": dự án "{project}" chưa được giao kế hoạch vốn năm {year} từ nguồn "{source}" tại ngày {date}.',
    en: 'Field "{field}": the project "{project}" has no {year} capital plan from "{source}" on {date}.',
  },
  DISBURSEMENT_EXCEEDS_PLAN: {
    status: 422,
    vi: 'Trường "{field}": lũy kế giải ngân ({total}) vượt kế hoạch vốn ({plan}) của dự án "{project}" năm {year} nguồn "{source}".',
    en: 'Field "{field}": cumulative disbursement ({total}) exceeds the capital plan ({plan}) of "{project}" for {year} from "{source}".',
  },
  DISBURSEMENT_RECOVERY_EXCEEDS: {
    status: 422,
    vi: 'Trường "{field}": số thu hồi tạm ứng ({recovered}) vượt số tạm ứng chưa thu hồi ({outstanding}) hoặc số tiền thanh toán.',
    en: 'Field "{field}": the recovered advance ({recovered}) exceeds the outstanding advances ({outstanding}) or the payment.',
  },
  DISBURSEMENT_DUPLICATE_VOUCHER: {
    status: 409,
    vi: 'Trường "{field}": chứng từ "{voucher}" của dự án "{project}" đã được nhập (ngày {date}).',
    en: 'Field "{field}": voucher "{voucher}" of the project "{project}" was already entered ({date}).',
  },
} as const satisfies Record<string, ErrorSpec>;
