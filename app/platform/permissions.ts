/**
 * Which actions the interface offers to which role, following the server's
 * ROLE_ACTIONS (server/access/policy.ts: `document.write` is admin and office;
 * `task.report` adds the unit roles, `task.decide` is admin and leader…).
 * The server decides; this only hides what a user could not use.
 */
import type { Role } from './session';

export type UiAction =
  | 'documents.issue'
  | 'documents.registerIncoming'
  | 'documents.correct'
  | 'documents.upload'
  | 'documents.import'
  | 'tasks.create'
  | 'tasks.report'
  | 'tasks.approveUnit'
  | 'tasks.complete'
  | 'tasks.reopen'
  | 'tasks.decide'
  | 'tasks.urge'
  | 'tasks.direct'
  | 'tasks.unitInbox'
  | 'meetings.manage'
  | 'leaderCalendar.manage'
  | 'leaderCalendar.addOwn'
  | 'reports.manage'
  | 'indicators.enter'
  | 'indicators.approve'
  | 'indicators.requestExplanation'
  | 'indicators.explain'
  | 'indicators.submitExplanation'
  | 'investment.dashboard'
  | 'dashboard.leader'
  | 'investment.importDisbursements'
  | 'investment.importPlans'
  | 'evaluation.run'
  | 'evaluation.setWeights'
  | 'citizens.manage'
  | 'citizens.handle'
  | 'citizens.breakGlass'
  | 'voterPetitions.manage'
  | 'businessFeedback.manage'
  | 'admin';

const ALLOWED: Record<UiAction, readonly Role[]> = {
  'documents.issue': ['admin', 'office'],
  'documents.registerIncoming': ['admin', 'office'],
  'documents.correct': ['admin', 'office'],
  'documents.upload': ['admin', 'office'],
  'documents.import': ['admin', 'office'],
  // task.manage: giving tasks, re-opening, "awaiting the approving body".
  'tasks.create': ['admin', 'office'],
  'tasks.reopen': ['admin', 'office'],
  // task.report: progress and extension requests.
  'tasks.report': ['admin', 'office', 'unit_leader', 'unit_staff'],
  // task.approve_unit: the unit leader approves progress and forwards extension requests.
  'tasks.approveUnit': ['admin', 'unit_leader'],
  // Completion: the office (task.manage) or the lead unit's leader (task.approve_unit).
  'tasks.complete': ['admin', 'office', 'unit_leader'],
  // task.decide: extension decisions and directions on incoming documents.
  'tasks.decide': ['admin', 'leader'],
  'tasks.direct': ['admin', 'leader'],
  'tasks.urge': ['admin', 'office', 'leader'],
  // The unit's inbox is for the people of a unit (the others see every task anyway).
  'tasks.unitInbox': ['unit_leader', 'unit_staff'],
  'meetings.manage': ['admin', 'office'],
  'leaderCalendar.manage': ['admin', 'office'],
  'leaderCalendar.addOwn': ['leader'],
  // report.manage: drafting, editing narratives, issuing.
  'reports.manage': ['admin', 'office'],
  // indicator.enter / indicator.approve: the owner unit's people enter figures, its leader approves.
  'indicators.enter': ['admin', 'unit_leader', 'unit_staff'],
  'indicators.approve': ['admin', 'unit_leader'],
  // Giải trình: a leader asks (and closes), unit staff draft, the unit leader answers.
  'indicators.requestExplanation': ['admin', 'leader'],
  'indicators.explain': ['admin', 'unit_leader', 'unit_staff'],
  'indicators.submitExplanation': ['admin', 'unit_leader'],
  // investment.read on the province: provincial aggregates are not for the unit-scoped roles.
  'investment.dashboard': ['admin', 'leader', 'office', 'viewer'],
  // dashboard.leader on the province (server/dashboard): its home page for these roles.
  'dashboard.leader': ['admin', 'leader', 'office', 'viewer'],
  // investment.disburse: the office and the investor's own people; investment.manage: plans.
  'investment.importDisbursements': ['admin', 'office', 'unit_leader', 'unit_staff'],
  'investment.importPlans': ['admin', 'office'],
  // evaluation.run / evaluation.manage: the Văn phòng UBND's.
  'evaluation.run': ['admin', 'office'],
  'evaluation.setWeights': ['admin', 'office'],
  // citizen.manage: the Ban tiếp công dân (Văn phòng UBND) schedules sessions, receives and assigns cases.
  'citizens.manage': ['admin', 'office'],
  // citizen.handle: steps of the cases a user is assigned to (the server checks the assignment).
  'citizens.handle': ['admin', 'office', 'unit_leader', 'unit_staff'],
  // citizen.break_glass: reading protected persons without handling the case, with a reason.
  'citizens.breakGlass': ['admin'],
  // voter_petition.manage / business_feedback.manage: the Văn phòng UBND records and answers.
  'voterPetitions.manage': ['admin', 'office'],
  'businessFeedback.manage': ['admin', 'office'],
  admin: ['admin'],
};

/** True when the role may see the action. */
export function canDo(role: Role, action: UiAction): boolean {
  return ALLOWED[action].includes(role);
}
