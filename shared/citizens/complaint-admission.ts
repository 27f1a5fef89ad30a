/**
 * Whether a complaint (khiếu nại) can be accepted for handling: the filing
 * period of Luật Khiếu nại 2011 Điều 9 and the conditions of a second-instance
 * complaint (Điều 33). Refusals are returned as data with a stable code, so
 * the server can answer with a clear error and the form can explain it.
 *
 * Pure: no I/O, usable in the browser.
 */
import type { WorkingCalendar } from '../calendar/working-days';
import type { LocalDate } from '../dates/local-date';
import { deadline } from './legal-clock';
import type { LegalLimits } from './legal-limits';

/** Accepted (possibly late with a recorded reason) or refused with a code and a message. */
export type Admission =
  | { accepted: true; dueDate: LocalDate; late: boolean; lateReason: string | null }
  | {
      accepted: false;
      code: 'COMPLAINT_FILED_TOO_LATE' | 'FIRST_INSTANCE_NOT_DECIDED' | 'ESCALATION_TOO_LATE';
      message: string;
      dueDate: LocalDate | null;
    };

function reasonOf(s: string | null | undefined): string | null {
  return s?.trim() ? s.trim() : null;
}

/** Facts of a first-instance complaint as filed. */
export interface FilingInput {
  /** The day the complainant received or learned of the decision or act. */
  knownOn: LocalDate;
  filedOn: LocalDate;
  /**
   * The recorded reason a late complaint is still accepted (illness, natural
   * disaster, travel, study far away or another objective obstacle: Điều 9,
   * that time is not counted). Empty or missing: a late complaint is refused.
   */
  lateReason?: string | null;
  limits?: LegalLimits;
}

/** A first-instance complaint filed within 90 days is accepted; after, only with a recorded reason. */
export function admitComplaint(input: FilingInput, calendar: WorkingCalendar): Admission {
  const dueDate = deadline('complaint.filing', input.knownOn, calendar, {
    ...(input.limits ? { limits: input.limits } : {}),
  });
  const late = input.filedOn > dueDate;
  const lateReason = reasonOf(input.lateReason);
  if (late && lateReason === null) {
    return {
      accepted: false,
      code: 'COMPLAINT_FILED_TOO_LATE',
      message: `Khiếu nại nộp ngày ${input.filedOn}, quá thời hiệu (hết ngày ${dueDate}, Luật Khiếu nại 2011 Điều 9) mà không ghi lý do trở ngại khách quan`,
      dueDate,
    };
  }
  return { accepted: true, dueDate, late, lateReason: late ? lateReason : null };
}

/** Facts of a second-instance complaint (khiếu nại lần hai). */
export interface SecondInstanceInput {
  /** The first-instance resolution: its decision date (received by the complainant) and due date. */
  firstInstance: { decidedOn: LocalDate | null; dueDate: LocalDate | null } | null;
  filedOn: LocalDate;
  /** Remote area (vùng sâu, vùng xa đi lại khó khăn): 45 days instead of 30. */
  remote?: boolean;
  /** As in {@link FilingInput}: accepts an escalation filed late for an objective obstacle. */
  lateReason?: string | null;
  limits?: LegalLimits;
}

/**
 * A second-instance complaint needs a first-instance decision, or the
 * first-instance limit passed without one (Điều 33 khoản 1); it is filed within
 * 30 days (remote 45) of the decision or of that limit's end.
 */
export function admitSecondInstance(
  input: SecondInstanceInput,
  calendar: WorkingCalendar,
): Admission {
  const first = input.firstInstance;
  const decidedOn = first?.decidedOn ?? null;
  const expired = first?.dueDate != null && first.dueDate < input.filedOn ? first.dueDate : null;
  const from = decidedOn ?? expired;
  if (from === null) {
    return {
      accepted: false,
      code: 'FIRST_INSTANCE_NOT_DECIDED',
      message:
        'Chưa có quyết định giải quyết khiếu nại lần đầu và thời hạn giải quyết lần đầu chưa hết: chưa thể khiếu nại lần hai (Luật Khiếu nại 2011 Điều 33)',
      dueDate: null,
    };
  }
  const dueDate = deadline('complaint.escalation', from, calendar, {
    variant: input.remote ? 'remote' : 'normal',
    ...(input.limits ? { limits: input.limits } : {}),
  });
  const late = input.filedOn > dueDate;
  const lateReason = reasonOf(input.lateReason);
  if (late && lateReason === null) {
    return {
      accepted: false,
      code: 'ESCALATION_TOO_LATE',
      message: `Khiếu nại lần hai nộp ngày ${input.filedOn}, quá thời hạn (hết ngày ${dueDate}, Luật Khiếu nại 2011 Điều 33)`,
      dueDate,
    };
  }
  return { accepted: true, dueDate, late, lateReason: late ? lateReason : null };
}
