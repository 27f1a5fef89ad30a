import { z } from 'zod';
import type { AppContext } from '../platform/context';
import type { Actor } from '../platform/actor';
import type { Tx } from '../platform/db/database';
import { AppError } from '../platform/errors';
import { localDateSchema, optionalTextSchema, parseInput } from '../platform/validation';
import { recordAudit } from '../audit/record-audit';
import { disbursementRate } from '../../shared/investment/disbursement';
import { DisbursementLedger, type AcceptedEntry } from './disbursement-ledger';
import { loadProjectScope, type ProjectScope } from './investment-scope';
import { yearSchema } from './project-inputs';
import { loadSourceTree, type SourceTree } from './source-tree';
import { DISBURSEMENT_KINDS, type DisbursementKind } from './tables';

/** Input of recordDisbursement: one treasury transaction. */
export const recordDisbursementInput = z
  .object({
    projectId: z.number().int().positive(),
    /** The leaf capital source the money comes from. */
    source: z.string().trim().min(1).max(60),
    /** The plan year it counts for; the payment date's year by default (give N for January N+1). */
    planYear: yearSchema.optional(),
    /** `advance` (tạm ứng) or `payment` (thanh toán khối lượng hoàn thành). */
    kind: z.enum(DISBURSEMENT_KINDS),
    /** VND, positive. */
    amount: z
      .number()
      .int('phải là số nguyên (đồng)')
      .positive('phải lớn hơn 0')
      .max(Number.MAX_SAFE_INTEGER),
    /** Part of a payment that recovers earlier advances (thu hồi tạm ứng), VND. */
    recoveredAdvance: z.number().int('phải là số nguyên (đồng)').min(0, 'không được âm').default(0),
    /** The treasury's payment date. */
    paidOn: localDateSchema,
    /** Số chứng từ (treasury voucher); unique within the project when given. */
    voucher: optionalTextSchema(60),
    note: optionalTextSchema(500),
  })
  .strict();

type Data = z.output<typeof recordDisbursementInput>;

/** Response shape of a disbursement entry, with its plan line's figures afterwards. */
export interface DisbursementView {
  id: number;
  projectId: number;
  source: { code: string; name: string };
  planYear: number;
  /** 1–12, or 13 for January of the next year. */
  periodMonth: number;
  kind: DisbursementKind;
  amount: number;
  recoveredAdvance: number;
  /** What the entry adds to the disbursed amount: amount − recovered advance. */
  netAmount: number;
  paidOn: string;
  voucher: string | null;
  note: string | null;
  line: {
    planPm: number;
    planLocal: number;
    disbursed: number;
    outstandingAdvances: number;
    ratePm: number | null;
    rateLocal: number | null;
  };
}

/**
 * Records a treasury transaction on a project's plan line: an advance, or a
 * payment that may recover advances — so an advance and the payment that
 * recovers it are never counted twice. The office enters it for any project
 * of its scope; an investor's staff for their own projects. The payment date
 * must lie in the plan year's disbursement period (01/01/N – 31/01/N+1, Luật
 * Đầu tư công 2019 Điều 68), the line must have been assigned by then, and
 * the line's cumulative disbursement never exceeds its plan.
 */
export async function recordDisbursement(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: z.input<typeof recordDisbursementInput> },
): Promise<DisbursementView> {
  const data = parseInput(recordDisbursementInput, input);
  return ctx.db.write(async (tx) => {
    const scope = await loadProjectScope(tx, data.projectId, 'projectId');
    const tree = await loadSourceTree(tx, scope.provinceUnitId);
    return insertDisbursement(ctx, tx, actor, data, { scope, tree });
  });
}

