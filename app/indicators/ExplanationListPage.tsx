/**
 * Giải trình: the explanation requests of the province's indicators, by
 * status, or only those past their deadline (`?trangThai=requested&quaHan=1`,
 * as the leader dashboard links). Each opens its indicator at its period.
 */
import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'wouter';
import { api } from '../platform/api-client';
import { formatCount, formatDate } from '../platform/format';
import { useLang, useText, type Texts } from '../platform/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { CheckboxField, SelectField } from '../ui/fields';
import { formText } from '../ui/form-data';
import { Page } from '../ui/Page';
import type { ExplanationStatus, ExplanationView } from './api';
import { AreaTabs } from './AreaTabs';

const STATUSES: readonly ExplanationStatus[] = ['requested', 'answered', 'closed'];

const texts: Texts<{
  title: string;
  caption: string;
  status: string;
  all: string;
  statuses: Record<ExplanationStatus, string>;
  overdueOnly: string;
  apply: string;
  total: (n: string) => string;
  empty: string;
  loading: string;
  col: Record<'indicator' | 'unit' | 'period' | 'status' | 'due', string>;
  overdue: string;
}> = {
  vi: {
    title: 'Giải trình chỉ tiêu',
    caption: 'Danh sách yêu cầu giải trình',
    status: 'Trạng thái',
    all: 'Tất cả',
    statuses: { requested: 'Chờ giải trình', answered: 'Đã giải trình', closed: 'Đã kết thúc' },
    overdueOnly: 'Chỉ yêu cầu quá hạn giải trình',
    apply: 'Lọc',
    total: (n) => `Tổng số: ${n} yêu cầu giải trình`,
    empty: 'Không có yêu cầu giải trình nào khớp bộ lọc.',
    loading: 'Đang tải…',
    col: {
      indicator: 'Chỉ tiêu',
      unit: 'Đơn vị',
      period: 'Kỳ',
      status: 'Trạng thái',
      due: 'Hạn giải trình',
    },
    overdue: 'quá hạn',
  },
  en: {
    title: 'Indicator explanations',
    caption: 'Explanation requests',
    status: 'Status',
    all: 'All',
    statuses: { requested: 'Awaiting explanation', answered: 'Explained', closed: 'Closed' },
    overdueOnly: 'Only requests past their deadline',
    apply: 'Filter',
    total: (n) => `Total: ${n} explanation requests`,
    empty: 'No explanation request matches the filters.',
    loading: 'Loading…',
    col: { indicator: 'Indicator', unit: 'Unit', period: 'Period', status: 'Status', due: 'Due' },
    overdue: 'overdue',
  },
};

export function ExplanationListPage() {
  const t = useText(texts);
  const { lang } = useLang();
  const [params, setParams] = useSearchParams();
  const status = STATUSES.find((s) => s === params.get('trangThai'));
  const overdueOnly = params.get('quaHan') === '1';
  const list = useQuery({
    queryKey: ['indicators', 'explanations', 'list', status ?? 'all'],
    queryFn: ({ signal }) =>
      api
        .get<{ items: ExplanationView[] }>('/api/v1/indicator-explanations', { status }, signal)
        .then((r) => r.items),
  });
  const rows = list.data?.filter((e) => !overdueOnly || e.overdue);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const next: Record<string, string> = {};
    if (formText(data, 'status')) next.trangThai = formText(data, 'status');
    if (data.get('overdue')) next.quaHan = '1';
    setParams(next);
  };
  return (
    <>
      <AreaTabs />
      <Page title={t.title}>
        <form
          key={`${status ?? ''}|${overdueOnly}`}
          role="search"
          aria-label={t.title}
          className="filters"
          onSubmit={submit}
        >
          <SelectField label={t.status} name="status" defaultValue={status ?? ''}>
            <option value="">{t.all}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t.statuses[s]}
              </option>
            ))}
          </SelectField>
          <CheckboxField label={t.overdueOnly} name="overdue" defaultChecked={overdueOnly} />
          <div className="form-actions">
            <button type="submit" className="button button-primary">
              {t.apply}
            </button>
          </div>
        </form>
        <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
        {list.isLoading && <p role="status">{t.loading}</p>}
        {rows && (
          <>
            <p className="list-total" role="status">
              {t.total(formatCount(rows.length, lang))}
            </p>
            {rows.length === 0 ? (
              <p>{t.empty}</p>
            ) : (
              <div className="table-scroll" tabIndex={0} role="region" aria-label={t.caption}>
                <table className="details-table">
                  <caption className="visually-hidden">{t.caption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.col.indicator}</th>
                      <th scope="col">{t.col.unit}</th>
                      <th scope="col">{t.col.period}</th>
                      <th scope="col">{t.col.status}</th>
                      <th scope="col">{t.col.due}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((e) => (
                      <tr key={e.id}>
                        <td>
                          <Link href={`/chi-tieu-dau-tu/chi-tieu/${e.indicator.id}?ky=${e.period}`}>
                            {e.indicator.nameVi}
                          </Link>
                        </td>
                        <td>{e.unit.name}</td>
                        <td>{e.periodLabel}</td>
                        <td>{t.statuses[e.status]}</td>
                        <td>
                          {formatDate(e.dueOn, lang)}
                          {e.overdue && <strong> ({t.overdue})</strong>}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </Page>
    </>
  );
}
