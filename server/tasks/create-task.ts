import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { getSetting } from '../platform/settings';
import {
  localDateSchema,
  optionalTextSchema,
  parseInput,
  textSchema,
} from '../platform/validation';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { resolveUnit, type UnitRow } from '../organisation/unit-queries';
import { defaultProvincialCommittee } from '../organisation/province';
import { loadWorkingCalendar } from '../calendar/load-working-calendar';
import { searchText } from '../../shared/vi/text';
import {
  recurrenceDeadlines,
  validateRecurrence,
  type Recurrence,
} from '../../shared/tasks/recurrence';
import { PRIORITIES, TASK_SOURCES, type AssignmentRole } from './tables';
import { addTaskEvent, officeUnit, taskView } from './task-context';
import type { TaskView } from './task-view';

const unitRef = z.union([z.number().int().positive(), z.string().trim().min(1).max(300)]);
const personRef = z.union([z.number().int().positive(), z.string().trim().min(1).max(120)]);

const recurrenceSchema = z.discriminatedUnion('freq', [
  z
    .object({
      freq: z.literal('monthly'),
      day: z.number().int(),
      interval: z.number().int().optional(),
    })
    .strict(),
  z
    .object({
      freq: z.literal('quarterly'),
      monthOfQuarter: z.number().int(),
      day: z.number().int(),
    })
    .strict(),
  z
    .object({
      freq: z.literal('half_yearly'),
      monthOfHalf: z.number().int(),
      day: z.number().int(),
    })
    .strict(),
  z.object({ freq: z.literal('yearly'), month: z.number().int(), day: z.number().int() }).strict(),
  z.object({ freq: z.literal('weekly'), weekday: z.number().int() }).strict(),
]);

/** How many future occurrences of a periodic duty are kept generated. */
export const RECURRENCE_HORIZON = 12;

/** Input of createTask. */
export const createTaskInput = z
  .object({
    sourceKind: z.enum(TASK_SOURCES).default('manual'),
    /** The document the task comes from (a register entry). */
    sourceDocumentId: z.number().int().positive().nullish(),
    /** Item label within the source ("B.2", "(3)", "1.a"). */
    itemLabel: optionalTextSchema(40),
    parentId: z.number().int().positive().nullish(),
    content: textSchema(4000),
    /** Sản phẩm: the expected output (tờ trình, báo cáo, quyết định…). */
    expectedOutput: optionalTextSchema(500),
    /** The assigning authority; defaults to the province's UBND. */
    assigningUnit: unitRef.optional(),
    assignedBy: z.number().int().positive().nullish(),
    /** Leader in charge (a Phó Chủ tịch). */
    leader: personRef.nullish(),
    /** Đơn vị chủ trì: exactly one, unless the instruction is addressed to several units. */
    leadUnit: unitRef.nullish(),
    coordinatingUnits: z.array(unitRef).max(100).default([]),
    followers: z.array(unitRef).max(100).default([]),
    /** Units an instruction is addressed to with no chủ trì ("Giao UBND các huyện…"): one child each. */
    addressees: z.array(unitRef).max(200).default([]),
    /** Null: a standing task (thường xuyên). */
    deadline: localDateSchema.nullish(),
    assignedOn: localDateSchema.optional(),
    priority: z.enum(PRIORITIES).default('normal'),
    /** A periodic duty: its deadlines are generated from the rule. */
    recurrence: recurrenceSchema.nullish(),
  })
  .strict();

export type CreateTaskInput = z.input<typeof createTaskInput>;
type Data = z.output<typeof createTaskInput>;

/**
 * Records an assigned task with exactly one lead unit (chủ trì), its
 * coordinating units (phối hợp) and followers (theo dõi). An instruction
 * addressed to several units with no chủ trì becomes a parent task led by the
 * Văn phòng UBND with one child per addressee, each led by it. A periodic
 * duty becomes a series whose next occurrences are generated. Returns the
 * task (the parent or series when split).
 */
export async function createTask(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: CreateTaskInput },
): Promise<TaskView> {
  const data = parseInput(createTaskInput, input);
  if (data.recurrence) {
    const reason = validateRecurrence(data.recurrence);
    if (reason)
      throw new AppError('TASK_RECURRENCE_INVALID', { field: 'recurrence', params: { reason } });
  }
  const id = await ctx.db.write((tx) => insertTaskTree(ctx, tx, actor, data));
  return taskView(ctx, ctx.db.q, id);
}

