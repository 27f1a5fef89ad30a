/**
 * Extractions (`/api/v1/extractions…`, server/extract/http-schemas.ts): reading a directive
 * for its citations, assigned tasks and figures, and confirming the drafts into tasks.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../platform/api-client';

export type UnitMatchKind = 'unit' | 'group' | 'ambiguous' | 'none';

export interface UnitRef {
  text: string;
  unit_ids: number[];
  unit_names: string[];
  match: UnitMatchKind;
}

export interface Citation {
  text: string;
  type: string | null;
  number_symbol: string | null;
  date: string | null;
  issuer: string | null;
  start: number;
  end: number;
  document_id: number | null;
  candidates: number;
}

export interface DraftTask {
  text: string;
  lead_unit: string | null;
  coordinating_units: string[];
  deadline: string | null;
  deadline_text?: string;
  deliver_to?: string;
  expected_output?: string;
  item_label?: string;
  start: number;
  end: number;
  lead_unit_id?: number;
  lead: UnitRef | null;
  coordinating: UnitRef[];
  addressees: UnitRef[];
  confidence: number;
  existing_task_id: number | null;
  created_task_id: number | null;
}

export interface Figure {
  text: string;
  value: number;
  unit: string;
  kind: 'target' | 'actual';
  start: number;
  end: number;
}

export interface ExtractionView {
  id: number;
  status: 'review' | 'confirmed';
  fileName: string | null;
  inputKind: 'text' | 'txt' | 'docx' | 'pdf';
  asOf: string;
  assigningUnit: { id: number; name: string };
  createdBy: string;
  createdAt: string;
  confirmedAt: string | null;
  text: string;
  analysis: {
    document: { number_symbol: string | null; date: string | null; document_id: number | null };
    citations: Citation[];
    tasks: DraftTask[];
    figures: Figure[];
  };
  counts: { citations: number; linked: number; tasks: number; existing: number; figures: number };
}

export interface ExtractionSummary {
  id: number;
  status: 'review' | 'confirmed';
  fileName: string | null;
  numberSymbol: string | null;
  documentId: number | null;
  createdBy: string;
  createdAt: string;
  counts: ExtractionView['counts'];
}

export interface ConfirmItem {
  index: number;
  leadUnit?: number | null;
  deadline?: string | null;
  content?: string;
}

export interface ConfirmResult {
  extraction: ExtractionView;
  created: Array<{ index: number; taskId: number }>;
  existing: Array<{ index: number; taskId: number }>;
}

export function useExtraction(id: number) {
  return useQuery({
    queryKey: ['extractions', id],
    queryFn: ({ signal }) =>
      api.get<ExtractionView>(`/api/v1/extractions/${id}`, undefined, signal),
    enabled: id > 0,
  });
}

export function useExtractions() {
  return useQuery({
    queryKey: ['extractions', 'list'],
    queryFn: ({ signal }) => api.get<ExtractionSummary[]>('/api/v1/extractions', undefined, signal),
  });
}

/** Import by pasted text or by file (multipart). */
export function useImportExtraction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { text: string } | { file: File }) => {
      if ('file' in input) {
        const form = new FormData();
        form.append('file', input.file);
        return api.upload<ExtractionView>('/api/v1/extractions/upload', form);
      }
      return api.post<ExtractionView>('/api/v1/extractions', { text: input.text });
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['extractions'] }),
  });
}

export function useConfirmExtraction(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { documentId?: number; items: ConfirmItem[] }) =>
      api.post<ConfirmResult>(`/api/v1/extractions/${id}/confirm`, body),
    onSuccess: (result) => {
      qc.setQueryData(['extractions', id], result.extraction);
      void qc.invalidateQueries({ queryKey: ['tasks'] });
      void qc.invalidateQueries({ queryKey: ['extractions', 'list'] });
    },
  });
}

export function useRegisterCitation(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (index: number) =>
      api.post<ExtractionView>(`/api/v1/extractions/${id}/citations/${index}/register`, {}),
    onSuccess: (view) => {
      qc.setQueryData(['extractions', id], view);
      void qc.invalidateQueries({ queryKey: ['documents'] });
    },
  });
}
