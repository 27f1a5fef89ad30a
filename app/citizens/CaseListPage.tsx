/**
 * Đơn, vụ việc: the cases in the user's scope with filters kept in the
 * address (kind, channel, status, overdue, unit, words), their next due date
 * and timeliness, pages and the Excel export of the whole filtered view.
 */
import { useMemo, type FormEvent } from 'react';
import { Link, useSearchParams } from 'wouter';
import { formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { canDo } from '../platform/permissions';
import { useToday, useUser } from '../platform/session';
import { UnitSelect } from '../organisation/UnitSelect';
import { organisationText } from '../organisation/text';
import { CheckboxField, SelectField, TextField } from '../ui/fields';
import { formText } from '../ui/form-data';
import { Page } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import { Pagination } from '../ui/table/Pagination';
import type { Column } from '../ui/table/columns';
import { MAX_PAGE_SIZE, fetchAllPages } from '../ui/table/export';
import { AREA, AreaTabs } from './AreaTabs';
import {
  CASE_CHANNELS,
  CASE_CLASSIFICATIONS,
  CASE_UNIT_KINDS,
  fetchCases,
  useCases,
  type CaseFilters,
  type CaseView,
} from './api';
import { citizensText } from './text';
import { TimelinessChip } from './TimelinessChip';

export function CaseListPage() {
  const text = useText(citizensText);
  const t = text.cases;
  const { lang } = useLang();
  const user = useUser();
  const today = useToday();
  const kindLabels = useText(organisationText).kind;
  const [params, setParams] = useSearchParams();
  const filters: CaseFilters = {
    classification: params.get('loai') ?? undefined,
    channel: params.get('kenh') ?? undefined,
    status: params.get('trangThai') ?? undefined,
    overdue: params.get('quaHan') === '1' || undefined,
    dueSoon: params.get('sapHan') === '1' || undefined,
    mine: params.get('cuaToi') === '1' || undefined,
    unitId: params.get('donVi') ? Number(params.get('donVi')) : undefined,
    q: params.get('q') ?? undefined,
  };
  const page = Math.max(1, Number(params.get('trang') ?? '1') || 1);
  const pageSize = Number(params.get('co') ?? '50') || 50;
  const cases = useCases(filters, pageSize, (page - 1) * pageSize);
  const columns = useMemo<Column<CaseView>[]>(() => {
    const s = citizensText[lang];
    return [
      {
        id: 'number',
        header: s.cases.col.number,
        alwaysVisible: true,
        cell: (c) => (
          <Link href={`${AREA}/don/${c.id}`} className="nowrap">
            {c.caseNumber}
          </Link>
        ),
        value: (c) => c.caseNumber,
      },
      {
        id: 'receivedOn',
        header: s.cases.col.receivedOn,
        cell: (c) => <span className="nowrap">{formatDate(c.receivedOn, lang)}</span>,
        value: (c) => c.receivedOn,
      },
      {
        id: 'classification',
        header: s.cases.col.classification,
        cell: (c) => s.classification[c.classification],
        value: (c) => s.classification[c.classification],
      },
      {
        id: 'channel',
        header: s.cases.col.channel,
        cell: (c) => s.channel[c.channel],
        value: (c) => s.channel[c.channel],
        defaultHidden: true,
      },
      {
        id: 'summary',
        header: s.cases.col.summary,
        cell: (c) => <span className="summary-cell">{c.summary}</span>,
        value: (c) => c.summary,
      },
      {
        id: 'unit',
        header: s.cases.col.unit,
        cell: (c) => c.unit?.name ?? s.detail.notAssigned,
        value: (c) => c.unit?.name ?? '',
      },
      {
        id: 'status',
        header: s.cases.col.status,
        cell: (c) => s.caseStatus[c.status],
        value: (c) => s.caseStatus[c.status],
      },
      {
        id: 'nextDue',
        header: s.cases.col.nextDue,
        cell: (c) => <span className="nowrap">{formatDate(c.nextDueDate, lang)}</span>,
        value: (c) => c.nextDueDate,
      },
      {
        id: 'timeliness',
        header: s.cases.col.timeliness,
        cell: (c) => <TimelinessChip value={c.timeliness} />,
        value: (c) => (c.timeliness ? s.timeliness[c.timeliness] : ''),
      },
    ];
  }, [lang]);
  const apply = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const next = new URLSearchParams();
    const put = (key: string, value: string) => {
      if (value) next.set(key, value);
    };
    put('q', formText(data, 'q'));
    put('loai', formText(data, 'classification'));
    put('kenh', formText(data, 'channel'));
    put('trangThai', formText(data, 'status'));
    put('donVi', formText(data, 'unit'));
    if (data.get('overdue')) next.set('quaHan', '1');
    if (data.get('dueSoon')) next.set('sapHan', '1');
    if (data.get('mine')) next.set('cuaToi', '1');
    setParams(next);
  };
  const setPage = (p: number, size = pageSize) =>
    setParams((prev) => {
      prev.set('trang', String(p));
      prev.set('co', String(size));
      return prev;
    });
  return (
    <>
      <AreaTabs />
      <Page
        title={t.title}
        intro={<p>{t.intro}</p>}
        actions={
          canDo(user.role, 'citizens.manage') ? (
            <Link href={`${AREA}/don/tiep-nhan`} className="button button-primary">
              {t.receive}
            </Link>
          ) : undefined
        }
      >
        <form
          role="search"
          aria-label={t.filters}
          className="filters"
          onSubmit={apply}
          key={params.toString()}
        >
          <div className="form-grid">
            <TextField
              label={t.search}
              name="q"
              type="search"
              hint={t.searchHint}
              defaultValue={filters.q ?? ''}
            />
            <SelectField
              label={t.classification}
              name="classification"
              defaultValue={filters.classification ?? ''}
            >
              <option value="">{t.all}</option>
              {CASE_CLASSIFICATIONS.map((c) => (
                <option key={c} value={c}>
                  {text.classification[c]}
                </option>
              ))}
            </SelectField>
            <SelectField label={t.channel} name="channel" defaultValue={filters.channel ?? ''}>
              <option value="">{t.all}</option>
              {CASE_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {text.channel[c]}
                </option>
              ))}
            </SelectField>
            <SelectField label={t.status} name="status" defaultValue={filters.status ?? ''}>
              <option value="">{t.all}</option>
              <option value="open">{text.caseStatus.open}</option>
              <option value="closed">{text.caseStatus.closed}</option>
            </SelectField>
            <UnitSelect
              label={t.unit}
              name="unit"
              asOf={today}
              kinds={CASE_UNIT_KINDS}
              kindLabels={kindLabels}
              emptyLabel={t.all}
              defaultValue={filters.unitId ? String(filters.unitId) : ''}
            />
          </div>
          <CheckboxField label={t.overdueOnly} name="overdue" defaultChecked={!!filters.overdue} />
          <CheckboxField label={t.dueSoonOnly} name="dueSoon" defaultChecked={!!filters.dueSoon} />
          <CheckboxField label={t.mine} name="mine" defaultChecked={!!filters.mine} />
          <div className="form-actions">
            <button type="submit" className="button button-primary">
              {t.apply}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setParams({})}>
              {t.clear}
            </button>
          </div>
        </form>
        <DataTable
          tableId="citizen-cases"
          caption={t.caption}
          columns={columns}
          rows={cases.data?.items}
          rowKey={(c) => c.id}
          loading={cases.isFetching}
          error={cases.error}
          onRetry={() => void cases.refetch()}
          emptyText={t.empty}
          exportSpec={{
            fileName: t.exportFile,
            sheetName: t.exportSheet,
            fetchRows: (onProgress) =>
              fetchAllPages(async (p, size) => {
                const res = await fetchCases(filters, size, (p - 1) * size);
                return { ...res, page: p, pageSize: size };
              }, onProgress),
          }}
          footer={
            cases.data && (
              <Pagination
                total={cases.data.total}
                page={page}
                pageSize={pageSize}
                onPage={(p) => setPage(p)}
                onPageSize={(size) => setPage(1, Math.min(size, MAX_PAGE_SIZE))}
              />
            )
          }
        />
      </Page>
    </>
  );
}
