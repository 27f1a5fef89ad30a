/**
 * The reports' API (`/api/v1/reports…`, server/reports/routes.ts): the report
 * view, its content as laid out on paper (shared/reports/content.ts), hooks
 * and the writes that refresh reports and the register (issuing numbers a
 * document).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../platform/api-client';
import type { ReportContent } from '../../shared/reports/content';

export type { ReportContent };

export interface EditableBlock {
  key: string;
  /** The block's text as saved for this report, with its `{{…}}` data fields. */
  text: string;
  /** The template's text. */
  defaultText: string;
}

export interface ReportView {
  id: number;
  kind: string;
  template: string;
  typeName: string;
  summary: string;
  issuerUnitId: number;
  period: unknown;
  basis: 'nd09' | 'calendar';
  windowFrom: string;
  windowTo: string;
  councilSessionId: number | null;
  signerPersonId: number | null;
  signingAuthority: 'TM' | 'KT';
  recipients: string[];
  status: 'draft' | 'issued';
  documentId: number | null;
  numberSymbol: string | null;
  issuedOn: string | null;
  version: number;
  editableBlocks: EditableBlock[];
}

export type ExportFormat = 'docx' | 'pdf' | 'xlsx';

/** Where a browser downloads a report file (a plain link: the session cookie goes along). */
export function exportUrl(id: number, format: ExportFormat, inline = false): string {
  return `/api/v1/reports/${id}/export?format=${format}${inline ? '&disposition=inline' : ''}`;
}

export function useReports() {
  return useQuery({
    queryKey: ['reports', 'list'],
    queryFn: ({ signal }) =>
      api.get<{ items: ReportView[] }>('/api/v1/reports', undefined, signal).then((r) => r.items),
  });
}

export function useReport(id: number) {
  return useQuery({
    queryKey: ['reports', 'detail', id],
    queryFn: ({ signal }) => api.get<ReportView>(`/api/v1/reports/${id}`, undefined, signal),
  });
}

/** The content as printed: generated from data for a draft, frozen once issued. */
export function useReportContent(id: number) {
  return useQuery({
    queryKey: ['reports', 'content', id],
    queryFn: ({ signal }) =>
      api.get<ReportContent>(`/api/v1/reports/${id}/content`, undefined, signal),
  });
}

/** A report write: reports and, when a number is issued, the register change. */
export function useReportWrite<Body, Result>(send: (body: Body) => Promise<Result>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async () => {
      await Promise.all(
        ['reports', 'documents'].map((key) => client.invalidateQueries({ queryKey: [key] })),
      );
    },
  });
}

export function saveNarrative(id: number, blockKey: string, text: string, version: number) {
  return apiRequest<ReportView>(
    'PUT',
    `/api/v1/reports/${id}/narratives/${encodeURIComponent(blockKey)}`,
    { json: { text, version } },
  );
}
