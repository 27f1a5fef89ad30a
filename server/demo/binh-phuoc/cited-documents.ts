import type { AppContext } from '../../platform/context';
import { SYSTEM_ACTOR } from '../../platform/actor';
import { recordExternalDocument } from '../../documents/record-received-document';

/** A document the seed report cites, recorded as an external entry of the UBND tỉnh's register. */
export interface CitedDocument {
  numberSymbol: string;
  issueDate: string;
  issuer: string;
  /** The issuer as printed when it is not the unit's own name (Ban Thường vụ Tỉnh ủy). */
  issuerName?: string;
  title?: string;
  summary: string;
}

/** The documents 229/BC-UBND cites, with their exact numbers and dates. */
export const CITED_DOCUMENTS: readonly CitedDocument[] = [
  {
    numberSymbol: '11/NQ-CP',
    issueDate: '2022-01-30',
    issuer: 'VN.CP',
    summary: 'Về Chương trình phục hồi và phát triển kinh tế - xã hội',
  },
  {
    numberSymbol: '77/2015/QH13',
    issueDate: '2015-06-19',
    issuer: 'VN.QH',
    title: 'Luật Tổ chức chính quyền địa phương',
    summary: 'Luật Tổ chức chính quyền địa phương',
  },
  {
    numberSymbol: '17-CTr/TU',
    issueDate: '2021-09-30',
    issuer: 'BP.TU',
    // The seed gives only the type, number and date; the subject is illustrative.
    summary:
      'Chương trình hành động thực hiện các nhiệm vụ, giải pháp trọng tâm nhiệm kỳ 2020 - 2025',
  },
  {
    numberSymbol: '04-NQ/TU',
    issueDate: '2021-05-18',
    issuer: 'BP.TU',
    summary:
      'Về chuyển đổi số, xây dựng chính quyền điện tử hướng đến chính quyền số tỉnh Bình Phước',
  },
  {
    numberSymbol: '764-QĐ/TU',
    issueDate: '2022-11-30',
    issuer: 'BP.TU',
    issuerName: 'Ban Thường vụ Tỉnh ủy Bình Phước',
    summary: 'Về dừng thực hiện thí điểm mô hình tổ chức bộ máy ở các sở, ban, ngành tỉnh',
  },
];

/** Records the cited documents through recordExternalDocument; returns how many. */
export async function seedCitedDocuments(ctx: AppContext): Promise<number> {
  for (const d of CITED_DOCUMENTS) {
    await recordExternalDocument(ctx, {
      actor: SYSTEM_ACTOR,
      input: {
        register: 'BP.UBND',
        issuer: d.issuer,
        ...(d.issuerName ? { issuerName: d.issuerName } : {}),
        numberSymbol: d.numberSymbol,
        issueDate: d.issueDate,
        ...(d.title ? { title: d.title } : {}),
        summary: d.summary,
      },
    });
  }
  return CITED_DOCUMENTS.length;
}
