/**
 * Voter petitions, interpellations, business feedback and dialogue meetings
 * of the demo province as they stood on 10/7/2023 — all names invented:
 * petitions collected after the 7th session (12/2022, due before the 11th,
 * 12/7/2023) and before the 11th (6/2023, due once the 12th is set), a few
 * forwarded by the National Assembly delegation; questions between sessions;
 * about 80 feedback items of enterprises handled by the quick-response team
 * with realistic forwarding and resolution; the dialogue meetings of the
 * first and second quarters with their commitments as tasks. Answers and
 * results are documents of the demo register found by their summary. Through
 * the use cases only, deterministic (random.ts).
 */
import type { AppContext } from '../../platform/context';
import { SYSTEM_ACTOR } from '../../platform/actor';
import { loadWorkingCalendar } from '../../calendar/load-working-calendar';
import { addDays } from '../../../shared/dates/local-date';
import { viFold } from '../../../shared/vi/text';
import type { WorkingCalendar } from '../../../shared/calendar/working-days';
import { recordVoterPetition } from '../../citizens/petitions/record-voter-petition';
import { answerVoterPetition } from '../../citizens/petitions/answer-voter-petition';
import { recordInterpellation } from '../../citizens/petitions/record-interpellation';
import { answerInterpellation } from '../../citizens/petitions/answer-interpellation';
import type { PetitionField } from '../../citizens/petitions/fields';
import { recordBusinessFeedback } from '../../citizens/business/record-business-feedback';
import { resolveBusinessFeedback } from '../../citizens/business/resolve-business-feedback';
import { recordDialogue } from '../../citizens/business/record-dialogue';
import { addDialogueCommitment } from '../../citizens/business/add-dialogue-commitment';
import type { BusinessField } from '../../citizens/business/fields';
import type { FeedbackChannel } from '../../citizens/business/tables';
import type { Leaders } from './people';
import type { Rng } from './random';
import { DISTRICTS } from './units-data';

const actor = SYSTEM_ACTOR;
const TODAY = '2023-07-10';

/** Petition contents by field, with the units that answer them. */
const PETITION_TOPICS: Record<PetitionField, { units: string[]; contents: string[] }> = {
  kinh_te_ngan_sach: {
    units: ['BP.SKHDT', 'BP.STC'],
    contents: [
      'Cử tri đề nghị bố trí vốn hoàn thiện tuyến đường liên xã tại {place}.',
      'Cử tri đề nghị tỉnh sớm phân bổ kinh phí hỗ trợ xây dựng nông thôn mới tại {place}.',
      'Cử tri phản ánh chậm thanh toán khối lượng hoàn thành các công trình đầu tư công tại {place}.',
    ],
  },
  dat_dai_moi_truong: {
    units: ['BP.STNMT'],
    contents: [
      'Cử tri đề nghị đẩy nhanh cấp giấy chứng nhận quyền sử dụng đất cho hộ dân tại {place}.',
      'Cử tri phản ánh ô nhiễm mùi từ cơ sở chế biến mủ cao su tại {place}.',
      'Cử tri đề nghị giải quyết dứt điểm tranh chấp đất rừng sản xuất tại {place}.',
      'Cử tri đề nghị công khai quy hoạch sử dụng đất đến năm 2030 của {place}.',
    ],
  },
  giao_thong_xay_dung: {
    units: ['BP.SGTVT', 'BP.SXD'],
    contents: [
      'Cử tri đề nghị sửa chữa mặt đường ĐT.741 đoạn qua {place} bị hư hỏng nặng.',
      'Cử tri đề nghị lắp đặt đèn tín hiệu giao thông tại nút giao trung tâm {place}.',
      'Cử tri đề nghị sớm hoàn thành cầu dân sinh tại {place}.',
    ],
  },
  van_hoa_xa_hoi: {
    units: ['BP.SGDDT', 'BP.SYT', 'BP.SLDTBXH', 'BP.SVHTTDL'],
    contents: [
      'Cử tri đề nghị bổ sung giáo viên cho các trường tiểu học tại {place}.',
      'Cử tri đề nghị bảo đảm thuốc, vật tư y tế tại trạm y tế xã ở {place}.',
      'Cử tri đề nghị sớm chi trả chế độ cho người có công tại {place}.',
      'Cử tri đề nghị đầu tư nhà văn hóa ấp tại {place}.',
    ],
  },
  phap_che: {
    units: ['BP.STP', 'BP.TTR'],
    contents: [
      'Cử tri đề nghị tăng cường xử lý tình trạng tín dụng đen tại {place}.',
      'Cử tri đề nghị giải quyết dứt điểm đơn thư kéo dài tại {place}.',
    ],
  },
  dan_toc: {
    units: ['BP.BDT'],
    contents: [
      'Cử tri đồng bào dân tộc thiểu số đề nghị hỗ trợ đất sản xuất, nước sinh hoạt tại {place}.',
      'Cử tri đề nghị đẩy nhanh thực hiện Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số tại {place}.',
    ],
  },
  do_thi: {
    units: ['BP.SXD'],
    contents: ['Cử tri đề nghị chỉnh trang vỉa hè, thoát nước đô thị tại {place}.'],
  },
  khac: {
    units: ['BP.VPUBND', 'BP.SNV'],
    contents: ['Cử tri đề nghị cải thiện thời gian giải quyết thủ tục hành chính tại {place}.'],
  },
};

