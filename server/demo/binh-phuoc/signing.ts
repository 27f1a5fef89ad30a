/**
 * Who signs the demo's outgoing documents and who receives them (ND 30/2020
 * Điều 13, GUIDE §2.8): TM. (on behalf of the UBND) by the Chair for legal
 * normative documents and major items, KT. CHỦ TỊCH by the Vice-Chair in
 * charge of the field for most, TL. CHỦ TỊCH by the Chánh Văn phòng for
 * notices, invitations and some letters; the Chair signs his own decisions
 * and công điện in his own name.
 */
import type { Domain } from './compose';
import type { Leaders, Official } from './people';
import type { Rng } from './random';

/** The series of the register, by the statistics bucket they fall in. */
export type SeriesKind =
  | 'QPPL'
  | 'CT'
  | 'QD'
  | 'KH'
  | 'TTR'
  | 'BC'
  | 'CV'
  | 'TB'
  | 'GM'
  | 'CTR'
  | 'QC'
  | 'DEAN'
  | 'PA'
  | 'CD';

/** The signature block of a document. */
export interface Signature {
  issuerCapacity: 'body' | 'head';
  signer: Official;
  signerTitle: string;
  signingAuthority: 'TM' | 'KT' | 'TL' | null;
}

/** The Văn phòng's division for each domain: the công văn field code and the `Lưu: VT, …` line. */
export const FIELD_CODES: Record<Domain, string> = {
  kt: 'KT',
  nn: 'KT',
  vx: 'VX',
  nc: 'NC',
  th: 'TH',
};

/** The signature of a document of `kind` on a topic of domain `d`. */
export function signatureFor(
  kind: SeriesKind,
  d: Domain,
  opts: { head: boolean; chair: boolean },
  rng: Rng,
  leaders: Leaders,
): Signature {
  const { head } = opts;
  const chair = (capacity: 'body' | 'head'): Signature => ({
    issuerCapacity: capacity,
    signer: leaders.chair,
    signerTitle: 'Chủ tịch',
    signingAuthority: capacity === 'head' ? null : 'TM',
  });
  const vice = (capacity: 'body' | 'head'): Signature => ({
    issuerCapacity: capacity,
    signer: leaders.vice[d === 'th' ? 'kt' : d],
    signerTitle: 'Phó Chủ tịch',
    signingAuthority: 'KT',
  });
  const office: Signature = {
    issuerCapacity: 'body',
    signer: leaders.officeChief,
    signerTitle: 'Chánh Văn phòng',
    signingAuthority: 'TL',
  };
  // General affairs stay with the Chair more often.
  const chairShare = d === 'th' ? 0.5 : 0;
  const r = rng.next();
  if (opts.chair) return chair(head || kind === 'CD' ? 'head' : 'body');
  switch (kind) {
    case 'QPPL':
    case 'CT':
      return chair('body');
    case 'CD':
      return chair('head');
    case 'QD':
      if (head) return r < 0.3 ? chair('head') : vice('head');
      return r < 0.2 + chairShare ? chair('body') : vice('body');
    case 'TTR':
      return r < 0.35 + chairShare ? chair('body') : vice('body');
    case 'BC':
      return r < 0.3 + chairShare ? chair('body') : vice('body');
    case 'CV':
      if (r < 0.1) return chair('body');
      return r < 0.35 ? office : vice('body');
    case 'TB':
      return r < 0.85 ? office : vice('body');
    case 'GM':
      return office;
    case 'KH':
    case 'CTR':
    case 'QC':
    case 'DEAN':
    case 'PA':
      return r < 0.2 + chairShare ? chair('body') : vice('body');
  }
}

function unique(lines: readonly string[]): string[] {
  return [...new Set(lines)];
}

/**
 * The nơi nhận lines of a document, as stored: without the leading "- " and
 * the trailing ";" (the printed form adds them), ending with the archive line
 * `Lưu: VT, <division>` (VT = Văn thư).
 */
export function recipientsFor(kind: SeriesKind, d: Domain, to: readonly string[]): string[] {
  const field = FIELD_CODES[d];
  const tail = [`LĐVP, Phòng ${field}`, `Lưu: VT, ${field}`];
  switch (kind) {
    case 'QPPL':
      return unique([
        'Văn phòng Chính phủ',
        'Bộ Tư pháp (Cục Kiểm tra VBQPPL)',
        'TTTU, TT.HĐND tỉnh',
        'Đoàn ĐBQH tỉnh',
        'CT, các PCT UBND tỉnh',
        'Như Điều 3',
        ...to,
        'Sở Tư pháp',
        'Trung tâm Tin học - Công báo',
        'LĐVP, các Phòng',
        `Lưu: VT, ${field}`,
      ]);
    case 'CT':
      return unique([
        'Văn phòng Chính phủ',
        'TTTU, TT.HĐND tỉnh',
        'Đoàn ĐBQH tỉnh',
        'Ủy ban MTTQ Việt Nam tỉnh',
        'CT, các PCT UBND tỉnh',
        'Các sở, ban, ngành tỉnh',
        'UBND các huyện, thị xã, thành phố',
        'Báo Bình Phước, Đài PT-TH tỉnh',
        'LĐVP, các Phòng',
        `Lưu: VT, ${field}`,
      ]);
    case 'QD':
      return unique(['Như Điều 3', ...to, 'CT, PCT UBND tỉnh', ...tail]);
    case 'GM':
      return ['Như thành phần mời', 'LĐVP', `Lưu: VT, ${field}`];
    case 'CD':
      return unique([
        'Thủ tướng Chính phủ (để b/c)',
        'TTTU, TT.HĐND tỉnh',
        'CT, các PCT UBND tỉnh',
        ...to,
        ...tail,
      ]);
    case 'CV':
      return unique([
        ...(to.length > 0 ? to : ['Các sở, ban, ngành tỉnh']),
        'CT, PCT UBND tỉnh',
        ...tail,
      ]);
    case 'TTR':
    case 'BC':
    case 'TB':
      return unique([...to, 'CT, các PCT UBND tỉnh', ...tail]);
    case 'KH':
    case 'CTR':
    case 'QC':
    case 'DEAN':
    case 'PA':
      return unique(['TTTU, TT.HĐND tỉnh', 'CT, các PCT UBND tỉnh', ...to, ...tail]);
  }
}
