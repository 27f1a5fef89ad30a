/**
 * The year's scoring criteria and weights; the office may adjust them (the
 * server refuses, naming the field, unless they sum to 100 %).
 */
import { canDo } from '../platform/permissions';
import { useState, type FormEvent } from 'react';
import { formatCount } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { useToday, useUser } from '../platform/session';
import { formatNumber } from '../../shared/vi/number';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { TextField } from '../ui/fields';
import { Section, StatusNotice } from '../ui/Page';
import {
  useEvaluationWeights,
  useSetWeights,
  type CriterionKey,
  type EvaluationWeights,
} from './api';
import { evaluationText } from './text';

export function WeightsSection() {
  const t = useText(evaluationText).weights;
  const { lang } = useLang();
  const today = useToday();
  const user = useUser();
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const weights = useEvaluationWeights(year);
  const w = weights.data;
  return (
    <Section title={t.title(year)}>
      <form
        className="form dashboard-options"
        aria-label={t.year}
        onSubmit={(e) => {
          e.preventDefault();
          const value = Number(new FormData(e.currentTarget).get('year'));
          if (Number.isInteger(value) && value >= 2020 && value <= 2100) setYear(value);
        }}
      >
        <div className="form-grid">
          <TextField
            label={t.year}
            name="year"
            type="number"
            min={2020}
            max={2100}
            defaultValue={String(year)}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button">
            {t.show}
          </button>
        </div>
      </form>
      <ErrorNotice error={weights.error} onRetry={() => void weights.refetch()} />
      {w && (
        <>
          <p>
            {w.ruleSet.label}. {w.isDefault ? t.isDefault : t.custom}
          </p>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t.caption(w.year)}>
            <table className="details-table">
              <caption>{t.caption(w.year)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.criterion}</th>
                  <th scope="col" className="numeric">
                    {t.weight}
                  </th>
                  <th scope="col" className="numeric">
                    {t.defaultWeight}
                  </th>
                </tr>
              </thead>
              <tbody>
                {w.criteria.map((c) => (
                  <tr key={c.key}>
                    <th scope="row">{c.label}</th>
                    <td className="numeric">{formatCount(c.weight, lang)}</td>
                    <td className="numeric">{formatCount(c.defaultWeight, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {canDo(user.role, 'evaluation.setWeights') && (
            <WeightsForm key={`${w.year}-${lang}`} weights={w} />
          )}
        </>
      )}
    </Section>
  );
}

function WeightsForm({ weights }: { weights: EvaluationWeights }) {
  const t = useText(evaluationText).weights;
  const { lang } = useLang();
  const save = useSetWeights();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(weights.criteria.map((c) => [c.key, String(c.weight)])),
  );
  const total = Object.values(values).reduce((s, v) => s + (Number(v) || 0), 0);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const body = Object.fromEntries(
      weights.criteria.map((c) => [c.key, Number(values[c.key] ?? 0)]),
    ) as Record<CriterionKey, number>;
    save.mutate({ year: weights.year, weights: body });
  };
  return (
    <details className="explain">
      <summary>{t.edit}</summary>
      <form className="form" onSubmit={submit} aria-label={t.edit}>
        {save.isSuccess && !save.isPending && <StatusNotice>{t.saved}</StatusNotice>}
        <ErrorNotice error={save.error} />
        <div className="form-grid">
          {weights.criteria.map((c) => (
            <TextField
              key={c.key}
              label={t.weightOf(c.label)}
              name={c.key}
              type="number"
              min={0}
              max={100}
              step="any"
              required
              value={values[c.key] ?? ''}
              onChange={(e) => setValues((prev) => ({ ...prev, [c.key]: e.target.value }))}
              error={fieldError(save.error, `weights.${c.key}`)}
            />
          ))}
        </div>
        <p className="weights-sum" aria-live="polite">
          {t.sum(lang === 'vi' ? formatNumber(total) : String(total))}
        </p>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {t.save}
          </button>
        </div>
      </form>
    </details>
  );
}
