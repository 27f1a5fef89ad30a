/**
 * The demo province's public investment (Bình Phước, 2023; illustrative):
 * about 300 projects of the demo's agencies, districts and a provincial
 * project board, their 2023 capital plans on both denominators (a few key
 * projects, extra-revenue lines added in April, transfers between projects in
 * June), disbursements through 7 July 2023 — a slow first half, the 3
 * national target programmes very low — the curves of 2020–2022 with their
 * January tails, and the 2023 target of 95 %. Deterministic: the same rows on
 * every run. Runs inside the demo's transaction, after the organisation.
 */
import type { AppContext } from '../../platform/context';
import type { Actor } from '../../platform/actor';
import type { Tx } from '../../platform/db/database';
import { createUnit } from '../../organisation/create-unit';
import { getUnitByCode } from '../../organisation/unit-queries';
import { loadWorkingCalendar } from '../../calendar/load-working-calendar';
import { createRng, type Rng } from '../../demo/binh-phuoc/random';
import { daysInMonth, localDate, type LocalDate } from '../../../shared/dates/local-date';
import { formatPercent } from '../../../shared/vi/number';
import { adjustCapitalPlan } from '../adjust-capital-plan';
import { insertCapitalPlan } from '../assign-capital-plan';
import { createProject } from '../create-project';
import { yearFigures } from '../disbursement-aggregates';
import { loadProjectScope, type ProjectScope } from '../investment-scope';
import { insertDisbursement } from '../record-disbursement';
import { setDisbursementTarget } from '../set-disbursement-target';
import { loadSourceTree, type SourceTree } from '../source-tree';
import {
  COMMUNES,
  DECISIONS,
  DEMO_DISTRICTS,
  HISTORY,
  JULY_2023_SHARE,
  JUNE_2023_RATE,
  KEY_PROJECTS,
  LOCAL_FACTOR,
  PLAN_2023_PM_TY,
  PROJECT_BOARD,
  PROVINCIAL_INVESTORS,
  RECURRENT_COMPONENTS,
  ROADS,
  SHAPE_2023_H1,
  districtPortfolio,
  type InvestorPlan,
  type ProjectTemplate,
} from './investment-demo-data';

const DEMO: Actor = { kind: 'system', name: 'demo' };
const TY = 1_000_000_000;
const MILLION = 1_000_000;
const BORDER = ['huyện Lộc Ninh', 'huyện Bù Đốp', 'huyện Bù Gia Mập'] as const;

type Category = InvestorPlan['category'];

/** One project to create, with what the generator decided about it. */
interface ProjectSpec {
  code: string;
  name: string;
  investor: string;
  category: Category;
  pace: number;
  keyProject: boolean;
  template: ProjectTemplate;
  /** First plan year: earlier years have no line for it. */
  startYear: number;
  weight: number;
}

/** A 2023 plan line once created. */
interface Line {
  project: ProjectSpec;
  scope: ProjectScope;
  source: string;
  pm: number;
  local: number;
  planId: number;
}

const roundTo = (n: number, unit: number) => Math.max(0, Math.round(n / unit) * unit);

/** A working day of (year, month) near a random day, from `from` on. */
function payDay(
  rng: Rng,
  isWorkingDay: (d: LocalDate) => boolean,
  year: number,
  month: number,
  from = 3,
  to = 26,
): LocalDate {
  const last = daysInMonth(year, month);
  let day = Math.min(rng.int(from, to), last);
  while (day < last && !isWorkingDay(localDate(year, month, day))) day += 1;
  while (day > 1 && !isWorkingDay(localDate(year, month, day))) day -= 1;
  return localDate(year, month, day);
}

function fill(
  template: string,
  rng: Rng,
  district: string,
  districtKey: string,
  n: number,
): string {
  const communes = COMMUNES[districtKey] ?? ['Tân Phú'];
  return template
    .replace('{district}', district)
    .replace('{commune}', rng.pick(communes))
    .replace('{road}', rng.pick(ROADS))
    .replace('{border}', rng.pick(BORDER))
    .replace('{n}', String(n));
}

