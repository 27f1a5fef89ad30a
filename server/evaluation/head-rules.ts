/**
 * Rating the heads of units (người đứng đầu) by the rule set of the year
 * (pure). Only what the data can show is judged; the general criteria of
 * ND 90/2020 Điều 3 (politics, ethics, discipline) stay with the competent
 * authority, so every level here is a proposal.
 *
 * - ND 90/2020 (2020–2025), for leaders (cán bộ Điều 4–7, công chức lãnh đạo
 *   Điều 8–11, viên chức quản lý Điều 12–15): HTXSNV needs every task on
 *   time, every target met with at least 50 % exceeded, and 100 % of the
 *   subordinate units rated HTNV or better with at least 70 % HTTNV or
 *   better; HTTNV every due task done with at least 80 % on time, every target
 *   met, the same subordinate condition; HTNV more than 70 % of due tasks done
 *   and of targets met, at least 70 % of subordinate units HTNV or better;
 *   KHTNV when less than 50 % of the due tasks or of the targets are done
 *   (Điều 7). The decree leaves 50–70 % unsettled [U]: such a head is proposed
 *   HTNV, with a note. A requirement with nothing to judge it on does not
 *   apply. A target is met when r = actual ÷ pro-rated target ≥ 1, exceeded
 *   when r > 1.
 * - ND 335/2025 (from 2026): the head's score is the unit's score; levels by
 *   the point scale, HTXSNV at most 20 % of those rated HTTNV or better.
 */
import {
  applyExcellenceQuota,
  LEVEL_LABELS,
  LEVELS,
  nd335Level,
  type Level,
} from '../../shared/evaluation/rating';
import { formatNumber, formatPercent } from '../../shared/vi/number';
import type { HeadCheck, HeadResult, TaskCounts, UnitHead } from './evaluation-model';
import { dueCount, unitOnTimeRate } from './scorecard-rules';

const pct = (share: number) => formatPercent(share * 100);

/** What the ND 90 criteria of a head are judged on. */
export interface Nd90Facts {
  tasks: TaskCounts | null;
  targets: { total: number; completed: number; exceeded: number };
  /** Subordinate units rated in the same run, by level. */
  subordinates: { total: number; atLeastHtnv: number; atLeastHttnv: number };
}

type Requirement = {
  requirement: string;
  check: (f: Nd90Facts) => { met: boolean | null; actual: string };
};

const tasksOnTime = (f: Nd90Facts) => {
  const t = f.tasks;
  const rate = t ? unitOnTimeRate(t) : null;
  return { t, rate, due: t ? dueCount(t) : 0 };
};

const subordinateText = (f: Nd90Facts) =>
  `${f.subordinates.atLeastHtnv}/${f.subordinates.total} đơn vị trực thuộc từ HTNV trở lên, ${f.subordinates.atLeastHttnv}/${f.subordinates.total} từ HTTNV trở lên`;
const noTasks = { met: null, actual: 'không có nhiệm vụ đến hạn' };
const noTargets = { met: null, actual: 'không có chỉ tiêu được giao có số liệu' };
const noSubordinates = { met: null, actual: 'không có đơn vị trực thuộc được đánh giá' };

const subordinatesGood = {
  requirement: '100% đơn vị trực thuộc từ HTNV trở lên, trong đó ít nhất 70% từ HTTNV trở lên',
  check: (f: Nd90Facts) =>
    f.subordinates.total === 0
      ? noSubordinates
      : {
          met:
            f.subordinates.atLeastHtnv === f.subordinates.total &&
            f.subordinates.atLeastHttnv / f.subordinates.total >= 0.7 - 1e-9,
          actual: subordinateText(f),
        },
};

