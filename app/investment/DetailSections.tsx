/** The dashboard's detail tables: by capital source, key projects, ND 40 reporting dates. */
import { formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { Section } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/columns';
import type { Dashboard, ProjectRate, ReportingDate, SourceRate } from './api';
import { figureColumns } from './figure-columns';
import { investmentText } from './text';

/**
 * Rates by capital source, the tree flattened with its depth shown by
 * indentation. The order is the tree's, so the columns do not sort; the
 * export keeps the depth in its own column.
 */
export function SourcesSection({ d }: { d: Dashboard }) {
  const all = useText(investmentText);
  const t = all.sources;
  const { lang } = useLang();
  const columns: Column<SourceRate>[] = [
    {
      id: 'source',
      header: t.source,
      alwaysVisible: true,
      rowHeader: true,
      cell: (s) => <span style={{ paddingLeft: `${s.depth * 1.2}rem` }}>{s.name}</span>,
      value: (s) => `${'  '.repeat(s.depth)}${s.name}`,
    },
    ...figureColumns<SourceRate>((s) => s, all.investors, lang),
  ];
  return (
    <Section title={t.title}>
      <DataTable
        tableId="investment-sources"
        caption={t.caption}
        showCaption
        tableClassName="figures-table"
        columns={columns}
        rows={d.sources}
        rowKey={(s) => s.code}
        rowClassName={(s) => (s.depth === 0 ? 'row-group' : undefined)}
        exportSpec={{ fileName: `giai-ngan-theo-nguon-von-${d.at}`, sheetName: t.title }}
      />
    </Section>
  );
}

export function KeyProjectsSection({ d }: { d: Dashboard }) {
  const all = useText(investmentText);
  const t = all.keyProjects;
  const { lang } = useLang();
  if (d.keyProjects.length === 0) return null;
  const columns: Column<ProjectRate>[] = [
    { id: 'code', header: t.code, sortable: true, cell: (p) => p.code, value: (p) => p.code },
    {
      id: 'project',
      header: t.project,
      alwaysVisible: true,
      rowHeader: true,
      sortable: true,
      cell: (p) => p.name,
      value: (p) => p.name,
    },
    {
      id: 'investor',
      header: all.investors.investor,
      sortable: true,
      cell: (p) => p.investor.name,
      value: (p) => p.investor.name,
    },
    ...figureColumns<ProjectRate>((p) => p, all.investors, lang, { sortable: true }),
  ];
  return (
    <Section title={t.title}>
      <DataTable
        tableId="investment-key-projects"
        caption={t.caption}
        showCaption
        tableClassName="figures-table"
        localSort
        columns={columns}
        rows={d.keyProjects}
        rowKey={(p) => p.id}
        exportSpec={{ fileName: `cong-trinh-trong-diem-${d.at}`, sheetName: t.title }}
      />
    </Section>
  );
}

export function ReportingDatesSection({ d }: { d: Dashboard }) {
  const t = useText(investmentText).reporting;
  const { lang } = useLang();
  if (d.reportingDates.length === 0) return null;
  const covers = (r: ReportingDate) =>
    `${formatDate(r.covers.from, lang)} – ${formatDate(r.covers.to, lang)}`;
  const columns: Column<ReportingDate>[] = [
    {
      id: 'report',
      header: t.report,
      alwaysVisible: true,
      rowHeader: true,
      sortable: true,
      cell: (r) => r.title,
      value: (r) => r.title,
    },
    {
      id: 'covers',
      header: t.covers,
      sortable: true,
      cell: (r) => <span className="nowrap">{covers(r)}</span>,
      value: covers,
    },
    {
      id: 'due',
      header: t.due,
      sortable: true,
      cell: (r) => <span className="nowrap">{formatDate(r.dueOn, lang)}</span>,
      value: (r) => r.dueOn,
    },
    {
      id: 'left',
      header: t.left,
      sortable: true,
      cell: (r) => <span className="nowrap">{t.days(r.daysLeft)}</span>,
      value: (r) => r.daysLeft,
    },
  ];
  return (
    <Section title={t.title}>
      <DataTable
        tableId="investment-reporting-dates"
        caption={t.caption}
        showCaption
        localSort
        columns={columns}
        rows={d.reportingDates}
        rowKey={(r) => `${r.kind}-${r.dueOn}`}
        exportSpec={{ fileName: `ky-bao-cao-dau-tu-cong-${d.at}`, sheetName: t.title }}
      />
    </Section>
  );
}