/** Creates the task (or its parent and children) inside a transaction; returns the top task's id. */
export async function insertTaskTree(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  data: Data,
  opts: { authorized?: boolean } = {},
): Promise<number> {
  const today = ctx.clock.today();
  const source = data.sourceDocumentId
    ? await tx
        .selectFrom('documents')
        .select(['id', 'issue_date', 'number_symbol'])
        .where('id', '=', data.sourceDocumentId)
        .executeTakeFirst()
    : null;
  if (data.sourceDocumentId && !source) {
    throw new AppError('NOT_FOUND', {
      field: 'sourceDocumentId',
      params: { entity: 'văn bản', id: data.sourceDocumentId },
    });
  }
  const assignedOn = data.assignedOn ?? source?.issue_date ?? today;
  if (data.deadline && source?.issue_date && data.deadline < source.issue_date) {
    throw new AppError('TASK_DEADLINE_BEFORE_SOURCE', {
      field: 'deadline',
      params: { deadline: data.deadline, sourceDate: source.issue_date },
    });
  }
  if (data.deadline && data.deadline < assignedOn) {
    throw new AppError('TASK_DEADLINE_BEFORE_SOURCE', {
      field: 'deadline',
      params: { deadline: data.deadline, sourceDate: assignedOn },
    });
  }
  const at = { asOf: assignedOn };
  const assigning = data.assigningUnit
    ? await resolveUnit(tx, data.assigningUnit, { ...at, field: 'assigningUnit' })
    : await defaultProvincialCommittee(tx, assignedOn);
  // A caller that already authorised a narrower action (a leader's direction) skips this check.
  if (!opts.authorized) authorize(actor, 'task.manage', { unitPaths: [assigning.path] });
  const leaderId = await resolvePerson(tx, data.leader, 'leader');
  const lead = data.leadUnit
    ? await resolveUnit(tx, data.leadUnit, { ...at, field: 'leadUnit' })
    : null;
  const addressees = await resolveAll(tx, data.addressees, 'addressees', assignedOn);
  const coordinating = await resolveAll(
    tx,
    data.coordinatingUnits,
    'coordinatingUnits',
    assignedOn,
  );
  const followers = await resolveAll(tx, data.followers, 'followers', assignedOn);
  if (lead && addressees.length > 0) {
    throw new AppError('TASK_LEAD_REQUIRED', {
      field: 'leadUnit',
      params: { count: 1 + addressees.length },
    });
  }
  const singleLead = lead ?? (addressees.length === 1 ? addressees[0] : undefined) ?? null;
  if (!singleLead && addressees.length === 0)
    throw new AppError('TASK_LEAD_REQUIRED', { field: 'leadUnit', params: { count: 0 } });

  const base = {
    source_kind: data.sourceKind === 'manual' && source ? ('document' as const) : data.sourceKind,
    source_document_id: source?.id ?? null,
    source_item_label: data.itemLabel,
    expected_output: data.expectedOutput,
    assigning_unit_id: assigning.id,
    assigned_by_person_id: data.assignedBy ?? null,
    leader_person_id: leaderId,
    priority: data.priority,
    assigned_on: assignedOn,
  };
  const insert = async (o: {
    content: string;
    leadUnit: number;
    parentId: number | null;
    deadline: string | null;
    coordinating: UnitRow[];
    followers: UnitRow[];
    recurrence?: string | null;
    seriesId?: number | null;
    occurrence?: number | null;
  }) => {
    checkDistinct(o.leadUnit, o.coordinating, o.followers);
    const now = ctx.clock.now().toISOString();
    const { id } = await tx
      .insertInto('tasks')
      .values({
        ...base,
        parent_id: o.parentId,
        content: o.content,
        lead_unit_id: o.leadUnit,
        deadline: o.deadline,
        extended_deadline: null,
        extension_approved_on: null,
        completed_on: null,
        completion_document_id: null,
        first_completed_on: null,
        reopened_on: null,
        awaiting_body: null,
        submitted_on: null,
        recurrence: o.recurrence ?? null,
        series_id: o.seriesId ?? null,
        occurrence: o.occurrence ?? null,
        search_text: searchText(
          o.content,
          data.expectedOutput,
          data.itemLabel,
          source?.number_symbol,
        ),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const rows: Array<{ unit: number; role: AssignmentRole }> = [
      { unit: o.leadUnit, role: 'lead' },
      ...o.coordinating.map((u) => ({ unit: u.id, role: 'coordinate' as const })),
      ...o.followers.map((u) => ({ unit: u.id, role: 'follow' as const })),
    ];
    await tx
      .insertInto('task_assignments')
      .values(rows.map((r) => ({ task_id: id, unit_id: r.unit, role: r.role })))
      .execute();
    await addTaskEvent(tx, {
      taskId: id,
      kind: 'created',
      onDate: assignedOn,
      at: ctx.systemNow(),
      actor,
    });
    return id;
  };

  let topId: number;
  if (singleLead && data.recurrence) {
    topId = await insert({
      content: data.content,
      leadUnit: singleLead.id,
      parentId: data.parentId ?? null,
      deadline: null,
      coordinating,
      followers,
      recurrence: JSON.stringify(data.recurrence),
    });
    await extendSeries(ctx, tx, topId, data.recurrence, assignedOn, insert, {
      leadUnit: singleLead.id,
      coordinating,
      followers,
      content: data.content,
    });
  } else if (singleLead) {
    topId = await insert({
      content: data.content,
      leadUnit: singleLead.id,
      parentId: data.parentId ?? null,
      deadline: data.deadline ?? null,
      coordinating,
      followers,
    });
  } else {
    const office = await officeUnit(tx, assignedOn);
    topId = await insert({
      content: data.content,
      leadUnit: office.id,
      parentId: data.parentId ?? null,
      deadline: data.deadline ?? null,
      coordinating: [],
      followers,
    });
    for (const unit of addressees) {
      await insert({
        content: data.content,
        leadUnit: unit.id,
        parentId: topId,
        deadline: data.deadline ?? null,
        coordinating,
        followers: [],
      });
    }
  }
  await recordAudit(tx, ctx.systemNow(), {
    actor,
    action: 'task.create',
    entity: 'task',
    entityId: topId,
    after: {
      content: data.content,
      leadUnit: singleLead?.id ?? null,
      addressees: addressees.map((u) => u.id),
      deadline: data.deadline ?? null,
      sourceDocumentId: source?.id ?? null,
    },
  });
  return topId;
}

type Inserter = (o: {
  content: string;
  leadUnit: number;
  parentId: number | null;
  deadline: string | null;
  coordinating: UnitRow[];
  followers: UnitRow[];
  seriesId?: number | null;
  occurrence?: number | null;
}) => Promise<number>;

/** Generates the occurrences of a periodic duty up to RECURRENCE_HORIZON ahead. */
async function extendSeries(
  ctx: AppContext,
  tx: Tx,
  seriesId: number,
  rule: Recurrence,
  from: string,
  insert: Inserter,
  shape: { leadUnit: number; coordinating: UnitRow[]; followers: UnitRow[]; content: string },
): Promise<void> {
  const calendar = await loadWorkingCalendar(tx);
  const move = await getSetting(tx, 'recurrenceMoveToPreviousWorkingDay');
  const dates = recurrenceDeadlines(rule, from, RECURRENCE_HORIZON, {
    isWorkingDay: (d) => calendar.isWorkingDay(d),
    moveToPreviousWorkingDay: move,
  });
  let occurrence = 0;
  for (const deadline of dates) {
    occurrence += 1;
    await insert({ ...shape, parentId: seriesId, deadline, seriesId, occurrence });
  }
}

function checkDistinct(lead: number, coordinating: UnitRow[], followers: UnitRow[]): void {
  const seen = new Set<number>([lead]);
  for (const u of [...coordinating, ...followers]) {
    if (seen.has(u.id))
      throw new AppError('TASK_UNIT_TWICE', {
        field: 'coordinatingUnits',
        params: { unit: u.name },
      });
    seen.add(u.id);
  }
}

async function resolveAll(
  tx: Tx,
  refs: ReadonlyArray<string | number>,
  field: string,
  asOf: string,
): Promise<UnitRow[]> {
  const out: UnitRow[] = [];
  for (const [i, ref] of refs.entries())
    out.push(await resolveUnit(tx, ref, { asOf, field: `${field}.${i}` }));
  return out;
}

async function resolvePerson(
  tx: Tx,
  ref: number | string | null | undefined,
  field: string,
): Promise<number | null> {
  if (ref === null || ref === undefined) return null;
  if (typeof ref === 'number') {
    const p = await tx.selectFrom('people').select('id').where('id', '=', ref).executeTakeFirst();
    if (!p) throw new AppError('UNKNOWN_PERSON', { field, params: { value: ref } });
    return p.id;
  }
  const { searchPeople } = await import('../organisation/people');
  const found = await searchPeople(tx, ref, 5);
  if (found.length !== 1 || !found[0])
    throw new AppError('UNKNOWN_PERSON', { field, params: { value: ref } });
  return found[0].id;
}
