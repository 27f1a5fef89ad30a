/**
 * `dieuhanh demo --scale`: synthetic provinces for benchmarks — a province of
 * 20 000 tasks, or ten of them — next to the demo or on an empty database.
 * The organisation and the leaders go through the use cases (a few dozen
 * rows); the documents and tasks are bulk-inserted in chunked multi-row
 * statements, one transaction per batch, in the shape the use cases write
 * (numbered register entries with their series, search_text, assignments,
 * the task timeline's events, extensions and urgings). Deterministic.
 */
import type { Insertable } from 'kysely';
import type { AppContext } from '../../platform/context';
import { SYSTEM_ACTOR } from '../../platform/actor';
import type { Tx } from '../../platform/db/database';
import type { Database } from '../../platform/db/schema';
import { recordAudit } from '../../audit/record-audit';
import { createUnit } from '../../organisation/create-unit';
import { appointPosition, createPerson } from '../../organisation/people';
import { loadWorkingCalendar } from '../../calendar/load-working-calendar';
import { documentSearchText } from '../../documents/entry-helpers';
import type { WorkingCalendar } from '../../../shared/calendar/working-days';
import { formatShortDate } from '../../../shared/vi/date';
import { searchText } from '../../../shared/vi/text';
import {
  formatSymbol,
  formatSymbolCode,
  symbolKey,
  type DocumentSymbol,
} from '../../../shared/documents/symbol';
import { createRng, type Rng } from '../binh-phuoc/random';
import { nameGenerator } from '../binh-phuoc/people';
import { workingDays } from '../binh-phuoc/schedule';
import { advanceIdSequences, insertChunked, nextId } from './bulk';
import {
  documentSummary,
  SCALE_AGENCIES,
  SCALE_DISTRICT_COUNT,
  SCALE_DOC_TYPES,
  SCALE_FIRST_DAY,
  taskDates,
  taskWording,
} from './synthetic-data';

/** The root all synthetic provinces hang under, so one scope sees them all. */
export const SCALE_ROOT_CODE = 'SCALE';
/** Tasks of one synthetic province (`--scale province`). */
export const TASKS_PER_PROVINCE = 20_000;
/** Tasks written per transaction. */
const BATCH_TASKS = 5_000;
/** The last day documents are dated. */
const LAST_DOCUMENT_DAY = '2023-07-07';

