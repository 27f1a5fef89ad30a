/**
 * The 2023 outgoing register of the UBND tỉnh Bình Phước in the demo.
 *
 * The seed report (229/BC-UBND, 10/7/2023) says that in the first 6 months
 * of 2023 the UBND and its Chair issued "30 quyết định quy phạm pháp luật, 5
 * chỉ thị, 1.000 quyết định cá biệt, 200 kế hoạch, 60 tờ trình, hơn 2.500 văn
 * bản điều hành khác". The demo reproduces those counts exactly, with
 * **2537** as the "other" figure, composed of:
 *
 *   báo cáo 200 (01–200/BC-UBND) + công văn 1943 (one series across the field
 *   codes KT, VX, NC, TH) + thông báo 190 + giấy mời 160 + chương trình 12 +
 *   quy chế 8 + công điện 10 + đề án 6 + phương án 8 = 2537.
 *
 * All of them are dated 3/1–14/6/2023, so the statistics are the same for the
 * ND 09/2019 window (15/12/2022–14/6/2023) and for the calendar half
 * (1/1–30/6/2023): no document of the UBND is dated 15/12/2022–2/1/2023 or
 * 15/6–30/6/2023. After the windows, 3–7/7/2023 carry the reports 201–228/BC
 * for the 11th HĐND session and a few other documents (counted in no window);
 * 229/BC-UBND, the seed report, is left for the product to issue on 10/7.
 * Before 2023 there is one document: the decision assigning the 2023 targets
 * (12/12/2022, recorded with its number from the paper register).
 */
import type { AppContext } from '../../platform/context';
import { SYSTEM_ACTOR } from '../../platform/actor';
import { issueDocument } from '../../documents/issue-document';
import { statisticsBucket, type StatisticsBucket } from '../../documents/statistics-rules';
import { LAST_FIRST_HALF_DAY, type PlannedOutgoing, type SeriesSpec } from './register-plan';
import type { Leaders } from './people';

/** The "other" figure (văn bản điều hành khác) of the demo, see the composition above. */
export const OTHER_FIGURE = 2537;

/** The counts documentStatistics gives for the UBND tỉnh in both first-half windows. */
export const EXPECTED_FIRST_HALF: Readonly<Record<StatisticsBucket, number>> = {
  qpplDecisions: 30,
  directives: 5,
  individualDecisions: 1000,
  plans: 200,
  submissions: 60,
  other: OTHER_FIGURE,
};

/** The series of the 2023 register: first-half counts (the statistics) and the 1–9 July extras. */
export const REGISTER_2023: readonly SeriesSpec[] = [
  { kind: 'QPPL', typeKey: 'QD', regime: 'state_qppl', firstHalf: 30, july: 0 },
  { kind: 'CT', typeKey: 'CT', regime: 'state_admin', firstHalf: 5, july: 0 },
  { kind: 'QD', typeKey: 'QD', regime: 'state_admin', firstHalf: 1000, july: 20 },
  { kind: 'KH', typeKey: 'KH', regime: 'state_admin', firstHalf: 200, july: 0 },
  { kind: 'TTR', typeKey: 'TTR', regime: 'state_admin', firstHalf: 60, july: 4 },
  { kind: 'BC', typeKey: 'BC', regime: 'state_admin', firstHalf: 200, july: 28 },
  { kind: 'CV', typeKey: 'CV', regime: 'state_admin', firstHalf: 1943, july: 45 },
  { kind: 'TB', typeKey: 'TB', regime: 'state_admin', firstHalf: 190, july: 4 },
  { kind: 'GM', typeKey: 'GM', regime: 'state_admin', firstHalf: 160, july: 6 },
  { kind: 'CTR', typeKey: 'CTR', regime: 'state_admin', firstHalf: 12, july: 0 },
  { kind: 'QC', typeKey: 'QC', regime: 'state_admin', firstHalf: 8, july: 0 },
  { kind: 'CD', typeKey: 'CD', regime: 'state_admin', firstHalf: 10, july: 0 },
  { kind: 'DEAN', typeKey: 'DEAN', regime: 'state_admin', firstHalf: 6, july: 0 },
  { kind: 'PA', typeKey: 'PA', regime: 'state_admin', firstHalf: 8, july: 0 },
];

