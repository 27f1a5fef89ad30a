/**
 * The indicators' API (`/api/v1/indicators…`, `/api/v1/indicator-values…`,
 * `/api/v1/indicator-explanations…`; shapes in server/indicators/http-schemas.ts):
 * response types, the React Query hooks and the one write hook. Every write
 * refreshes all `indicators` queries (the table, the detail, the thread).
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../platform/api-client';

/** Traffic light of an indicator (r = cumulative ÷ pro-rated target). */
export type Colour = 'green' | 'amber' | 'red' | 'grey';
export const COLOURS: readonly Colour[] = ['red', 'amber', 'green', 'grey'];

export type Frequency = 'monthly' | 'quarterly' | 'half_yearly' | 'yearly';
export type Aggregation = 'sum' | 'average' | 'last' | 'ratio';
export type Direction = 'higher_is_better' | 'lower_is_better';
export type TargetKind = 'plan' | 'estimate_central' | 'estimate_council';
export type ValueStatus = 'pending' | 'approved' | 'rejected' | 'superseded';
export type ValueSource = 'manual' | 'import' | 'api';
export type ExplanationStatus = 'requested' | 'answered' | 'closed';
export type MessageKind = 'request' | 'draft' | 'answer' | 'close';

export interface UnitLabel {
  id: number;
  code: string;
  name: string;
}

/** A catalogue entry. */
export interface IndicatorView {
  id: number;
  code: string;
  nameVi: string;
  nameEn: string;
  category: string;
  unitOfMeasure: string;
  frequency: Frequency;
  basis: 'calendar' | 'nd09';
  aggregation: Aggregation;
  direction: Direction;
  ownerUnit: UnitLabel;
  dataSource: string | null;
  parentId: number | null;
  colourTarget: TargetKind;
  active: boolean;
  version: number;
}

/** A yearly target (kế hoạch, dự toán). */
export interface TargetView {
  id: number;
  unit: UnitLabel;
  year: number;
  kind: TargetKind;
  value: number;
  basisDocument: string | null;
}

/** A period value, any revision. */
export interface ValueView {
  id: number;
  indicatorId: number;
  unit: UnitLabel;
  period: string;
  periodLabel: string;
  periodKind: 'month' | 'quarter' | 'half' | 'nine_months' | 'year';
  value: number;
  numerator: number | null;
  denominator: number | null;
  estimate: boolean;
  note: string | null;
  source: ValueSource;
  sourceRef: string | null;
  status: ValueStatus;
  revision: number;
  supersededById: number | null;
  enteredOn: string;
  enteredBy: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
}

/** One row of the indicator table. */
export interface TableRow {
  indicator: {
    id: number;
    code: string;
    nameVi: string;
    nameEn: string;
    unitOfMeasure: string;
    frequency: Frequency;
    aggregation: Aggregation;
    direction: Direction;
    parentId: number | null;
    ownerUnitId: number;
  };
  period: string | null;
  periodLabel: string | null;
  cumulative: number | null;
  lastYearCumulative: number | null;
  target: number | null;
  targetKind: TargetKind;
  percentOfTarget: number | null;
  yoyChange: number | null;
  expectedShare: number | null;
  proratedTarget: number | null;
  ratio: number | null;
  colour: Colour;
  includesEstimate: boolean;
  pendingCount: number;
  openExplanation: { id: number; status: string } | null;
  sparkline: Array<{ period: string; value: number | null; estimate: boolean }>;
}

export interface IndicatorTable {
  province: UnitLabel;
  unit: UnitLabel;
  period: string;
  periodLabel: string;
  thresholds: { green: number; amber: number };
  counts: Record<Colour, number>;
  rows: TableRow[];
}

export interface ExplanationMessage {
  id: number;
  kind: MessageKind;
  body: string;
  author: string;
  authorRole: string | null;
  at: string;
  onDate: string;
}

/** A giải trình request with its thread, oldest message first. */
export interface ExplanationView {
  id: number;
  indicator: { id: number; code: string; nameVi: string; unitOfMeasure: string };
  unit: UnitLabel;
  answeringUnit: UnitLabel;
  period: string;
  periodLabel: string;
  status: ExplanationStatus;
  dueOn: string;
  overdue: boolean;
  colour: string;
  percentOfTarget: number | null;
  requestedBy: string;
  requestedOn: string;
  answeredOn: string | null;
  closedOn: string | null;
  messages: ExplanationMessage[];
  version: number;
}

/** A revenue source against its estimates. */
export interface RevenueRow {
  source: {
    indicatorId: number;
    code: string;
    nameVi: string;
    nameEn: string;
    parentId: number | null;
    depth: number;
  };
  unitOfMeasure: string;
  estimateCentral: number | null;
  estimateCouncil: number | null;
  actual: number | null;
  lastYearActual: number | null;
  percentOfEstimateCentral: number | null;
  percentOfEstimateCouncil: number | null;
  yoyChange: number | null;
  colour: Colour;
  includesEstimate: boolean;
}

export interface RevenueBySource {
  province: UnitLabel;
  period: string;
  periodLabel: string;
  rows: RevenueRow[];
}

/** The indicator table of a report period ('2023-06'). */
export function useIndicatorTable(period: string) {
  return useQuery({
    queryKey: ['indicators', 'table', period],
    queryFn: ({ signal }) =>
      api.get<IndicatorTable>('/api/v1/indicators/table', { period }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useIndicator(id: number) {
  return useQuery({
    queryKey: ['indicators', 'detail', id],
    queryFn: ({ signal }) =>
      api.get<{ indicator: IndicatorView; targets: TargetView[] }>(
        `/api/v1/indicators/${id}`,
        undefined,
        signal,
      ),
  });
}

/** Every revision of an indicator's province-wide figures of a year. */
export function useIndicatorValues(id: number, year: number) {
  return useQuery({
    queryKey: ['indicators', 'values', id, year],
    queryFn: ({ signal }) =>
      api
        .get<{ items: ValueView[] }>(
          `/api/v1/indicators/${id}/values`,
          { year, history: true },
          signal,
        )
        .then((r) => r.items),
  });
}

/** Figures waiting for a unit leader's decision (in the user's scope). */
export function usePendingValues(enabled: boolean) {
  return useQuery({
    queryKey: ['indicators', 'pending'],
    enabled,
    queryFn: ({ signal }) =>
      api
        .get<{ items: ValueView[] }>('/api/v1/indicator-values', { status: 'pending' }, signal)
        .then((r) => r.items),
  });
}

export function useExplanations(indicatorId: number) {
  return useQuery({
    queryKey: ['indicators', 'explanations', indicatorId],
    queryFn: ({ signal }) =>
      api
        .get<{ items: ExplanationView[] }>(
          '/api/v1/indicator-explanations',
          { indicatorId },
          signal,
        )
        .then((r) => r.items),
  });
}

export function useRevenue(period: string) {
  return useQuery({
    queryKey: ['indicators', 'revenue', period],
    queryFn: ({ signal }) =>
      api.get<RevenueBySource>('/api/v1/indicators/revenue-by-source', { period }, signal),
    placeholderData: keepPreviousData,
  });
}

/** An indicator write; on success every indicator query is read again. */
export function useIndicatorWrite<Body, Result>(send: (body: Body) => Promise<Result>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => client.invalidateQueries({ queryKey: ['indicators'] }),
  });
}
