/**
 * The columns of the Excel import templates (docs/IMPORT.md; the headers are
 * those server/investment/import-disbursements.ts and import-capital-plans.ts
 * look for, in Vietnamese whatever the interface language).
 */
import type { ImportKind } from './api';

export interface TemplateColumn {
  header: string;
  required: boolean;
  content: { vi: string; en: string };
}

const col = (header: string, required: boolean, vi: string, en: string): TemplateColumn => ({
  header,
  required,
  content: { vi, en },
});

const PROJECT = col(
  'Mã dự án',
  true,
  'Mã dự án đã có trong hệ thống',
  'A project code known to the system',
);
const SOURCE = col(
  'Mã nguồn vốn',
  true,
  'Mã nguồn vốn chi tiết (ví dụ NSDP.CANDOI, NSTW.TRONGNUOC)',
  'A leaf capital-source code (e.g. NSDP.CANDOI, NSTW.TRONGNUOC)',
);

export const TEMPLATE_COLUMNS: Record<ImportKind, readonly TemplateColumn[]> = {
  disbursements: [
    PROJECT,
    SOURCE,
    col(
      'Năm kế hoạch',
      false,
      'Năm của kế hoạch vốn; để trống thì lấy năm của ngày giải ngân',
      'The plan year; when empty, the year of the payment date',
    ),
    col(
      'Ngày giải ngân',
      true,
      'Ngày Kho bạc tạm ứng hoặc thanh toán (dd/mm/yyyy), trong thời gian giải ngân của năm kế hoạch (đến 31/01 năm sau)',
      'The treasury’s advance or payment date (dd/mm/yyyy), inside the plan year’s period (to 31 January of the next year)',
    ),
    col(
      'Loại',
      true,
      '“Tạm ứng” hoặc “Thanh toán”',
      '“Tạm ứng” (advance) or “Thanh toán” (payment)',
    ),
    col(
      'Số tiền',
      true,
      'Số tiền (đồng), số nguyên dương',
      'The amount in đồng, a positive whole number',
    ),
    col(
      'Thu hồi tạm ứng',
      false,
      'Phần của khoản thanh toán dùng để thu hồi tạm ứng (đồng); không tính hai lần',
      'The part of a payment recovering earlier advances (đồng); never counted twice',
    ),
    col('Số chứng từ', false, 'Số chứng từ của Kho bạc', 'The treasury voucher number'),
    col('Ghi chú', false, 'Ghi chú', 'A note'),
  ],
  'capital-plans': [
    PROJECT,
    SOURCE,
    col('Năm kế hoạch', true, 'Năm của kế hoạch vốn', 'The plan year'),
    col(
      'Kế hoạch Thủ tướng giao',
      true,
      'Kế hoạch vốn Thủ tướng Chính phủ giao (đồng)',
      'The plan assigned by the Prime Minister (đồng)',
    ),
    col(
      'Kế hoạch địa phương giao',
      true,
      'Kế hoạch vốn địa phương giao (đồng)',
      'The plan allocated by the province (đồng)',
    ),
    col('Ngày giao', true, 'Ngày giao kế hoạch (dd/mm/yyyy)', 'The date the plan was assigned'),
    col('Quyết định giao vốn', false, 'Số, ký hiệu quyết định giao vốn', 'The allocating decision'),
  ],
};
