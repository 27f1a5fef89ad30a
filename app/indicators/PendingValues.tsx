/**
 * Số liệu chờ duyệt: the figures of the leader's unit waiting for their
 * decision (`GET /indicator-values?status=pending`, limited to their scope
 * by the server), each with Duyệt / Từ chối.
 */
import { useState } from 'react';
import { Link } from 'wouter';
import { formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Section, StatusNotice } from '../ui/Page';
import { usePendingValues, type TableRow } from './api';
import { DecisionButtons } from './DecisionButtons';
import { formatFigure, labelOfPeriod } from './figures';
import { indicatorsText } from './text';

export function PendingValues({ rows }: { rows: readonly TableRow[] }) {
  const t = useText(indicatorsText).pending;
  const { lang } = useLang();
  const pending = usePendingValues(true);
  const names = new Map(
    rows.map((r) => [r.indicator.id, lang === 'vi' ? r.indicator.nameVi : r.indicator.nameEn]),
  );
  const units = new Map(rows.map((r) => [r.indicator.id, r.indicator.unitOfMeasure]));
  const items = pending.data ?? [];
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Section title={t.title}>
      <p className="field-hint">{t.intro}</p>
      {notice && <StatusNotice>{notice}</StatusNotice>}
      <ErrorNotice error={pending.error} onRetry={() => void pending.refetch()} />
      {pending.data && items.length === 0 && <p className="empty-state">{t.empty}</p>}
      {items.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t.caption}>
          <table className="data-table" aria-busy={pending.isFetching ? true : undefined}>
            <caption className="visually-hidden">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.indicator}</th>
                <th scope="col">{t.period}</th>
                <th scope="col" className="numeric">
                  {t.value}
                </th>
                <th scope="col">{t.enteredBy}</th>
                <th scope="col">{t.enteredOn}</th>
                <th scope="col">{t.actions}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((v) => {
                const name = names.get(v.indicatorId) ?? `#${v.indicatorId}`;
                return (
                  <tr key={v.id}>
                    <td data-label={t.indicator}>
                      <Link href={`/chi-tieu-dau-tu/chi-tieu/${v.indicatorId}`}>{name}</Link>
                    </td>
                    <td data-label={t.period}>{labelOfPeriod(v.period, lang)}</td>
                    <td data-label={t.value} className="numeric">
                      {formatFigure(v.value, lang)} {units.get(v.indicatorId) ?? ''}
                    </td>
                    <td data-label={t.enteredBy}>{v.enteredBy}</td>
                    <td data-label={t.enteredOn}>{formatDate(v.enteredOn, lang)}</td>
                    <td data-label={t.actions}>
                      <DecisionButtons value={v} name={name} onDone={setNotice} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