/** Inserts one transaction inside the caller's transaction. */
export async function insertDisbursement(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  data: Data,
  pre: { scope: ProjectScope; tree: SourceTree },
): Promise<DisbursementView> {
  const year = data.planYear ?? Number(data.paidOn.slice(0, 4));
  const ledger = await DisbursementLedger.load(tx, [pre.scope.id], [year]);
  const accepted = ledger.accept(actor, data, pre.scope, pre.tree);
  const { id } = await tx
    .insertInto('disbursements')
    .values({ ...accepted.row, created_at: ctx.clock.now().toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  await auditEntry(ctx, tx, actor, id, pre.scope, accepted);
  const net = data.amount - data.recoveredAdvance;
  return {
    id,
    projectId: pre.scope.id,
    source: { code: accepted.source.code, name: accepted.source.name },
    planYear: accepted.year,
    periodMonth: accepted.month,
    kind: data.kind,
    amount: data.amount,
    recoveredAdvance: data.recoveredAdvance,
    netAmount: net,
    paidOn: data.paidOn,
    voucher: data.voucher,
    note: data.note,
    line: {
      planPm: accepted.plan.pm,
      planLocal: accepted.plan.local,
      disbursed: accepted.line.disbursed,
      outstandingAdvances: accepted.line.outstandingAdvances,
      ratePm: disbursementRate(accepted.line.disbursed, accepted.plan.pm),
      rateLocal: disbursementRate(accepted.line.disbursed, accepted.plan.local),
    },
  };
}

/** The entry of a batch that was refused, and why. */
export class DisbursementEntryError extends Error {
  override name = 'DisbursementEntryError';
  constructor(
    readonly index: number,
    readonly error: AppError,
  ) {
    super(error.message);
  }
}

/**
 * Inserts many transactions inside the caller's transaction (an import, the
 * demo): every entry passes the same checks as one entered alone, in order,
 * each seeing the ones before; the first refusal throws a
 * DisbursementEntryError carrying the entry's index. One audit entry per
 * transaction (counted only inside withAuditBatch).
 */
export async function insertDisbursements(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  entries: ReadonlyArray<{ data: Data; scope: ProjectScope }>,
  tree: SourceTree,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const ledger = await DisbursementLedger.load(
    tx,
    entries.map((e) => e.scope.id),
    entries.map((e) => e.data.planYear ?? Number(e.data.paidOn.slice(0, 4))),
  );
  const accepted = entries.map((e, i) => {
    try {
      return { scope: e.scope, accepted: ledger.accept(actor, e.data, e.scope, tree) };
    } catch (err) {
      if (err instanceof AppError) throw new DisbursementEntryError(i, err);
      throw err;
    }
  });
  const createdAt = ctx.clock.now().toISOString();
  const CHUNK = 200;
  for (let i = 0; i < accepted.length; i += CHUNK) {
    const chunk = accepted.slice(i, i + CHUNK);
    const inserted = await tx
      .insertInto('disbursements')
      .values(chunk.map((a) => ({ ...a.accepted.row, created_at: createdAt })))
      .returning('id')
      .execute();
    // Ids are given in VALUES order; RETURNING itself promises no order.
    const ids = inserted.map((r) => r.id).sort((a, b) => a - b);
    for (const [j, a] of chunk.entries())
      await auditEntry(ctx, tx, actor, ids[j] ?? null, a.scope, a.accepted);
    onProgress?.(Math.min(i + CHUNK, accepted.length), accepted.length);
  }
  return accepted.length;
}

async function auditEntry(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  id: number | null,
  scope: ProjectScope,
  a: AcceptedEntry,
): Promise<void> {
  await recordAudit(tx, ctx.systemNow(), {
    actor,
    action: 'investment.disbursement_record',
    entity: 'disbursement',
    entityId: id,
    after: {
      project: scope.code,
      source: a.source.code,
      planYear: a.year,
      kind: a.row.kind,
      amount: a.row.amount,
      recoveredAdvance: a.row.recovered_advance,
      paidOn: a.row.paid_on,
      voucher: a.row.voucher_ref,
    },
  });
}