/** The decision of 12/12/2022 assigning the 2023 targets, right after the year-end HĐND session. */
export function targetsDecision2022(leaders: Leaders): PlannedOutgoing {
  return {
    kind: 'QD',
    typeKey: 'QD',
    regime: 'state_admin',
    issueDate: '2022-12-12',
    number: 2735,
    summary:
      'Về việc giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội, dự toán thu, chi ngân sách nhà nước và kế hoạch đầu tư công năm 2023',
    fieldCode: null,
    signature: {
      issuerCapacity: 'body',
      signer: leaders.chair,
      signerTitle: 'Chủ tịch',
      signingAuthority: 'TM',
    },
    recipients: [
      'Bộ Kế hoạch và Đầu tư',
      'Bộ Tài chính',
      'TTTU, TT.HĐND tỉnh',
      'CT, các PCT UBND tỉnh',
      'Như Điều 3',
      'LĐVP, các Phòng',
      'Lưu: VT, TH',
    ],
    tags: ['đầu tư công'],
    urgency: 'normal',
    pageCount: 18,
    effectiveFrom: null,
  };
}

/**
 * Checks the plan against the figures before anything is written: the
 * first-half counts per statistics bucket, and no document in the gaps the
 * two windows do not share.
 */
export function assertPlanMatchesFigures(plan: readonly PlannedOutgoing[]): void {
  const counts: Record<StatisticsBucket, number> = {
    qpplDecisions: 0,
    directives: 0,
    individualDecisions: 0,
    plans: 0,
    submissions: 0,
    other: 0,
  };
  for (const p of plan) {
    const inGap =
      (p.issueDate >= '2022-12-15' && p.issueDate <= '2022-12-31') ||
      (p.issueDate > LAST_FIRST_HALF_DAY && p.issueDate <= '2023-06-30');
    if (inGap)
      throw new Error(`demo document dated ${p.issueDate} would make the two windows differ`);
    if (p.issueDate >= '2023-01-01' && p.issueDate <= LAST_FIRST_HALF_DAY) {
      counts[statisticsBucket({ regime: p.regime, typeKey: p.typeKey })] += 1;
    }
  }
  for (const [bucket, expected] of Object.entries(EXPECTED_FIRST_HALF)) {
    const got = counts[bucket as StatisticsBucket];
    if (got !== expected)
      throw new Error(`demo register: ${bucket} is ${got}, expected ${expected}`);
  }
}

/** Issues the planned documents with issueDocument, in order (numbers follow); returns how many. */
export async function issuePlanned(
  ctx: AppContext,
  plan: readonly PlannedOutgoing[],
  progress: (message: string) => void,
): Promise<number> {
  for (const [i, p] of plan.entries()) {
    await issueDocument(ctx, {
      actor: SYSTEM_ACTOR,
      input: {
        issuer: 'BP.UBND',
        issuerCapacity: p.signature.issuerCapacity,
        regime: p.regime,
        type: p.typeKey,
        fieldCode: p.fieldCode,
        issueDate: p.issueDate,
        summary: p.summary,
        recipients: p.recipients,
        urgency: p.urgency,
        tags: p.tags,
        pageCount: p.pageCount,
        signer: p.signature.signer.id,
        signerTitle: p.signature.signerTitle,
        signingAuthority: p.signature.signingAuthority,
        effectiveFrom: p.effectiveFrom,
        ...(p.number === undefined ? {} : { number: p.number }),
      },
    });
    if ((i + 1) % 500 === 0)
      progress(`Đã ban hành ${i + 1}/${plan.length} văn bản đi của UBND tỉnh…`);
  }
  return plan.length;
}
