/**
 * The evaluation API (`/api/v1/evaluation…`, server/evaluation/http-schemas.ts):
 * runs, one run with its explanations, the yearly weights; hooks and writes.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../platform/api-client';
import type { Level } from '../../shared/evaluation/rating';

export type { Level };

/** The scorecard's criteria (server/evaluation/rule-sets.ts CRITERION_KEYS). */
export type CriterionKey =
  'taskOnTime' | 'overdueTasks' | 'urgings' | 'revenue' | 'disbursement' | 'reportingTimeliness';

export interface UnitRef {
  id: number;
  code: string;
  name: string;
}

export interface Head {
  personId: number;
  fullName: string;
  title: string;
}

export interface Period {
  year: number;
  half: number | null;
  from: string;
  to: string;
  label: string;
}

export interface RuleSet {
  key: string;
  label: string;
  legalBasis: string;
}

/** One criterion's share of a unit's score, with the sentence explaining it. */
export interface ScoreLine {
  key: CriterionKey;
  label: string;
  weight: number;
  /** The weight after redistributing criteria without data for this unit. */
  effectiveWeight: number;
  input: string;
  normalised: number | null;
  points: number;
  explanation: string;
}

export interface UnitResult {
  unit: UnitRef & { kind: string };
  head: Head | null;
  score: number | null;
  rank: number | null;
  level: Level | null;
  summary: string;
  lines: ScoreLine[];
}

export interface HeadResult {
  unit: UnitRef;
  head: Head | null;
  score: number | null;
  level: Level | null;
  demotedByQuota: boolean;
  checks: Array<{ level: Level; requirement: string; met: boolean | null; actual: string }>;
  explanation: string[];
}

export interface ListEntry {
  unit: UnitRef;
  score: number | null;
  rank: number | null;
  reasons: Array<{ criterion: CriterionKey | 'score'; text: string }>;
}

/** `GET /api/v1/evaluation/runs/:id`. */
export interface EvaluationRun {
  id: number;
  province: UnitRef;
  period: Period;
  ruleSet: RuleSet;
  weights: Record<CriterionKey, number>;
  createdAt: string;
  createdBy: string;
  unitCount: number;
  scopedToUnits: boolean;
  disbursement: {
    basis: 'pm' | 'local';
    targetRate: number;
    targetRecorded: boolean;
    plan: number;
    disbursed: number;
    average: number | null;
    monthsElapsed: number;
  };
  units: UnitResult[];
  heads: HeadResult[];
  commendations: ListEntry[];
  criticisms: ListEntry[];
  notes: string[];
}

export interface EvaluationRunSummary {
  id: number;
  province: UnitRef;
  period: Period;
  ruleSet: string;
  createdAt: string;
  createdBy: string;
  unitCount: number;
}

/** `GET /api/v1/evaluation/weights?year=`. */
export interface EvaluationWeights {
  year: number;
  ruleSet: RuleSet;
  isDefault: boolean;
  criteria: Array<{ key: CriterionKey; label: string; weight: number; defaultWeight: number }>;
}

export function useEvaluationRuns() {
  return useQuery({
    queryKey: ['evaluation', 'runs'],
    queryFn: ({ signal }) =>
      api
        .get<{ items: EvaluationRunSummary[] }>('/api/v1/evaluation/runs', undefined, signal)
        .then((r) => r.items),
  });
}

export function useEvaluationRun(id: number) {
  return useQuery({
    queryKey: ['evaluation', 'run', id],
    queryFn: ({ signal }) =>
      api.get<EvaluationRun>(`/api/v1/evaluation/runs/${id}`, undefined, signal),
  });
}

export function useEvaluationWeights(year: number) {
  return useQuery({
    queryKey: ['evaluation', 'weights', year],
    queryFn: ({ signal }) =>
      api.get<EvaluationWeights>('/api/v1/evaluation/weights', { year }, signal),
  });
}

/** Runs an evaluation for an ended period (POST); the list is read again. */
export function useStartRun() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { year: number; half: 1 | 2 | null }) =>
      api.post<EvaluationRun>('/api/v1/evaluation/runs', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['evaluation', 'runs'] }),
  });
}

/** Sets a year's weights (PUT; refused, naming the field, unless they sum to 100). */
export function useSetWeights() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { year: number; weights: Record<CriterionKey, number> }) =>
      apiRequest<EvaluationWeights>('PUT', '/api/v1/evaluation/weights', { json: body }),
    onSuccess: (data) => client.setQueryData(['evaluation', 'weights', data.year], data),
  });
}