/** The projects of the portfolio, in a stable order. */
function planProjects(rng: Rng): ProjectSpec[] {
  const specs: ProjectSpec[] = [];
  const add = (p: Omit<ProjectSpec, 'code'>) =>
    specs.push({ ...p, code: String(7_912_000 + specs.length * 7 + 3) });
  for (const template of KEY_PROJECTS)
    add({
      name: template.name,
      investor: PROJECT_BOARD.code,
      category: 'board',
      pace: 1,
      keyProject: true,
      template,
      startYear: rng.pick([2020, 2021, 2022]),
      weight: template.weight,
    });
  const seenNames = new Set<string>();
  const portfolio = (investor: InvestorPlan, districtKey?: string, place?: string) => {
    for (const { template, count } of investor.projects) {
      const programme = template.sources.some(([code]) => code.startsWith('CTMTQG'));
      for (let i = 1; i <= count; i += 1) {
        let name = '';
        for (let attempt = 0; attempt < 20 && (name === '' || seenNames.has(name)); attempt += 1) {
          const d = districtKey
            ? { key: districtKey, place: place ?? '' }
            : rng.pick(DEMO_DISTRICTS);
          name = fill(template.name, rng, d.place, d.key, i + attempt);
        }
        seenNames.add(name);
        add({
          name,
          investor: investor.unit,
          category: programme ? 'programme' : investor.category,
          pace: investor.pace,
          keyProject: false,
          template,
          startYear: programme ? 2022 : rng.pick([2019, 2020, 2021, 2021, 2022, 2022, 2023]),
          weight: template.weight * (0.5 + rng.next()),
        });
      }
    }
  };
  for (const investor of PROVINCIAL_INVESTORS) portfolio(investor);
  for (const d of DEMO_DISTRICTS)
    portfolio(
      {
        unit: `BP.${d.key}`,
        category: 'district',
        pace: d.pace,
        projects: districtPortfolio(d.rural),
      },
      d.key,
      d.place,
    );
  return specs;
}

/**
 * Creates the demo's public-investment data inside the demo's transaction
 * (the organisation must exist) and returns what it created, with the
 * provincial figures at 30/6/2023 for the CLI to print.
 */
