import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import {
  localDateSchema,
  optionalTextSchema,
  parseInput,
  textSchema,
} from '../platform/validation';
import { authorize } from '../access/policy';
import { recordAudit } from '../audit/record-audit';
import { resolveUnit } from '../organisation/unit-queries';
import { defaultProvincialCommittee } from '../organisation/province';
import { viFold } from '../../shared/vi/text';
import { CASE_CLASSIFICATIONS } from '../../shared/citizens/case-number';
import {
  admitComplaint,
  admitSecondInstance,
  type Admission,
} from '../../shared/citizens/complaint-admission';
import { startClock } from '../../shared/citizens/legal-clock';
import { VARIANTS, type StepKey, type Variant } from '../../shared/citizens/legal-limits';
import { loadLegalContext, type LegalContext } from './legal-context';
import { takeCaseNumber } from './case-numbering';
import { stepsOnReceipt } from './case-rules';
import { checkHandlers, provinceIdOf, resolveCaseUnit } from './case-units';
import { toCaseViews, type CaseView } from './case-view';
import { CASE_CHANNELS, CASE_PERSON_ROLES, COMPLAINT_INSTANCES, type CaseStatus } from './tables';

const unitRef = z.union([z.number().int().positive(), z.string().trim().min(1).max(300)]);

/** A protected person of a case: complainant, denouncer, petitioner or representative. */
export const casePersonInput = z
  .object({
    role: z.enum(CASE_PERSON_ROLES).optional(),
    fullName: optionalTextSchema(200),
    idNumber: optionalTextSchema(40),
    address: optionalTextSchema(500),
    phone: optionalTextSchema(40),
    email: optionalTextSchema(200),
  })
  .strict();

/** Input of receiveCase. */
export const receiveCaseInput = z
  .object({
    receivedOn: localDateSchema,
    channel: z.enum(CASE_CHANNELS),
    classification: z.enum(CASE_CLASSIFICATIONS),
    /** Thuộc thẩm quyền of the receiving body (default true). */
    competent: z.boolean().default(true),
    /** Complaints: lần đầu (default) or lần hai. */
    instance: z.enum(COMPLAINT_INSTANCES).nullish(),
    /** Complex, especially complex, remote area (vùng sâu, vùng xa)… */
    variant: z.enum(VARIANTS).default('normal'),
    /** First-instance complaints: the day the decision or act was received or became known. */
    knownOn: localDateSchema.nullish(),
    /** Why a complaint filed after the limit is still accepted (trở ngại khách quan). */
    lateReason: optionalTextSchema(1000),
    /** Second-instance complaints: the first-instance case handled here… */
    firstInstanceCaseId: z.number().int().positive().nullish(),
    /** …or the first-instance decision's date and limit when it was handled elsewhere. */
    firstInstanceDecidedOn: localDateSchema.nullish(),
    firstInstanceDueDate: localDateSchema.nullish(),
    receptionSessionId: z.number().int().positive().nullish(),
    /** Nội dung tóm tắt — no personal data here. */
    summary: textSchema(4000),
    /** Đoàn đông người: headcount (0 when one person). */
    groupHeadcount: z.number().int().min(0).max(100_000).default(0),
    /** The receiving body; default the UBND of the default province. */
    receivingUnit: unitRef.nullish(),
    /** The unit answerable for handling; can be given later. */
    unit: unitRef.nullish(),
    /** Users assigned to handle it: only they read the protected persons. */
    handlers: z.array(z.number().int().positive()).max(20).default([]),
    persons: z.array(casePersonInput).max(50).default([]),
  })
  .strict();
export type ReceiveCaseInput = z.input<typeof receiveCaseInput>;
type ReceiveCaseData = z.output<typeof receiveCaseInput>;

/**
 * Receives a case (tiếp nhận đơn) from any channel: numbers it in the day's
 * series of its province (`KN.20230614.0003`), checks the complaint's filing
 * period (90 days, Luật Khiếu nại Điều 9: a late one only with a recorded
 * reason) or a second-instance complaint's conditions (Điều 33), and starts
 * the legal clocks due on receipt, counted on the province's calendar. The
 * personal fields go to the protected table; the audit entry and the answer
 * carry none of them.
 */
