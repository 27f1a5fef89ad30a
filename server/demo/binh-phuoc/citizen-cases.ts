/**
 * Citizens' reception and cases of the first half of 2023 (illustrative, all
 * names invented): the Chủ tịch's monthly reception sessions at the Trụ sở
 * tiếp công dân tỉnh (March delegated to a Phó Chủ tịch, July scheduled),
 * ad-hoc sessions with group delegations, the monthly sessions of the heads of
 * the Sở TN&MT and the Thanh tra tỉnh, and about 300 cases from every channel
 * with their legal clocks replayed through the use cases day by day, so that
 * on 10/7/2023 most are closed, some are open in time and some are overdue.
 * Deterministic (the demo's seeded random source).
 */
import type { AppContext } from '../../platform/context';
import type { WorkingCalendar } from '../../../shared/calendar/working-days';
import { addDays, isoWeekday } from '../../../shared/dates/local-date';
import type { CaseClassification } from '../../../shared/citizens/case-number';
import type { Variant } from '../../../shared/citizens/legal-limits';
import { scheduleReceptionSession } from '../../citizens/schedule-reception-session';
import { receiveCase, type ReceiveCaseInput } from '../../citizens/receive-case';
import { completeCaseStep } from '../../citizens/complete-case-step';
import { extendCaseStep } from '../../citizens/extend-case-step';
import { closeCase } from '../../citizens/close-case';
import type { CaseChannel } from '../../citizens/tables';
import type { CaseView } from '../../citizens/case-view';
import type { Leaders } from './people';
import { nameGenerator } from './people';
import type { Rng } from './random';
import { DISTRICTS } from './units-data';
import { demoActor, onDay } from './tasks/day-context';

const TODAY = '2023-07-10';
const FIRST_DAY = '2023-01-03';
const LAST_DAY = '2023-07-07';
const OFFICE = demoActor('Ban Tiếp công dân tỉnh');
const RECEPTION_OFFICE =
  'Trụ sở Tiếp công dân tỉnh, số 1 đường Hùng Vương, phường Tân Phú, thành phố Đồng Xoài';

/** What was generated, for the demo summary. */
export interface CitizenCaseSummary {
  receptionSessions: number;
  cases: number;
  openCases: number;
  overdueCases: number;
}

// [date, published, persons, cases, group delegations, headcount, delegated to a Phó Chủ tịch]
// prettier-ignore
const CHAIR_SESSIONS: readonly (readonly [string, string, number, number, number, number, boolean])[] = [
  ['2023-01-12', '2023-01-03', 14, 9, 0, 0, false],
  ['2023-02-15', '2023-02-06', 21, 12, 1, 11, false],
  ['2023-03-15', '2023-03-06', 17, 10, 0, 0, true],
  ['2023-04-14', '2023-04-05', 26, 13, 1, 14, false],
  ['2023-05-15', '2023-05-05', 19, 11, 0, 0, false],
  ['2023-06-15', '2023-06-06', 23, 12, 1, 9, false],
];

interface Topic {
  classification: CaseClassification;
  unit: string;
  summary: (place: string, n: number) => string;
}

const PROJECTS = [
  'đường cao tốc Thành phố Hồ Chí Minh - Thủ Dầu Một - Chơn Thành',
  'đường Đồng Phú - Bình Dương',
  'Khu công nghiệp Bắc Đồng Phú',
  'nâng cấp, mở rộng đường ĐT.741',
  'khu dân cư phường Tiến Thành',
];
const COMMUNES = [
  'xã Tân Lợi',
  'xã Minh Lập',
  'xã Đức Liễu',
  'xã Lộc Hiệp',
  'xã Thiện Hưng',
  'phường Tân Bình',
  'xã Phú Trung',
  'xã Bình Tân',
  'xã Đồng Tâm',
  'xã Thanh Lương',
  'xã Phước Tín',
  'xã Tân Hưng',
];

