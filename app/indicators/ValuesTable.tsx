/**
 * Số liệu các kỳ: every entry of the year with its provenance (entered here,
 * Excel file, another system), the estimate flag, the revision and what
 * became of it; the unit leader decides the waiting ones here too.
 */
import { useState } from 'react';
import { formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Section, StatusNotice } from '../ui/Page';
import type { ValueView } from './api';
import { DecisionButtons } from './DecisionButtons';
import { formatFigure, labelOfPeriod } from './figures';
import { indicatorsText } from './text';

export function ValuesTable({
  values,
  year,
  name,
  unit,
  canApprove,
  error,
  onRetry,
  loading,
}: {
  values: readonly ValueView[] | undefined;
  year: number;
  name: string;
  unit: string;
  canApprove: boolean;
  error: unknown;
  onRetry: () => void;
  loading: boolean;
}) {
  const t = useText(indicatorsText);
  const { lang } = useLang();
  const [notice, setNotice] = useState<string | null>(null);
  const rows = [...(values ?? [])].sort((a, b) =>
    a.period === b.period ? b.revision - a.revision : a.period < b.period ? 1 : -1,
  );
  const revisionOf = new Map(rows.map((v) => [v.id, v.revision]));
  const v = t.values;
  const caption = v.caption(year);
  return (
    <Section title={v.title}>
      <p className="field-hint">{v.intro}</p>
      {notice && <StatusNotice>{notice}</StatusNotice>}
      <ErrorNotice error={error} onRetry={onRetry} />
      {values && rows.length === 0 && <p className="empty-state">{v.empty}</p>}
      {rows.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
          <table className="data-table" aria-busy={loading ? true : undefined}>
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{v.period}</th>
                <th scope="col" className="numeric">
                  {v.value} ({unit})
                </th>
                <th scope="col">{v.estimate}</th>
                <th scope="col" className="numeric">
                  {v.revision}
                </th>
                <th scope="col">{v.status}</th>
                <th scope="col">{v.source}</th>
                <th scope="col">{v.enteredBy}</th>
                <th scope="col">{v.decidedBy}</th>
                <th scope="col">{v.note}</th>
                {canApprove && <th scope="col">{v.actions}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const replacedBy =
                  r.supersededById !== null ? revisionOf.get(r.supersededById) : undefined;
                return (
                  <tr key={r.id} className={r.status === 'approved' ? undefined : 'row-muted'}>
                    <td data-label={v.period}>{labelOfPeriod(r.period, lang)}</td>
                    <td data-label={v.value} className="numeric">
                      {formatFigure(r.value, lang, 4)}
                      {r.numerator !== null && r.denominator !== null && (
                        <span className="figure-note">
                          {' '}
                          ({formatFigure(r.numerator, lang)}/{formatFigure(r.denominator, lang)})
                        </span>
                      )}
                    </td>
                    <td data-label={v.estimate}>{r.estimate ? v.estimateYes : '—'}</td>
                    <td data-label={v.revision} className="numeric">
                      {r.revision}
                    </td>
                    <td data-label={v.status}>
                      {t.valueStatus[r.status]}
                      {replacedBy !== undefined && (
                        <span className="figure-note"> ({v.supersededBy(replacedBy)})</span>
                      )}
                    </td>
                    <td data-label={v.source}>
                      {t.valueSource[r.source]}
                      {r.sourceRef && <span className="figure-note"> ({r.sourceRef})</span>}
                    </td>
                    <td data-label={v.enteredBy}>
                      {r.enteredBy}, {formatDate(r.enteredOn, lang)}
                    </td>
                    <td data-label={v.decidedBy}>
                      {r.decidedBy
                        ? `${r.decidedBy}${r.decidedAt ? `, ${formatDate(r.decidedAt, lang)}` : ''}`
                        : '—'}
                    </td>
                    <td data-label={v.note}>
                      {[r.note, r.decisionNote].filter(Boolean).join(' — ') || '—'}
                    </td>
                    {canApprove && (
                      <td data-label={v.actions}>
                        {r.status === 'pending' && (
                          <DecisionButtons value={r} name={name} onDone={setNotice} />
                        )}
                      </td>
                    )}
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
