/**
 * Names of bodies as a directive writes them — "Sở Kế hoạch và Đầu tư", "UBND các huyện,
 * thị xã, thành phố", "các cơ quan có liên quan" — cut out of running text. Matching them
 * to the organisation registry is a later step (server side); here they stay text.
 */

/** First words of a body's name or of a group of bodies (case-insensitive first letter). */
const UNIT_START_SRC =
  '(?:Sở|Ủy\\s?ban|Uỷ\\s?ban|UBND|HĐND|Ban|Văn phòng|VP|Công an|Bộ Chỉ huy|Bộ|Cục|Chi cục|Trung tâm|Thanh tra|Kho bạc|Đài|Báo|Hội|Liên đoàn|Liên minh|Tỉnh đoàn|Đoàn|Mặt trận|Trường|Bệnh viện|Ngân hàng|Công ty|Tổng công ty|Chủ tịch|Phó Chủ tịch|Giám đốc|Thủ trưởng|Chánh|Hội đồng|Tòa án|Toà án|Viện|Bảo hiểm|Điện lực|Quỹ|Cảng vụ|Bưu điện|Đảng ủy|Đảng uỷ|Thường trực|Huyện ủy|Thành ủy|Tỉnh ủy|Tỉnh uỷ|Chủ đầu tư|Ban QLDA|BQL|Các\\s+(?:sở|ban|ngành|cơ quan|đơn vị|địa phương|huyện|bộ|hội|tổ chức|doanh nghiệp|cấp|xã|phòng|trường|chủ đầu tư|thành viên|thủ trưởng|giám đốc|đoàn thể|lực lượng|Ban QLDA))(?![\\p{Ll}])';

const UNIT_START = new RegExp(`^${UNIT_START_SRC}`, 'u');
const UNIT_START_ANY_CASE = new RegExp(`^${UNIT_START_SRC}`, 'iu');

/** True when `s` begins with the name of a body (`Sở…`, `UBND…`, `các sở, ngành…`). */
export function startsWithUnit(s: string): boolean {
  const t = s.trimStart();
  if (UNIT_START.test(t)) return true;
  // `các sở` / `Các Sở`: the plural group may be written in either case.
  return /^[Cc]ác\s/u.test(t) && UNIT_START_ANY_CASE.test(t);
}

/**
 * Words that begin the action after the addressed bodies ("… chủ động thực hiện",
 * "… theo chức năng, nhiệm vụ được giao triển khai"). Lower-case only: inside a
 * body's name these words are capitalised (`Sở Xây dựng`).
 */
const ACTION =
  /\s(?<!các\s)(?:chủ trì|phối hợp|tổ chức|triển khai|thực hiện|chủ động|xây dựng|tham mưu|báo cáo|tổng hợp|kiểm tra|rà soát|hướng dẫn|theo dõi|đôn đốc|nghiên cứu|đề xuất|tăng cường|chỉ đạo|khẩn trương|giải quyết|hoàn thành|hoàn thiện|lập|trình|tiếp tục|tập trung|quán triệt|chịu trách nhiệm|có trách nhiệm|thường xuyên|căn cứ|cung cấp|gửi|xem xét|ban hành|bố trí|đẩy mạnh|đảm bảo|bảo đảm|nâng cao|phát huy|xử lý|cập nhật|đánh giá|sơ kết|tổng kết|theo|trong phạm vi|trên cơ sở|tùy theo|tuỳ theo|quan tâm|nghiêm túc|sớm|kịp thời|rà|làm|thông báo|phổ biến|tuyên truyền|vận động|phải|cần|được|đã|đang|sẽ|có ý kiến|khắc phục|bổ sung|điều chỉnh|thẩm định|trả lời)(?![\p{L}])/u;

