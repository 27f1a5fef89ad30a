import type { AppContext } from '../../platform/context';
import { SYSTEM_ACTOR } from '../../platform/actor';
import { registerIncomingDocument } from '../../documents/record-received-document';
import type { WorkingCalendar } from '../../../shared/calendar/working-days';
import { daysBetween, minDate } from '../../../shared/dates/local-date';
import { formatShortDate } from '../../../shared/vi/date';
import { fillTopic, type Domain, type IncomingRef } from './compose';
import { SESSIONS } from './council';
import {
  COUNCIL_RESOLUTIONS,
  INCOMING_SOURCES,
  isNormativeResolution,
  type IncomingSource,
} from './incoming-data';
import type { Leaders } from './people';
import type { Rng } from './random';
import { drawDates } from './schedule';
import { AGENCIES, CENTRAL_UNITS, DISTRICTS, PROVINCE_UNITS } from './units-data';

/** An entry of the UBND tỉnh's incoming register, planned before it is written. */
export interface PlannedIncoming {
  issuer: string;
  /** How the issuer is named in a citation: `Bộ Tài chính`, `Tỉnh ủy`. */
  issuerLabel: string;
  numberSymbol: string;
  typeName: string;
  issueDate: string;
  arrivalDate: string;
  summary: string;
  d: Domain;
  /** Central bodies, the Tỉnh ủy and the HĐND: documents the UBND answers with its own. */
  citable: boolean;
  handlingUnit: string | null;
  handlingDeadline: string | null;
  signer: { id: number; title: string; authority: 'TM' | null } | null;
}

const TYPE_NAMES: Record<string, string> = {
  CV: 'Công văn',
  TB: 'Thông báo',
  QĐ: 'Quyết định',
  CT: 'Chỉ thị',
  CĐ: 'Công điện',
  NQ: 'Nghị quyết',
  KH: 'Kế hoạch',
  TTr: 'Tờ trình',
  BC: 'Báo cáo',
};

const FIRST_DAY = '2023-01-03';
const LAST_ISSUE = '2023-07-05';
/** Arrivals stop on the demo's "today". */
const LAST_ARRIVAL = '2023-07-10';
/**
 * Only entries arrived from June on carry a handling unit and deadline: there
 * is no use case yet to record that an entry was handled (handled_on), so older
 * assignments would all show as overdue.
 */
const HANDLING_FROM = '2023-06-01';

interface Draft extends Omit<PlannedIncoming, 'numberSymbol'> {
  seriesKey: string;
  format: (n: number) => string;
  first: number;
  perDay: number;
}

function unitSpec(code: string) {
  const unit = [...CENTRAL_UNITS, ...PROVINCE_UNITS].find((u) => u.code === code);
  if (!unit) throw new Error(`incoming source ${code} is not a demo unit`);
  return unit;
}

/** Resolves AGENCY / DISTRICT to one sender, with its printed code, label and signer. */
function pickSender(rng: Rng, source: IncomingSource, leaders: Leaders) {
  if (source.issuer === 'AGENCY') {
    const a = rng.pick(AGENCIES.filter((x) => x.key !== 'VPUBND'));
    const head = leaders.directors.get(a.key);
    return {
      code: `BP.${a.key}`,
      symbol: a.symbolCode,
      label: a.name,
      signer: head ? { id: head.id, title: a.headTitle, authority: null } : null,
    };
  }
  if (source.issuer === 'DISTRICT') {
    const d = rng.pick(DISTRICTS);
    const chair = leaders.districtChairs.get(d.key);
    return {
      code: `BP.${d.key}`,
      symbol: 'UBND',
      label: `UBND ${d.place}`,
      signer: chair ? { id: chair.id, title: 'Chủ tịch', authority: 'TM' as const } : null,
    };
  }
  const u = unitSpec(source.issuer);
  // A citation names central bodies in full and provincial ones as the province says them.
  const label = u.code.startsWith('VN.')
    ? u.name
    : u.code === 'BP.TU'
      ? 'Tỉnh ủy'
      : u.code === 'BP.HDND'
        ? 'HĐND tỉnh'
        : (u.shortName ?? u.name);
  return { code: u.code, symbol: u.symbolCode ?? '', label, signer: null };
}

/**
 * Plans about 300 incoming entries for 2023: letters, decisions and notices of
 * the Government and ministries, Party documents of the Tỉnh ủy (term-long
 * numbering, `3150-CV/TU`), resolutions of the HĐND tỉnh after its 2023
 * sessions, submissions and reports of the agencies and districts. Numbers
 * grow with the issue date within each sender's series.
 */
