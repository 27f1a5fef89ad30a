import type { Regime } from '../../shared/documents/doc-types';

/** The counts a report gives for the documents an authority issued in a period. */
export type StatisticsBucket =
  'qpplDecisions' | 'directives' | 'individualDecisions' | 'plans' | 'submissions' | 'other';

/**
 * Classifies an outgoing document for the period statistics the seed report
 * quotes ("30 quyết định quy phạm pháp luật, 5 chỉ thị, 1.000 quyết định cá
 * biệt, 200 kế hoạch, 60 tờ trình, hơn 2.500 văn bản điều hành khác"): a QPPL
 * decision is a QĐ under the legal-normative regime, an individual decision a
 * QĐ under the administrative regime; everything else the authority issued is
 * "other".
 */
export function statisticsBucket(doc: { regime: Regime; typeKey: string }): StatisticsBucket {
  if (doc.typeKey === 'QD') {
    if (doc.regime === 'state_qppl') return 'qpplDecisions';
    if (doc.regime === 'state_admin') return 'individualDecisions';
  }
  if (doc.typeKey === 'CT') return 'directives';
  if (doc.typeKey === 'KH') return 'plans';
  if (doc.typeKey === 'TTR') return 'submissions';
  return 'other';
}
