/**
 * Fills the demo's document templates: a template is a trích yếu with slots
 * (`{district}`, `{project}`…) and the Vice-Chair domain it belongs to; the
 * slots draw from slots-data.ts, may add recipients (the district named gets
 * the document) and may move the topic to another domain (a draft law on land
 * goes to the Vice-Chair for land).
 */
import { addDays, ymd } from '../../../shared/dates/local-date';
import { formatShortDate } from '../../../shared/vi/date';
import { formatNumber } from '../../../shared/vi/number';
import { ordinalWords, romanNumeral } from '../../../shared/vi/words';
import type { Leaders, ViceDomain } from './people';
import type { Rng } from './random';
import { SESSIONS } from './council';
import { AGENCIES, CENTRAL_UNITS, DISTRICTS, PROVINCE_UNITS } from './units-data';
import * as data from './slots-data';

/** Domain of a topic: a Vice-Chair's (kt, nn, vx, nc) or general affairs (th), which the Chair keeps. */
export type Domain = ViceDomain | 'th';

/** A document template. */
export interface Topic {
  d: Domain;
  /** The trích yếu, with slots. */
  s: string;
  /** Recipients besides the standard lines: agency keys (`SKHDT`), unit codes (`BP.CUCTHUE`, `VN.BTC`), group keys or literal lines. */
  to?: readonly string[];
  /** Issued by the Chair in his own name (Chủ tịch UBND tỉnh), not by the UBND. */
  head?: boolean;
  /** A major item: the Chair signs it himself (TM. UBND, or in his own name when `head`). */
  chair?: boolean;
  tag?: string;
  /** The topic makes sense only from / until these dates. */
  from?: string;
  until?: string;
  /** A fixed issue date (single documents the story needs). */
  on?: string;
}

/** A document cited by the templates (`{incoming}`): an entry of the incoming register. */
export interface IncomingRef {
  arrivalDate: string;
  /** `Công văn số 1234/BKHĐT-TH ngày 05/01/2023 của Bộ Kế hoạch và Đầu tư`. */
  citation: string;
  d: Domain;
}

/** What the slots need. */
export interface FillContext {
  rng: Rng;
  date: string;
  leaders: Leaders;
  incoming: readonly IncomingRef[];
}

/** A filled template. */
export interface Filled {
  summary: string;
  d: Domain;
  /** Recipient lines named by the template and its slots, in order, without duplicates. */
  to: string[];
}

const GROUPS: Record<string, string> = {
  ALL_AGENCIES: 'Các sở, ban, ngành tỉnh',
  ALL_DISTRICTS: 'UBND các huyện, thị xã, thành phố',
  TTTU: 'TTTU, TT.HĐND tỉnh',
  HDND: 'HĐND tỉnh',
};

/** The recipient line for a key: an agency key, a unit code, a group key, or the line itself. */
export function recipientLine(key: string): string {
  const group = GROUPS[key];
  if (group) return group;
  const agency = AGENCIES.find((a) => a.key === key);
  if (agency) return agency.name;
  // Central bodies by their full name; provincial bodies by their usual short one (Cục Thuế tỉnh).
  const central = CENTRAL_UNITS.find((u) => u.code === key);
  if (central) return central.name;
  const unit = PROVINCE_UNITS.find((u) => u.code === key);
  if (unit) return unit.shortName ?? unit.name;
  return key;
}

interface State {
  c: FillContext;
  d: Domain;
  to: string[];
}

function addTo(st: State, line: string): void {
  if (!st.to.includes(line)) st.to.push(line);
}

function prevMonth(date: string): { month: number; year: number } {
  const { year, month } = ymd(date);
  return month === 1 ? { month: 12, year: year - 1 } : { month: month - 1, year };
}

function nextSession(date: string) {
  return SESSIONS.find((s) => s.startsOn > date) ?? SESSIONS[SESSIONS.length - 1];
}