// prettier-ignore
const TOPICS: readonly Topic[] = [
  { classification: 'complaint', unit: 'BP.STNMT', summary: (p, n) => `Khiếu nại Quyết định số ${n}/QĐ-UBND về bồi thường, hỗ trợ khi Nhà nước thu hồi đất thực hiện dự án ${PROJECTS[n % PROJECTS.length]} tại ${p}` },
  { classification: 'complaint', unit: 'BP.STNMT', summary: (p) => `Khiếu nại việc UBND huyện không cấp giấy chứng nhận quyền sử dụng đất đối với thửa đất tại ${p}` },
  { classification: 'complaint', unit: 'BP.SLDTBXH', summary: (p) => `Khiếu nại việc cắt trợ cấp xã hội hằng tháng đối với người cao tuổi tại ${p}` },
  { classification: 'complaint', unit: 'BP.SXD', summary: (p) => `Khiếu nại quyết định xử phạt vi phạm hành chính về trật tự xây dựng tại ${p}` },
  { classification: 'denunciation', unit: 'BP.TTR', summary: (p) => `Tố cáo cán bộ địa chính ${p} có dấu hiệu nhận tiền khi làm thủ tục cấp giấy chứng nhận quyền sử dụng đất` },
  { classification: 'denunciation', unit: 'BP.TTR', summary: (p) => `Tố cáo Chủ tịch UBND ${p} vi phạm trong quản lý, sử dụng đất công` },
  { classification: 'denunciation', unit: 'BP.SNNPTNT', summary: (p) => `Tố cáo hành vi lấn chiếm, phá rừng phòng hộ tại ${p}` },
  { classification: 'petition', unit: 'BP.STNMT', summary: (p) => `Kiến nghị cấp giấy chứng nhận quyền sử dụng đất cho các hộ dân sử dụng đất ổn định tại ${p}` },
  { classification: 'petition', unit: 'BP.SLDTBXH', summary: (p) => `Kiến nghị giải quyết chế độ chính sách đối với người có công với cách mạng tại ${p}` },
  { classification: 'petition', unit: 'BP.SGTVT', summary: (p) => `Kiến nghị sửa chữa tuyến đường giao thông nông thôn xuống cấp tại ${p}` },
  { classification: 'petition', unit: 'BP.SXD', summary: (p) => `Kiến nghị điều chỉnh quy hoạch chi tiết khu dân cư tại ${p}` },
  { classification: 'petition', unit: 'BP.SNNPTNT', summary: (p) => `Kiến nghị hỗ trợ thiệt hại cây trồng do mưa lốc tại ${p}` },
  { classification: 'petition', unit: 'DISTRICT', summary: (p) => `Kiến nghị giải quyết tranh chấp ranh giới đất giữa các hộ dân tại ${p}` },
  { classification: 'feedback', unit: 'BP.STNMT', summary: (p) => `Phản ánh ô nhiễm mùi hôi, nước thải từ trang trại chăn nuôi heo tại ${p}` },
  { classification: 'feedback', unit: 'BP.STNMT', summary: (p) => `Phản ánh khai thác đất, cát trái phép tại ${p}` },
  { classification: 'feedback', unit: 'BP.SXD', summary: (p) => `Phản ánh công trình xây dựng không phép, sai phép tại ${p}` },
  { classification: 'feedback', unit: 'BP.SGDDT', summary: (p) => `Phản ánh việc thu các khoản ngoài quy định tại trường tiểu học trên địa bàn ${p}` },
  { classification: 'petition', unit: 'BP.SKHDT', summary: (p) => `Kiến nghị đẩy nhanh thủ tục chấp thuận chủ trương đầu tư dự án khu dân cư tại ${p}` },
  { classification: 'feedback', unit: 'BP.SKHDT', summary: (p) => `Phản ánh dự án chậm triển khai, để đất hoang hóa nhiều năm tại ${p}` },
  { classification: 'petition', unit: 'BP.STC', summary: (p) => `Kiến nghị chi trả tiền bồi thường, hỗ trợ còn chậm cho các hộ dân tại ${p}` },
  { classification: 'feedback', unit: 'BP.SYT', summary: () => 'Phản ánh thái độ phục vụ của nhân viên y tế tại Bệnh viện đa khoa tỉnh' },
  { classification: 'feedback', unit: 'DISTRICT', summary: (p) => `Phản ánh tình trạng lấn chiếm hành lang an toàn đường bộ tại ${p}` },
];

