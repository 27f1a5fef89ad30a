import { describe, expect, it } from 'vitest';
import type { ProvinceInputs, TaskCounts, UnitInputs } from './evaluation-model';
import { nd335Heads, nd90HeadLevel, type ScoredHead } from './head-rules';
import { evaluationLists } from './list-rules';
import { ruleSetByKey, ruleSetFor, type EvaluationRuleSet, type Weights } from './rule-sets';
import { scoreEvaluation } from './score-evaluation';
import { rankScores, roundScore, scoreUnit, scoreUnits, unitLevel } from './scorecard-rules';

const ND90 = ruleSetByKey('nd90-2020') as EvaluationRuleSet;
const ND335 = ruleSetByKey('nd335-2025') as EvaluationRuleSet;

function tasks(onTime: number, late: number, overdue: number, open = 0): TaskCounts {
  return {
    HT_DUNG_HAN: onTime,
    HT_QUA_HAN: late,
    CHT_QUA_HAN: overdue,
    CHT_TRONG_HAN: open,
    KHONG_THOI_HAN: 0,
    total: onTime + late + overdue + open,
  };
}

let seq = 0;
function unit(over: Partial<UnitInputs> = {}): UnitInputs {
  seq += 1;
  return {
    unit: { id: seq, code: `U${seq}`, name: `Đơn vị ${seq}`, kind: 'agency', path: `/1/${seq}/` },
    head: { personId: seq, fullName: `Người ${seq}`, title: 'Giám đốc Sở' },
    tasks: null,
    urgings: { nhac_nho: 0, phe_binh: 0, kiem_diem: 0 },
    revenue: [],
    disbursement: null,
    targets: [],
    reportingTimeliness: null,
    ...over,
  };
}

const province: ProvinceInputs = {
  province: { id: 1, code: 'T', name: 'Tỉnh Thử' },
  period: {
    year: 2023,
    half: 1,
    from: '2023-01-01',
    to: '2023-06-30',
    label: '6 tháng đầu năm 2023',
  },
  disbursement: {
    basis: 'pm',
    targetRate: 95,
    targetRecorded: true,
    plan: 1000,
    disbursed: 300,
    average: 30,
    monthsElapsed: 6,
  },
};

const only = (key: keyof Weights): Weights => ({
  taskOnTime: 0,
  overdueTasks: 0,
  urgings: 0,
  revenue: 0,
  disbursement: 0,
  reportingTimeliness: 0,
  [key]: 100,
});

describe('rule sets by year', () => {
  it('switches from ND 90/2020 to ND 335/2025 in 2026', () => {
    expect(ruleSetFor(2019)).toBeNull();
    expect(ruleSetFor(2020)?.key).toBe('nd90-2020');
    expect(ruleSetFor(2023)?.key).toBe('nd90-2020');
    expect(ruleSetFor(2025)?.key).toBe('nd90-2020');
    expect(ruleSetFor(2026)?.key).toBe('nd335-2025');
    expect(ruleSetFor(2040)?.key).toBe('nd335-2025');
    for (const rs of [ND90, ND335])
      expect(Object.values(rs.defaultWeights).reduce((s, w) => s + w, 0)).toBe(100);
  });
});

