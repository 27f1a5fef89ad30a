/**
 * The demo's tasks (229/BC-UBND's task accountability): the 47 items of
 * 17-CTr/TU, the provincial master plan completed with 40/TTr-UBND, part B's
 * 7 items, and about 1,500 tasks from the UBND's first-half 2023 documents
 * with their progress, extensions, urgings and completions until 10/7/2023.
 * Runs inside the demo's transaction, after the documents, through the use
 * cases only.
 */
import type { AppContext } from '../../../platform/context';
import { getSetting } from '../../../platform/settings';
import { loadWorkingCalendar } from '../../../calendar/load-working-calendar';
import type { Leaders } from '../people';
import type { Rng } from '../random';
import { planMasterPlan, MASTER_PLAN_RESULT, MASTER_PLAN_SOURCE_SUMMARY } from './master-plan';
import { PART_B_PROGRAMME_TITLE, PART_B_SOURCE_SUMMARY, planPartB } from './part-b';
import { plan17CtrItems, PROGRAMME_17_CTR_TITLE } from './programme-17-ctr';
import { planRegisterTasks } from './register-tasks';
import type { SourceDocument } from './wording';
import { emptyCounts, writePlannedTask, writeProgramme, type TaskCounts } from './write-tasks';

/**
 * Creates the demo's tasks. `partialRegister`: the register holds only its
 * start (the determinism test); the tasks of documents it lacks are skipped.
 */
export async function seedDemoTasks(
  ctx: AppContext,
  opts: {
    rng: Rng;
    leaders: Leaders;
    progress: (message: string) => void;
    partialRegister?: boolean;
  },
): Promise<TaskCounts> {
  const { leaders, rng } = opts;
  const q = ctx.db.q;
  const cal = await loadWorkingCalendar(q);
  const moveRecurrence = await getSetting(q, 'recurrenceMoveToPreviousWorkingDay');
  const leaderNames = new Map<number, string>([
    [leaders.chair.id, leaders.chair.name],
    ...Object.values(leaders.vice).map((v) => [v.id, v.name] as [number, string]),
  ]);
  const replay = { ctx, leaderNames, counts: emptyCounts() };
  const docs = await loadOutgoing(ctx);
  const find = (pred: (d: SourceDocument) => boolean, what: string) => {
    const doc = docs.find(pred);
    if (!doc && !opts.partialRegister)
      throw new Error(`demo tasks: ${what} missing from the register`);
    return doc;
  };

  opts.progress('Đang giao nhiệm vụ theo Chương trình hành động 17-CTr/TU…');
  const ctr17 = await q
    .selectFrom('documents')
    .select(['id', 'issue_date'])
    .where('direction', '=', 'external')
    .where('number_symbol', '=', '17-CTr/TU')
    .executeTakeFirstOrThrow();
  await writeProgramme(
    replay,
    { documentId: ctr17.id, title: PROGRAMME_17_CTR_TITLE, assignedOn: ctr17.issue_date ?? '' },
    plan17CtrItems(rng.fork('17-CTr/TU'), cal, leaders),
  );

  const workProgramme = find(
    (d) => d.typeKey === 'CTR' && d.summary === MASTER_PLAN_SOURCE_SUMMARY,
    'the 2023 work programme',
  );
  if (workProgramme) {
    const result = docs.find((d) => d.numberSymbol === MASTER_PLAN_RESULT);
    if (!result && !opts.partialRegister) throw new Error('demo tasks: 40/TTr-UBND missing');
    await writePlannedTask(
      replay,
      planMasterPlan(
        leaders,
        { id: workProgramme.id, issueDate: workProgramme.issueDate },
        result?.id,
      ),
    );
  }

  const partBSource = find(
    (d) => d.typeKey === 'CTR' && d.summary === PART_B_SOURCE_SUMMARY,
    'the programme of the last 6 months',
  );
  if (partBSource)
    await writeProgramme(
      replay,
      {
        documentId: partBSource.id,
        title: PART_B_PROGRAMME_TITLE,
        assignedOn: partBSource.issueDate,
      },
      planPartB(leaders, partBSource.id, partBSource.issueDate),
    );

  const plan = planRegisterTasks(
    { rng: rng.fork('register'), cal, leaders, moveRecurrence },
    docs.filter((d) => d.id !== partBSource?.id),
  );
  opts.progress(`Đang giao ${plan.length} nhiệm vụ theo văn bản của UBND tỉnh…`);
  for (const [i, p] of plan.entries()) {
    await writePlannedTask(replay, p);
    if ((i + 1) % 250 === 0) opts.progress(`Đã giao ${i + 1}/${plan.length} nhiệm vụ…`);
  }
  return replay.counts;
}

/** The UBND's outgoing register, in issuing order, as the planner reads it. */
async function loadOutgoing(ctx: AppContext): Promise<SourceDocument[]> {
  const rows = await ctx.db.q
    .selectFrom('documents as d')
    .innerJoin('units as r', 'r.id', 'd.register_unit_id')
    .select([
      'd.id',
      'd.type_key',
      'd.regime',
      'd.number_symbol',
      'd.issue_date',
      'd.summary',
      'd.recipients',
      'd.signer_person_id',
      'd.issuer_capacity',
      'd.urgency',
    ])
    .where('d.direction', '=', 'outgoing')
    .where('r.code', '=', 'BP.UBND')
    .orderBy('d.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    typeKey: r.type_key,
    regime: r.regime,
    numberSymbol: r.number_symbol ?? '',
    issueDate: r.issue_date ?? '',
    summary: r.summary,
    recipients: JSON.parse(r.recipients) as string[],
    signerId: r.signer_person_id,
    issuerCapacity: r.issuer_capacity,
    urgency: r.urgency,
  }));
}