export async function receiveCase(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: ReceiveCaseInput },
): Promise<CaseView> {
  const data = parseInput(receiveCaseInput, input);
  const today = ctx.clock.today();
  if (data.receivedOn > today)
    throw new AppError('CITIZEN_DATE_IN_FUTURE', {
      field: 'receivedOn',
      params: { value: data.receivedOn, today },
    });
  const instance = checkInstance(data);
  return ctx.db.write(async (tx) => {
    const legal = await loadLegalContext(tx);
    const receiving = data.receivingUnit
      ? await resolveUnit(tx, data.receivingUnit, { asOf: data.receivedOn, field: 'receivingUnit' })
      : await defaultProvincialCommittee(tx, data.receivedOn);
    const unit = data.unit
      ? await resolveCaseUnit(tx, data.unit, { asOf: today, field: 'unit' })
      : null;
    authorize(actor, 'citizen.manage', { unitPaths: [receiving.path] });
    const handlers = await checkHandlers(tx, data.handlers, 'handlers');
    if (data.receptionSessionId) await checkSession(tx, data.receptionSessionId);
    const admission = await admit(tx, data, instance, legal);
    const provinceUnitId = provinceIdOf(receiving);
    const { caseNumber } = await takeCaseNumber(tx, {
      provinceUnitId,
      classification: data.classification,
      receivedOn: data.receivedOn,
    });
    const now = ctx.clock.now().toISOString();
    const row = await tx
      .insertInto('citizen_cases')
      .values({
        case_number: caseNumber,
        province_unit_id: provinceUnitId,
        receiving_unit_id: receiving.id,
        unit_id: unit?.id ?? null,
        received_on: data.receivedOn,
        channel: data.channel,
        classification: data.classification,
        competent: data.competent ? 1 : 0,
        instance,
        variant: data.variant,
        known_on: data.classification === 'complaint' ? (data.knownOn ?? null) : null,
        late_reason: admission?.accepted && admission.late ? admission.lateReason : null,
        first_instance_case_id: data.firstInstanceCaseId ?? null,
        first_instance_decided_on: data.firstInstanceDecidedOn ?? null,
        reception_session_id: data.receptionSessionId ?? null,
        summary: data.summary,
        search_text: viFold(`${caseNumber} ${data.summary}`),
        group_headcount: data.groupHeadcount,
        status: 'open' satisfies CaseStatus,
        closed_on: null,
        outcome: null,
        persons_erased_on: null,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await startSteps(
      tx,
      row.id,
      stepsOnReceipt({ ...data, instance }),
      data.receivedOn,
      data.variant,
      legal,
      now,
    );
    if (handlers.length > 0)
      await tx
        .insertInto('citizen_case_handlers')
        .values(handlers.map((user_id) => ({ case_id: row.id, user_id, assigned_on: today })))
        .execute();
    const defaultRole =
      data.classification === 'complaint'
        ? 'complainant'
        : data.classification === 'denunciation'
          ? 'denouncer'
          : 'petitioner';
    if (data.persons.length > 0)
      await tx
        .insertInto('citizen_case_persons')
        .values(
          data.persons.map((p) => ({
            case_id: row.id,
            role: p.role ?? defaultRole,
            full_name: p.fullName,
            id_number: p.idNumber,
            address: p.address,
            phone: p.phone,
            email: p.email,
          })),
        )
        .execute();
    const [view] = await toCaseViews(tx, [row], legal, today);
    if (!view) throw new Error(`case ${row.id} vanished`);
    await recordAudit(tx, ctx.systemNow(), {
      actor,
      action: 'citizen_case.receive',
      entity: 'citizen_case',
      entityId: row.id,
      after: view,
    });
    return view;
  });
}

/** Starts the clocks of `keys` on `start`, inside the caller's transaction. */
export async function startSteps(
  tx: Tx,
  caseId: number,
  keys: readonly StepKey[],
  start: string,
  variant: Variant,
  legal: LegalContext,
  now: string,
): Promise<void> {
  if (keys.length === 0) return;
  await tx
    .insertInto('citizen_case_steps')
    .values(
      keys.map((key) => {
        const clock = startClock(key, start, legal.calendar, { variant, limits: legal.limits });
        return {
          case_id: caseId,
          step_key: key,
          variant: clock.variant,
          unit: clock.step.unit,
          start_date: start,
          base_due_date: clock.baseDueDate,
          due_date: clock.dueDate,
          extensions: '[]',
          completed_on: null,
          decision_ref: null,
          created_at: now,
        };
      }),
    )
    .execute();
}

function checkInstance(data: ReceiveCaseData) {
  if (data.classification !== 'complaint') {
    if (data.instance)
      throw new AppError('CITIZEN_CASE_INSTANCE_INVALID', {
        field: 'instance',
        params: { reason: 'chỉ khiếu nại mới có lần đầu, lần hai' },
      });
    return null;
  }
  const instance = data.instance ?? 'first';
  if (instance === 'first' && data.competent && !data.knownOn)
    throw new AppError('FIELD_REQUIRED', { field: 'knownOn' });
  return instance;
}

async function checkSession(tx: Tx, id: number): Promise<void> {
  const s = await tx
    .selectFrom('citizen_reception_sessions')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  if (!s)
    throw new AppError('NOT_FOUND', {
      field: 'receptionSessionId',
      params: { entity: 'phiên tiếp công dân', id: String(id) },
    });
}

/** The filing checks of a complaint; null for other cases. */
async function admit(
  tx: Tx,
  data: ReceiveCaseData,
  instance: 'first' | 'second' | null,
  legal: LegalContext,
): Promise<Admission | null> {
  if (data.classification !== 'complaint' || !data.competent) return null;
  let admission: Admission;
  if (instance === 'first') {
    admission = admitComplaint(
      {
        knownOn: data.knownOn ?? data.receivedOn,
        filedOn: data.receivedOn,
        lateReason: data.lateReason,
        limits: legal.limits,
      },
      legal.calendar,
    );
  } else {
    const first = await firstInstanceOf(tx, data);
    admission = admitSecondInstance(
      {
        firstInstance: first,
        filedOn: data.receivedOn,
        remote: data.variant === 'remote' || data.variant === 'remote_complex',
        lateReason: data.lateReason,
        limits: legal.limits,
      },
      legal.calendar,
    );
  }
  if (admission.accepted) return admission;
  switch (admission.code) {
    case 'COMPLAINT_FILED_TOO_LATE':
      throw new AppError('CITIZEN_COMPLAINT_FILED_TOO_LATE', {
        field: 'lateReason',
        params: { filedOn: data.receivedOn, dueDate: admission.dueDate ?? '' },
      });
    case 'ESCALATION_TOO_LATE':
      throw new AppError('CITIZEN_ESCALATION_TOO_LATE', {
        field: 'lateReason',
        params: { filedOn: data.receivedOn, dueDate: admission.dueDate ?? '' },
      });
    case 'FIRST_INSTANCE_NOT_DECIDED':
      throw new AppError('CITIZEN_FIRST_INSTANCE_NOT_DECIDED', {
        field: data.firstInstanceCaseId ? 'firstInstanceCaseId' : 'firstInstanceDecidedOn',
      });
  }
}

/** The first-instance decision: from the linked case's resolution step, or as given. */
async function firstInstanceOf(
  tx: Tx,
  data: ReceiveCaseData,
): Promise<{ decidedOn: string | null; dueDate: string | null } | null> {
  if (data.firstInstanceCaseId) {
    const first = await tx
      .selectFrom('citizen_cases as c')
      .leftJoin('citizen_case_steps as s', (j) =>
        j.onRef('s.case_id', '=', 'c.id').on('s.step_key', '=', 'complaint.first_resolution'),
      )
      .select(['c.id', 'c.classification', 'c.instance', 's.completed_on', 's.due_date'])
      .where('c.id', '=', data.firstInstanceCaseId)
      .executeTakeFirst();
    if (!first || first.classification !== 'complaint' || first.instance !== 'first')
      throw new AppError('CITIZEN_CASE_INSTANCE_INVALID', {
        field: 'firstInstanceCaseId',
        params: { reason: `hồ sơ số ${data.firstInstanceCaseId} không phải là khiếu nại lần đầu` },
      });
    return {
      decidedOn: data.firstInstanceDecidedOn ?? first.completed_on,
      dueDate: data.firstInstanceDueDate ?? first.due_date,
    };
  }
  if (!data.firstInstanceDecidedOn && !data.firstInstanceDueDate) return null;
  return {
    decidedOn: data.firstInstanceDecidedOn ?? null,
    dueDate: data.firstInstanceDueDate ?? null,
  };
}