describe('the unit scorecard', () => {
  it('explains every criterion and redistributes the weight of those without data', () => {
    const u = unit({
      tasks: tasks(8, 1, 1),
      disbursement: { plan: 100, disbursed: 22, rate: 22, projects: 3 },
    });
    const { score, lines } = scoreUnit(ND90, ND90.defaultWeights, u, province);
    expect(lines.map((l) => l.key)).toEqual([
      'taskOnTime',
      'overdueTasks',
      'urgings',
      'revenue',
      'disbursement',
      'reportingTimeliness',
    ]);
    // Present: tasks 25 + overdue 10 + urgings 10 + disbursement 30 = 75 → scaled to 100.
    const present = lines.filter((l) => l.normalised !== null);
    expect(present.reduce((s, l) => s + l.effectiveWeight, 0)).toBeCloseTo(100);
    expect(lines.find((l) => l.key === 'revenue')?.effectiveWeight).toBe(0);
    expect(lines.find((l) => l.key === 'reportingTimeliness')?.explanation).toContain(
      'Chưa có dữ liệu',
    );
    const pace = (95 * 6) / 13;
    const expected =
      (25 * 0.8 + 10 * (1 - 1 / 10) + 10 * 1 + 30 * Math.min(1, 22 / pace)) * (100 / 75);
    expect(score).toBe(roundScore(expected));
    expect(lines.reduce((s, l) => s + l.points, 0)).toBeCloseTo(expected, 6);
    const disb = lines.find((l) => l.key === 'disbursement');
    expect(disb?.input).toContain('22%');
    expect(disb?.input).toContain('43,85%');
    expect(disb?.explanation).toMatch(/trọng số 40% \(30% trước khi phân bổ lại\) = [\d,]+ điểm/);
  });

  it('gives no score when the criteria with data carry too little weight', () => {
    // Only disbursement (30 %) has data: below the 40 % minimum.
    const u = unit({ disbursement: { plan: 100, disbursed: 50, rate: 50, projects: 1 } });
    const r = scoreUnits(ND90, ND90.defaultWeights, [u], province)[0];
    expect(r?.score).toBeNull();
    expect(r?.rank).toBeNull();
    expect(r?.summary).toContain('cần tối thiểu 40%');
    expect(r?.lines.every((l) => l.points === 0 && l.effectiveWeight === 0)).toBe(true);
    expect(r?.lines.find((l) => l.key === 'disbursement')?.input).toContain('50%');
    // Nothing due yet: no task criterion counts either.
    const fresh = unit({ tasks: tasks(0, 0, 0, 4) });
    expect(scoreUnit(ND90, ND90.defaultWeights, fresh, province).score).toBeNull();
  });

  it('ranks equal scores equally and reads the level from the rounded score', () => {
    expect(rankScores([80, 95, 80, null, 60])).toEqual([2, 1, 2, null, 4]);
    expect(roundScore(89.995)).toBe(90);
    expect(unitLevel(roundScore(89.995))).toBe('HTXSNV');
    expect(unitLevel(89.99)).toBe('HTTNV');
    expect(unitLevel(null)).toBeNull();
  });
});

describe('the commendation and criticism lists', () => {
  it('criticises disbursement below the provincial average and commends HTXSNV', () => {
    const best = unit({
      tasks: tasks(10, 0, 0),
      disbursement: { plan: 1, disbursed: 1, rate: 50, projects: 1 },
    });
    const slow = unit({
      tasks: tasks(10, 0, 0),
      disbursement: { plan: 1, disbursed: 1, rate: 29.99, projects: 1 },
    });
    const average = unit({
      tasks: tasks(10, 0, 0),
      disbursement: { plan: 1, disbursed: 1, rate: 30, projects: 1 },
    });
    const late = unit({
      tasks: tasks(1, 0, 9),
      urgings: { nhac_nho: 2, phe_binh: 1, kiem_diem: 2 },
    });
    const inputs = [best, slow, average, late];
    const results = scoreUnits(ND90, ND90.defaultWeights, inputs, province);
    const { commendations, criticisms } = evaluationLists(ND90, results, inputs, province);
    expect(commendations[0]?.unit.id).toBe(best.unit.id);
    expect(commendations[0]?.reasons.map((r) => r.criterion)).toEqual([
      'score',
      'taskOnTime',
      'disbursement',
    ]);
    const slowEntry = criticisms.find((c) => c.unit.id === slow.unit.id);
    expect(slowEntry?.reasons).toEqual([
      { criterion: 'disbursement', text: 'Tỷ lệ giải ngân 29,99% thấp hơn bình quân tỉnh 30%' },
    ]);
    // Exactly at the average is not below it.
    expect(criticisms.some((c) => c.unit.id === average.unit.id)).toBe(false);
    const lateEntry = criticisms.find((c) => c.unit.id === late.unit.id);
    expect(lateEntry?.reasons.map((r) => r.criterion)).toEqual([
      'score',
      'overdueTasks',
      'urgings',
    ]);
    // Worst first.
    expect(criticisms[0]?.unit.id).toBe(late.unit.id);
  });

  it('scores periodic reports sent on time and criticises missing ones', () => {
    const u = unit({
      tasks: tasks(10, 0, 0),
      reportingTimeliness: { due: 4, onTime: 3, late: 0, missing: 1 },
    });
    const { lines } = scoreUnit(ND90, ND90.defaultWeights, u, province);
    const line = lines.find((l) => l.key === 'reportingTimeliness');
    expect(line?.normalised).toBe(0.75);
    expect(line?.input).toBe(
      '3/4 báo cáo định kỳ đến hạn gửi đúng hạn (75%); 0 gửi muộn, 1 chưa gửi',
    );
    const results = scoreUnits(ND90, ND90.defaultWeights, [u], province);
    const { criticisms } = evaluationLists(ND90, results, [u], province);
    expect(criticisms[0]?.reasons).toEqual([
      { criterion: 'reportingTimeliness', text: 'Chưa gửi 1 báo cáo định kỳ đã đến hạn' },
    ]);
  });
});

