/**
 * The units the demo's tasks are assigned to, as the generator names them:
 * the nơi nhận lines of the UBND's documents mapped to unit codes, the unit
 * names the messages print, and the Vice-Chair in charge of each agency's
 * field (phân công lĩnh vực, names-data.ts).
 */
import type { ViceDomain } from '../people';
import {
  AGENCIES,
  CHON_THANH_AS_DISTRICT,
  DISTRICTS,
  PROVINCE_UNITS,
  WORKING_GROUPS,
} from '../units-data';

/** The nơi nhận line that addresses every district-level UBND ("Giao UBND các huyện…"). */
export const ALL_DISTRICTS_LINE = 'UBND các huyện, thị xã, thành phố';

/** The codes of the 11 district-level UBND. */
export const DISTRICT_CODES: readonly string[] = DISTRICTS.map((d) => `BP.${d.key}`);

/** Provincial bodies outside the UBND that the UBND still assigns work to (Công an, Cục Thuế…). */
const BODY_CODES = ['BP.CAT', 'BP.BCHQS', 'BP.CUCTHUE', 'BP.KBNN', 'BP.CUCTHONGKE'];

function buildLines(): Map<string, string> {
  const lines = new Map<string, string>();
  for (const a of AGENCIES) lines.set(a.name, `BP.${a.key}`);
  for (const d of DISTRICTS) lines.set(`UBND ${d.place}`, `BP.${d.key}`);
  lines.set(CHON_THANH_AS_DISTRICT.name, 'BP.CHONTHANH');
  for (const u of PROVINCE_UNITS) {
    if (!BODY_CODES.includes(u.code)) continue;
    lines.set(u.name, u.code);
    if (u.shortName) lines.set(u.shortName, u.code);
  }
  return lines;
}

const LINES = buildLines();

/** The unit code a nơi nhận line names (an agency, a district, a provincial body), or undefined. */
export function unitOfLine(line: string): string | undefined {
  return LINES.get(line);
}

function buildNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const a of AGENCIES) names.set(`BP.${a.key}`, a.name);
  for (const d of DISTRICTS) names.set(`BP.${d.key}`, `UBND ${d.place}`);
  for (const u of PROVINCE_UNITS) names.set(u.code, u.shortName ?? u.name);
  for (const g of WORKING_GROUPS) names.set(g.code, g.name);
  return names;
}

const NAMES = buildNames();

/** The 2023 name of a demo unit (for the texts of urgings and reports). */
export function unitName(code: string): string {
  const name = NAMES.get(code);
  if (!name) throw new Error(`demo unit ${code} has no name`);
  return name;
}

/** The Vice-Chair's domain each agency's field belongs to (names-data.ts VICE_CHAIRS). */
const AGENCY_DOMAIN: Record<string, ViceDomain> = {
  VPUBND: 'kt',
  SKHDT: 'kt',
  STC: 'kt',
  SCT: 'kt',
  SXD: 'kt',
  SGTVT: 'kt',
  BQLKKT: 'kt',
  SNNPTNT: 'nn',
  STNMT: 'nn',
  SGDDT: 'vx',
  SYT: 'vx',
  SLDTBXH: 'vx',
  SVHTTDL: 'vx',
  SKHCN: 'vx',
  STTTT: 'vx',
  BDT: 'vx',
  SNV: 'nc',
  STP: 'nc',
  TTR: 'nc',
  SNGV: 'nc',
};

const BODY_DOMAIN: Record<string, ViceDomain> = {
  'BP.CAT': 'nc',
  'BP.BCHQS': 'nc',
  'BP.CUCTHUE': 'kt',
  'BP.KBNN': 'kt',
  'BP.CUCTHONGKE': 'kt',
};

/** The domain of the Vice-Chair in charge of a unit's field; undefined for districts (any field). */
export function domainOfUnit(code: string): ViceDomain | undefined {
  return AGENCY_DOMAIN[code.replace(/^BP\./, '')] ?? BODY_DOMAIN[code];
}