/** The requirements of each level above KHTNV (ND 90/2020). */
const ND90_REQUIREMENTS: Record<Exclude<Level, 'KHTNV'>, Requirement[]> = {
  HTXSNV: [
    {
      requirement: 'Mọi nhiệm vụ đến hạn hoàn thành đúng hạn',
      check: (f) => {
        const { t, rate, due } = tasksOnTime(f);
        if (!t || rate === null) return noTasks;
        return { met: rate >= 1, actual: `${t.HT_DUNG_HAN}/${due} đúng hạn (${pct(rate)})` };
      },
    },
    {
      requirement: 'Hoàn thành tất cả chỉ tiêu, trong đó ít nhất 50% vượt mức',
      check: (f) =>
        f.targets.total === 0
          ? noTargets
          : {
              met:
                f.targets.completed === f.targets.total &&
                f.targets.exceeded / f.targets.total >= 0.5 - 1e-9,
              actual: `đạt ${f.targets.completed}/${f.targets.total}, vượt ${f.targets.exceeded}/${f.targets.total}`,
            },
    },
    subordinatesGood,
  ],
  HTTNV: [
    {
      requirement: 'Hoàn thành tất cả nhiệm vụ đến hạn, ít nhất 80% đúng hạn',
      check: (f) => {
        const { t, rate, due } = tasksOnTime(f);
        if (!t || rate === null) return noTasks;
        return {
          met: t.CHT_QUA_HAN === 0 && rate >= 0.8 - 1e-9,
          actual: `${t.CHT_QUA_HAN} chưa hoàn thành quá hạn; ${t.HT_DUNG_HAN}/${due} đúng hạn (${pct(rate)})`,
        };
      },
    },
    {
      requirement: 'Hoàn thành tất cả chỉ tiêu',
      check: (f) =>
        f.targets.total === 0
          ? noTargets
          : {
              met: f.targets.completed === f.targets.total,
              actual: `đạt ${f.targets.completed}/${f.targets.total}`,
            },
    },
    subordinatesGood,
  ],
  HTNV: [
    {
      requirement: 'Hoàn thành trên 70% nhiệm vụ đến hạn',
      check: (f) => {
        const { t, due } = tasksOnTime(f);
        if (!t || due === 0) return noTasks;
        const done = t.HT_DUNG_HAN + t.HT_QUA_HAN;
        return {
          met: done / due > 0.7,
          actual: `đã hoàn thành ${done}/${due} (${pct(done / due)})`,
        };
      },
    },
    {
      requirement: 'Hoàn thành trên 70% chỉ tiêu',
      check: (f) =>
        f.targets.total === 0
          ? noTargets
          : {
              met: f.targets.completed / f.targets.total > 0.7,
              actual: `đạt ${f.targets.completed}/${f.targets.total} (${pct(f.targets.completed / f.targets.total)})`,
            },
    },
    {
      requirement: 'Ít nhất 70% đơn vị trực thuộc từ HTNV trở lên',
      check: (f) =>
        f.subordinates.total === 0
          ? noSubordinates
          : {
              met: f.subordinates.atLeastHtnv / f.subordinates.total >= 0.7 - 1e-9,
              actual: subordinateText(f),
            },
    },
  ],
};

/** The KHTNV cases of ND 90/2020 Điều 7 the data can show. */
const ND90_FAILURES: Requirement[] = [
  {
    requirement: 'Hoàn thành dưới 50% nhiệm vụ đến hạn',
    check: (f) => {
      const { t, due } = tasksOnTime(f);
      if (!t || due === 0) return noTasks;
      const done = t.HT_DUNG_HAN + t.HT_QUA_HAN;
      return { met: done / due < 0.5, actual: `đã hoàn thành ${done}/${due} (${pct(done / due)})` };
    },
  },
  {
    requirement: 'Hoàn thành dưới 50% chỉ tiêu',
    check: (f) =>
      f.targets.total === 0
        ? noTargets
        : {
            met: f.targets.completed / f.targets.total < 0.5,
            actual: `đạt ${f.targets.completed}/${f.targets.total} (${pct(f.targets.completed / f.targets.total)})`,
          },
  },
];

/**
 * The ND 90/2020 level of a head: the highest level whose applicable
 * requirements are all met; below HTNV, KHTNV when a failure case of Điều 7
 * applies, else HTNV with a note; null when no requirement applies (nothing
 * to judge on).
 */