describe('the thresholds of the lists', () => {
  const revenue = (actual: number): UnitInputs['revenue'] => [
    {
      code: 'THU',
      name: 'Thu ngân sách',
      unitOfMeasure: 'tỷ đồng',
      actual,
      estimate: 200,
      estimateKind: 'estimate_council',
      expectedShare: 0.5,
      proratedEstimate: 100,
    },
  ];

  it('criticises from each threshold on, with the thresholds given', () => {
    const atDefault = unit({ tasks: tasks(2, 0, 8), revenue: revenue(89.99) });
    const justOver = unit({ tasks: tasks(3, 0, 7), revenue: revenue(90) });
    const inputs = [atDefault, justOver];
    const results = scoreUnits(ND90, ND90.defaultWeights, inputs, province);
    const criticised = (lists = ND90.lists) =>
      evaluationLists(ND90, results, inputs, province, lists).criticisms.map((c) => [
        c.unit.id,
        c.reasons.map((r) => r.criterion).filter((k) => k !== 'score'),
      ]);
    // Defaults: 8 overdue tasks and revenue under 90 % of the pro-rated estimate.
    expect(criticised()).toEqual([[atDefault.unit.id, ['overdueTasks', 'revenue']]]);
    const stricter = { ...ND90.lists, overdueAtLeast: 7, revenueBelow: 0.95 };
    expect(criticised(stricter)).toEqual([
      [atDefault.unit.id, ['overdueTasks', 'revenue']],
      [justOver.unit.id, ['overdueTasks', 'revenue']],
    ]);
    const looser = { ...ND90.lists, overdueAtLeast: 9, revenueBelow: 0.8 };
    expect(criticised(looser)).toEqual([]);
  });
});

describe('heads under ND 335/2025 (from 2026)', () => {
  const head = (score: number | null, i: number): ScoredHead => ({
    unit: { id: i, code: `U${i}`, name: `Đơn vị ${i}` },
    head: null,
    score,
  });

  it('reads the point scale at its boundaries', () => {
    // Pool of HTTNV-or-better: 90, 89.99, 70, 80, 80 → 5 → one HTXSNV allowed.
    const scores = [90, 89.99, 70, 69.99, 50, 49.99, 80, 80];
    const rated = nd335Heads(scores.map(head), 0.2);
    expect(rated.map((r) => r.level)).toEqual([
      'HTXSNV',
      'HTTNV',
      'HTTNV',
      'HTNV',
      'HTNV',
      'KHTNV',
      'HTTNV',
      'HTTNV',
    ]);
    expect(rated.some((r) => r.demotedByQuota)).toBe(false);
    expect(rated[0]?.explanation.join(' ')).toContain('= 1 người');
  });

  it('keeps HTXSNV for at most 20 % of those rated HTTNV or better, best score first', () => {
    // Pool 5 (95, 92, 80, 75, 70): one allowed; 92 is demoted.
    const five = nd335Heads([95, 92, 80, 75, 70, 40].map(head), 0.2);
    expect(five.map((r) => r.level)).toEqual([
      'HTXSNV',
      'HTTNV',
      'HTTNV',
      'HTTNV',
      'HTTNV',
      'KHTNV',
    ]);
    expect(five[1]?.demotedByQuota).toBe(true);
    expect(five[1]?.explanation.join(' ')).toContain('chuyển xuống mức Hoàn thành tốt nhiệm vụ');
    // Pool 4: none allowed.
    const four = nd335Heads([95, 92, 80, 75].map(head), 0.2);
    expect(four.filter((r) => r.level === 'HTXSNV')).toHaveLength(0);
    expect(four.filter((r) => r.demotedByQuota)).toHaveLength(2);
    // Pool 10 with three at ≥ 90: two keep it; equal scores keep the given (rank) order.
    const ten = nd335Heads([91, 91, 91, 85, 85, 80, 80, 75, 72, 70].map(head), 0.2);
    expect(ten.map((r) => r.level).slice(0, 3)).toEqual(['HTXSNV', 'HTXSNV', 'HTTNV']);
    // Unscored heads are not rated and not in the pool.
    const unscored = nd335Heads([head(null, 1), head(95, 2)], 0.2);
    expect(unscored[0]?.level).toBeNull();
    expect(unscored[1]?.level).toBe('HTTNV');
  });
});