/** Weights of the fields among petitions (land and transport dominate). */
const FIELD_WEIGHTS: ReadonlyArray<[PetitionField, number]> = [
  ['dat_dai_moi_truong', 6],
  ['giao_thong_xay_dung', 5],
  ['kinh_te_ngan_sach', 4],
  ['van_hoa_xa_hoi', 5],
  ['phap_che', 2],
  ['dan_toc', 2],
  ['do_thi', 1],
  ['khac', 1],
];

function weighted<T>(rng: Rng, items: ReadonlyArray<[T, number]>): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = rng.next() * total;
  for (const [item, w] of items) {
    x -= w;
    if (x < 0) return item;
  }
  const last = items.at(-1);
  if (!last) throw new Error('weighted: no items');
  return last[0];
}

/** Register documents whose folded summary holds `words`, by issue date. */
async function registerDocs(
  ctx: AppContext,
  words: string,
  direction: 'incoming' | 'outgoing',
): Promise<Array<{ id: number; issueDate: string }>> {
  const rows = await ctx.db.q
    .selectFrom('documents')
    .select(['id', 'issue_date'])
    .where('direction', '=', direction)
    .where('status', '=', 'active')
    .where('search_text', 'like', `%${viFold(words)}%`)
    .where('issue_date', 'is not', null)
    .orderBy('issue_date')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, issueDate: r.issue_date ?? '' }));
}

/** The first document issued in [from, to], if any. */
function firstIn(
  docs: ReadonlyArray<{ id: number; issueDate: string }>,
  from: string,
  to: string,
): { id: number; issueDate: string } | undefined {
  return docs.find((d) => d.issueDate >= from && d.issueDate <= to);
}

/** What the demo's voters and businesses module created. */
export interface VotersBusinessSummary {
  voterPetitions: number;
  voterPetitionsAnswered: number;
  interpellations: number;
  businessFeedback: number;
  businessFeedbackResolved: number;
  dialogues: number;
  dialogueCommitments: number;
}

/** Seeds voter petitions, interpellations, business feedback and dialogues. */
export async function seedVotersBusiness(
  ctx: AppContext,
  rng: Rng,
  leaders: Leaders,
): Promise<VotersBusinessSummary> {
  const cal = await loadWorkingCalendar(ctx.db.q);
  const petitions = await seedPetitions(ctx, rng.fork('petitions'));
  const interpellations = await seedInterpellations(ctx, leaders);
  const dialogues = await seedDialogues(ctx, leaders);
  const feedback = await seedFeedback(ctx, rng.fork('feedback'), cal, dialogues.ids);
  return {
    voterPetitions: petitions.count,
    voterPetitionsAnswered: petitions.answered,
    interpellations,
    businessFeedback: feedback.count,
    businessFeedbackResolved: feedback.resolved,
    dialogues: dialogues.ids.length,
    dialogueCommitments: dialogues.commitments,
  };
}