const SLOTS: Record<string, (st: State) => string> = {
  district(st) {
    const d = st.c.rng.pick(DISTRICTS);
    addTo(st, `UBND ${d.place}`);
    return d.place;
  },
  border(st) {
    const place = st.c.rng.pick(data.BORDER_DISTRICTS);
    addTo(st, `UBND ${place}`);
    return place;
  },
  agency(st) {
    const a = st.c.rng.pick(AGENCIES.filter((x) => x.key !== 'VPUBND'));
    addTo(st, a.name);
    return a.name;
  },
  project: (st) => st.c.rng.pick(data.PROJECTS),
  road: (st) => st.c.rng.pick(data.ROADS),
  company: (st) => st.c.rng.pick(data.COMPANIES),
  investment: (st) => st.c.rng.pick(data.INVESTMENTS),
  park(st) {
    addTo(st, recipientLine('BQLKKT'));
    return st.c.rng.pick(data.INDUSTRIAL_PARKS);
  },
  country: (st) => st.c.rng.pick(data.COUNTRIES),
  cambodia: (st) => st.c.rng.pick(data.CAMBODIAN_PROVINCES),
  procedures(st) {
    const area = st.c.rng.pick(data.PROCEDURE_AREAS);
    const name = recipientLine(area.agency);
    addTo(st, name);
    return `lĩnh vực ${area.text} thuộc phạm vi chức năng quản lý của ${name}`;
  },
  movement: (st) => st.c.rng.pick(data.MOVEMENTS),
  programme: (st) => st.c.rng.pick(data.PROGRAMMES),
  draft(st) {
    const draft = st.c.rng.pick(data.DRAFTS);
    st.d = draft.d;
    addTo(st, recipientLine(draft.agency));
    return draft.text;
  },
  serviceUnit: (st) => st.c.rng.pick(data.PUBLIC_SERVICE_UNITS),
  steering(st) {
    const committee = st.c.rng.pick(data.STEERING_COMMITTEES);
    st.d = committee.d;
    return committee.text;
  },
  event: (st) => st.c.rng.pick(data.EVENTS),
  occasion: (st) => st.c.rng.pick(data.OCCASIONS),
  supportGroup: (st) => st.c.rng.pick(data.SUPPORT_GROUPS),
  newLaw: (st) => st.c.rng.pick(data.NEW_LAWS),
  ministry: (st) => st.c.rng.pick(data.MINISTRIES),
  taxArea: (st) => st.c.rng.pick(data.TAX_AREAS),
  spending: (st) => st.c.rng.pick(data.SPENDING),
  citizen(st) {
    const letters = 'BCDĐHKLMNPQSTTV';
    const initial = () => letters.charAt(st.c.rng.int(0, letters.length - 1));
    const female = st.c.rng.chance(0.4);
    const family = st.c.rng.pick(['N', 'T', 'L', 'P', 'H', 'V']);
    return `${female ? 'bà' : 'ông'} ${family}.${female ? 'T' : 'V'}.${initial()}.`;
  },
  batch: (st) => `đợt ${st.c.rng.int(1, 4)}`,
  landArea: (st) =>
    `khu đất có diện tích ${formatNumber(st.c.rng.int(20_000, 900_000) / 10, { decimals: 1 })} m²`,
  prevMonth(st) {
    const p = prevMonth(st.c.date);
    return `tháng ${p.month} năm ${p.year}`;
  },
  thisMonth(st) {
    const { month, year } = ymd(st.c.date);
    return `tháng ${month} năm ${year}`;
  },
  quarter(st) {
    const p = prevMonth(st.c.date);
    return `quý ${romanNumeral(Math.ceil(p.month / 3))} năm ${p.year}`;
  },
  recentDate: (st) => formatShortDate(addDays(st.c.date, -st.c.rng.int(1, 6))),
  pct: (st) => st.c.leaders.vice[st.d === 'th' ? 'kt' : st.d].name,
  session(st) {
    const s = nextSession(st.c.date);
    return `kỳ họp ${ordinalWords(s?.number ?? 11)}`;
  },
  incoming(st) {
    const recent = st.c.incoming.filter(
      (i) => i.arrivalDate < st.c.date && i.arrivalDate >= addDays(st.c.date, -30),
    );
    const ref = st.c.rng.pick(
      recent.length > 0 ? recent : st.c.incoming.filter((i) => i.arrivalDate < st.c.date),
    );
    st.d = ref.d;
    return ref.citation;
  },
};

/** Fills a template for a document dated `c.date`. */
export function fillTopic(topic: Topic, c: FillContext): Filled {
  const st: State = { c, d: topic.d, to: [] };
  for (const key of topic.to ?? []) addTo(st, recipientLine(key));
  let text = topic.s;
  for (let pass = 0; pass < 3 && text.includes('{'); pass += 1) {
    text = text.replace(/\{(\w+)\}/g, (_m, name: string) => {
      const slot = SLOTS[name];
      if (!slot) throw new Error(`unknown slot {${name}} in demo template "${topic.s}"`);
      return slot(st);
    });
  }
  return { summary: text, d: st.d, to: st.to };
}

/** Shorthand for the template tables. */
export function topic(d: Domain, s: string, o: Omit<Topic, 'd' | 's'> = {}): Topic {
  return { d, s, ...o };
}
