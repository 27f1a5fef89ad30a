/**
 * Nhiệm vụ được giao: explicit assignments in a directive, conclusion notice, plan or
 * decision — "Giao X chủ trì, phối hợp Y …", "X chủ trì …", "yêu cầu X …", the numbered
 * items of a work programme and the points of a decision naming who does what. Narration
 * of past direction ("UBND tỉnh đã chỉ đạo …"), purpose items and the closing clause
 * "… chịu trách nhiệm thi hành Quyết định này" are not tasks (corpus rules T1–T4).
 */

import { viFold } from '../vi/text';
import { splitBlocks } from './blocks';
import { findDeadline } from './deadlines';
import { cleanUnit, splitUnits, startsWithUnit, unitsEnd } from './units';

/** One assignment with its span in the input (`start` inclusive, `end` exclusive). */
export interface ExtractedTask {
  /** First sentence (or prefix) of the item as printed. */
  text: string;
  /** Đơn vị chủ trì — the unit answerable, as written; null when none or several are named. */
  lead_unit: string | null;
  /** Đơn vị phối hợp — the units after "phối hợp (với)". */
  coordinating_units: string[];
  /** ISO date, or the deadline phrase as written; null when none is stated. */
  deadline: string | null;
  /** The units jointly addressed when none is chủ trì. */
  assignees?: string[];
  deadline_text?: string;
  deadline_time?: string;
  /** Nơi nhận sản phẩm — the unit the result is sent to. */
  deliver_to?: string;
  /** Sản phẩm — the expected output when the text names one ("Kế hoạch …", "báo cáo …"). */
  expected_output?: string;
  /** The item's place in the document's numbering ("B.1", "II.2.a", "Điều 3"), when it is a numbered item. */
  item_label?: string;
  start: number;
  end: number;
}

/** What the section a block sits in asks for. */
type Context = 'directive' | 'requirements' | 'narrative' | 'purpose' | 'neutral' | 'closing';

const NARRATIVE_HEADING =
  /tinh hinh|ket qua|danh gia|uu diem|ton tai|han che|nguyen nhan|khuyet diem|bai hoc/u;
const PURPOSE_HEADING = /muc dich/u;
const DIRECTIVE_HEADING =
  /nhiem vu|giai phap|chuong trinh cong tac|phuong huong|to chuc thuc hien|phan cong|de nghi|kien nghi|noi dung thuc hien|cong tac trong tam/u;
const REQUIREMENTS_HEADING = /yeu cau/u;

// An imperative assignment opening a sentence ("Giao", glued "Giaocho", "Đề nghị", "Yêu cầu").
const ASSIGN_OPENING = /^(?:Giao\s?cho|Giao|GIAO|Đề nghị|Yêu cầu|Chỉ đạo)(?![\p{L}])\s*:?\s*/u;
// Subject + verb of direction inside a sentence: "Chủ tịch UBND tỉnh yêu cầu Sở Y tế …".
const DIRECTING_SUBJECT =
  /(?:UBND tỉnh|Ủy ban nhân dân tỉnh|Uỷ ban nhân dân tỉnh|Chủ tịch[^,.;]{0,30}|Phó Chủ tịch[^,.;]{0,40}|đồng chí[^,.;]{0,60})\s+(?:giao|yêu cầu|đề nghị|chỉ đạo)\s+(?=\S)/u;
const PAST = /(?:^|\s)(?:đã|đạt được|vừa qua)(?![\p{L}])/u;
const CLOSING =
  /chịu trách nhiệm thi hành|có hiệu lực (?:thi hành )?(?:kể )?từ|có hiệu lực thi hành/u;
// Points of a conclusion that approve or acknowledge rather than assign ("Đồng ý chủ trương …").
const AGREEMENT =
  /^(?:Đồng ý|Thống nhất|Nhất trí|Ghi nhận|Biểu dương|Hoan nghênh|Cơ bản thống nhất)(?![\p{L}])/u;
const LEAD_IN =
  /(?:yêu cầu|đề nghị|giao|chỉ đạo|nhiệm vụ|giải pháp|nội dung|như sau|sau đây|cụ thể)/u;

/** The end of the first sentence of `text` from `from` (a full stop not between digits, or the end). */
function sentenceEnd(text: string, from: number, limit: number): number {
  // Searched within the block only, so the work stays linear in the text.
  const m = /\.(?=\s|$|\*)|[!?](?=\s|$)|;(?=\s*\n)/u.exec(text.slice(from, limit));
  return m ? from + m.index + 1 : limit;
}