describe('heads under ND 90/2020 (2020–2025)', () => {
  const none = { total: 0, atLeastHtnv: 0, atLeastHttnv: 0 };
  const targets = (total: number, completed: number, exceeded: number) => ({
    total,
    completed,
    exceeded,
  });

  it('rates on tasks, targets and subordinate units', () => {
    expect(
      nd90HeadLevel({ tasks: tasks(10, 0, 0), targets: targets(4, 4, 2), subordinates: none })
        .level,
    ).toBe('HTXSNV');
    // Targets all met but fewer than half exceeded.
    expect(
      nd90HeadLevel({ tasks: tasks(10, 0, 0), targets: targets(4, 4, 1), subordinates: none })
        .level,
    ).toBe('HTTNV');
    // 8 of 10 on time, none open overdue: HTTNV; one open overdue: HTNV.
    expect(
      nd90HeadLevel({ tasks: tasks(8, 2, 0), targets: targets(0, 0, 0), subordinates: none }).level,
    ).toBe('HTTNV');
    expect(
      nd90HeadLevel({ tasks: tasks(8, 1, 1), targets: targets(0, 0, 0), subordinates: none }).level,
    ).toBe('HTNV');
    // 70 % of subordinate units at HTTNV or better is enough; 100 % at HTNV or better is needed.
    expect(
      nd90HeadLevel({
        tasks: null,
        targets: targets(2, 2, 1),
        subordinates: { total: 10, atLeastHtnv: 10, atLeastHttnv: 7 },
      }).level,
    ).toBe('HTXSNV');
    expect(
      nd90HeadLevel({
        tasks: null,
        targets: targets(2, 2, 1),
        subordinates: { total: 10, atLeastHtnv: 9, atLeastHttnv: 9 },
      }).level,
    ).toBe('HTNV');
  });

  it('rates KHTNV below 50 %, leaves 50–70 % to HTNV with a note, and nothing without data', () => {
    const below = nd90HeadLevel({
      tasks: tasks(4, 0, 6),
      targets: targets(0, 0, 0),
      subordinates: none,
    });
    expect(below.level).toBe('KHTNV');
    expect(below.explanation.at(-1)).toContain('dưới 50% nhiệm vụ đến hạn (đã hoàn thành 4/10');
    const gap = nd90HeadLevel({
      tasks: tasks(6, 0, 4),
      targets: targets(0, 0, 0),
      subordinates: none,
    });
    expect(gap.level).toBe('HTNV');
    expect(gap.explanation.at(-1)).toContain('chưa quy định rõ');
    // Exactly 70 % done is not "more than 70 %".
    expect(
      nd90HeadLevel({ tasks: tasks(7, 0, 3), targets: targets(0, 0, 0), subordinates: none }).level,
    ).toBe('HTNV');
    expect(
      nd90HeadLevel({ tasks: tasks(8, 0, 2), targets: targets(0, 0, 0), subordinates: none }).level,
    ).toBe('HTNV');
    const nothing = nd90HeadLevel({ tasks: null, targets: targets(0, 0, 0), subordinates: none });
    expect(nothing.level).toBeNull();
  });
});

describe('a whole evaluation', () => {
  it('gives the same result from its stored inputs', () => {
    const inputs = {
      province,
      units: [
        unit({
          tasks: tasks(9, 1, 0),
          disbursement: { plan: 9, disbursed: 3, rate: 33.3, projects: 2 },
        }),
        unit({ tasks: tasks(5, 2, 3), urgings: { nhac_nho: 1, phe_binh: 1, kiem_diem: 0 } }),
        unit(),
      ],
    };
    const first = scoreEvaluation({ ruleSet: ND90, weights: ND90.defaultWeights, inputs });
    const again = scoreEvaluation({
      ruleSet: ND90,
      weights: ND90.defaultWeights,
      inputs: JSON.parse(JSON.stringify(inputs)) as typeof inputs,
    });
    expect(again).toEqual(first);
    expect(first.units.map((u) => u.rank)).toEqual([1, 2, null]);
    expect(first.heads).toHaveLength(3);
    // Under ND 335 with only the on-time rate weighted, the score is that rate.
    const nd335 = scoreEvaluation({ ruleSet: ND335, weights: only('taskOnTime'), inputs });
    expect(nd335.units[0]?.score).toBe(90);
    expect(nd335.heads[0]?.level).toBe('HTTNV'); // pool of 1: no HTXSNV allowed
    expect(nd335.heads[0]?.demotedByQuota).toBe(true);
  });
});
