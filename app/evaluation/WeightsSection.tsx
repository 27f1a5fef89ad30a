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
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/columns';
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
  const columns: Column<EvaluationWeights['criteria'][number]>[] = [
    {
      id: 'criterion',
      header: t.criterion,
      alwaysVisible: true,
      rowHeader: true,
      sortable: true,
      cell: (c) => c.label,
      value: (c) => c.label,
    },
    {
      id: 'weight',
      header: t.weight,
      numeric: true,
      sortable: true,
      cell: (c) => formatCount(c.weight, lang),
      value: (c) => c.weight,
    },
    {
      id: 'defaultWeight',
      header: t.defaultWeight,
      numeric: true,
      sortable: true,
      cell: (c) => formatCount(c.defaultWeight, lang),
      value: (c) => c.defaultWeight,
    },
  ];
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
      {w && (
        <p>
          {w.ruleSet.label}. {w.isDefault ? t.isDefault : t.custom}
        </p>
      )}
      <DataTable
        tableId="evaluation-weights"
        caption={t.caption(year)}
        showCaption
        localSort
        columns={columns}
        rows={w?.criteria}
        rowKey={(c) => c.key}
        loading={weights.isFetching}
        error={weights.error}
        onRetry={() => void weights.refetch()}
        exportSpec={{ fileName: `trong-so-${year}`, sheetName: t.caption(year) }}
      />
      {w && canDo(user.role, 'evaluation.setWeights') && (
        <WeightsForm key={`${w.year}-${lang}`} weights={w} />
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