export async function seedInvestment(
  ctx: AppContext,
  progress: (message: string) => void,
): Promise<Record<string, number | string>> {
  return ctx.db.write(async (tx) => {
    const rng = createRng('binh-phuoc-2023-investment');
    const province = await getUnitByCode(tx, 'BP', '2023-07-10');
    const committee = await getUnitByCode(tx, 'BP.UBND', '2023-07-10');
    if (!province || !committee) throw new Error('seedInvestment needs the demo organisation');
    if (!(await getUnitByCode(tx, PROJECT_BOARD.code, '2023-07-10')))
      await createUnit(ctx, {
        actor: DEMO,
        input: {
          code: PROJECT_BOARD.code,
          kind: 'agency',
          parent: committee.id,
          name: PROJECT_BOARD.name,
          shortName: PROJECT_BOARD.shortName,
          symbolCode: PROJECT_BOARD.symbolCode,
          validFrom: '2020-01-01',
        },
      });
    const calendar = await loadWorkingCalendar(tx);
    const isWorkingDay = (d: LocalDate) => calendar.isWorkingDay(d);
    const tree = await loadSourceTree(tx, province.id);

    progress('Đang tạo dự án đầu tư công và kế hoạch vốn năm 2023…');
    const specs = planProjects(rng.fork('projects'));
    const scopes = new Map<string, ProjectScope>();
    for (const s of specs) {
      const p = await createProject(ctx, {
        actor: DEMO,
        input: {
          province: province.id,
          code: s.code,
          name: s.name,
          investor: s.investor,
          keyProject: s.keyProject,
          groupClass: s.keyProject ? 'B' : 'C',
          startYear: s.startYear,
          endYear: s.startYear + (s.keyProject ? 4 : 2),
        },
      });
      scopes.set(s.code, await loadProjectScope(tx, p.id));
    }

    // --- 2023 plans ---------------------------------------------------------
    const lines = await assign2023(ctx, tx, rng.fork('plans-2023'), specs, scopes, tree);
    const recurrent = await assignRecurrent(ctx, tx, scopes, tree, province.id);

    progress('Đang ghi nhận giải ngân 6 tháng đầu năm 2023 (đến 07/7/2023)…');
    let transactions = await disburse2023(ctx, tx, rng.fork('pay-2023'), lines, tree, isWorkingDay);
    transactions += await disburseRecurrent(ctx, tx, recurrent, tree);
    const adjustments = await transfer2023(ctx, rng.fork('transfer-2023'), lines, tx);

    progress('Đang tạo số liệu giải ngân các năm 2020–2022 (để dự báo cuối năm)…');
    for (const h of HISTORY)
      transactions += await history(
        ctx,
        tx,
        rng.fork(`history-${h.year}`),
        h,
        specs,
        scopes,
        tree,
        isWorkingDay,
      );

    const decision = await tx
      .selectFrom('documents')
      .select('id')
      .where('number_symbol', '=', DECISIONS.plan[2023] ?? '')
      .executeTakeFirst();
    await setDisbursementTarget(ctx, {
      actor: DEMO,
      input: {
        province: province.id,
        year: 2023,
        rate: 95,
        basis: 'pm',
        sourceDocumentId: decision?.id ?? null,
        sourceText: 'Phấn đấu tỷ lệ giải ngân vốn đầu tư công năm 2023 đạt tối thiểu 95% kế hoạch',
      },
    });

    const figures = await yearFigures(tx, {
      provinceUnitId: province.id,
      year: 2023,
      at: '2023-06-30',
      basis: 'pm',
      tree,
    });
    const pct = (x: number | null) => (x === null ? '-' : formatPercent(x));
    return {
      investmentProjects: specs.length + recurrent.length,
      capitalPlanLines: Number(
        (
          await tx
            .selectFrom('capital_plans')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('province_unit_id', '=', province.id)
            .executeTakeFirstOrThrow()
        ).n,
      ),
      planAdjustments: adjustments,
      disbursements: transactions,
      disbursementRatePmAt30June: pct(figures.total.ratePm),
      disbursementRateLocalAt30June: pct(figures.total.rateLocal),
      programmesRatePmAt30June: pct(figures.programmesTotal.ratePm),
    };
  });
}

/** Shares a category's plan total out over its projects' lines, on both denominators. */
async function assign2023(
  ctx: AppContext,
  tx: Tx,
  rng: Rng,
  specs: readonly ProjectSpec[],
  scopes: ReadonlyMap<string, ProjectScope>,
  tree: SourceTree,
): Promise<Line[]> {
  const lines: Line[] = [];
  for (const category of ['board', 'agency', 'district', 'programme'] as const) {
    const mine = specs.filter((s) => s.category === category);
    const weights = mine.reduce((sum, s) => sum + s.weight, 0);
    for (const s of mine) {
      const scope = scopes.get(s.code);
      if (!scope) throw new Error(`project ${s.code} missing`);
      const projectPm = (PLAN_2023_PM_TY[category] * TY * s.weight) / weights;
      for (const [source, share] of s.template.sources) {
        const extra = source === 'NSDP.TANGTHU';
        const pm = extra ? 0 : roundTo(projectPm * share, MILLION);
        const local = extra
          ? roundTo(projectPm * share * (0.8 + rng.next() * 0.4), MILLION)
          : roundTo(pm * (LOCAL_FACTOR[source] ?? 1), MILLION);
        const programme = source.startsWith('CTMTQG');
        const assignedOn = extra ? '2023-04-20' : programme ? '2023-03-20' : '2022-12-12';
        const decision = extra
          ? DECISIONS.extraRevenue
          : programme
            ? DECISIONS.programmes
            : (DECISIONS.plan[2023] ?? null);
        const planId = await insertCapitalPlan(
          ctx,
          tx,
          DEMO,
          {
            projectId: scope.id,
            year: 2023,
            source,
            pmAmount: pm,
            localAmount: local,
            assignedOn,
            decision,
          },
          { scope, tree },
        );
        lines.push({ project: s, scope, source, pm, local, planId });
      }
    }
  }
  return lines;
}

