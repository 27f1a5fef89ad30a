/**
 * Which statutory steps a case goes through (GUIDE §7.1–7.3): the steps whose
 * clock starts on receipt, and the step whose clock starts when another ends
 * (thụ lý → giải quyết). Pure.
 */
import type { CaseClassification } from '../../shared/citizens/case-number';
import type { StepKey } from '../../shared/citizens/legal-limits';
import type { Timeliness } from '../../shared/citizens/legal-clock';
import type { ComplaintInstance } from './tables';

/** The steps started on the day a case is received. */
export function stepsOnReceipt(c: {
  classification: CaseClassification;
  competent: boolean;
  instance: ComplaintInstance | null;
}): StepKey[] {
  // Luật Tiếp công dân Điều 28: tell the citizen within 10 working days, whatever the case.
  const steps: StepKey[] = ['reception.notify_citizen'];
  switch (c.classification) {
    case 'complaint':
      if (c.competent)
        steps.push(
          c.instance === 'second' ? 'complaint.second_acceptance' : 'complaint.first_acceptance',
        );
      break;
    case 'denunciation':
      steps.push(c.competent ? 'denunciation.initial_handling' : 'denunciation.forwarding');
      break;
    case 'petition':
    case 'feedback':
      break;
  }
  return steps;
}

/** The step whose clock starts on the day `step` is completed (acceptance → resolution). */
export function nextStepOf(step: StepKey): StepKey | null {
  return NEXT_STEP[step] ?? null;
}

const NEXT_STEP: Partial<Record<StepKey, StepKey>> = {
  'complaint.first_acceptance': 'complaint.first_resolution',
  'complaint.second_acceptance': 'complaint.second_resolution',
  'denunciation.initial_handling': 'denunciation.resolution',
};

const RANK: Record<Timeliness, number> = { overdue: 3, late: 2, in_progress: 1, on_time: 0 };

/** The worst timeliness of a case's steps (overdue > late > in progress > on time); null without steps. */
export function worstTimeliness(values: readonly Timeliness[]): Timeliness | null {
  let worst: Timeliness | null = null;
  for (const v of values) if (worst === null || RANK[v] > RANK[worst]) worst = v;
  return worst;
}
