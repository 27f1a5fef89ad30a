import { z } from 'zod';
import { AppError } from '../platform/errors';
import { optionalTextSchema } from '../platform/validation';
import type { Tx } from '../platform/db/database';
import { resolvePersonRef } from '../leader-calendar/committee-leaders';

export const personRef = z.union([z.number().int().positive(), z.string().trim().min(1).max(120)]);
export const unitRef = z.union([z.number().int().positive(), z.string().trim().min(1).max(300)]);
const count = z.number().int().min(0).max(100_000);

/** What happened at a session: held or not, in person or delegated, who and how many were received. */
export const sessionOutcomeFields = {
  held: z.boolean().default(true),
  /** Lý do không tổ chức — required when `held` is false. */
  notHeldReason: optionalTextSchema(1000),
  inPerson: z.boolean().default(true),
  /** The person the leader delegated to (person id or exact name) — or `delegateName` as text. */
  delegate: personRef.nullish(),
  delegateName: optionalTextSchema(200),
  location: optionalTextSchema(300),
  personsReceived: count.default(0),
  casesReceived: count.default(0),
  /** Đoàn đông người and their total headcount. */
  groupDelegations: count.default(0),
  groupHeadcount: count.default(0),
  note: optionalTextSchema(2000),
};
const _outcomeSchema = z.object(sessionOutcomeFields);
export type SessionOutcome = z.output<typeof _outcomeSchema>;

/** The stored columns of an outcome, after its checks. */
export async function outcomeColumns(tx: Tx, o: SessionOutcome) {
  if (!o.held && o.notHeldReason === null)
    throw new AppError('CITIZEN_RECEPTION_REASON_REQUIRED', { field: 'notHeldReason' });
  if (!o.inPerson && (o.delegate === null || o.delegate === undefined) && o.delegateName === null)
    throw new AppError('CITIZEN_RECEPTION_DELEGATE_REQUIRED', { field: 'delegate' });
  if (o.groupDelegations > 0 && o.groupHeadcount < o.groupDelegations * 5)
    throw new AppError('CITIZEN_RECEPTION_HEADCOUNT_INVALID', {
      field: 'groupHeadcount',
      params: {
        reason: `${o.groupDelegations} đoàn đông người (từ 5 người mỗi đoàn) cần ít nhất ${o.groupDelegations * 5} người, ghi ${o.groupHeadcount}`,
      },
    });
  if (o.groupDelegations === 0 && o.groupHeadcount > 0)
    throw new AppError('CITIZEN_RECEPTION_HEADCOUNT_INVALID', {
      field: 'groupDelegations',
      params: { reason: 'có số người của đoàn đông người nhưng không có đoàn nào' },
    });
  if (o.groupHeadcount > o.personsReceived && o.held)
    throw new AppError('CITIZEN_RECEPTION_HEADCOUNT_INVALID', {
      field: 'personsReceived',
      params: {
        reason: `số lượt người được tiếp (${o.personsReceived}) ít hơn số người của các đoàn đông người (${o.groupHeadcount})`,
      },
    });
  const delegate =
    o.inPerson || o.delegate === null || o.delegate === undefined
      ? null
      : await resolvePersonRef(tx, o.delegate, 'delegate');
  const counts = o.held
    ? o
    : { personsReceived: 0, casesReceived: 0, groupDelegations: 0, groupHeadcount: 0 };
  return {
    held: o.held ? 1 : 0,
    not_held_reason: o.held ? null : o.notHeldReason,
    in_person: o.inPerson ? 1 : 0,
    delegate_person_id: delegate?.id ?? null,
    delegate_name: o.inPerson ? null : (delegate?.fullName ?? o.delegateName),
    location: o.location,
    persons_received: counts.personsReceived,
    cases_received: counts.casesReceived,
    group_delegations: counts.groupDelegations,
    group_headcount: counts.groupHeadcount,
    note: o.note,
  };
}
