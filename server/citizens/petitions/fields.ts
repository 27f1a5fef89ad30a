/**
 * The fields (lĩnh vực) voter petitions are grouped by in the UBND's report to
 * the HĐND, after the Council's committees (Ban Kinh tế - Ngân sách, Ban Văn
 * hóa - Xã hội, Ban Pháp chế, Ban Dân tộc, Ban Đô thị) and the two fields
 * most petitions concern. A fixed list: codes are stored, labels shown.
 */
export const PETITION_FIELDS = [
  'kinh_te_ngan_sach',
  'dat_dai_moi_truong',
  'giao_thong_xay_dung',
  'van_hoa_xa_hoi',
  'phap_che',
  'dan_toc',
  'do_thi',
  'khac',
] as const;
export type PetitionField = (typeof PETITION_FIELDS)[number];

/** The label of each field as the report prints it. */
export const PETITION_FIELD_LABELS: Record<PetitionField, string> = {
  kinh_te_ngan_sach: 'Kinh tế - ngân sách',
  dat_dai_moi_truong: 'Đất đai, tài nguyên và môi trường',
  giao_thong_xay_dung: 'Giao thông, xây dựng',
  van_hoa_xa_hoi: 'Văn hóa - xã hội',
  phap_che: 'Pháp chế',
  dan_toc: 'Dân tộc',
  do_thi: 'Đô thị',
  khac: 'Lĩnh vực khác',
};

/** The label of a stored field code (the code itself when unknown). */
export function petitionFieldLabel(code: string): string {
  return (PETITION_FIELD_LABELS as Record<string, string>)[code] ?? code;
}
