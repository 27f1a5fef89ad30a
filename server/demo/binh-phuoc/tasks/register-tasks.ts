/**
 * Plans the tasks the UBND tỉnh assigned in its first-half 2023 documents
 * (pure): for a share of the kế hoạch, chỉ thị, công điện, thông báo kết
 * luận, công văn and quyết định of the register, one to three tasks each,
 * led by the units the document is addressed to (nơi nhận), or split among
 * the districts when it is addressed to "UBND các huyện, thị xã, thành phố";
 * assigned on the document's date with a deadline 5–90 days later, and what
 * happened to them until 10/7/2023 (outcomes.ts). The chỉ thị also bring the
 * periodic reports (báo cáo định kỳ) and standing duties.
 *
 * Each document's tasks draw from a generator forked by its số, ký hiệu, so
 * they depend on that document only: the determinism test replays the start
 * of the register and compares those documents' tasks.
 */
import { addDaysBy, type WorkingCalendar } from '../../../../shared/calendar/working-days';
import { recurrenceDeadlines, type Recurrence } from '../../../../shared/tasks/recurrence';
import { RECURRENCE_HORIZON } from '../../../tasks/create-task';
import type { Leaders, ViceDomain } from '../people';
import type { Rng } from '../random';
import { planOccurrence, planTimeline } from './outcomes';
import type { PlannedTask, Timeline } from './plan';
import { ALL_DISTRICTS_LINE, DISTRICT_CODES, domainOfUnit, unitName, unitOfLine } from './units';
import {
  citation,
  followUpTask,
  lcfirst,
  letterTask,
  shortCitation,
  type SourceDocument,
} from './wording';

/** The first-half window the tasks come from (the register's first working day to 14/6/2023). */
const FROM = '2023-01-03';
const UNTIL = '2023-06-14';

type Kind = 'CT' | 'CD' | 'KH' | 'TB' | 'CV' | 'QD' | 'QPPL' | 'CTR' | 'DEAN' | 'PA';

/** The share of each kind of document that assigns tasks. */
const SHARE: Record<Kind, number> = {
  CT: 1,
  CD: 1,
  CTR: 1,
  DEAN: 1,
  PA: 1,
  KH: 0.4,
  TB: 0.35,
  CV: 0.1,
  QD: 0.25,
  QPPL: 0.4,
};

/** Deadline ranges (calendar days after the document) by kind. */
const DELAYS: Record<Kind, readonly number[]> = {
  CD: [5, 7, 10, 15],
  CV: [7, 10, 15, 15, 20, 30, 30, 45],
  TB: [10, 15, 20, 30, 30, 45, 60],
  QD: [15, 30, 30, 45, 60, 90],
  QPPL: [30, 45, 60, 90],
  KH: [30, 30, 45, 60, 60, 90],
  CT: [15, 30, 45, 60],
  CTR: [30, 45, 60, 90],
  DEAN: [45, 60, 90],
  PA: [15, 30, 45],
};

/** Documents from this day on get longer deadlines (by this factor, within 90 days). */
const LATER_WORK_FROM = '2023-05-02';
const LATER_WORK_STRETCH = 1.6;

/** Individual decisions that give the addressed units work (the rest: appointments, awards…). */
const WORKING_DECISION =
  /^Về việc (phê duyệt|thu hồi đất|bổ sung dự toán|giải quyết khiếu nại|cho thuê đất|phân bổ|điều chỉnh|thành lập|giao|cấp giấy phép|thanh tra|công bố)/;

