/**
 * The citizens', voters' and businesses' API (`/api/v1/citizens/…`,
 * server/citizens/routes.ts, petitions/routes.ts, business/routes.ts):
 * response shapes, fetchers and React Query hooks. Writes invalidate the
 * `citizens` queries.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Query } from '../platform/api-client';

type Ref = { id: number; name: string };

export const CASE_CLASSIFICATIONS = ['complaint', 'denunciation', 'petition', 'feedback'] as const;
export type CaseClassification = (typeof CASE_CLASSIFICATIONS)[number];
export const CASE_CHANNELS = ['reception', 'post', 'hotline', 'portal', 'social'] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];
export const VARIANTS = [
  'normal',
  'complex',
  'especially_complex',
  'remote',
  'remote_complex',
] as const;
export type Variant = (typeof VARIANTS)[number];
/** The kinds of unit a case is assigned to. */
export const CASE_UNIT_KINDS = [
  'agency',
  'district_committee',
  'provincial_committee',
  'other_body',
] as const;
export const PERSON_ROLES = ['complainant', 'denouncer', 'petitioner', 'representative'] as const;
export type Timeliness = 'on_time' | 'late' | 'overdue' | 'in_progress';

/** One statutory step with its legal clock (caseStepViewSchema). */
export interface CaseStep {
  key: string;
  title: string;
  law: string;
  article: string;
  unit: 'calendar_days' | 'working_days';
  variant: Variant;
  startDate: string;
  baseDueDate: string;
  dueDate: string;
  extensions: Array<{
    days: number;
    decidedOn: string;
    decisionRef: string | null;
    dueDate: string;
  }>;
  extensionAllowance: { maxCount: number; maxDays: number; remaining: number } | null;
  extensionInWriting: boolean;
  completedOn: string | null;
  decisionRef: string | null;
  status: string;
  timeliness: Timeliness;
  dueSoon: boolean;
  daysLate: number;
}

/** A case (caseViewSchema): never its persons. */
export interface CaseView {
  id: number;
  caseNumber: string;
  receivedOn: string;
  channel: CaseChannel;
  classification: CaseClassification;
  competent: boolean;
  instance: 'first' | 'second' | null;
  variant: Variant;
  knownOn: string | null;
  lateReason: string | null;
  firstInstanceCaseId: number | null;
  firstInstanceDecidedOn: string | null;
  receptionSessionId: number | null;
  summary: string;
  groupHeadcount: number;
  receivingUnit: Ref;
  unit: Ref | null;
  handlers: Array<{ userId: number; name: string }>;
  status: 'open' | 'closed';
  closedOn: string | null;
  outcome: string | null;
  steps: CaseStep[];
  nextDueDate: string | null;
  timeliness: Timeliness | null;
  persons: { count: number; protected: boolean; erasedOn: string | null };
  version: number;
}

/** A protected person (handlers and break-glass only). */
export interface CasePerson {
  id: number;
  role: (typeof PERSON_ROLES)[number];
  fullName: string | null;
  idNumber: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
}

export interface CasePersonsResult {
  caseId: number;
  caseNumber: string;
  basis: 'handler' | 'break_glass';
  persons: CasePerson[];
}

export interface CaseFilters {
  classification?: string | undefined;
  channel?: string | undefined;
  status?: string | undefined;
  overdue?: boolean | undefined;
  /** An open step due within the next few days (server: CASE_DUE_SOON_DAYS). */
  dueSoon?: boolean | undefined;
  unitId?: number | undefined;
  q?: string | undefined;
  mine?: boolean | undefined;
}

function caseQuery(f: CaseFilters, limit: number, offset: number): Query {
  return {
    classification: f.classification,
    channel: f.channel,
    status: f.status,
    overdue: f.overdue ? 'true' : undefined,
    dueSoon: f.dueSoon ? 'true' : undefined,
    mine: f.mine ? 'true' : undefined,
    unitId: f.unitId,
    q: f.q,
    limit,
    offset,
  };
}