export function planIncoming(rng: Rng, cal: WorkingCalendar, leaders: Leaders): PlannedIncoming[] {
  const drafts: Draft[] = [];
  const fill = (s: string, date: string, d: Domain) =>
    fillTopic({ d, s }, { rng, date, leaders, incoming: [] }).summary;
  const arrive = (issueDate: string, lag: [number, number]) =>
    minDate(cal.addWorkingDays(issueDate, rng.int(lag[0], lag[1])), LAST_ARRIVAL);

  for (const source of INCOMING_SOURCES) {
    for (const series of source.series) {
      for (const issueDate of drawDates(rng, cal, FIRST_DAY, LAST_ISSUE, series.count)) {
        const sender = pickSender(rng, source, leaders);
        const field = series.fields ? rng.pick(series.fields) : '';
        const format = (n: number): string =>
          source.party
            ? `${n}-${series.type}/${sender.symbol}`
            : series.type === 'CV'
              ? `${n}/${sender.symbol}-${field}`
              : `${n}/${series.type}-${sender.symbol}`;
        const arrivalDate = arrive(issueDate, source.lag);
        const handling =
          source.handling &&
          source.handling.length > 0 &&
          arrivalDate >= HANDLING_FROM &&
          rng.chance(0.7)
            ? rng.pick(source.handling)
            : null;
        drafts.push({
          issuer: sender.code,
          issuerLabel: sender.label,
          typeName: TYPE_NAMES[series.type] ?? series.type,
          issueDate,
          arrivalDate,
          summary: fill(rng.pick(series.summaries), issueDate, source.d),
          d: source.d,
          citable:
            sender.code.startsWith('VN.') || sender.code === 'BP.TU' || sender.code === 'BP.HDND',
          handlingUnit: handling ? `BP.${handling}` : null,
          handlingDeadline: handling ? cal.addWorkingDays(arrivalDate, rng.int(5, 15)) : null,
          signer: sender.signer,
          seriesKey: `${sender.code}|${series.type}`,
          format,
          first: series.first,
          perDay: series.perDay,
        });
      }
    }
  }
  const planned = numberDrafts(rng, drafts);
  planned.push(...councilResolutions(rng, cal, leaders, arrive), governmentResolution());
  return planned.sort(
    (a, b) => a.arrivalDate.localeCompare(b.arrivalDate) || a.issueDate.localeCompare(b.issueDate),
  );
}

/** Gives each draft its number: growing with the date within its series, never repeated. */
function numberDrafts(rng: Rng, drafts: Draft[]): PlannedIncoming[] {
  const last = new Map<string, number>();
  const ordered = drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.issueDate.localeCompare(b.d.issueDate) || a.i - b.i);
  return ordered.map(({ d }) => {
    const expected =
      d.first +
      Math.floor(daysBetween('2023-01-01', d.issueDate) * d.perDay) +
      rng.int(0, Math.ceil(d.perDay));
    const n = Math.max(expected, (last.get(d.seriesKey) ?? 0) + 1);
    last.set(d.seriesKey, n);
    const { seriesKey: _k, format, first: _f, perDay: _p, ...rest } = d;
    return { ...rest, numberSymbol: format(n) };
  });
}

/** The HĐND's resolutions of its 2023 thematic sessions: individual ones `n/NQ-HĐND`, normative ones `n/2023/NQ-HĐND`. */
function councilResolutions(
  rng: Rng,
  cal: WorkingCalendar,
  leaders: Leaders,
  arrive: (issueDate: string, lag: [number, number]) => string,
): PlannedIncoming[] {
  let individual = 0;
  let normative = 0;
  return COUNCIL_RESOLUTIONS.flatMap(({ session, summaries }) => {
    const s = SESSIONS.find((x) => x.number === session);
    if (!s) throw new Error(`session ${session} missing`);
    return summaries.map((text) => {
      const qppl = isNormativeResolution(text);
      const numberSymbol = qppl
        ? `${String((normative += 1)).padStart(2, '0')}/2023/NQ-HĐND`
        : `${String((individual += 1)).padStart(2, '0')}/NQ-HĐND`;
      const arrivalDate = arrive(s.endsOn, [1, 3]);
      return {
        issuer: 'BP.HDND',
        issuerLabel: 'HĐND tỉnh',
        numberSymbol,
        typeName: 'Nghị quyết',
        issueDate: s.endsOn,
        arrivalDate,
        summary: fillTopic({ d: 'th', s: text }, { rng, date: s.endsOn, leaders, incoming: [] })
          .summary,
        d: 'th' as const,
        citable: true,
        handlingUnit: arrivalDate >= HANDLING_FROM ? 'BP.VPUBND' : null,
        handlingDeadline: arrivalDate >= HANDLING_FROM ? cal.addWorkingDays(arrivalDate, 10) : null,
        signer: null,
      };
    });
  });
}

/** Nghị quyết 01/NQ-CP of 6/1/2023, which the UBND's action programme implements. */
function governmentResolution(): PlannedIncoming {
  return {
    issuer: 'VN.CP',
    issuerLabel: 'Chính phủ',
    numberSymbol: '01/NQ-CP',
    typeName: 'Nghị quyết',
    issueDate: '2023-01-06',
    arrivalDate: '2023-01-09',
    summary:
      'Về những nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội, dự toán ngân sách nhà nước và cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia năm 2023',
    d: 'th',
    citable: true,
    handlingUnit: null,
    handlingDeadline: null,
    signer: null,
  };
}

/** The citable entries, for the letters that answer them (`{incoming}`). */
export function incomingRefs(planned: readonly PlannedIncoming[]): IncomingRef[] {
  return planned
    .filter((p) => p.citable)
    .map((p) => ({
      arrivalDate: p.arrivalDate,
      d: p.d,
      citation: `${p.typeName} số ${p.numberSymbol} ngày ${formatShortDate(p.issueDate)} của ${p.issuerLabel}`,
    }));
}

/** Writes the planned entries with registerIncomingDocument, in arrival order (arrival numbers follow). */
export async function registerIncoming(
  ctx: AppContext,
  planned: readonly PlannedIncoming[],
): Promise<number> {
  for (const p of planned) {
    await registerIncomingDocument(ctx, {
      actor: SYSTEM_ACTOR,
      input: {
        register: 'BP.UBND',
        issuer: p.issuer,
        numberSymbol: p.numberSymbol,
        issueDate: p.issueDate,
        arrivalDate: p.arrivalDate,
        summary: p.summary,
        handlingUnit: p.handlingUnit,
        handlingDeadline: p.handlingDeadline,
        ...(p.signer
          ? {
              signer: p.signer.id,
              signerTitle: p.signer.title,
              signingAuthority: p.signer.authority,
            }
          : {}),
      },
    });
  }
  return planned.length;
}
