/**
 * The evaluation runs, newest first; for the office, the form to evaluate an
 * ended period (POST /evaluation/runs), and the year's criteria and weights.
 */
import { canDo } from '../platform/permissions';
import { useMemo, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { AreaTabs } from '../indicators/AreaTabs';
import { formatCount } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { useToday, useUser } from '../platform/session';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { SelectField, TextField } from '../ui/fields';
import { formNumber, formText } from '../ui/form-data';
import { Page, Section } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/columns';
import { useEvaluationRuns, useStartRun, type EvaluationRunSummary } from './api';
import { runPath } from './paths';
import { formatInstant, runBy } from './format';
import { evaluationText } from './text';
import { WeightsSection } from './WeightsSection';

export function EvaluationRunsPage() {
  const t = useText(evaluationText);
  const { lang } = useLang();
  const user = useUser();
  const runs = useEvaluationRuns();
  const columns = useMemo<Column<EvaluationRunSummary>[]>(() => {
    const s = evaluationText[lang].list;
    return [
      {
        id: 'period',
        header: s.period,
        alwaysVisible: true,
        cell: (r) => <Link href={runPath(r.id)}>{r.period.label}</Link>,
        value: (r) => r.period.label,
      },
      {
        id: 'ruleSet',
        header: s.ruleSet,
        cell: (r) => s.ruleSets[r.ruleSet] ?? r.ruleSet,
        value: (r) => s.ruleSets[r.ruleSet] ?? r.ruleSet,
      },
      {
        id: 'units',
        header: s.units,
        numeric: true,
        cell: (r) => formatCount(r.unitCount, lang),
        value: (r) => r.unitCount,
      },
      {
        id: 'createdAt',
        header: s.createdAt,
        cell: (r) => <span className="nowrap">{formatInstant(r.createdAt, lang)}</span>,
        value: (r) => r.createdAt,
      },
      {
        id: 'createdBy',
        header: s.createdBy,
        cell: (r) => runBy(r.createdBy, s.system),
        value: (r) => runBy(r.createdBy, s.system),
      },
    ];
  }, [lang]);
  return (
    <>
      <AreaTabs />
      <Page title={t.list.title} intro={<p>{t.list.intro}</p>}>
        <DataTable
          tableId="evaluation-runs"
          caption={t.list.caption}
          columns={columns}
          rows={runs.data}
          rowKey={(r) => r.id}
          loading={runs.isFetching}
          error={runs.error}
          onRetry={() => void runs.refetch()}
          emptyText={t.list.empty}
        />
        {canDo(user.role, 'evaluation.run') && <StartRunForm />}
        <WeightsSection />
      </Page>
    </>
  );
}

function StartRunForm() {
  const t = useText(evaluationText).start;
  const today = useToday();
  const [, navigate] = useLocation();
  const start = useStartRun();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const period = formText(data, 'period');
    start.mutate(
      { year: formNumber(data, 'year') ?? 0, half: period === '1' ? 1 : period === '2' ? 2 : null },
      { onSuccess: (run) => navigate(runPath(run.id)) },
    );
  };
  const month = Number(today.slice(5, 7));
  return (
    <Section title={t.title}>
      <form className="form" onSubmit={submit} aria-label={t.title}>
        <p>{t.intro}</p>
        <ErrorNotice error={start.error} />
        <div className="form-grid">
          <TextField
            label={t.year}
            name="year"
            type="number"
            min={2020}
            max={2100}
            required
            defaultValue={month > 6 ? today.slice(0, 4) : String(Number(today.slice(0, 4)) - 1)}
            error={fieldError(start.error, 'year')}
          />
          <SelectField
            label={t.period}
            name="period"
            defaultValue={month > 6 ? '1' : 'year'}
            error={fieldError(start.error, 'half')}
          >
            {Object.entries(t.periods).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={start.isPending}>
            {start.isPending ? t.submitting : t.submit}
          </button>
        </div>
      </form>
    </Section>
  );
}
