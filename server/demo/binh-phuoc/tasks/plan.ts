/**
 * The shapes of the demo's task plan: what to assign (through createTask or
 * createProgramme) and what then happens to each task, dated, until the
 * demo's today. Pure data; write-tasks.ts replays it through the use cases.
 */
import type { Recurrence } from '../../../../shared/tasks/recurrence';
import type { UrgingKind } from '../../../tasks/tables';

/** The demo's today: 229/BC-UBND is signed on the morning of 10/7/2023. */
export const DEMO_TODAY = '2023-07-10';
/** The last day anything happens before today (Friday 7/7/2023). */
export const LAST_EVENT_DAY = '2023-07-07';

/** What happens to one task without sub-tasks after it is assigned, in date order. */
export interface Timeline {
  /** Progress reports of the lead unit (percent below 100). */
  progress: Array<{ on: string; percent: number; narrative: string }>;
  /** An extension request (gia hạn) and, unless still pending, its decision. */
  extension?: {
    requestedOn: string;
    requestedDeadline: string;
    reason: string;
    decision?: { on: string; approve: boolean; note: string };
  };
  /** Đôn đốc of the lead unit, in date order (the attempt numbers follow). */
  urgings: Array<{ on: string; kind: UrgingKind; message: string }>;
  /** Done, awaiting an approving body (17-CTr/TU: the Tỉnh ủy). */
  submitted?: { on: string; body: string };
  completedOn?: string;
  /** The result document of the completion (a register entry), by id. */
  resultDocumentId?: number;
  /** A completion not accepted: re-opened on a day, perhaps completed again later. */
  reopen?: { on: string; reason: string; completedAgainOn?: string };
}

/** A task to assign, with the timeline of each task it creates that counts in statistics. */
export interface PlannedTask {
  sourceDocumentId: number | null;
  itemLabel?: string;
  content: string;
  expectedOutput?: string;
  /** Unit codes. Either one lead unit or several addressees (one child task each). */
  leadUnit?: string;
  addressees?: string[];
  coordinatingUnits?: string[];
  /** The Phó Chủ tịch (or the Chủ tịch) in charge, by person id. */
  leaderId: number | null;
  assignedOn: string;
  deadline: string | null;
  priority?: 'normal' | 'high' | 'urgent';
  recurrence?: Recurrence;
  /**
   * One timeline per counted task, in creation order: the task itself; or
   * each addressee's child (in addressee order); or each occurrence of a
   * periodic duty.
   */
  timelines: Timeline[];
}

/** An empty timeline: assigned, nothing happened yet. */
export function quietTimeline(): Timeline {
  return { progress: [], urgings: [] };
}