export function nd90HeadLevel(f: Nd90Facts): {
  level: Level | null;
  checks: HeadCheck[];
  explanation: string[];
} {
  const checks: HeadCheck[] = [];
  for (const level of ['HTXSNV', 'HTTNV', 'HTNV'] as const)
    for (const r of ND90_REQUIREMENTS[level]) {
      const c = r.check(f);
      checks.push({ level, requirement: r.requirement, met: c.met, actual: c.actual });
    }
  if (checks.every((c) => c.met === null))
    return {
      level: null,
      checks,
      explanation: [
        'Chưa đủ dữ liệu để đề xuất mức xếp loại: không có nhiệm vụ đến hạn, chỉ tiêu được giao hay đơn vị trực thuộc được đánh giá.',
      ],
    };
  const reached = (['HTXSNV', 'HTTNV', 'HTNV'] as const).find((l) =>
    checks.filter((c) => c.level === l).every((c) => c.met !== false),
  );
  const failures = ND90_FAILURES.map((r) => ({
    level: 'KHTNV' as const,
    requirement: r.requirement,
    ...r.check(f),
  }));
  checks.push(...failures);
  const failed = failures.filter((c) => c.met === true);
  const level: Level = reached ?? (failed.length > 0 ? 'KHTNV' : 'HTNV');
  const explanation: string[] = [];
  for (const l of ['HTXSNV', 'HTTNV', 'HTNV'] as const) {
    if (reached !== undefined && LEVELS.indexOf(l) >= LEVELS.indexOf(reached)) break;
    const missed = checks.filter((c) => c.level === l && c.met === false);
    explanation.push(
      `Chưa đạt mức ${LEVEL_LABELS[l]}: ${missed.map((c) => `${c.requirement.toLowerCase()} (${c.actual})`).join('; ')}.`,
    );
  }
  if (reached)
    explanation.push(
      `Đề xuất mức ${LEVEL_LABELS[reached]}: ${checks
        .filter((c) => c.level === reached)
        .map(
          (c) =>
            `${c.requirement.toLowerCase()} — ${c.met === null ? `không áp dụng (${c.actual})` : `đạt (${c.actual})`}`,
        )
        .join('; ')}.`,
    );
  else if (failed.length > 0)
    explanation.push(
      `Đề xuất mức ${LEVEL_LABELS.KHTNV} (Điều 7): ${failed.map((c) => `${c.requirement.toLowerCase()} (${c.actual})`).join('; ')}.`,
    );
  else
    explanation.push(
      `Đề xuất mức ${LEVEL_LABELS.HTNV}: không đạt yêu cầu trên 70% nhưng cũng không thuộc trường hợp dưới 50% (Điều 7); khoảng từ 50% đến 70% Nghị định chưa quy định rõ, cấp có thẩm quyền quyết định.`,
    );
  return { level, checks, explanation };
}

/** A head with the score the ND 335 scale reads. */
export interface ScoredHead {
  unit: HeadResult['unit'];
  head: UnitHead | null;
  score: number | null;
}

/**
 * ND 335/2025 levels of heads from their scores, then the HTXSNV quota
 * (shared/evaluation: at most `quota` of those rated HTTNV or better, best
 * scores keep it, ties in the given order). Heads without a score are not
 * rated and do not count in the pool.
 */
export function nd335Heads(heads: readonly ScoredHead[], quota: number): HeadResult[] {
  const scored = heads
    .map((h, i) => ({ h, i, score: h.score }))
    .filter((x): x is { h: ScoredHead; i: number; score: number } => x.score !== null);
  const rated = applyExcellenceQuota(scored, { quota });
  // The pool the quota is a share of: everyone rated HTTNV or better on the scale.
  const pool = rated.filter(
    (r) => nd335Level(r.score) !== 'HTNV' && nd335Level(r.score) !== 'KHTNV',
  ).length;
  const allowed = Math.floor(pool * quota + 1e-9);
  const excellent = rated.filter((r) => nd335Level(r.score) === 'HTXSNV').length;
  const byIndex = new Map(rated.map((r) => [r.i, r]));
  const fmt = (s: number) => formatNumber(s, { decimals: 2 });
  return heads.map((h, i) => {
    const r = byIndex.get(i);
    if (!r)
      return {
        unit: h.unit,
        head: h.head,
        score: null,
        level: null,
        demotedByQuota: false,
        checks: [],
        explanation: ['Đơn vị chưa đủ dữ liệu để chấm điểm; chưa xếp loại người đứng đầu.'],
      };
    const scale = nd335Level(r.score);
    const explanation = [
      `Điểm ${fmt(r.score)} (điểm của đơn vị) → mức ${LEVEL_LABELS[scale]} theo thang điểm Nghị định 335/2025/NĐ-CP (từ 90: HTXSNV; 70 đến dưới 90: HTTNV; 50 đến dưới 70: HTNV; dưới 50: KHTNV).`,
    ];
    if (scale === 'HTXSNV')
      explanation.push(
        `Hạn mức HTXSNV: ${formatPercent(quota * 100)} của ${pool} người xếp từ HTTNV trở lên = ${allowed} người; ${excellent} người đạt từ 90 điểm. ` +
          (r.demotedByQuota
            ? `Vượt hạn mức (xếp sau theo điểm): chuyển xuống mức ${LEVEL_LABELS.HTTNV}.`
            : 'Trong hạn mức: giữ mức HTXSNV.'),
      );
    return {
      unit: h.unit,
      head: h.head,
      score: r.score,
      level: r.level,
      demotedByQuota: r.demotedByQuota,
      checks: [],
      explanation,
    };
  });
}