/** What to generate. */
export interface ScaleOptions {
  provinces: number;
  tasksPerProvince: number;
  /** Called after every batch with the tasks written so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

/** What was generated. */
export interface ScaleSummary {
  provinces: string[];
  documents: number;
  tasks: number;
  assignments: number;
  events: number;
  extensions: number;
  urgings: number;
}

/** A synthetic province's units and leaders. */
interface Province {
  code: string;
  committeeId: number;
  committeeName: string;
  officeId: number;
  leadIds: number[];
  districtIds: number[];
  viceIds: number[];
  viceNames: string[];
}

/** Generates `provinces` synthetic provinces of `tasksPerProvince` tasks each. */
export async function generateScale(ctx: AppContext, opts: ScaleOptions): Promise<ScaleSummary> {
  const cal = await loadWorkingCalendar(ctx.db.q);
  const rootId = await ensureRoot(ctx);
  const start = await nextProvinceNumber(ctx, rootId);
  const summary: ScaleSummary = {
    provinces: [],
    documents: 0,
    tasks: 0,
    assignments: 0,
    events: 0,
    extensions: 0,
    urgings: 0,
  };
  const total = opts.provinces * opts.tasksPerProvince;
  opts.onProgress?.(0, total);
  for (let i = 0; i < opts.provinces; i += 1) {
    const code = `S${String(start + i).padStart(2, '0')}`;
    const rng = createRng(`dieuhanh-scale/${code}`);
    const province = await createProvince(ctx, rootId, code, rng.fork('people'));
    await writeProvinceData(
      ctx,
      cal,
      province,
      rng.fork('data'),
      opts.tasksPerProvince,
      summary,
      () => opts.onProgress?.(summary.tasks, total),
    );
    summary.provinces.push(code);
    await ctx.db.write((tx) =>
      recordAudit(tx, ctx.systemNow(), {
        actor: { kind: 'system', name: 'demo' },
        action: 'demo.scale_province',
        entity: 'unit',
        entityId: province.code,
        details: { tasks: opts.tasksPerProvince },
      }),
    );
  }
  return summary;
}

async function ensureRoot(ctx: AppContext): Promise<number> {
  const existing = await ctx.db.q
    .selectFrom('units')
    .select('id')
    .where('code', '=', SCALE_ROOT_CODE)
    .executeTakeFirst();
  if (existing) return existing.id;
  const root = await createUnit(ctx, {
    actor: SYSTEM_ACTOR,
    input: {
      code: SCALE_ROOT_CODE,
      kind: 'national_root',
      parent: null,
      name: 'Dữ liệu mô phỏng (đo hiệu năng)',
      validFrom: '2000-01-01',
      sortOrder: 9_000,
    },
  });
  return root.id;
}

/** Provinces S01, S02… continue after those already generated. */
async function nextProvinceNumber(ctx: AppContext, rootId: number): Promise<number> {
  const rows = await ctx.db.q
    .selectFrom('units')
    .select('code')
    .where('parent_id', '=', rootId)
    .execute();
  const numbers = rows.map((r) => Number(/^S(\d+)$/.exec(r.code)?.[1] ?? 0));
  return Math.max(0, ...numbers) + 1;
}

async function createProvince(
  ctx: AppContext,
  rootId: number,
  code: string,
  rng: Rng,
): Promise<Province> {
  return ctx.db.write(async () => {
    const unit = async (
      c: string,
      kind: 'province' | 'provincial_committee' | 'agency' | 'district_committee',
      parent: number,
      name: string,
      symbolCode?: string,
    ) =>
      (
        await createUnit(ctx, {
          actor: SYSTEM_ACTOR,
          input: {
            code: c,
            kind,
            parent,
            name,
            ...(symbolCode ? { symbolCode } : {}),
            validFrom: '2020-01-01',
          },
        })
      ).id;
    const provinceId = await unit(code, 'province', rootId, `Tỉnh mô phỏng ${code}`);
    const committeeName = `Ủy ban nhân dân tỉnh mô phỏng ${code}`;
    const committeeId = await unit(
      `${code}.UBND`,
      'provincial_committee',
      provinceId,
      committeeName,
      'UBND',
    );
    const leadIds: number[] = [];
    let officeId = 0;
    for (const a of SCALE_AGENCIES) {
      const id = await unit(`${code}.${a.key}`, 'agency', committeeId, a.name, a.symbolCode);
      if (a.key === 'VPUBND') officeId = id;
      else leadIds.push(id);
    }
    const districtIds: number[] = [];
    for (let d = 1; d <= SCALE_DISTRICT_COUNT; d += 1) {
      const n = String(d).padStart(2, '0');
      districtIds.push(
        await unit(
          `${code}.H${n}`,
          'district_committee',
          committeeId,
          `UBND huyện số ${n} (${code})`,
          'UBND',
        ),
      );
    }
    const invent = nameGenerator(rng, []);
    const appoint = async (title: string, rank: 'head' | 'deputy') => {
      const person = await createPerson(ctx, {
        actor: SYSTEM_ACTOR,
        input: { fullName: invent() },
      });
      await appointPosition(ctx, {
        actor: SYSTEM_ACTOR,
        input: { personId: person.id, unit: committeeId, title, rank, validFrom: '2020-01-01' },
      });
      return person;
    };
    await appoint('Chủ tịch UBND tỉnh', 'head');
    const vices = [];
    for (let v = 0; v < 4; v += 1) vices.push(await appoint('Phó Chủ tịch UBND tỉnh', 'deputy'));
    return {
      code,
      committeeId,
      committeeName,
      officeId,
      leadIds: [...leadIds, ...districtIds],
      districtIds,
      viceIds: vices.map((v) => v.id),
      viceNames: vices.map((v) => v.fullName),
    };
  });
}

type Row<T extends keyof Database> = Insertable<Database[T]>;

/** Rows of one batch. */
interface Batch {
  documents: Row<'documents'>[];
  tasks: Row<'tasks'>[];
  assignments: Row<'task_assignments'>[];
  events: Row<'task_events'>[];
  extensions: Row<'task_extensions'>[];
  urgings: Row<'task_urgings'>[];
}

function emptyBatch(): Batch {
  return { documents: [], tasks: [], assignments: [], events: [], extensions: [], urgings: [] };
}

/** 9:00 in the province (UTC+7) on a local date, as the use cases stamp their rows. */
function instant(date: string): string {
  return `${date}T02:00:00.000Z`;
}

function pickType(rng: Rng): (typeof SCALE_DOC_TYPES)[number] {
  let r = rng.next();
  for (const t of SCALE_DOC_TYPES) {
    r -= t.share;
    if (r < 0) return t;
  }
  return SCALE_DOC_TYPES[0] as (typeof SCALE_DOC_TYPES)[number];
}

/** The expected tasks per document of the mix below (1–3 tasks, or an instruction to several districts). */
const TASKS_PER_DOCUMENT = 2.3;

async function writeProvinceData(
  ctx: AppContext,
  cal: WorkingCalendar,
  p: Province,
  rng: Rng,
  taskCount: number,
  summary: ScaleSummary,
  onBatch: () => void,
): Promise<void> {
  const days = workingDays(cal, SCALE_FIRST_DAY, LAST_DOCUMENT_DAY);
  const documentCount = Math.ceil(taskCount / TASKS_PER_DOCUMENT) + 1;
  const numbers = new Map<string, number>();
  let docIndex = 0;
  let written = 0;
  while (written < taskCount) {
    await ctx.db.write(async (tx) => {
      let docId = await nextId(tx, 'documents');
      let taskId = await nextId(tx, 'tasks');
      let assignmentId = await nextId(tx, 'task_assignments');
      const b = emptyBatch();
      const limit = Math.min(taskCount, written + BATCH_TASKS);
      while (written < limit) {
        const date =
          days[Math.min(days.length - 1, Math.floor((docIndex * days.length) / documentCount))] ??
          LAST_DOCUMENT_DAY;
        docIndex += 1;
        const doc = documentRow(rng, p, date, numbers, docId);
        b.documents.push(doc.row);
        const citation = `${doc.typeName} số ${doc.numberSymbol} ngày ${formatShortDate(date)} của UBND tỉnh`;
        const split = rng.chance(0.05) && limit - written >= 4;
        const addTask = (lead: number, parent: number | null, counted: boolean) => {
          const id = taskId;
          taskId += 1;
          const words = taskWording(rng, citation);
          const dates = counted
            ? taskDates(rng, cal, date)
            : { ...taskDates(rng, cal, date), completedOn: null, progress: 0, urgedOn: null };
          const leader = rng.int(0, p.viceIds.length - 1);
          pushTask(b, {
            id,
            parent,
            documentId: doc.row.id as number,
            numberSymbol: doc.numberSymbol,
            committeeId: p.committeeId,
            leaderId: p.viceIds[leader] ?? null,
            leaderName: p.viceNames[leader] ?? 'Phó Chủ tịch',
            lead,
            coordinating:
              counted && rng.chance(0.4) ? [rng.pick(p.leadIds.filter((u) => u !== lead))] : [],
            assignedOn: date,
            words,
            dates,
            nextAssignmentId: () => assignmentId++,
          });
          written += 1;
          return id;
        };
        if (split) {
          const parent = addTask(p.officeId, null, false);
          const n = Math.min(limit - written, rng.int(3, SCALE_DISTRICT_COUNT));
          for (const d of rng.sample(p.districtIds, n)) addTask(d, parent, true);
        } else {
          const n = Math.min(limit - written, rng.pick([1, 1, 2, 2, 3]));
          for (let k = 0; k < n; k += 1) addTask(rng.pick(p.leadIds), null, true);
        }
        docId += 1;
      }
      await insertBatch(ctx, tx, b, p.committeeId, numbers);
      summary.documents += b.documents.length;
      summary.tasks += b.tasks.length;
      summary.assignments += b.assignments.length;
      summary.events += b.events.length;
      summary.extensions += b.extensions.length;
      summary.urgings += b.urgings.length;
    });
    onBatch();
  }
}

function documentRow(
  rng: Rng,
  p: Province,
  date: string,
  numbers: Map<string, number>,
  id: number,
): { row: Row<'documents'>; numberSymbol: string; typeName: string } {
  const type = pickType(rng);
  const year = Number(date.slice(0, 4));
  const key = `admin:${type.key}|${year}`;
  const number = (numbers.get(key) ?? 0) + 1;
  numbers.set(key, number);
  const symbol: DocumentSymbol =
    type.code === ''
      ? {
          style: 'state',
          number,
          issuerCode: 'UBND',
          fieldCode: rng.pick(['KT', 'VX', 'NC', 'TH']),
        }
      : { style: 'state', number, typeCode: type.code, issuerCode: 'UBND' };
  const numberSymbol = formatSymbol(symbol);
  const summary = documentSummary(rng, type.key, year);
  const vice = rng.int(0, p.viceNames.length - 1);
  const signer = p.viceNames[vice] ?? null;
  return {
    numberSymbol,
    typeName: type.name,
    row: {
      id,
      register_unit_id: p.committeeId,
      direction: 'outgoing',
      regime: 'state_admin',
      type_key: type.key,
      status: 'active',
      number,
      symbol_code: formatSymbolCode(symbol),
      number_symbol: numberSymbol,
      number_symbol_key: symbolKey(numberSymbol),
      series_key: `admin:${type.key}`,
      series_year: year,
      title: null,
      summary,
      issue_date: date,
      issuer_unit_id: p.committeeId,
      issuer_name: p.committeeName,
      issuer_key: `unit:${p.committeeId}`,
      issuer_capacity: 'body',
      signer_person_id: p.viceIds[vice] ?? null,
      signer_name: signer,
      signer_title: 'Phó Chủ tịch',
      signing_authority: 'KT',
      recipients: JSON.stringify(['Các sở, ban, ngành tỉnh', 'CT, PCT UBND tỉnh', 'Lưu: VT']),
      urgency: 'normal',
      secrecy: 'none',
      content: null,
      arrival_number: null,
      arrival_date: null,
      handling_unit_id: null,
      handling_deadline: null,
      handled_on: null,
      effective_from: null,
      effective_to: null,
      validity: null,
      page_count: rng.int(1, 6),
      copy_count: null,
      notes: null,
      search_text: documentSearchText({
        numberSymbol,
        summary,
        issuerName: p.committeeName,
        signerName: signer,
        typeName: type.name,
        tags: [],
      }),
      created_at: instant(date),
      updated_at: instant(date),
    },
  };
}

function pushTask(
  b: Batch,
  t: {
    id: number;
    parent: number | null;
    documentId: number;
    numberSymbol: string;
    committeeId: number;
    leaderId: number | null;
    leaderName: string;
    lead: number;
    coordinating: number[];
    assignedOn: string;
    words: { content: string; expectedOutput: string | null };
    dates: ReturnType<typeof taskDates>;
    nextAssignmentId: () => number;
  },
): void {
  const d = t.dates;
  const event = (kind: string, on: string, actor: string, details: unknown = null) =>
    b.events.push({
      task_id: t.id,
      kind,
      on_date: on,
      at: instant(on),
      actor_name: actor,
      details: details === null ? null : JSON.stringify(details),
    });
  event('created', t.assignedOn, 'system');
  let version = 1;
  let last = t.assignedOn;
  if (d.extensionApprovedOn && d.extendedDeadline) {
    b.extensions.push({
      task_id: t.id,
      requested_on: d.extensionApprovedOn,
      requested_deadline: d.extendedDeadline,
      reason: 'Cần thêm thời gian lấy ý kiến các cơ quan liên quan.',
      status: 'approved',
      requested_by_user_id: null,
      forwarded_by_user_id: null,
      forwarded_on: d.extensionApprovedOn,
      decided_by_user_id: null,
      decided_on: d.extensionApprovedOn,
      decision_note: null,
      approving_document_id: null,
      created_at: instant(d.extensionApprovedOn),
      version: 2,
    });
    event('extension_requested', d.extensionApprovedOn, 'system');
    event('extension_approved', d.extensionApprovedOn, t.leaderName, {
      deadline: d.extendedDeadline,
    });
    version += 1;
    last = d.extensionApprovedOn;
  }
  const leadAssignment = t.nextAssignmentId();
  if (d.urgedOn) {
    b.urgings.push({
      task_id: t.id,
      assignment_id: leadAssignment,
      kind: 'nhac_nho',
      attempt: 1,
      message: 'Đề nghị khẩn trương thực hiện nhiệm vụ được giao, báo cáo kết quả về UBND tỉnh.',
      sent_by_user_id: null,
      sent_by_name: 'Văn phòng UBND tỉnh',
      sent_on: d.urgedOn,
      sent_at: instant(d.urgedOn),
      addressed_to_person_id: null,
      addressed_to_name: null,
      created_at: instant(d.urgedOn),
    });
    event('urged', d.urgedOn, 'Văn phòng UBND tỉnh', { kind: 'nhac_nho', attempt: 1 });
    if (d.urgedOn > last) last = d.urgedOn;
  }
  const completion = d.completedOn ?? d.firstCompletedOn;
  if (completion) {
    event('completed', completion, 'Văn phòng UBND tỉnh', { resultDocumentId: null });
    version += 1;
    if (completion > last) last = completion;
  }
  if (d.reopenedOn) {
    event('reopened', d.reopenedOn, 'system', { previousCompletion: d.firstCompletedOn });
    version += 1;
    if (d.reopenedOn > last) last = d.reopenedOn;
  }
  b.tasks.push({
    id: t.id,
    kind: 'task',
    parent_id: t.parent,
    source_kind: 'document',
    source_document_id: t.documentId,
    source_item_label: null,
    content: t.words.content,
    expected_output: t.words.expectedOutput,
    assigning_unit_id: t.committeeId,
    assigned_by_person_id: null,
    leader_person_id: t.leaderId,
    lead_unit_id: t.lead,
    priority: 'normal',
    assigned_on: t.assignedOn,
    deadline: d.deadline,
    extended_deadline: d.extendedDeadline,
    extension_approved_on: d.extensionApprovedOn,
    completed_on: d.completedOn,
    completion_document_id: null,
    first_completed_on: d.firstCompletedOn,
    reopened_on: d.reopenedOn,
    awaiting_body: null,
    submitted_on: null,
    progress_percent: d.progress,
    recurrence: null,
    series_id: null,
    occurrence: null,
    search_text: searchText(t.words.content, t.words.expectedOutput, null, t.numberSymbol),
    created_at: instant(t.assignedOn),
    updated_at: instant(last),
    version,
  });
  b.assignments.push({
    id: leadAssignment,
    task_id: t.id,
    unit_id: t.lead,
    role: 'lead',
    progress_percent: d.progress,
    last_progress_on: d.progress > 0 ? (completion ?? last) : null,
  });
  for (const c of t.coordinating)
    b.assignments.push({
      id: t.nextAssignmentId(),
      task_id: t.id,
      unit_id: c,
      role: 'coordinate',
      progress_percent: 0,
      last_progress_on: null,
    });
}

async function insertBatch(
  ctx: AppContext,
  tx: Tx,
  b: Batch,
  registerUnitId: number,
  numbers: ReadonlyMap<string, number>,
): Promise<void> {
  await insertChunked(tx, 'documents', b.documents);
  await insertChunked(tx, 'tasks', b.tasks);
  await insertChunked(tx, 'task_assignments', b.assignments);
  await insertChunked(tx, 'task_events', b.events);
  await insertChunked(tx, 'task_extensions', b.extensions);
  await insertChunked(tx, 'task_urgings', b.urgings);
  // The register's counters follow the numbers given, so issuing continues after them.
  for (const [key, last] of numbers) {
    const [seriesKey = '', year = '0'] = key.split('|');
    await tx
      .insertInto('number_series')
      .values({
        register_unit_id: registerUnitId,
        series_key: seriesKey,
        year: Number(year),
        last_number: last,
      })
      .onConflict((oc) =>
        oc.columns(['register_unit_id', 'series_key', 'year']).doUpdateSet({ last_number: last }),
      )
      .execute();
  }
  await advanceIdSequences(ctx.db, tx, ['documents', 'tasks', 'task_assignments']);
}
