/** The register table's columns (shared by the list and its Excel export). */
import { Link } from 'wouter';
import type { Lang } from '../platform/i18n';
import { formatDate } from '../platform/format';
import type { Column } from '../ui/table/columns';
import type { DocumentView } from './api';
import { documentLabels } from './labels';
import { documentsText } from './text';

/** API sort key of each sortable column. */
export const SORT_KEYS: Record<string, string> = {
  numberSymbol: 'number',
  issueDate: 'issueDate',
  arrivalDate: 'arrivalDate',
  createdAt: 'createdAt',
};

export function documentColumns(lang: Lang): Column<DocumentView>[] {
  const t = documentsText[lang].col;
  const l = documentLabels[lang];
  const date = (d: string | null | undefined) => formatDate(d, lang);
  return [
    {
      id: 'numberSymbol',
      header: t.numberSymbol,
      alwaysVisible: true,
      sortable: true,
      cell: (d) => (
        <Link href={`/van-ban/${d.id}`} className="nowrap">
          {d.numberSymbol ?? t.noNumber}
        </Link>
      ),
      value: (d) => d.numberSymbol,
    },
    {
      id: 'issueDate',
      header: t.issueDate,
      sortable: true,
      cell: (d) => <span className="nowrap">{date(d.issueDate)}</span>,
      value: (d) => date(d.issueDate),
    },
    { id: 'type', header: t.type, cell: (d) => d.type.name, value: (d) => d.type.name },
    {
      id: 'summary',
      header: t.summary,
      cell: (d) => <span className="summary-cell">{d.summary}</span>,
      value: (d) => d.summary,
    },
    { id: 'issuer', header: t.issuer, cell: (d) => d.issuer.name, value: (d) => d.issuer.name },
    {
      id: 'signer',
      header: t.signer,
      defaultHidden: true,
      cell: (d) => d.signer.name ?? '',
      value: (d) => d.signer.name,
    },
    {
      id: 'direction',
      header: t.direction,
      cell: (d) => l.direction[d.direction],
      value: (d) => l.direction[d.direction],
    },
    {
      id: 'status',
      header: t.status,
      cell: (d) => <span className={`status status-${d.status}`}>{l.status[d.status]}</span>,
      value: (d) => l.status[d.status],
    },
    {
      id: 'tags',
      header: t.tags,
      defaultHidden: true,
      cell: (d) => d.tags.map((x) => x.label).join(', '),
      value: (d) => d.tags.map((x) => x.label).join(', '),
    },
    {
      id: 'regime',
      header: t.regime,
      defaultHidden: true,
      cell: (d) => l.regime[d.regime],
      value: (d) => l.regime[d.regime],
    },
    {
      id: 'arrivalNumber',
      header: t.arrivalNumber,
      defaultHidden: true,
      numeric: true,
      cell: (d) => d.arrival?.number ?? '',
      value: (d) => d.arrival?.number,
    },
    {
      id: 'arrivalDate',
      header: t.arrivalDate,
      defaultHidden: true,
      sortable: true,
      cell: (d) => date(d.arrival?.date),
      value: (d) => date(d.arrival?.date),
    },
    {
      id: 'deadline',
      header: t.deadline,
      defaultHidden: true,
      cell: (d) => date(d.handling?.deadline),
      value: (d) => date(d.handling?.deadline),
    },
    {
      id: 'urgency',
      header: t.urgency,
      defaultHidden: true,
      cell: (d) => l.urgency[d.urgency],
      value: (d) => l.urgency[d.urgency],
    },
    {
      id: 'secrecy',
      header: t.secrecy,
      defaultHidden: true,
      cell: (d) => l.secrecy[d.secrecy],
      value: (d) => l.secrecy[d.secrecy],
    },
    {
      id: 'createdAt',
      header: t.createdAt,
      defaultHidden: true,
      sortable: true,
      cell: (d) => date(d.createdAt),
      value: (d) => date(d.createdAt),
    },
  ];
}