export function fetchCases(f: CaseFilters, limit: number, offset: number, signal?: AbortSignal) {
  return api.get<{ total: number; items: CaseView[] }>(
    '/api/v1/citizens/cases',
    caseQuery(f, limit, offset),
    signal,
  );
}

/** A page of cases matching the filters, newest first. */
export function useCases(f: CaseFilters, limit: number, offset: number) {
  return useQuery({
    queryKey: ['citizens', 'cases', f, limit, offset],
    queryFn: ({ signal }) => fetchCases(f, limit, offset, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: number) {
  return useQuery({
    queryKey: ['citizens', 'case', id],
    queryFn: ({ signal }) => api.get<CaseView>(`/api/v1/citizens/cases/${id}`, undefined, signal),
  });
}

/** The protected persons: asked only by an assigned handler (each read is audited). */
export function useCasePersons(id: number, enabled: boolean) {
  return useQuery({
    queryKey: ['citizens', 'case-persons', id],
    queryFn: ({ signal }) =>
      api.get<CasePersonsResult>(`/api/v1/citizens/cases/${id}/persons`, undefined, signal),
    enabled,
    staleTime: Infinity,
    retry: false,
  });
}

/** A write of the area: every citizens' query may have changed. */
export function useCitizenWrite<Body, Result>(send: (body: Body) => Promise<Result>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['citizens'] });
    },
  });
}

/** A leader's reception session (receptionSessionViewSchema). */
export interface ReceptionSession {
  id: number;
  unit: Ref;
  leader: { personId: number; name: string };
  leaderKind: string;
  date: string;
  startTime: string;
  endTime: string;
  kind: 'periodic' | 'ad_hoc';
  location: string | null;
  publishedOn: string | null;
  publishDeadline: string;
  held: boolean;
  notHeldReason: string | null;
  inPerson: boolean;
  delegate: { personId: number | null; name: string } | null;
  personsReceived: number;
  casesReceived: number;
  groupDelegations: number;
  groupHeadcount: number;
  note: string | null;
  leaderEventId: number | null;
  version: number;
}

export function useReceptionSessions(from: string, to: string) {
  return useQuery({
    queryKey: ['citizens', 'reception-sessions', from, to],
    queryFn: ({ signal }) =>
      api.get<ReceptionSession[]>('/api/v1/citizens/reception-sessions', { from, to }, signal),
    enabled: from !== '' && to !== '',
  });
}

/** One leader's verdict for one month (complianceLineSchema). */
export interface ComplianceLine {
  leader: { personId: number; name: string };
  leaderKind: string;
  month: string;
  days: number;
  required: number;
  met: boolean;
  minimum: { days: number; per: 'month' | 'week'; article: string };
  scheduled: number;
  heldInPerson: number;
  delegated: number;
  notHeld: number;
  adHoc: number;
}

export function useCompliance(fromMonth: string, toMonth: string) {
  return useQuery({
    queryKey: ['citizens', 'compliance', fromMonth, toMonth],
    queryFn: ({ signal }) =>
      api.get<ComplianceLine[]>(
        '/api/v1/citizens/reception-compliance',
        { fromMonth, toMonth },
        signal,
      ),
    enabled: fromMonth !== '' && toMonth !== '',
  });
}

/** A register document linked as an answer. */
export interface LinkedDocument {
  id: number;
  numberSymbol: string | null;
  summary: string;
  issueDate: string | null;
  issuerName: string;
}

export interface SessionRef {
  id: number;
  number: number;
  termNumber: number;
  kind: 'regular' | 'thematic';
  startsOn: string;
  label: string;
}

export type PetitionStatus = 'pending' | 'in_progress' | 'resolved' | 'explained';

