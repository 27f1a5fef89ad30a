/**
 * Đôn đốc: the urgings sent to units, by the dates they were sent, or only
 * those nobody has read yet (`?tu=…&den=…&chuaDoc=1`, as the leader
 * dashboard links). Each opens its task.
 */
import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'wouter';
import { api } from '../platform/api-client';
import { formatCount, formatDate } from '../platform/format';
import { useLang, useText, type Texts } from '../platform/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { CheckboxField, TextField } from '../ui/fields';
import { formText } from '../ui/form-data';
import { Page } from '../ui/Page';
import type { UrgingView } from './api';
import { taskLabels } from './labels';

const texts: Texts<{
  title: string;
  caption: string;
  from: string;
  to: string;
  unread: string;
  apply: string;
  total: (n: string) => string;
  empty: string;
  loading: string;
  col: Record<'sentOn' | 'unit' | 'kind' | 'attempt' | 'task' | 'read', string>;
  task: (id: number) => string;
  readYes: string;
  readNo: string;
}> = {
  vi: {
    title: 'Văn bản đôn đốc',
    caption: 'Danh sách văn bản đôn đốc',
    from: 'Gửi từ ngày',
    to: 'Đến ngày',
    unread: 'Chỉ văn bản chưa được đọc',
    apply: 'Lọc',
    total: (n) => `Tổng số: ${n} văn bản đôn đốc`,
    empty: 'Không có văn bản đôn đốc nào khớp bộ lọc.',
    loading: 'Đang tải…',
    col: {
      sentOn: 'Ngày gửi',
      unit: 'Đơn vị',
      kind: 'Hình thức',
      attempt: 'Lần',
      task: 'Nhiệm vụ',
      read: 'Đã đọc',
    },
    task: (id) => `Nhiệm vụ #${id}`,
    readYes: 'Đã đọc',
    readNo: 'Chưa đọc',
  },
  en: {
    title: 'Urgings',
    caption: 'List of urgings',
    from: 'Sent from',
    to: 'To',
    unread: 'Only urgings not yet read',
    apply: 'Filter',
    total: (n) => `Total: ${n} urgings`,
    empty: 'No urging matches the filters.',
    loading: 'Loading…',
    col: {
      sentOn: 'Sent on',
      unit: 'Unit',
      kind: 'Kind',
      attempt: 'No.',
      task: 'Task',
      read: 'Read',
    },
    task: (id) => `Task #${id}`,
    readYes: 'Read',
    readNo: 'Not read',
  },
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function UrgingListPage() {
  const t = useText(texts);
  const labels = useText(taskLabels);
  const { lang } = useLang();
  const [params, setParams] = useSearchParams();
  const from = DATE.test(params.get('tu') ?? '') ? (params.get('tu') ?? '') : '';
  const to = DATE.test(params.get('den') ?? '') ? (params.get('den') ?? '') : '';
  const unread = params.get('chuaDoc') === '1';
  const list = useQuery({
    queryKey: ['tasks', 'urgings', 'list', from, to, unread],
    queryFn: ({ signal }) =>
      api
        .get<{ items: UrgingView[] }>(
          '/api/v1/urgings',
          {
            sentFrom: from || undefined,
            sentTo: to || undefined,
            unread: unread ? 'true' : undefined,
          },
          signal,
        )
        .then((r) => r.items),
  });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const next: Record<string, string> = {};
    if (formText(data, 'from')) next.tu = formText(data, 'from');
    if (formText(data, 'to')) next.den = formText(data, 'to');
    if (data.get('unread')) next.chuaDoc = '1';
    setParams(next);
  };
  return (
    <Page title={t.title}>
      <form
        key={`${from}|${to}|${unread}`}
        role="search"
        aria-label={t.title}
        className="filters"
        onSubmit={submit}
      >
        <div className="form-grid">
          <TextField label={t.from} name="from" type="date" defaultValue={from} />
          <TextField label={t.to} name="to" type="date" defaultValue={to} />
        </div>
        <CheckboxField label={t.unread} name="unread" defaultChecked={unread} />
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {t.apply}
          </button>
        </div>
      </form>
      <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
      {list.isLoading && <p role="status">{t.loading}</p>}
      {list.data && (
        <>
          <p className="list-total" role="status">
            {t.total(formatCount(list.data.length, lang))}
          </p>
          {list.data.length === 0 ? (
            <p>{t.empty}</p>
          ) : (
            <div className="table-scroll" tabIndex={0} role="region" aria-label={t.caption}>
              <table className="details-table">
                <caption className="visually-hidden">{t.caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.col.sentOn}</th>
                    <th scope="col">{t.col.unit}</th>
                    <th scope="col">{t.col.kind}</th>
                    <th scope="col">{t.col.attempt}</th>
                    <th scope="col">{t.col.task}</th>
                    <th scope="col">{t.col.read}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.map((u) => (
                    <tr key={u.id}>
                      <td>{formatDate(u.sentOn, lang)}</td>
                      <td>{u.unitName}</td>
                      <td>{labels.urgingKind[u.kind]}</td>
                      <td className="num">{u.attempt}</td>
                      <td>
                        <Link href={`/nhiem-vu/${u.taskId}`}>{t.task(u.taskId)}</Link>
                      </td>
                      <td>{u.reads.length > 0 ? t.readYes : t.readNo}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </Page>
  );
}
