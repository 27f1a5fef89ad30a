/**
 * Chất vấn: the questions of HĐND deputies to members of the UBND, who
 * answers, the 20-day answer limit, the answer document and timeliness.
 */
import { useMemo } from 'react';
import { Link } from 'wouter';
import { formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { Page } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/columns';
import { AreaTabs } from './AreaTabs';
import { useInterpellations, type Interpellation } from './api';
import { citizensText } from './text';
import { TimelinessChip } from './TimelinessChip';

export function InterpellationsPage() {
  const t = useText(citizensText).interpellations;
  const { lang } = useLang();
  const list = useInterpellations();
  const columns = useMemo<Column<Interpellation>[]>(() => {
    const s = citizensText[lang];
    const i = s.interpellations;
    const who = (x: Interpellation) =>
      [x.responsible.fullName, x.responsible.title].filter(Boolean).join(', ');
    return [
      {
        id: 'questionedOn',
        header: i.questionedOn,
        cell: (x) => <span className="nowrap">{formatDate(x.questionedOn, lang)}</span>,
        value: (x) => x.questionedOn,
      },
      {
        id: 'deputy',
        header: i.deputy,
        cell: (x) => x.deputyName,
        value: (x) => x.deputyName,
      },
      {
        id: 'question',
        header: i.question,
        alwaysVisible: true,
        cell: (x) => <span className="summary-cell">{x.question}</span>,
        value: (x) => x.question,
      },
      {
        id: 'session',
        header: i.session,
        cell: (x) => x.session?.label ?? i.between,
        value: (x) => x.session?.label ?? i.between,
        defaultHidden: true,
      },
      { id: 'responsible', header: i.responsible, cell: who, value: who },
      {
        id: 'due',
        header: i.due,
        cell: (x) => <span className="nowrap">{formatDate(x.dueOn, lang)}</span>,
        value: (x) => x.dueOn,
      },
      {
        id: 'answer',
        header: i.answer,
        cell: (x) =>
          x.answerDocument ? (
            <Link href={`/van-ban/${x.answerDocument.id}`} className="nowrap">
              {x.answerDocument.numberSymbol ?? `#${x.answerDocument.id}`}
            </Link>
          ) : (
            ''
          ),
        value: (x) => x.answerDocument?.numberSymbol,
      },
      {
        id: 'timeliness',
        header: i.timeliness,
        cell: (x) => <TimelinessChip value={x.timeliness} />,
        value: (x) => s.timeliness[x.timeliness],
      },
    ];
  }, [lang]);
  return (
    <>
      <AreaTabs />
      <Page title={t.title} intro={<p>{t.intro}</p>}>
        <DataTable
          tableId="interpellations"
          caption={t.caption}
          columns={columns}
          rows={list.data}
          rowKey={(x) => x.id}
          loading={list.isFetching}
          error={list.error}
          onRetry={() => void list.refetch()}
          emptyText={t.empty}
          exportSpec={{
            fileName: t.exportFile,
            sheetName: t.title.slice(0, 31),
            fetchRows: () => Promise.resolve(list.data ?? []),
          }}
        />
      </Page>
    </>
  );
}