const OUTCOMES: Record<CaseClassification, string> = {
  complaint: 'Đã ban hành quyết định giải quyết khiếu nại',
  denunciation: 'Đã ban hành kết luận nội dung tố cáo',
  petition: 'Đã trả lời kiến nghị bằng văn bản',
  feedback: 'Đã kiểm tra, xử lý và thông báo kết quả cho người phản ánh',
};

function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = rng.next() * total;
  for (const [v, w] of items) {
    x -= w;
    if (x < 0) return v;
  }
  const last = items[items.length - 1];
  if (!last) throw new Error('no items');
  return last[0];
}

/** Seeds the reception sessions and the cases; inside the demo's transaction. */
export async function seedCitizenCases(
  ctx: AppContext,
  opts: { rng: Rng; leaders: Leaders; calendar: WorkingCalendar },
): Promise<CitizenCaseSummary> {
  const { rng, leaders, calendar } = opts;
  const { byDate: sessionDates, count: receptionSessions } = await seedSessions(ctx, leaders);
  const newName = nameGenerator(rng.fork('names'), []);
  const workingDays: string[] = [];
  for (let d = FIRST_DAY; d <= LAST_DAY; d = addDays(d, 1))
    if (calendar.isWorkingDay(d)) workingDays.push(d);
  const plans = Array.from({ length: 300 }, (_, i) =>
    planCase(rng.fork(`case-${i}`), i, workingDays, sessionDates, newName),
  );
  plans.sort((a, b) =>
    a.input.receivedOn < b.input.receivedOn ? -1 : a.input.receivedOn > b.input.receivedOn ? 1 : 0,
  );
  let open = 0;
  let overdue = 0;
  for (const plan of plans) {
    const view = await replay(ctx, plan, calendar);
    if (view.status === 'open') open += 1;
    if (view.steps.some((s) => s.completedOn === null && s.dueDate < TODAY)) overdue += 1;
  }
  return {
    receptionSessions,
    cases: plans.length,
    openCases: open,
    overdueCases: overdue,
  };
}

