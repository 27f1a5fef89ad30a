/**
 * Báo cáo: the reports, newest first, and (for the office) drafting a new one
 * from a template for a year and half — the semi-annual summary to the HĐND
 * uses the ND 09 data window by default.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { api } from '../platform/api-client';
import { formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { canDo } from '../platform/permissions';
import { useToday, useUser } from '../platform/session';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { SelectField, TextField } from '../ui/fields';
import { formNumber, formText } from '../ui/form-data';
import { Page, Section } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/columns';
import { useReports, useReportWrite, type ReportView } from './api';
import { reportsText } from './text';

export function ReportsPage() {
  const t = useText(reportsText);
  const { lang } = useLang();
  const user = useUser();
  const reports = useReports();
  const columns = useMemo<Column<ReportView>[]>(() => {
    const s = reportsText[lang];
    return [
      {
        id: 'number',
        header: s.list.number,
        cell: (r) => <span className="nowrap">{r.numberSymbol ?? s.list.draft}</span>,
        value: (r) => r.numberSymbol ?? s.list.draft,
      },
      {
        id: 'subject',
        header: s.list.subject,
        alwaysVisible: true,
        cell: (r) => (
          <span className="summary-cell">
            <Link href={`/bao-cao/${r.id}`}>{subjectOf(r)}</Link>
          </span>
        ),
        value: (r) => subjectOf(r),
      },
      {
        id: 'window',
        header: s.list.window,
        cell: (r) => (
          <span className="nowrap">
            {formatDate(r.windowFrom, lang)} – {formatDate(r.windowTo, lang)}
          </span>
        ),
        value: (r) => `${r.windowFrom} – ${r.windowTo}`,
      },
      {
        id: 'status',
        header: s.list.status,
        cell: (r) => s.status[r.status],
        value: (r) => s.status[r.status],
      },
      {
        id: 'issuedOn',
        header: s.list.issuedOn,
        cell: (r) => <span className="nowrap">{formatDate(r.issuedOn, lang)}</span>,
        value: (r) => r.issuedOn,
      },
    ];
  }, [lang]);
  return (
    <Page title={t.list.title} intro={<p>{t.list.intro}</p>}>
      <DataTable
        tableId="reports"
        caption={t.list.caption}
        columns={columns}
        rows={reports.data}
        rowKey={(r) => r.id}
        loading={reports.isFetching}
        error={reports.error}
        onRetry={() => void reports.refetch()}
        emptyText={t.list.empty}
      />
      {canDo(user.role, 'reports.manage') && <CreateReportForm />}
    </Page>
  );
}

/** "Báo cáo tóm tắt Tình hình công tác…" as one line. */
export function subjectOf(r: Pick<ReportView, 'typeName' | 'summary'>): string {
  const type = r.typeName.charAt(0) + r.typeName.slice(1).toLocaleLowerCase('vi');
  const summary = r.summary.replace(/\s*\n\s*/g, ' ');
  return `${type} ${summary.charAt(0).toLocaleLowerCase('vi')}${summary.slice(1)}`;
}

/** The period each template is drafted for (server/reports/templates/registry.ts). */
const TEMPLATE_PERIODS: Record<string, 'month' | 'quarter' | 'half' | 'nine_months' | 'year'> = {
  'semiannual-summary': 'half',
  'monthly-review': 'month',
  'quarterly-report': 'quarter',
  'nine-month-report': 'nine_months',
  'annual-report': 'year',
  'ad-hoc': 'half',
};

function CreateReportForm() {
  const t = useText(reportsText);
  const today = useToday();
  const [, navigate] = useLocation();
  const [template, setTemplate] = useState('semiannual-summary');
  const period = TEMPLATE_PERIODS[template] ?? 'half';
  const create = useReportWrite((body: Record<string, unknown>) =>
    api.post<ReportView>('/api/v1/reports', body),
  );
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    create.mutate(
      {
        template,
        year: formNumber(data, 'year'),
        ...(period === 'month' ? { month: formNumber(data, 'month') } : {}),
        ...(period === 'quarter' ? { quarter: formNumber(data, 'quarter') } : {}),
        ...(period === 'half' ? { half: formNumber(data, 'half') } : {}),
        basis: formText(data, 'basis'),
      },
      { onSuccess: (r) => navigate(`/bao-cao/${r.id}`) },
    );
  };
  const err = (name: string) => fieldError(create.error, name);
  return (
    <Section title={t.create.title}>
      <form className="form" onSubmit={submit} aria-label={t.create.title}>
        <ErrorNotice error={create.error} />
        <div className="form-grid">
          <SelectField
            label={t.create.template}
            name="template"
            value={template}
            onChange={(e) => setTemplate(e.target.value)}
            error={err('template')}
          >
            {Object.entries(t.create.templates).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t.create.year}
            name="year"
            type="number"
            min={2000}
            max={2100}
            required
            defaultValue={today.slice(0, 4)}
            error={err('year')}
          />
          {period === 'month' && (
            <TextField
              label={t.create.month}
              name="month"
              type="number"
              min={1}
              max={12}
              required
              defaultValue={String(Number(today.slice(5, 7)))}
              error={err('month')}
            />
          )}
          {period === 'quarter' && (
            <SelectField
              label={t.create.quarter}
              name="quarter"
              error={err('quarter')}
              defaultValue={String(Math.ceil(Number(today.slice(5, 7)) / 3))}
            >
              {Object.entries(t.create.quarters).map(([key, label]) => (
                <option key={key} value={key}>
                  {label}
                </option>
              ))}
            </SelectField>
          )}
          {period === 'half' && (
            <SelectField label={t.create.half} name="half" error={err('half')}>
              {Object.entries(t.create.halves).map(([key, label]) => (
                <option key={key} value={key}>
                  {label}
                </option>
              ))}
            </SelectField>
          )}
          <SelectField label={t.create.basis} name="basis" error={err('basis')}>
            {Object.entries(t.basis).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {t.create.submit}
          </button>
        </div>
      </form>
    </Section>
  );
}