/** A voter petition (voterPetitionViewSchema). */
export interface VoterPetition {
  id: number;
  committee: Ref;
  source: 'before_session' | 'after_session' | 'na_delegation';
  session: SessionRef | null;
  sourceNote: string | null;
  receivedOn: string;
  field: { code: string; label: string };
  content: string;
  voterLocality: string | null;
  assignedUnit: Ref;
  deadline: string | null;
  deadlineBasis: string;
  status: PetitionStatus;
  answerDocument: LinkedDocument | null;
  answeredOn: string | null;
  answerSummary: string | null;
  timeliness: Timeliness;
  daysLate: number;
  version: number;
}

export function usePetitionFields() {
  return useQuery({
    queryKey: ['citizens', 'petition-fields'],
    queryFn: ({ signal }) =>
      api.get<Array<{ code: string; label: string }>>(
        '/api/v1/citizens/voter-petitions/fields',
        undefined,
        signal,
      ),
    staleTime: Infinity,
  });
}

export interface PetitionFilters {
  sessionId?: number | undefined;
  source?: string | undefined;
  status?: string | undefined;
  q?: string | undefined;
}

export function useVoterPetitions(f: PetitionFilters) {
  return useQuery({
    queryKey: ['citizens', 'voter-petitions', f],
    queryFn: ({ signal }) =>
      api.get<VoterPetition[]>(
        '/api/v1/citizens/voter-petitions',
        { sessionId: f.sessionId, source: f.source, status: f.status, q: f.q },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

/** An interpellation (interpellationViewSchema). */
export interface Interpellation {
  id: number;
  committee: Ref;
  session: SessionRef | null;
  deputyName: string;
  deputyConstituency: string | null;
  question: string;
  responsible: { personId: number; fullName: string; title: string | null; unit: Ref | null };
  questionedOn: string;
  dueOn: string;
  status: 'pending' | 'answered';
  answerDocument: LinkedDocument | null;
  answeredOn: string | null;
  timeliness: Timeliness;
  daysLate: number;
  version: number;
}

export function useInterpellations() {
  return useQuery({
    queryKey: ['citizens', 'interpellations'],
    queryFn: ({ signal }) =>
      api.get<Interpellation[]>('/api/v1/citizens/interpellations', undefined, signal),
  });
}

interface FeedbackClock {
  due: string;
  doneOn: string | null;
  timeliness: Timeliness;
  daysLate: number;
}

/** Business feedback (feedbackViewSchema). */
export interface BusinessFeedback {
  id: number;
  committee: Ref;
  enterprise: { name: string; taxCode: string };
  issue: string;
  field: { code: string; label: string };
  channel: string;
  dialogue: { id: number; title: string; heldOn: string } | null;
  receivedOn: string;
  leadUnit: Ref | null;
  coordinatingUnits: Ref[];
  status: 'received' | 'forwarded' | 'resolved';
  forwarding: FeedbackClock;
  resolution: FeedbackClock;
  result: string | null;
  resultDocument: LinkedDocument | null;
  version: number;
}

export function useBusinessFeedback() {
  return useQuery({
    queryKey: ['citizens', 'business-feedback'],
    queryFn: ({ signal }) =>
      api.get<BusinessFeedback[]>('/api/v1/citizens/business-feedback', undefined, signal),
  });
}

interface ClockCounts {
  onTime: number;
  late: number;
  overdue: number;
  inProgress: number;
}

export interface FeedbackCounts {
  total: number;
  received: number;
  forwarded: number;
  resolved: number;
  forwarding: ClockCounts;
  resolution: ClockCounts;
}

export interface FeedbackStats {
  asOf: string;
  from: string | null;
  to: string | null;
  total: FeedbackCounts;
  byField: Array<{ code: string; label: string } & FeedbackCounts>;
  byUnit: Array<{ unit: Ref | null } & FeedbackCounts>;
}

export function useFeedbackStats() {
  return useQuery({
    queryKey: ['citizens', 'business-feedback-stats'],
    queryFn: ({ signal }) =>
      api.get<FeedbackStats>('/api/v1/citizens/business-feedback/stats', undefined, signal),
  });
}