/** The sessions; returns the held session ids by date (cases received there link to them). */
async function seedSessions(
  ctx: AppContext,
  leaders: Leaders,
): Promise<{ byDate: Map<string, number>; count: number }> {
  const byDate = new Map<string, number>();
  let count = 0;
  const vice = leaders.vice;
  const firstVice = Object.values(vice)[0];
  for (const [date, publishedOn, persons, cases, groups, headcount, delegated] of CHAIR_SESSIONS) {
    const s = await scheduleReceptionSession(onDay(ctx, date), {
      actor: OFFICE,
      input: {
        leader: leaders.chair.id,
        leaderKind: 'provincial_chair',
        unit: 'BP.UBND',
        date,
        publishedOn,
        location: RECEPTION_OFFICE,
        inPerson: !delegated,
        delegate: delegated ? (firstVice?.id ?? null) : null,
        personsReceived: persons,
        casesReceived: cases,
        groupDelegations: groups,
        groupHeadcount: headcount,
        note: delegated
          ? 'Chủ tịch UBND tỉnh đi công tác Trung ương, ủy quyền Phó Chủ tịch chủ trì'
          : null,
      },
    });
    byDate.set(date, s.id);
    count += 1;
  }
  // July: published, still ahead on 10/7 (the calendar already holds it).
  count += 1;
  await scheduleReceptionSession(onDay(ctx, '2023-07-07'), {
    actor: OFFICE,
    input: {
      leader: leaders.chair.id,
      leaderKind: 'provincial_chair',
      unit: 'BP.UBND',
      date: '2023-07-20',
      publishedOn: '2023-07-07',
      location: RECEPTION_OFFICE,
    },
  });
  // Ad hoc: group delegations about land compensation (đoàn đông người).
  const adHoc: readonly (readonly [string, number, number])[] = [
    ['2023-03-28', 38, 32],
    ['2023-05-24', 25, 21],
  ];
  for (const [date, persons, headcount] of adHoc) {
    const s = await scheduleReceptionSession(onDay(ctx, date), {
      actor: OFFICE,
      input: {
        leader: leaders.chair.id,
        leaderKind: 'provincial_chair',
        unit: 'BP.UBND',
        date,
        kind: 'ad_hoc',
        startTime: '14:00',
        endTime: '17:00',
        location: RECEPTION_OFFICE,
        personsReceived: persons,
        casesReceived: 1,
        groupDelegations: 1,
        groupHeadcount: headcount,
        note: 'Tiếp đột xuất đoàn công dân kiến nghị về bồi thường, hỗ trợ tái định cư dự án đường cao tốc',
      },
    });
    byDate.set(date, s.id);
    count += 1;
  }
  // The heads of the Sở TN&MT and the Thanh tra tỉnh: once a month at their agencies.
  for (const [key, day] of [
    ['STNMT', 10],
    ['TTR', 20],
  ] as const) {
    const head = leaders.directors.get(key);
    if (!head) continue;
    for (let month = 1; month <= 6; month++) {
      const date = nthWorkingDate(month, day);
      count += 1;
      await scheduleReceptionSession(onDay(ctx, date), {
        actor: demoActor(key === 'STNMT' ? 'Sở Tài nguyên và Môi trường' : 'Thanh tra tỉnh'),
        input: {
          leader: head.id,
          leaderKind: 'agency_head',
          unit: `BP.${key}`,
          date,
          publishedOn: addDays(date, -14),
          // May: not held (the director chaired the provincial land-price council).
          held: !(key === 'STNMT' && month === 5),
          notHeldReason:
            key === 'STNMT' && month === 5
              ? 'Giám đốc Sở họp Hội đồng thẩm định giá đất tỉnh'
              : null,
          personsReceived: 3 + ((month * 7 + day) % 9),
          casesReceived: 2 + ((month * 5 + day) % 5),
        },
      });
    }
  }
  return { byDate, count };
}