/** What the five chỉ thị of 2023 ask beyond their general instruction to the districts. */
const DIRECTIVE_DUTIES: ReadonlyArray<{
  match: string;
  lead: string;
  coordinating: string[];
  content: string;
  periodic?: { content: string; rule: Recurrence };
  standing?: string;
}> = [
  {
    match: 'Kế hoạch phát triển kinh tế - xã hội',
    lead: 'BP.SKHDT',
    coordinating: ['BP.STC', 'BP.CUCTHONGKE'],
    content:
      'Theo dõi, tổng hợp tình hình thực hiện các chỉ tiêu Kế hoạch phát triển kinh tế - xã hội năm 2023; tham mưu UBND tỉnh giải pháp đối với các chỉ tiêu đạt thấp',
    periodic: {
      content:
        'Báo cáo tình hình thực hiện Kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2023 (định kỳ hằng tháng)',
      rule: { freq: 'monthly', day: 20 },
    },
  },
  {
    match: 'phòng cháy, chữa cháy rừng',
    lead: 'BP.SNNPTNT',
    coordinating: ['BP.BCHQS', 'BP.CAT'],
    content: 'Xây dựng, triển khai phương án phòng cháy, chữa cháy rừng mùa khô năm 2023',
    standing:
      'Thường xuyên kiểm tra, tuần tra, canh gác phòng cháy, chữa cháy rừng tại các khu rừng trọng điểm trong mùa khô',
  },
  {
    match: 'giải ngân vốn đầu tư công',
    lead: 'BP.SKHDT',
    coordinating: ['BP.STC', 'BP.KBNN'],
    content:
      'Rà soát, tham mưu điều chuyển kế hoạch vốn đầu tư công năm 2023 từ các dự án giải ngân chậm sang các dự án có khả năng giải ngân tốt',
    periodic: {
      content: 'Báo cáo tình hình giải ngân vốn đầu tư công năm 2023 (định kỳ hằng tháng)',
      rule: { freq: 'monthly', day: 25 },
    },
  },
  {
    match: 'kỷ luật, kỷ cương hành chính',
    lead: 'BP.SNV',
    coordinating: ['BP.VPUBND'],
    content:
      'Tổ chức kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính tại các cơ quan, đơn vị',
    periodic: {
      content:
        'Báo cáo kết quả thực hiện kỷ luật, kỷ cương hành chính và cải cách hành chính (định kỳ hằng quý)',
      rule: { freq: 'quarterly', monthOfQuarter: 3, day: 15 },
    },
  },
  {
    match: 'chuyển đổi số',
    lead: 'BP.CAT',
    coordinating: ['BP.STTTT'],
    content:
      'Đẩy nhanh tiến độ thu nhận hồ sơ cấp căn cước công dân gắn chip và kích hoạt tài khoản định danh điện tử',
    periodic: {
      content:
        'Báo cáo tiến độ triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử (định kỳ hằng tháng)',
      rule: { freq: 'monthly', day: 25 },
    },
    standing:
      'Thường xuyên tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến và tài khoản định danh điện tử',
  },
];

/** What the planner needs besides the documents. */
export interface RegisterPlanContext {
  rng: Rng;
  cal: WorkingCalendar;
  leaders: Leaders;
  /** The `recurrenceMoveToPreviousWorkingDay` setting the use case will apply. */
  moveRecurrence: boolean;
}

function kindOf(doc: SourceDocument): Kind | undefined {
  if (doc.typeKey === 'QD') return doc.regime === 'state_qppl' ? 'QPPL' : 'QD';
  const kinds: readonly string[] = ['CT', 'CD', 'KH', 'TB', 'CV', 'CTR', 'DEAN', 'PA'];
  return kinds.includes(doc.typeKey) ? (doc.typeKey as Kind) : undefined;
}

/** Plans the tasks of the register's first-half documents, in the documents' order. */
export function planRegisterTasks(
  pc: RegisterPlanContext,
  docs: readonly SourceDocument[],
): PlannedTask[] {
  const out: PlannedTask[] = [];
  for (const doc of docs) {
    if (doc.issueDate < FROM || doc.issueDate > UNTIL) continue;
    out.push(...planDocument(pc, doc));
  }
  return out;
}

