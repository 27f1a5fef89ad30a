/**
 * Plans the 2023 outgoing register of the UBND tỉnh (pure: no I/O): which
 * document of which series on which working day, with its trích yếu, signer
 * and nơi nhận. documents.ts fixes how many of each and writes them.
 */
import type { WorkingCalendar } from '../../../shared/calendar/working-days';
import { addDays } from '../../../shared/dates/local-date';
import { fillTopic, topic, type IncomingRef, type Topic } from './compose';
import type { Leaders } from './people';
import type { Rng } from './random';
import { assertWorkingDay, assignTopics, drawDates, drawDistinctDates } from './schedule';
import {
  FIELD_CODES,
  recipientsFor,
  signatureFor,
  type SeriesKind,
  type Signature,
} from './signing';
import {
  FIXED_DECISIONS,
  DIRECTIVES,
  FUNCTION_TAG,
  INDIVIDUAL_DECISIONS,
  JULY_DECISIONS,
  QPPL_DECISIONS,
} from './topics-decisions';
import { INVITATIONS, LETTERS, NOTICES } from './topics-letters';
import { JULY_SUBMISSIONS, PLANS, SUBMISSION_40, SUBMISSIONS } from './topics-plans';
import {
  DISPATCHES,
  JULY_REPORTS,
  OPTIONS,
  PROGRAMMES,
  REGULATIONS,
  REPORTS,
  SCHEMES,
} from './topics-reports';
import { AGENCIES, agencyFormalName } from './units-data';

/** How many documents of one series the register holds. */
export interface SeriesSpec {
  kind: SeriesKind;
  /** Type key of shared/documents/doc-types.ts. */
  typeKey: string;
  regime: 'state_admin' | 'state_qppl';
  /** Dated 3/1–14/6/2023: inside both statistics windows. */
  firstHalf: number;
  /** Dated 3/7–7/7/2023: inside neither window. */
  july: number;
}

/** A document to issue. */
export interface PlannedOutgoing {
  kind: SeriesKind;
  typeKey: string;
  regime: 'state_admin' | 'state_qppl';
  issueDate: string;
  summary: string;
  fieldCode: string | null;
  signature: Signature;
  recipients: string[];
  tags: string[];
  urgency: 'normal' | 'khan' | 'thuong_khan' | 'hoa_toc';
  pageCount: number;
  effectiveFrom: string | null;
  /** An explicit number (a document recorded from the previous year's paper register). */
  number?: number;
}

/** First working day of 2023 (1/1 and its compensatory day 2/1 are off). */
export const FIRST_DAY = '2023-01-03';
/** Last day of the first-half window of ND 09/2019 (15/12/2022–14/6/2023). */
export const LAST_FIRST_HALF_DAY = '2023-06-14';
/** After the calendar first half: the reports for the 11th session (1–9 July). */
export const JULY_FROM = '2023-07-01';
export const JULY_TO = '2023-07-09';

interface Segment {
  from: string;
  to: string;
  count: number;
  topics: readonly Topic[];
  distinct?: boolean;
}

/** Where the templates of each series come from: fixed-date ones, then drawn segments. */
function sourcesOf(
  spec: SeriesSpec,
  cal: WorkingCalendar,
  rng: Rng,
): { fixed: Topic[]; segments: Segment[] } {
  const firstHalf = (topics: readonly Topic[], count: number, distinct = false): Segment => ({
    from: FIRST_DAY,
    to: LAST_FIRST_HALF_DAY,
    count,
    topics,
    distinct,
  });
  const july = (topics: readonly Topic[], distinct = false): Segment => ({
    from: JULY_FROM,
    to: JULY_TO,
    count: spec.july,
    topics,
    distinct,
  });
  switch (spec.kind) {
    case 'QPPL':
      return { fixed: [], segments: [firstHalf(QPPL_DECISIONS, spec.firstHalf, true)] };
    case 'CT':
      return { fixed: [...DIRECTIVES], segments: [] };
    case 'QD': {
      const fixed = [...FIXED_DECISIONS, ...functionDecisions(cal, rng)];
      return {
        fixed,
        segments: [
          firstHalf(INDIVIDUAL_DECISIONS, spec.firstHalf - fixed.length),
          july(JULY_DECISIONS),
        ],
      };
    }
    case 'KH':
      return { fixed: [], segments: [firstHalf(PLANS, spec.firstHalf)] };
    case 'TTR': {
      // 40/TTr-UBND of 17/5/2023 is the 40th: 39 before it, the rest after.
      const before: Segment = {
        from: FIRST_DAY,
        to: addDays(SUBMISSION_40.on ?? '', -1),
        count: 39,
        topics: SUBMISSIONS,
      };
      const after: Segment = {
        from: addDays(SUBMISSION_40.on ?? '', 1),
        to: LAST_FIRST_HALF_DAY,
        count: spec.firstHalf - 40,
        topics: SUBMISSIONS,
      };
      return { fixed: [SUBMISSION_40], segments: [before, after, july(JULY_SUBMISSIONS, true)] };
    }
    case 'BC':
      return {
        fixed: [],
        segments: [firstHalf(REPORTS, spec.firstHalf), july(JULY_REPORTS, true)],
      };
    case 'CV':
      return { fixed: [], segments: [firstHalf(LETTERS, spec.firstHalf), july(LETTERS)] };
    case 'TB':
      return { fixed: [], segments: [firstHalf(NOTICES, spec.firstHalf), july(NOTICES)] };
    case 'GM':
      return { fixed: [], segments: [firstHalf(INVITATIONS, spec.firstHalf), july(INVITATIONS)] };
    case 'CTR':
      return { fixed: [...PROGRAMMES], segments: [] };
    case 'QC':
      return { fixed: [...REGULATIONS], segments: [] };
    case 'DEAN':
      return { fixed: [...SCHEMES], segments: [] };
    case 'PA':
      return { fixed: [...OPTIONS], segments: [] };
    case 'CD':
      return { fixed: [...DISPATCHES], segments: [] };
  }
}