function contextOf(heading: string, current: Context): Context {
  const f = viFold(heading);
  // The recipients list and the signature block close the document (ND 30 Phụ lục I).
  if (/^noi nhan|^(?:tm|kt|tl|tuq)\.|^chu tich$/u.test(f)) return 'closing';
  // A title ("V/v …", "về việc …") names the subject; it opens no section.
  if (/(?:^|\s)(?:ve\s?viec|v\/v)(?:\s|$)/u.test(f)) return current;
  if (PURPOSE_HEADING.test(f) && !/nhiem vu/u.test(f)) return 'purpose';
  if (NARRATIVE_HEADING.test(f)) return 'narrative';
  if (DIRECTIVE_HEADING.test(f)) return 'directive';
  if (REQUIREMENTS_HEADING.test(f)) return 'requirements';
  return current;
}

interface Parties {
  lead: string | null;
  coordinating: string[];
  assignees: string[];
}

/** Reads "X chủ trì, phối hợp (với) Y <action>" or "X, Y <action>" at the start of `s`. */
function readParties(s: string): Parties {
  const lead = /\s?(?:chủ trì|làm đầu mối)(?![\p{L}])/u.exec(s.slice(0, 300));
  if (lead && startsWithUnit(s)) {
    const leadUnit = cleanUnit(s.slice(0, lead.index));
    const rest = s.slice(lead.index + lead[0].length);
    const coord = /^[\s,]*(?:và\s)?(?:phối hợp|cùng)(?:\s(?:chặt chẽ\s)?với)?\s+/u.exec(rest);
    const coordinating = coord
      ? splitUnits(
          rest.slice(coord[0].length, coord[0].length + unitsEnd(rest.slice(coord[0].length))),
        )
      : [];
    return { lead: leadUnit === '' ? null : leadUnit, coordinating, assignees: [] };
  }
  if (!startsWithUnit(s)) return { lead: null, coordinating: [], assignees: [] };
  const units = splitUnits(s.slice(0, unitsEnd(s)));
  if (units.length === 1) return { lead: units[0] ?? null, coordinating: [], assignees: [] };
  return { lead: null, coordinating: [], assignees: units };
}

