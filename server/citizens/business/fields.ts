/**
 * The fields (lĩnh vực) business feedback is counted by. A fixed list: codes
 * are stored, labels shown.
 */
export const BUSINESS_FIELDS = [
  'dat_dai',
  'dau_tu',
  'xay_dung',
  'thue_phi',
  'moi_truong',
  'lao_dong',
  'tin_dung',
  'ha_tang',
  'thu_tuc_hanh_chinh',
  'khac',
] as const;
export type BusinessField = (typeof BUSINESS_FIELDS)[number];

/** The label of each field. */
export const BUSINESS_FIELD_LABELS: Record<BusinessField, string> = {
  dat_dai: 'Đất đai, giải phóng mặt bằng',
  dau_tu: 'Đầu tư, đăng ký doanh nghiệp',
  xay_dung: 'Xây dựng, quy hoạch',
  thue_phi: 'Thuế, phí, hải quan',
  moi_truong: 'Tài nguyên, môi trường',
  lao_dong: 'Lao động, bảo hiểm xã hội',
  tin_dung: 'Tín dụng, ngân hàng',
  ha_tang: 'Hạ tầng, điện, giao thông',
  thu_tuc_hanh_chinh: 'Thủ tục hành chính',
  khac: 'Lĩnh vực khác',
};

/** The label of a stored field code (the code itself when unknown). */
export function businessFieldLabel(code: string): string {
  return (BUSINESS_FIELD_LABELS as Record<string, string>)[code] ?? code;
}