/** The programmes' recurrent-fund components: one project and one line each. */
async function assignRecurrent(
  ctx: AppContext,
  tx: Tx,
  scopes: Map<string, ProjectScope>,
  tree: SourceTree,
  provinceId: number,
): Promise<Array<{ scope: ProjectScope; source: string; amount: number }>> {
  const out: Array<{ scope: ProjectScope; source: string; amount: number }> = [];
  for (const [i, c] of RECURRENT_COMPONENTS.entries()) {
    const p = await createProject(ctx, {
      actor: DEMO,
      input: {
        province: provinceId,
        code: `CTMTQG-SN-${i + 1}`,
        name: c.name,
        investor: c.unit,
        startYear: 2022,
        endYear: 2025,
      },
    });
    const scope = await loadProjectScope(tx, p.id);
    scopes.set(scope.code, scope);
    await insertCapitalPlan(
      ctx,
      tx,
      DEMO,
      {
        projectId: scope.id,
        year: 2023,
        source: c.source,
        pmAmount: c.amount * TY,
        localAmount: c.amount * TY,
        assignedOn: '2023-03-20',
        decision: DECISIONS.programmes,
      },
      { scope, tree },
    );
    out.push({ scope, source: c.source, amount: c.amount * TY });
  }
  return out;
}

/** Recurrent funds move faster than the programmes' investment capital (about a fifth by July). */
async function disburseRecurrent(
  ctx: AppContext,
  tx: Tx,
  components: ReadonlyArray<{ scope: ProjectScope; source: string; amount: number }>,
  tree: SourceTree,
): Promise<number> {
  let n = 0;
  for (const [i, c] of components.entries()) {
    for (const [paidOn, share] of [
      ['2023-05-16', 0.08 + i * 0.02],
      ['2023-06-21', 0.12],
    ] as const) {
      await pay(ctx, tx, c.scope, tree, {
        source: c.source,
        planYear: 2023,
        kind: 'payment',
        amount: roundTo(c.amount * share, 1000),
        recoveredAdvance: 0,
        paidOn,
      });
      n += 1;
    }
  }
  return n;
}

async function pay(
  ctx: AppContext,
  tx: Tx,
  scope: ProjectScope,
  tree: SourceTree,
  entry: {
    source: string;
    planYear: number;
    kind: 'advance' | 'payment';
    amount: number;
    recoveredAdvance: number;
    paidOn: string;
    voucher?: string;
  },
): Promise<void> {
  await insertDisbursement(
    ctx,
    tx,
    DEMO,
    {
      projectId: scope.id,
      ...entry,
      voucher: entry.voucher ?? null,
      note: null,
    },
    { scope, tree },
  );
}

/**
 * Payments of 2023 to 7 July: each line's end-June amount follows its
 * category's rate and its investor's pace (calibrated so each category hits
 * its rate), spread over the months of the first half; about a third of the
 * lines start with an advance that a later payment partly recovers.
 */