/** A task whose text is the first sentence from `start`; deadline and recipient are sought up to `scopeEnd`. */
function makeTask(
  text: string,
  start: number,
  limit: number,
  parties: Parties,
  scopeEnd: number,
): ExtractedTask {
  const end = sentenceEnd(text, start, limit);
  const task: ExtractedTask = {
    text: text.slice(start, end),
    lead_unit: parties.lead,
    coordinating_units: parties.coordinating,
    deadline: null,
    start,
    end,
  };
  if (parties.assignees.length > 0) task.assignees = parties.assignees;
  const scope = text.slice(start, scopeEnd);
  const deadline = findDeadline(scope);
  if (deadline) {
    task.deadline = deadline.deadline;
    task.deadline_text = deadline.deadline_text;
    if (deadline.deadline_time !== undefined) task.deadline_time = deadline.deadline_time;
  }
  // Nơi nhận sản phẩm: "gửi (về) Sở X", "báo cáo kết quả về Sở X", "nộp cho Sở X".
  const deliver =
    /(?:gửi|nộp|báo cáo)(?:\s(?:kết quả|báo cáo|văn bản|sản phẩm))?(?:\s(?:về|cho|đến|lên))?\s+/gu;
  for (const m of scope.matchAll(deliver)) {
    const rest = scope.slice(m.index + m[0].length);
    if (!startsWithUnit(rest)) continue;
    const cut =
      /\s(?:trước|để|trong|chậm nhất|theo|xem xét|tổng hợp|biết|định kỳ|hằng|hàng)(?![\p{L}])|[,.;(\n]/u.exec(
        rest,
      );
    const unit = cleanUnit(rest.slice(0, cut ? cut.index : Math.min(rest.length, 80)));
    if (unit !== '') task.deliver_to = unit;
    break;
  }
  const output = EXPECTED_OUTPUT.exec(scope);
  if (output?.[1] !== undefined) {
    const product = output[1].replace(/[\s,;:.]+$/u, '');
    if (product.length >= 6) task.expected_output = product;
  }
  return task;
}

// Sản phẩm: the document or result a task must produce — "xây dựng Kế hoạch …", "trình UBND tỉnh
// ban hành Quyết định …", "báo cáo kết quả …". Bounded to one clause so the search stays linear.
const EXPECTED_OUTPUT =
  /(?:xây dựng|ban hành|lập|soạn thảo|trình|dự thảo|tham mưu(?: UBND tỉnh| Ủy ban nhân dân tỉnh)?(?: ban hành)?)\s+((?:dự thảo\s+)?(?:Kế hoạch|Quyết định|Tờ trình|Báo cáo|Đề án|Chương trình|Chỉ thị|Nghị quyết|Quy chế|Quy định|Phương án|Hướng dẫn|Công văn)(?![\p{L}])[^.;\n]{0,120}?)(?=,\s*(?:trình|gửi|báo cáo|hoàn thành|để|đảm bảo|bảo đảm)|\s(?:trước|trong|chậm nhất|xong)\s|[.;\n]|$)/u;

/** Units addressed by a lead-in ("Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, …: "). */
function leadInAddressees(s: string): string[] {
  const m = /(?:yêu cầu|đề nghị|giao(?:\s?cho)?)\s+/u.exec(s);
  if (!m) return [];
  const rest = s.slice(m.index + m[0].length);
  if (!startsWithUnit(rest)) return [];
  return splitUnits(rest.slice(0, unitsEnd(rest)));
}

/**
 * Every explicit assignment in the text, in order. Units are returned as written; the
 * implicit actor of an unaddressed work-programme item is left null (T3). Never throws.
 */
export function extractTasks(text: string): ExtractedTask[] {
  const blocks = splitBlocks(text);
  const tasks: ExtractedTask[] = [];
  let context: Context = 'neutral';
  let addressees: string[] = [];
  let addressee: string | null = null;
  const labels = new LabelPath();

  for (const block of blocks) {
    const itemLabel = labels.enter(block.marker);
    const pushTask = (task: ExtractedTask): void => {
      if (itemLabel !== null && task.start >= block.start && task.start <= block.bodyStart + 2) {
        task.item_label = itemLabel;
      }
      tasks.push(task);
    };
    const body = text.slice(block.bodyStart, block.end).replace(/\*+\s*$/u, '');
    const shortLabel = block.marker !== null && body.length < 70 && !/[.;]\s*$/u.test(body);
    if (context === 'closing') continue;
    if (block.marker === null && /^nơi nhận/iu.test(text.slice(block.bodyStart, block.end))) {
      context = 'closing';
      continue;
    }
    if (
      block.heading ||
      (shortLabel && !startsWithUnit(body) && !startsWithUnit(body.replace(ASSIGN_OPENING, '')))
    ) {
      context = contextOf(body, context);
      addressees = [];
      addressee = null;
      continue;
    }
    // A label that only names a body ("3. Sở Y tế:"), the addressee of the items below it.
    if (
      block.marker !== null &&
      startsWithUnit(body) &&
      body.length < 90 &&
      unitsEnd(body) >= body.replace(/[:\s]+$/u, '').length
    ) {
      addressee = cleanUnit(body);
      continue;
    }
    const scopeEnd = block.end;
    if (CLOSING.test(body) || AGREEMENT.test(body)) continue;

    // A lead-in ending with ':' sets what the items below it are.
    if (/:\s*\**$/u.test(body) && block.marker === null) {
      if (PAST.test(body)) context = 'narrative';
      else if (LEAD_IN.test(body)) {
        const to = leadInAddressees(body);
        if (to.length > 0 || /yêu cầu|đề nghị|giao|nhiệm vụ|kết luận/u.test(body)) {
          context = 'directive';
          addressees = to;
        }
      }
      continue;
    }

    // Sentences opening with an imperative assignment, anywhere in the block.
    let foundInBlock = false;
    let pos = block.bodyStart;
    while (pos < block.end) {
      const end = sentenceEnd(text, pos, block.end);
      const sentence = text.slice(pos, end);
      const lead = /^\s*/u.exec(sentence)?.[0].length ?? 0;
      const s = sentence.slice(lead);
      const opening = ASSIGN_OPENING.exec(s);
      // In a section reporting results, only an imperative "Giao …" is an assignment.
      const reporting = context === 'narrative';
      const directing = opening || reporting ? null : DIRECTING_SUBJECT.exec(s);
      if (opening && startsWithUnit(s.slice(opening[0].length))) {
        pushTask(
          makeTask(
            text,
            pos + lead,
            block.end,
            readParties(s.slice(opening[0].length)),
            nextAssignment(text, end, block.end),
          ),
        );
        foundInBlock = true;
      } else if (
        directing &&
        !PAST.test(s.slice(0, directing.index + directing[0].length)) &&
        !/:\s*$/u.test(s)
      ) {
        const rest = s.slice(directing.index + directing[0].length);
        if (startsWithUnit(rest)) {
          pushTask(
            makeTask(
              text,
              pos + lead,
              block.end,
              readParties(rest),
              nextAssignment(text, end, block.end),
            ),
          );
          foundInBlock = true;
        }
      } else if (
        !reporting &&
        startsWithUnit(s) &&
        /^[^.;]{0,200}?\schủ trì(?![\p{L}])/u.test(s) &&
        !PAST.test(s.slice(0, s.indexOf('chủ trì')))
      ) {
        pushTask(
          makeTask(
            text,
            pos + lead,
            block.end,
            readParties(s),
            nextAssignment(text, end, block.end),
          ),
        );
        foundInBlock = true;
      }
      pos = end;
    }
    if (foundInBlock || block.marker === null) continue;

    // A list item: a task in a directive section, or when it addresses units in a plan's requirements.
    if (context === 'narrative' || context === 'purpose') continue;
    const itemParties = readParties(body);
    const addressed = startsWithUnit(body) && !PAST.test(body.slice(0, unitsEnd(body) + 4));
    if (
      context === 'directive' ||
      addressee !== null ||
      (addressed && (context === 'requirements' || context === 'neutral'))
    ) {
      if (PAST.test(body.slice(0, 40))) continue;
      let parties = itemParties;
      if (!addressed) {
        if (addressee !== null)
          parties = { lead: addressee, coordinating: itemParties.coordinating, assignees: [] };
        else if (addressees.length === 1)
          parties = { lead: addressees[0] ?? null, coordinating: [], assignees: [] };
        else parties = { lead: null, coordinating: [], assignees: [...addressees] };
        const coord = /^(?:Chủ trì|chủ trì)[,\s]+(?:phối hợp(?:\s+với)?\s+)/u.exec(body);
        if (coord)
          parties.coordinating = splitUnits(
            body.slice(coord[0].length, coord[0].length + unitsEnd(body.slice(coord[0].length))),
          );
      }
      pushTask(makeTask(text, block.bodyStart, block.end, parties, scopeEnd));
    }
  }
  return tasks;
}

/** Where the next assignment sentence of the block begins, bounding a task's deadline search. */
function nextAssignment(text: string, from: number, limit: number): number {
  const m = /(?:^|[.!?]\s+)(?:Giao|Đề nghị)(?![\p{L}])/u.exec(text.slice(from, limit));
  return m ? from + m.index : limit;
}

/**
 * The numbering path of list items as the document prints it: a part ("B."), a roman section
 * ("II."), an article ("Điều 3."), decimal items ("1.", "1.2."), "(1)" and lettered points
 * ("a)"). Entering a marker drops the deeper levels; bullets carry no label.
 */
class LabelPath {
  private readonly path: Array<{ level: number; label: string }> = [];

  /** Records the block's marker; returns the label of the item it opens, or null. */
  enter(marker: string | null): string | null {
    if (marker === null) return null;
    const level = markerLevel(marker);
    if (level === null) return null;
    // "1.2." carries its parents: it replaces every decimal level.
    const from = level.level > 2 && level.level < 6 ? 2 : level.level;
    while (this.path.length > 0 && (this.path[this.path.length - 1]?.level ?? 0) >= from)
      this.path.pop();
    this.path.push(level);
    return this.path.map((p) => p.label).join('.');
  }
}

function markerLevel(marker: string): { level: number; label: string } | null {
  const m = marker.trim();
  let g: RegExpExecArray | null;
  if ((g = /^([A-H])\.$/u.exec(m))) return { level: 0, label: g[1] ?? '' };
  if ((g = /^([IVX]{1,6})\s?[.)]$/u.exec(m))) return { level: 1, label: g[1] ?? '' };
  if ((g = /^(?:Điều|ĐIỀU)\s{1,3}(\d{1,3})/u.exec(m))) return { level: 1, label: `Điều ${g[1]}` };
  if ((g = /^(\d{1,2}(?:\.\d{1,2}){0,3})\s?[.)]$/u.exec(m))) {
    const label = g[1] ?? '';
    return { level: 2 + label.split('.').length - 1, label };
  }
  if ((g = /^\((\d{1,2})\)$/u.exec(m))) return { level: 6, label: `(${g[1]})` };
  if ((g = /^([a-zđ])[).]$/u.exec(m))) return { level: 7, label: g[1] ?? '' };
  return null;
}