// Lower-case words that occur inside the names of Vietnamese bodies ("Sở Giao thông vận tải",
// "Ủy ban nhân dân tỉnh", "Ban Bí thư khóa XI", "các cơ quan có liên quan").
const NAME_WORDS = new Set(
  (
    'nhân dân tỉnh thành phố huyện thị xã phường trấn khóa khoá vụ phòng tướng trị thư vận tải hội đồng ban chấp ' +
    'hành trung ương quốc gia bộ nhà nước thường trực kế hoạch đầu tư tài chính nông nghiệp phát triển nguyên ' +
    'môi trường thông tin truyền lao động thương binh y tế giáo dục đào tạo văn hóa hoá thể thao du lịch khoa ' +
    'học công nghệ nội pháp xây dựng giao ngoại an ninh thanh tra ủy uỷ đảng đoàn mặt trận tổ việt nam liên ' +
    'phủ quản lý dự án cấp sở ngành các có quan chuyên trực thuộc chức đoàn khí tượng thủy thuỷ lợi khu kinh ' +
    'cụm thôn công đô đất đai đội biên sự lực lượng vũ trang địa phương đơn vị cơ tâm dịch mặt điện sạch kho ' +
    'bạc ngân hàng bảo hiểm hải thuế thống kê chủ doanh tộc tôn niên phụ nữ cựu chiến mại sản xuất vệ sinh ' +
    'hình tổng cục chi bệnh viện trường đại hợp tác huy đốc trưởng phó tịch'
  ).split(' '),
);

/** True for a lower-case word that may sit inside a body's name (`vận tải`, `nhân dân`, `tỉnh`). */
export function isNameWord(word: string): boolean {
  return NAME_WORDS.has(word);
}

/**
 * The name at the start of `s` up to the first word that cannot belong to a body's name:
 * "Sở Tài chính cân đối" → "Sở Tài chính". Capitalised words, abbreviations, '-', '&',
 * "và" before a capital and the name words above are kept.
 */
export function trimUnitName(s: string): string {
  // The opening words (`Giám đốc`, `Bộ Chỉ huy`) are a name's by definition.
  const head = UNIT_START_ANY_CASE.exec(s)?.[0].length ?? 0;
  const words = [...s.slice(head).matchAll(/\S+/gu)];
  let end = head;
  for (const [i, m] of words.entries()) {
    const word = m[0].replace(/[,;:.]+$/u, '');
    const next = words[i + 1]?.[0] ?? '';
    const keep =
      /^[\p{Lu}\d(&-]/u.test(word) ||
      word === '' ||
      NAME_WORDS.has(word.toLowerCase()) ||
      (word === 'và' && /^(?:\p{Lu}|các$)/u.test(next));
    if (!keep) break;
    end = head + m.index + m[0].length;
  }
  return s.slice(0, end);
}

/** Index in `s` where the list of bodies ends and the action begins (or `s.length`). */
export function unitsEnd(s: string): number {
  const m = ACTION.exec(s);
  return m ? m.index : s.length;
}

/** Whitespace runs (hard line breaks included) folded to one space, trailing punctuation dropped. */
export function cleanUnit(s: string): string {
  return s
    .replace(/\s+/gu, ' ')
    .replace(/^[\s,;:–-]+|[\s,;:.–-]+$/gu, '')
    .replace(/^(?:với|cùng|và)\s+/u, '');
}

/**
 * Splits a list of bodies: on ";", and on "," or "và" only where a new body's name
 * begins, so "UBND các huyện, thị xã, thành phố" and "Sở Nông nghiệp và Phát triển
 * nông thôn" stay whole.
 */
export function splitUnits(s: string): string[] {
  const parts = s.split(/(;|,|\svà\s)/u);
  const out: string[] = [];
  let current = parts[0] ?? '';
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const sep = parts[i] ?? '';
    const piece = parts[i + 1] ?? '';
    if (sep === ';' || startsWithUnit(piece)) {
      out.push(current);
      current = piece;
    } else {
      current += sep + piece;
    }
  }
  // The verb after the last body may be one no list knows: cut at the first non-name word.
  out.push(trimUnitName(current.trimStart()));
  return out.map(cleanUnit).filter((u) => u !== '');
}