/** The first weekday on or after the `day`th of a 2023 month (the chosen days avoid the holidays). */
function nthWorkingDate(month: number, day: number): string {
  let d = `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  while (isoWeekday(d) > 5) d = addDays(d, 1);
  return d;
}

interface CasePlan {
  input: ReceiveCaseInput;
  /** Random draws deciding how the case went. */
  speed: number;
  lateNotice: boolean;
  stalled: boolean;
}

function planCase(
  rng: Rng,
  i: number,
  days: readonly string[],
  sessions: ReadonlyMap<string, number>,
  newName: () => string,
): CasePlan {
  const topic = rng.pick(TOPICS);
  const district = rng.pick(DISTRICTS);
  const place = `${rng.pick(COMMUNES)}, ${district.place}`;
  const channel = weighted<CaseChannel>(rng, [
    ['reception', topic.classification === 'denunciation' ? 4 : 3],
    ['post', 3],
    ['portal', topic.classification === 'denunciation' ? 0.5 : 1.5],
    ['hotline', topic.classification === 'feedback' ? 2.5 : 0.5],
    ['social', topic.classification === 'feedback' ? 2 : 0.5],
  ]);
  const sessionDays = [...sessions.keys()].filter((d) => d <= LAST_DAY);
  const atSession = channel === 'reception' && rng.chance(0.45) && sessionDays.length > 0;
  const receivedOn = atSession ? rng.pick(sessionDays) : rng.pick(days);
  const classification = topic.classification;
  const competent =
    classification === 'complaint' || classification === 'denunciation' ? rng.chance(0.78) : true;
  const remote =
    district.rural && ['BUGIAMAP', 'BUDOP', 'LOCNINH', 'BUDANG'].includes(district.key);
  const variant: Variant =
    classification === 'complaint'
      ? remote
        ? rng.chance(0.3)
          ? 'remote_complex'
          : 'remote'
        : rng.chance(0.2)
          ? 'complex'
          : 'normal'
      : classification === 'denunciation'
        ? weighted<Variant>(rng, [
            ['normal', 7],
            ['complex', 2.5],
            ['especially_complex', 0.5],
          ])
        : 'normal';
  const second = classification === 'complaint' && competent && rng.chance(0.12);
  const lateFiling = classification === 'complaint' && !second && rng.chance(0.1);
  const knownOn = addDays(receivedOn, -(lateFiling ? rng.int(95, 140) : rng.int(5, 80)));
  const group = rng.chance(0.05);
  const persons = Array.from({ length: rng.chance(0.15) ? 2 : 1 }, (_, k) => ({
    fullName: newName(),
    idNumber: `0702${String(rng.int(10_000_000, 99_999_999))}`,
    address: `Tổ ${rng.int(1, 12)}, ấp ${rng.int(1, 9)}, ${place}`,
    phone: k === 0 ? `09${String(rng.int(10_000_000, 99_999_999))}` : null,
    email: rng.chance(0.1) ? `congdan${i}.${k}@example.vn` : null,
  }));
  const input: ReceiveCaseInput = {
    receivedOn,
    channel,
    classification,
    competent,
    variant,
    summary: topic.summary(place, 100 + ((i * 37) % 800)),
    receivingUnit: 'BP.UBND',
    unit: topic.unit === 'DISTRICT' ? `BP.${district.key}` : topic.unit,
    groupHeadcount: group ? rng.int(8, 40) : 0,
    receptionSessionId: atSession ? (sessions.get(receivedOn) ?? null) : null,
    persons,
    ...(classification === 'complaint'
      ? second
        ? {
            instance: 'second' as const,
            firstInstanceDecidedOn: addDays(receivedOn, -rng.int(5, 25)),
          }
        : {
            instance: 'first' as const,
            knownOn,
            ...(lateFiling
              ? { lateReason: 'Ốm đau, điều trị dài ngày tại bệnh viện (có giấy xác nhận)' }
              : {}),
          }
      : {}),
  };
  return { input, speed: rng.next(), lateNotice: rng.chance(0.08), stalled: rng.chance(0.15) };
}

/** Receives a case and replays its history up to 10/7/2023 through the use cases. */
async function replay(ctx: AppContext, plan: CasePlan, cal: WorkingCalendar): Promise<CaseView> {
  const at = (d: string) => onDay(ctx, d);
  const received = plan.input.receivedOn;
  let view = await receiveCase(at(received), { actor: OFFICE, input: plan.input });
  const id = view.id;
  const done = async (step: CaseView['steps'][number]['key'], on: string, decisionRef?: string) => {
    if (on > TODAY) return false;
    view = await completeCaseStep(at(on), {
      actor: OFFICE,
      input: { caseId: id, step, completedOn: on, ...(decisionRef ? { decisionRef } : {}) },
    });
    return true;
  };
  const s = plan.speed;
  // Tell the citizen: mostly within the 10 working days.
  await done(
    'reception.notify_citizen',
    cal.addWorkingDays(received, plan.lateNotice ? 12 + Math.round(s * 4) : 2 + Math.round(s * 7)),
  );
  const n = id % 900;
  let finished: string | null = null;
  switch (plan.input.classification) {
    case 'complaint': {
      if (!plan.input.competent) {
        finished = cal.addWorkingDays(received, 3 + Math.round(s * 5));
        break;
      }
      const second = plan.input.instance === 'second';
      const acceptance = second ? 'complaint.second_acceptance' : 'complaint.first_acceptance';
      const acceptedOn = cal.onOrAfter(
        addDays(received, 3 + Math.round(s * (plan.lateNotice ? 12 : 6))),
      );
      if (!(await done(acceptance, acceptedOn, `${n}/TB-UBND`))) break;
      if (plan.stalled) break;
      const resolution = second ? 'complaint.second_resolution' : 'complaint.first_resolution';
      const limit = view.steps.find((x) => x.key === resolution);
      if (!limit) break;
      const resolvedOn = cal.onOrBefore(addDays(limit.dueDate, -Math.round(12 - s * 16)));
      if (resolvedOn < acceptedOn) break;
      if (await done(resolution, resolvedOn, `${n}/QĐ-UBND`)) finished = resolvedOn;
      break;
    }
    case 'denunciation': {
      if (!plan.input.competent) {
        const on = cal.addWorkingDays(received, 2 + Math.round(s * 4));
        if (await done('denunciation.forwarding', on)) finished = on;
        break;
      }
      let handledOn = cal.addWorkingDays(received, 4 + Math.round(s * 3));
      if (plan.lateNotice && cal.addWorkingDays(received, 6) <= TODAY) {
        // Checks in several places: initial handling extended to 10 working days.
        await extendCaseStep(at(cal.addWorkingDays(received, 6)), {
          actor: OFFICE,
          input: {
            caseId: id,
            step: 'denunciation.initial_handling',
            days: 3,
            decidedOn: cal.addWorkingDays(received, 6),
          },
        });
        handledOn = cal.addWorkingDays(received, 9);
      }
      if (!(await done('denunciation.initial_handling', handledOn, `${n}/TB-TTr`))) break;
      if (plan.stalled) break;
      const step = view.steps.find((x) => x.key === 'denunciation.resolution');
      if (!step) break;
      let due = step.dueDate;
      if (plan.input.variant !== 'normal' && addDays(due, -5) <= TODAY) {
        const decidedOn = cal.onOrBefore(addDays(due, -5));
        view = await extendCaseStep(at(decidedOn), {
          actor: OFFICE,
          input: {
            caseId: id,
            step: 'denunciation.resolution',
            days: 30,
            decidedOn,
            decisionRef: `${n}/QĐ-UBND`,
          },
        });
        due = view.steps.find((x) => x.key === 'denunciation.resolution')?.dueDate ?? due;
      }
      const resolvedOn = cal.onOrBefore(addDays(due, -Math.round(10 - s * 14)));
      if (resolvedOn < handledOn) break;
      if (await done('denunciation.resolution', resolvedOn, `${n}/KL-UBND`)) finished = resolvedOn;
      break;
    }
    case 'petition':
    case 'feedback':
      if (!plan.stalled) finished = cal.addWorkingDays(received, 5 + Math.round(s * 25));
      break;
  }
  if (finished !== null && finished <= TODAY) {
    const outcome =
      plan.input.competent === false
        ? 'Hướng dẫn, chuyển đơn đến cơ quan có thẩm quyền giải quyết'
        : OUTCOMES[plan.input.classification];
    view = await closeCase(at(finished), {
      actor: OFFICE,
      input: { caseId: id, closedOn: finished, outcome },
    });
  }
  return view;
}

/**
 * After the demo users exist: the Văn phòng's clerk (`vanthu`) handles the
 * cases the Ban tiếp công dân keeps, and each unit user the cases of their
 * unit, so they read the protected persons (every read audited).
 */
export async function seedCitizenCaseHandlers(ctx: AppContext): Promise<number> {
  const users = await ctx.db.q
    .selectFrom('users')
    .select(['id', 'unit_id', 'role'])
    .where('role', 'in', ['unit_leader', 'unit_staff', 'office'])
    .where('unit_id', 'is not', null)
    .execute();
  let count = 0;
  await ctx.db.write(async (tx) => {
    for (const u of users) {
      if (u.unit_id === null) continue;
      const cases = await tx
        .selectFrom('citizen_cases as c')
        .innerJoin('units as a', 'a.id', 'c.unit_id')
        .select('c.id')
        .where((eb) =>
          u.role === 'office'
            ? eb('a.code', 'in', ['BP.TTR', 'BP.STNMT'])
            : eb('c.unit_id', '=', u.unit_id ?? -1),
        )
        .execute();
      if (cases.length === 0) continue;
      await tx
        .insertInto('citizen_case_handlers')
        .values(cases.map((c) => ({ case_id: c.id, user_id: u.id, assigned_on: '2023-07-03' })))
        .execute();
      count += cases.length;
    }
  });
  return count;
}