function planDocument(pc: RegisterPlanContext, doc: SourceDocument): PlannedTask[] {
  const kind = kindOf(doc);
  if (!kind) return [];
  const rng = pc.rng.fork(doc.numberSymbol);
  if (!rng.chance(SHARE[kind])) return [];
  if (kind === 'QD' && !WORKING_DECISION.test(doc.summary)) return [];

  const units = [...new Set(doc.recipients.map(unitOfLine).filter((u) => u !== undefined))];
  const districts = units.filter((u) => DISTRICT_CODES.includes(u));
  const bodies = units.filter((u) => !DISTRICT_CODES.includes(u));
  const toAllDistricts = doc.recipients.includes(ALL_DISTRICTS_LINE);
  const b = new TaskBuilder(pc, doc, rng, kind);

  if (kind === 'CT') return b.directive();
  const main = mainContent(kind, doc);
  const first = bodies[0] ?? (districts.length === 1 ? districts[0] : undefined);
  if (first) {
    const coordinating = [...bodies.slice(1, 4), ...(bodies.length > 0 ? districts : [])].slice(
      0,
      4,
    );
    b.single(
      main,
      first,
      coordinating.filter((u) => u !== first),
    );
  } else if (districts.length > 1) {
    b.split(main, districts);
  } else if (!toAllDistricts) {
    return [];
  }
  if (toAllDistricts && (kind === 'CD' || !first || rng.chance(0.2)))
    b.split(
      {
        content: `Triển khai thực hiện ${citation(doc)} trên địa bàn; báo cáo kết quả về UBND tỉnh`,
        expectedOutput: 'Báo cáo',
      },
      [...DISTRICT_CODES],
    );
  const lead = first;
  if (lead) {
    const extra = rng.pick([0, 0, 0, 1, 1, 2]);
    for (let i = 0; i < extra; i += 1) {
      const otherLead = i === 1 && bodies[1] ? bodies[1] : lead;
      b.single(followUpTask(rng, doc), otherLead, [], 1.5);
    }
    if (rng.chance(0.02))
      b.standing(
        `Thường xuyên theo dõi, kiểm tra việc thực hiện ${citation(doc)}; kịp thời báo cáo UBND tỉnh những vấn đề phát sinh`,
        lead,
      );
  }
  return b.tasks;
}

function mainContent(kind: Kind, doc: SourceDocument): { content: string; expectedOutput: string } {
  const cite = citation(doc);
  switch (kind) {
    case 'CV':
      return letterTask(doc);
    case 'KH':
      return {
        content: `Tổ chức triển khai ${cite} về ${lcfirst(doc.summary)}`,
        expectedOutput: 'Báo cáo kết quả thực hiện',
      };
    case 'TB':
      return {
        content: `Thực hiện ${lcfirst(doc.summary)} (${shortCitation(doc)})`,
        expectedOutput: 'Báo cáo kết quả thực hiện',
      };
    case 'QD':
      return {
        content: `Tổ chức thực hiện ${cite} ${lcfirst(doc.summary)}`,
        expectedOutput: 'Báo cáo kết quả thực hiện',
      };
    case 'QPPL':
      return {
        content: `Tổ chức triển khai, hướng dẫn thực hiện ${cite} ${lcfirst(doc.summary)}`,
        expectedOutput: 'Văn bản hướng dẫn',
      };
    case 'CD':
      return {
        content: `Triển khai ngay các biện pháp theo ${cite} ${lcfirst(doc.summary)}`,
        expectedOutput: 'Báo cáo nhanh',
      };
    case 'CTR':
    case 'DEAN':
    case 'PA':
    case 'CT':
      return {
        content: `Tổ chức triển khai thực hiện ${doc.summary} (${shortCitation(doc)})`,
        expectedOutput: 'Kế hoạch triển khai',
      };
  }
}

/** Collects the planned tasks of one document. */
class TaskBuilder {
  readonly tasks: PlannedTask[] = [];
  private readonly cite: string;

  constructor(
    private readonly pc: RegisterPlanContext,
    private readonly doc: SourceDocument,
    private readonly rng: Rng,
    private readonly kind: Kind,
  ) {
    this.cite = citation(doc);
  }

  private deadline(stretch = 1): string {
    // From May on, much of the work is planned for the second half of the year.
    const late = this.doc.issueDate >= LATER_WORK_FROM ? LATER_WORK_STRETCH : 1;
    const delay = Math.round(this.rng.pick(DELAYS[this.kind]) * stretch * late);
    return addDaysBy(this.pc.cal, this.doc.issueDate, Math.min(90, Math.max(5, delay)), 'calendar');
  }

  private priority(): PlannedTask['priority'] {
    if (this.kind === 'CD' || this.doc.urgency === 'hoa_toc' || this.doc.urgency === 'thuong_khan')
      return 'urgent';
    return this.kind === 'CT' || this.doc.urgency === 'khan' ? 'high' : 'normal';
  }