/**
 * The 18 decisions re-issuing the functions, tasks and organisation of the
 * agencies after 764-QĐ/TU (30/11/2022) ended the organisational pilot.
 */
function functionDecisions(cal: WorkingCalendar, rng: Rng): Topic[] {
  const agencies = AGENCIES.filter((a) => a.functionDecision);
  const dates = drawDistinctDates(rng, cal, '2023-01-09', '2023-06-09', agencies.length);
  return agencies.map((a, i) =>
    topic(
      'nc',
      `Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của ${agencyFormalName(a)}`,
      {
        on: dates[i] ?? '',
        chair: true,
        tag: FUNCTION_TAG,
        to: [a.key, 'SNV'],
      },
    ),
  );
}

const PAGES: Record<SeriesKind, [number, number]> = {
  QPPL: [6, 24],
  CT: [3, 6],
  QD: [1, 4],
  KH: [4, 15],
  TTR: [3, 12],
  BC: [4, 20],
  CV: [1, 3],
  TB: [1, 3],
  GM: [1, 1],
  CTR: [6, 20],
  QC: [5, 12],
  DEAN: [15, 40],
  PA: [4, 12],
  CD: [1, 2],
};

function urgencyOf(kind: SeriesKind, rng: Rng): PlannedOutgoing['urgency'] {
  const r = rng.next();
  if (kind === 'CD') return r < 0.4 ? 'hoa_toc' : 'thuong_khan';
  if (kind === 'CV' || kind === 'GM')
    return r < 0.06 ? 'khan' : r < 0.07 ? 'thuong_khan' : 'normal';
  return 'normal';
}

/** Plans every series of `register`, sorted in issuing order (date, then series, then draw order). */
export function planOutgoing(opts: {
  rng: Rng;
  cal: WorkingCalendar;
  leaders: Leaders;
  incoming: readonly IncomingRef[];
  register: readonly SeriesSpec[];
}): PlannedOutgoing[] {
  const { cal, leaders, incoming } = opts;
  const planned: { p: PlannedOutgoing; order: number }[] = [];
  for (const [seriesIndex, spec] of opts.register.entries()) {
    const rng = opts.rng.fork(spec.kind);
    const { fixed, segments } = sourcesOf(spec, cal, rng);
    const dated: [string, Topic][] = fixed.map((t) => [assertWorkingDay(cal, t.on ?? '', t.s), t]);
    for (const seg of segments) {
      const dates = drawDates(rng, cal, seg.from, seg.to, seg.count);
      const topics = assignTopics(rng, dates, seg.topics, seg.distinct === true);
      topics.forEach((t, i) => dated.push([dates[i] ?? '', t]));
    }
    const total = spec.firstHalf + spec.july;
    if (dated.length !== total)
      throw new Error(`${spec.kind}: planned ${dated.length} documents, expected ${total}`);
    dated.sort((a, b) => a[0].localeCompare(b[0]));
    for (const [i, [issueDate, t]] of dated.entries()) {
      const filled = fillTopic(t, { rng, date: issueDate, leaders, incoming });
      planned.push({
        order: seriesIndex * 100_000 + i,
        p: {
          kind: spec.kind,
          typeKey: spec.typeKey,
          regime: spec.regime,
          issueDate,
          summary: filled.summary,
          fieldCode: spec.kind === 'CV' ? FIELD_CODES[filled.d] : null,
          signature: signatureFor(
            spec.kind,
            filled.d,
            { head: t.head === true, chair: t.chair === true },
            rng,
            leaders,
          ),
          recipients: recipientsFor(spec.kind, filled.d, filled.to),
          tags: t.tag ? [t.tag] : [],
          urgency: urgencyOf(spec.kind, rng),
          pageCount: rng.int(...PAGES[spec.kind]),
          effectiveFrom: spec.regime === 'state_qppl' ? addDays(issueDate, rng.int(10, 15)) : null,
        },
      });
    }
  }
  return planned
    .sort((a, b) => a.p.issueDate.localeCompare(b.p.issueDate) || a.order - b.order)
    .map((x) => x.p);
}