async function sessionId(ctx: AppContext, number: number): Promise<number> {
  const row = await ctx.db.q
    .selectFrom('council_sessions')
    .select('id')
    .where('number', '=', number)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function seedPetitions(
  ctx: AppContext,
  rng: Rng,
): Promise<{ count: number; answered: number }> {
  // The units' advice (incoming) and the UBND's own answers (outgoing) in the register.
  const advice = await registerDocs(ctx, 'trả lời kiến nghị của cử tri', 'incoming');
  const reports = await registerDocs(ctx, 'kết quả giải quyết kiến nghị của cử tri', 'outgoing');
  const answers = [...advice, ...reports].sort((a, b) =>
    a.issueDate < b.issueDate ? -1 : a.issueDate > b.issueDate ? 1 : a.id - b.id,
  );
  const batches: Array<{
    source: 'after_session' | 'before_session' | 'na_delegation';
    session: number | null;
    receivedOn: string;
    count: number;
    /** Share answered by 10/7. */
    answered: number;
  }> = [
    { source: 'after_session', session: 7, receivedOn: '2023-01-09', count: 26, answered: 0.85 },
    { source: 'before_session', session: 11, receivedOn: '2023-06-26', count: 18, answered: 0.15 },
    { source: 'na_delegation', session: null, receivedOn: '2023-05-15', count: 6, answered: 0.6 },
  ];
  let count = 0;
  let answered = 0;
  for (const b of batches) {
    const sid = b.session !== null ? await sessionId(ctx, b.session) : null;
    for (let i = 0; i < b.count; i += 1) {
      const field = weighted(rng, FIELD_WEIGHTS);
      const topic = PETITION_TOPICS[field];
      const district = rng.pick(DISTRICTS);
      const petition = await recordVoterPetition(ctx, {
        actor,
        input: {
          source: b.source,
          sessionId: sid,
          sourceNote:
            b.source === 'na_delegation'
              ? 'Đoàn ĐBQH tỉnh chuyển kiến nghị cử tri sau kỳ họp thứ 4, Quốc hội khóa XV'
              : null,
          receivedOn: b.receivedOn,
          field,
          content: rng.pick(topic.contents).replace('{place}', district.place),
          voterLocality: district.place,
          assignedUnit: rng.pick(topic.units),
        },
      });
      count += 1;
      if (!rng.chance(b.answered)) continue;
      const from = addDays(b.receivedOn, rng.int(15, 120));
      const doc = firstIn(answers, from, TODAY) ?? firstIn(answers, b.receivedOn, TODAY);
      if (!doc) continue;
      const status = weighted(rng, [
        ['resolved', 5],
        ['explained', 3],
        ['in_progress', 2],
      ] as const);
      await answerVoterPetition(ctx, {
        actor,
        input: { petitionId: petition.id, documentId: doc.id, status },
      });
      answered += 1;
    }
  }
  return { count, answered };
}

/** Questions of deputies between sessions (Luật 87/2015 Điều 69), answered in writing. */
async function seedInterpellations(ctx: AppContext, leaders: Leaders): Promise<number> {
  const letters = await registerDocs(ctx, 'V/v', 'outgoing');
  const questions: Array<{
    deputy: string;
    constituency: string;
    question: string;
    responsible: number;
    on: string;
    answerAfter: number | null;
  }> = [
    {
      deputy: 'Nguyễn Thị Thanh Vân',
      constituency: 'Tổ đại biểu huyện Bù Đăng',
      question:
        'Nguyên nhân chậm giải ngân vốn đầu tư công năm 2023 và giải pháp bảo đảm giải ngân hết kế hoạch?',
      responsible: leaders.vice.kt.id,
      on: '2023-04-24',
      answerAfter: 14,
    },
    {
      deputy: 'Lâm Văn Quý',
      constituency: 'Tổ đại biểu huyện Lộc Ninh',
      question:
        'Trách nhiệm quản lý đất rừng sản xuất bị lấn chiếm và lộ trình thu hồi, giao lại cho địa phương?',
      responsible: leaders.vice.nn.id,
      on: '2023-05-08',
      answerAfter: 24,
    },
    {
      deputy: 'Điểu Thị Hồng',
      constituency: 'Tổ đại biểu huyện Bù Gia Mập',
      question: 'Giải pháp khắc phục tình trạng thiếu giáo viên ở vùng đồng bào dân tộc thiểu số?',
      responsible: leaders.vice.vx.id,
      on: '2023-06-05',
      answerAfter: 10,
    },
    {
      deputy: 'Trịnh Quốc Bảo',
      constituency: 'Tổ đại biểu thành phố Đồng Xoài',
      question: 'Việc xử lý các dự án chậm triển khai trong khu công nghiệp và thu hồi dự án?',
      responsible: leaders.chair.id,
      on: '2023-06-22',
      answerAfter: null,
    },
  ];
  for (const q of questions) {
    const view = await recordInterpellation(ctx, {
      actor,
      input: {
        deputyName: q.deputy,
        deputyConstituency: q.constituency,
        question: q.question,
        responsible: q.responsible,
        questionedOn: q.on,
      },
    });
    if (q.answerAfter === null) continue;
    const doc = firstIn(letters, addDays(q.on, q.answerAfter), TODAY);
    if (doc)
      await answerInterpellation(ctx, {
        actor,
        input: { interpellationId: view.id, documentId: doc.id },
      });
  }
  return questions.length;
}

/** The dialogue meetings of the first and second quarters, their commitments as tasks. */
async function seedDialogues(
  ctx: AppContext,
  leaders: Leaders,
): Promise<{ ids: number[]; commitments: number }> {
  const notices = await registerDocs(ctx, 'tại Hội nghị đối thoại với doanh nghiệp', 'outgoing');
  const meetings = [
    {
      title: 'Hội nghị gặp gỡ, đối thoại với doanh nghiệp, nhà đầu tư quý I năm 2023',
      heldOn: '2023-03-23',
      chair: leaders.vice.kt.id,
      participantCount: 160,
      // Its conclusions (the notice of April) already carry tasks of the register's own.
      commitments: [],
      assignedOn: null,
    },
    {
      title: 'Hội nghị đối thoại với doanh nghiệp, nhà đầu tư quý II năm 2023',
      heldOn: '2023-06-14',
      chair: leaders.chair.id,
      participantCount: 210,
      commitments: [
        {
          content:
            'Tháo gỡ vướng mắc về giải phóng mặt bằng tại Khu công nghiệp Minh Hưng - Sikico',
          leadUnit: 'BP.BQLKKT',
          coordinatingUnits: ['BP.CHONTHANH'],
          deadline: '2023-08-31',
        },
        {
          content:
            'Phối hợp ngân hàng thương mại giới thiệu gói tín dụng ưu đãi cho doanh nghiệp chế biến hạt điều',
          leadUnit: 'BP.SCT',
          coordinatingUnits: ['BP.SKHDT'],
          deadline: '2023-07-31',
        },
        {
          content: 'Đầu tư hoàn thiện hạ tầng điện, giao thông kết nối các cụm công nghiệp',
          leadUnit: 'BP.SGTVT',
          coordinatingUnits: ['BP.SCT'],
          deadline: '2023-12-31',
        },
      ],
      // Assigned the Friday after the meeting, so the half-year's figures at 14/6 are untouched.
      assignedOn: '2023-06-16',
    },
  ];
  const ids: number[] = [];
  let commitments = 0;
  for (const m of meetings) {
    const notice = firstIn(notices, m.heldOn, addDays(m.heldOn, 20));
    const d = await recordDialogue(ctx, {
      actor,
      input: {
        title: m.title,
        heldOn: m.heldOn,
        chair: m.chair,
        venue: 'Trung tâm Hội nghị tỉnh',
        participants:
          'Hiệp hội Doanh nghiệp tỉnh, Hội Doanh nhân trẻ, doanh nghiệp trong và ngoài khu công nghiệp; các sở, ngành, UBND cấp huyện',
        participantCount: m.participantCount,
        documentId: notice?.id ?? null,
      },
    });
    ids.push(d.id);
    for (const c of m.commitments) {
      await addDialogueCommitment(ctx, {
        actor,
        input: { dialogueId: d.id, ...c, ...(m.assignedOn ? { assignedOn: m.assignedOn } : {}) },
      });
      commitments += 1;
    }
  }
  return { ids, commitments };
}

const NAME_A = [
  'Phước',
  'Bình',
  'Đồng',
  'Minh',
  'Hưng',
  'Thịnh',
  'An',
  'Tân',
  'Phú',
  'Thành',
  'Việt',
  'Nam',
];
const NAME_B = ['Long', 'Phát', 'Thuận', 'Lợi', 'Hòa', 'Tiến', 'Đạt', 'Khang', 'Gia', 'Quang'];
const TRADES = [
  'Chế biến Nông sản',
  'Cao su',
  'Điều',
  'Xây dựng',
  'Logistics',
  'Gỗ',
  'Dệt may',
  'Năng lượng',
  'Thương mại Dịch vụ',
  'Vật liệu xây dựng',
];
const FORMS = ['Công ty TNHH', 'Công ty Cổ phần', 'Công ty TNHH MTV'];

/** Feedback issues by field, with their lead units. */
const FEEDBACK_TOPICS: Record<
  BusinessField,
  { units: string[]; issues: string[]; weight: number }
> = {
  dat_dai: {
    units: ['BP.STNMT', 'BP.BQLKKT'],
    issues: [
      'Chậm bàn giao mặt bằng tại khu công nghiệp',
      'Vướng mắc thủ tục chuyển mục đích sử dụng đất để mở rộng nhà xưởng',
      'Chưa được cấp giấy chứng nhận quyền sử dụng đất sau khi hoàn thành nghĩa vụ tài chính',
    ],
    weight: 7,
  },
  dau_tu: {
    units: ['BP.SKHDT'],
    issues: [
      'Đề nghị điều chỉnh chủ trương đầu tư, gia hạn tiến độ dự án',
      'Thời gian thẩm định hồ sơ dự án kéo dài',
    ],
    weight: 5,
  },
  xay_dung: {
    units: ['BP.SXD'],
    issues: ['Vướng mắc cấp giấy phép xây dựng nhà xưởng', 'Chưa được thẩm định thiết kế cơ sở'],
    weight: 4,
  },
  thue_phi: {
    units: ['BP.STC', 'BP.CUCTHUE'],
    issues: ['Chậm hoàn thuế giá trị gia tăng hàng xuất khẩu', 'Vướng mắc xác định tiền thuê đất'],
    weight: 4,
  },
  moi_truong: {
    units: ['BP.STNMT'],
    issues: ['Thời gian thẩm định báo cáo đánh giá tác động môi trường kéo dài'],
    weight: 2,
  },
  lao_dong: {
    units: ['BP.SLDTBXH'],
    issues: ['Thiếu lao động kỹ thuật cho nhà máy', 'Vướng mắc thủ tục cấp giấy phép lao động'],
    weight: 2,
  },
  tin_dung: {
    units: ['BP.SKHDT', 'BP.STC'],
    issues: ['Khó tiếp cận vốn vay ưu đãi'],
    weight: 2,
  },
  ha_tang: {
    units: ['BP.SCT', 'BP.SGTVT'],
    issues: ['Thiếu nguồn điện ổn định cho sản xuất', 'Đường vào cụm công nghiệp xuống cấp'],
    weight: 3,
  },
  thu_tuc_hanh_chinh: {
    units: ['BP.VPUBND', 'BP.SKHDT'],
    issues: ['Hồ sơ trực tuyến bị trả lại nhiều lần, không rõ lý do'],
    weight: 2,
  },
  khac: {
    units: ['BP.UBND.TOPHANUNGNHANH'],
    issues: ['Đề nghị hỗ trợ xúc tiến thương mại'],
    weight: 1,
  },
};

const CHANNEL_WEIGHTS: ReadonlyArray<[FeedbackChannel, number]> = [
  ['quick_response_team', 8],
  ['document', 5],
  ['portal', 3],
  ['hotline', 2],
  ['email', 1],
];

/** About 80 feedback items received in the first half of 2023 and early July. */
async function seedFeedback(
  ctx: AppContext,
  rng: Rng,
  cal: WorkingCalendar,
  dialogueIds: readonly number[],
): Promise<{ count: number; resolved: number }> {
  const letters = await registerDocs(ctx, 'xử lý kiến nghị của', 'outgoing');
  const fields = Object.entries(FEEDBACK_TOPICS).map(
    ([k, v]) => [k as BusinessField, v.weight] as [BusinessField, number],
  );
  const days: string[] = [];
  for (let d = '2023-01-03'; d <= '2023-07-07'; d = addDays(d, 1))
    if (cal.isWorkingDay(d)) days.push(d);
  let count = 0;
  let resolved = 0;
  const total = 78;
  for (let i = 0; i < total; i += 1) {
    // Spread over the half-year, a little denser in the second quarter.
    const receivedOn =
      days[Math.min(days.length - 1, Math.floor((i / total) ** 0.9 * days.length))] ?? TODAY;
    const field = weighted(rng, fields);
    const topic = FEEDBACK_TOPICS[field];
    const fromDialogue = dialogueIds.length > 0 && i % 13 === 5;
    const taxCode = `38${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
    // Forwarding: most within 1–4 working days, some late; the most recent not yet.
    const fresh = receivedOn > '2023-07-04';
    const forwardDelay = rng.chance(0.12) ? rng.int(6, 9) : rng.int(1, 4);
    const forwardedOn = cal.addWorkingDays(receivedOn, forwardDelay);
    const forwarded = !(fresh && rng.chance(0.6)) && forwardedOn <= TODAY;
    const lead = rng.pick(topic.units);
    const view = await recordBusinessFeedback(ctx, {
      actor,
      input: {
        enterpriseName: `${rng.pick(FORMS)} ${rng.pick(TRADES)} ${rng.pick(NAME_A)} ${rng.pick(NAME_B)}`,
        taxCode: rng.chance(0.1) ? `${taxCode}-00${rng.int(1, 3)}` : taxCode,
        issue: rng.pick(topic.issues),
        field,
        channel: fromDialogue ? 'dialogue' : weighted(rng, CHANNEL_WEIGHTS),
        dialogueId: fromDialogue ? (dialogueIds[i % dialogueIds.length] ?? null) : null,
        receivedOn,
        ...(forwarded
          ? {
              leadUnit: lead,
              coordinatingUnits:
                rng.chance(0.3) && lead !== 'BP.UBND.TOPHANUNGNHANH'
                  ? ['BP.UBND.TOPHANUNGNHANH']
                  : [],
              forwardedOn,
            }
          : {}),
      },
    });
    count += 1;
    if (!forwarded) continue;
    // Resolution: older items mostly settled, some after the limit; recent ones open.
    const roll = rng.next();
    const within = roll < 0.7;
    const resolvedOn = within
      ? addDays(forwardedOn, rng.int(5, 24))
      : addDays(receivedOn, rng.int(32, 60));
    if (resolvedOn > TODAY || rng.chance(0.15)) continue;
    // A late settlement's letter is dated after the limit (30 days from receipt).
    const doc = firstIn(letters, within ? forwardedOn : addDays(receivedOn, 31), resolvedOn);
    await resolveBusinessFeedback(ctx, {
      actor,
      input: {
        feedbackId: view.id,
        result: doc
          ? 'UBND tỉnh đã chỉ đạo xử lý; doanh nghiệp đã được trả lời bằng văn bản.'
          : 'Đơn vị chủ trì đã hướng dẫn, tháo gỡ; doanh nghiệp thống nhất.',
        documentId: doc?.id ?? null,
        ...(doc ? {} : { resolvedOn }),
      },
    });
    resolved += 1;
  }
  return { count, resolved };
}