  /** The Phó Chủ tịch in charge: the signer when a Vice-Chair signed, else by the unit's field. */
  private leader(unit: string | undefined): number {
    const vice = this.pc.leaders.vice;
    const signer = Object.values(vice).find((v) => v.id === this.doc.signerId);
    if (signer) return signer.id;
    const domain: ViceDomain =
      (unit ? domainOfUnit(unit) : undefined) ?? domainOfDivision(this.doc.recipients);
    return vice[domain].id;
  }

  private timeline(unit: string, deadline: string | null): Timeline {
    return planTimeline(this.rng, this.pc.cal, {
      assignedOn: this.doc.issueDate,
      deadline,
      unit: unitName(unit),
      source: this.cite,
    });
  }

  single(
    what: { content: string; expectedOutput: string },
    lead: string,
    coordinating: string[],
    stretch = 1,
  ): void {
    const deadline = this.deadline(stretch);
    this.tasks.push({
      sourceDocumentId: this.doc.id,
      content: what.content,
      expectedOutput: what.expectedOutput,
      leadUnit: lead,
      coordinatingUnits: coordinating,
      leaderId: this.leader(lead),
      assignedOn: this.doc.issueDate,
      deadline,
      priority: this.priority(),
      timelines: [this.timeline(lead, deadline)],
    });
  }

  split(what: { content: string; expectedOutput: string }, addressees: string[]): void {
    const deadline = this.deadline();
    this.tasks.push({
      sourceDocumentId: this.doc.id,
      content: what.content,
      expectedOutput: what.expectedOutput,
      addressees,
      leaderId: this.leader(undefined),
      assignedOn: this.doc.issueDate,
      deadline,
      priority: this.priority(),
      timelines: addressees.map((u) => this.timeline(u, deadline)),
    });
  }

  standing(content: string, lead: string): void {
    this.tasks.push({
      sourceDocumentId: this.doc.id,
      content,
      leadUnit: lead,
      leaderId: this.leader(lead),
      assignedOn: this.doc.issueDate,
      deadline: null,
      timelines: [this.timeline(lead, null)],
    });
  }

  periodic(content: string, lead: string, coordinating: string[], rule: Recurrence): void {
    const deadlines = recurrenceDeadlines(rule, this.doc.issueDate, RECURRENCE_HORIZON, {
      isWorkingDay: (d) => this.pc.cal.isWorkingDay(d),
      moveToPreviousWorkingDay: this.pc.moveRecurrence,
    });
    this.tasks.push({
      sourceDocumentId: this.doc.id,
      content,
      expectedOutput: 'Báo cáo định kỳ',
      leadUnit: lead,
      coordinatingUnits: coordinating,
      leaderId: this.leader(lead),
      assignedOn: this.doc.issueDate,
      deadline: null,
      recurrence: rule,
      timelines: deadlines.map((deadline) =>
        planOccurrence(this.rng, this.pc.cal, {
          assignedOn: this.doc.issueDate,
          deadline,
          unit: unitName(lead),
          source: this.cite,
        }),
      ),
    });
  }

  /** A chỉ thị: every district implements it, the lead agency has its own duties and reports. */
  directive(): PlannedTask[] {
    this.split(
      {
        content: `Tổ chức quán triệt, triển khai thực hiện ${this.cite} ${lcfirst(this.doc.summary)}`,
        expectedOutput: 'Báo cáo kết quả thực hiện',
      },
      [...DISTRICT_CODES],
    );
    const duty = DIRECTIVE_DUTIES.find((x) => this.doc.summary.includes(x.match));
    if (duty) {
      this.single(
        { content: duty.content, expectedOutput: 'Báo cáo, đề xuất' },
        duty.lead,
        duty.coordinating,
      );
      if (duty.periodic)
        this.periodic(duty.periodic.content, duty.lead, duty.coordinating, duty.periodic.rule);
      if (duty.standing) this.standing(duty.standing, duty.lead);
    }
    return this.tasks;
  }
}

/** The field of the Văn phòng's division a document is filed under (`Lưu: VT, KT`). */
function domainOfDivision(recipients: readonly string[]): ViceDomain {
  const archive = recipients.find((r) => r.startsWith('Lưu: VT, ')) ?? '';
  if (archive.endsWith('VX')) return 'vx';
  if (archive.endsWith('NC')) return 'nc';
  return 'kt';
}