async function disburse2023(
  ctx: AppContext,
  tx: Tx,
  rng: Rng,
  lines: readonly Line[],
  tree: SourceTree,
  isWorkingDay: (d: LocalDate) => boolean,
): Promise<number> {
  const target = new Map<Line, number>();
  for (const category of ['board', 'agency', 'district', 'programme'] as const) {
    const mine = lines.filter((l) => l.project.category === category);
    const raw = mine.map((l) => {
      const slow = l.source === 'NSTW.NUOCNGOAI' ? 0.15 : 1;
      const noise = 0.35 + rng.next() * 1.3;
      return { l, rate: JUNE_2023_RATE[category] * l.project.pace * noise * slow };
    });
    const reached = raw.reduce((s, r) => s + r.rate * Math.max(r.l.pm, r.l.local), 0);
    const wanted = mine.reduce((s, l) => s + l.pm, 0) * JUNE_2023_RATE[category];
    const scale = reached > 0 ? wanted / reached : 0;
    for (const r of raw) target.set(r.l, Math.min(0.85, r.rate * scale));
  }
  let n = 0;
  let voucher = 0;
  for (const l of lines) {
    const ceiling = Math.max(l.pm, l.local);
    const h1 = roundTo(ceiling * (target.get(l) ?? 0), 1000);
    if (h1 <= 0) continue;
    const programme = l.source.startsWith('CTMTQG');
    const extra = l.source === 'NSDP.TANGTHU';
    const first = programme ? 5 : extra ? 5 : 1;
    // Months paid: the carry of a skipped month moves to the next paid one; June always closes it.
    const months: Array<{ month: number; amount: number }> = [];
    let carry = 0;
    let paidSoFar = 0;
    for (let m = first; m <= 6; m += 1) {
      const from =
        first === 1
          ? m === 1
            ? 0
            : (SHAPE_2023_H1[m - 2] ?? 0)
          : m === first
            ? 0
            : (m - first) / (7 - first);
      const to = first === 1 ? (SHAPE_2023_H1[m - 1] ?? 1) : (m - first + 1) / (7 - first);
      carry += (to - from) * h1;
      if (m === 6 || rng.chance(m <= 2 ? 0.45 : 0.75)) {
        const amount = m === 6 ? h1 - paidSoFar : roundTo(carry * (0.8 + rng.next() * 0.4), 1000);
        if (amount > 0) {
          months.push({ month: m, amount });
          paidSoFar += amount;
        }
        carry = 0;
      }
    }
    if (rng.chance(0.4))
      months.push({ month: 7, amount: roundTo((h1 * JULY_2023_SHARE) / 0.4, 1000) });
    const withAdvance = months.length >= 2 && rng.chance(0.35);
    let advance = 0;
    for (const [i, m] of months.entries()) {
      const paidOn =
        m.month === 7
          ? payDay(rng, isWorkingDay, 2023, 7, 3, 7)
          : payDay(rng, isWorkingDay, 2023, m.month);
      const isAdvance = withAdvance && i === 0;
      const recovered = withAdvance && i === months.length - 1 ? roundTo(advance * 0.7, 1000) : 0;
      if (isAdvance) advance = m.amount;
      voucher += 1;
      await pay(ctx, tx, l.scope, tree, {
        source: l.source,
        planYear: 2023,
        kind: isAdvance ? 'advance' : 'payment',
        amount: m.amount + recovered,
        recoveredAdvance: recovered,
        paidOn,
        voucher: `KB-2023-${String(voucher).padStart(5, '0')}`,
      });
      n += 1;
    }
  }
  return n;
}

/**
 * June 2023 transfers (điều chuyển kế hoạch vốn, Tổ rà soát đầu tư công):
 * the slowest sizeable lines give part of their plan to the fastest ones,
 * on both denominators, the Prime Minister's total unchanged.
 */
async function transfer2023(
  ctx: AppContext,
  rng: Rng,
  lines: readonly Line[],
  tx: Tx,
): Promise<number> {
  const paid = new Map<number, number>();
  const rows = await tx
    .selectFrom('disbursements')
    .select((eb) => [
      'project_id',
      'source_id',
      eb.fn.sum<number>('amount').as('a'),
      eb.fn.sum<number>('recovered_advance').as('r'),
    ])
    .where('plan_year', '=', 2023)
    .groupBy(['project_id', 'source_id'])
    .execute();
  const tree = await loadSourceTree(tx, lines[0]?.scope.provinceUnitId ?? 0);
  for (const r of rows) {
    const line = lines.find(
      (l) => l.scope.id === r.project_id && tree.byCode.get(l.source)?.id === r.source_id,
    );
    if (line) paid.set(line.planId, Number(r.a) - Number(r.r));
  }
  const rate = (l: Line) => (paid.get(l.planId) ?? 0) / Math.max(l.pm, 1);
  const eligible = lines.filter(
    (l) => l.pm >= 20 * TY && !l.source.startsWith('CTMTQG') && l.source !== 'NSDP.TANGTHU',
  );
  const slow = [...eligible].sort((a, b) => rate(a) - rate(b)).slice(0, 3);
  const fast = [...eligible].sort((a, b) => rate(b) - rate(a)).slice(0, 3);
  let n = 0;
  for (const [i, from] of slow.entries()) {
    const to = fast[i];
    if (!to || to === from) continue;
    const moved = roundTo(from.pm * (0.25 + rng.next() * 0.15), MILLION);
    const movedLocal = roundTo((moved * from.local) / Math.max(from.pm, 1), MILLION);
    const reason =
      'Điều chuyển kế hoạch vốn từ dự án chậm giải ngân sang dự án giải ngân tốt (đề xuất của Tổ rà soát đầu tư công)';
    await adjustCapitalPlan(ctx, {
      actor: DEMO,
      input: {
        planId: from.planId,
        adjustedOn: '2023-06-15',
        pmAmount: from.pm - moved,
        localAmount: from.local - movedLocal,
        reason,
        decision: DECISIONS.transfer,
      },
    });
    await adjustCapitalPlan(ctx, {
      actor: DEMO,
      input: {
        planId: to.planId,
        adjustedOn: '2023-06-15',
        pmAmount: to.pm + moved,
        localAmount: to.local + movedLocal,
        reason,
        decision: DECISIONS.transfer,
      },
    });
    n += 2;
  }
  return n;
}

/**
 * A finished earlier year: plans of the projects begun by then (programme
 * and extra-revenue lines aside), and payments that follow the year's shape,
 * the last one in January of the next year.
 */
async function history(
  ctx: AppContext,
  tx: Tx,
  rng: Rng,
  h: (typeof HISTORY)[number],
  specs: readonly ProjectSpec[],
  scopes: ReadonlyMap<string, ProjectScope>,
  tree: SourceTree,
  isWorkingDay: (d: LocalDate) => boolean,
): Promise<number> {
  const mine = specs.filter((s) => s.startYear <= h.year && s.category !== 'programme');
  const weights = mine.reduce((sum, s) => sum + s.weight, 0);
  const paidMonths = h.year === 2022 ? [2, 3, 5, 6, 8, 9, 11, 12, 13] : [3, 6, 9, 12, 13];
  let n = 0;
  for (const s of mine) {
    const scope = scopes.get(s.code);
    if (!scope) throw new Error(`project ${s.code} missing`);
    const projectPm = (h.planTy * TY * s.weight) / weights;
    for (const [source, share] of s.template.sources) {
      if (source === 'NSDP.TANGTHU') continue;
      const pm = roundTo(projectPm * share, MILLION);
      const local = roundTo(pm * (LOCAL_FACTOR[source] ?? 1), MILLION);
      await insertCapitalPlan(
        ctx,
        tx,
        DEMO,
        {
          projectId: scope.id,
          year: h.year,
          source,
          pmAmount: pm,
          localAmount: local,
          assignedOn: `${h.year - 1}-12-10`,
          decision: DECISIONS.plan[h.year] ?? null,
        },
        { scope, tree },
      );
      const final = roundTo(Math.min(local, pm * h.finalRate * (0.9 + rng.next() * 0.2)), 1000);
      let before = 0;
      let paidSoFar = 0;
      for (const m of paidMonths) {
        const cumulative = h.shape[m - 1] ?? 1;
        const amount = m === 13 ? final - paidSoFar : roundTo(final * (cumulative - before), 1000);
        before = cumulative;
        if (amount <= 0) continue;
        paidSoFar += amount;
        const year = m === 13 ? h.year + 1 : h.year;
        await pay(ctx, tx, scope, tree, {
          source,
          planYear: h.year,
          kind: 'payment',
          amount,
          recoveredAdvance: 0,
          paidOn: payDay(rng, isWorkingDay, year, m === 13 ? 1 : m, 3, m === 13 ? 29 : 26),
        });
        n += 1;
      }
    }
  }
  return n;
}
