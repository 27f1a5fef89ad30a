/**
 * The task list's filters besides the status chips: a diacritics-insensitive
 * search, the unit and its part, the leader in charge, deadlines, top-level
 * tasks only, awaiting approval, the order. Applied on submit.
 */
import { useState, type FormEvent } from 'react';
import { useLang, useText } from '../platform/i18n';
import { useToday } from '../platform/session';
import { organisationText } from '../organisation/text';
import { UnitSelect } from '../organisation/UnitSelect';
import { CheckboxField, SelectField, TextField } from '../ui/fields';
import { formText } from '../ui/form-data';
import type { TaskFilters } from './filters';
import { TASK_SORTS } from './filters';
import { ASSIGNMENT_ROLES, taskLabels } from './labels';
import { LeaderSelect } from './LeaderSelect';
import { tasksText } from './text';

/** Units that lead or take part in tasks. */
export const TASK_UNIT_KINDS = [
  'agency',
  'district_committee',
  'commune_committee',
  'provincial_committee',
  'working_group',
  'party_committee',
  'provincial_council',
  'other_body',
] as const;

function wideScreen(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(min-width: 48em)').matches;
}

const CLEARED = {
  q: '',
  unit: '',
  role: '',
  leader: '',
  from: '',
  to: '',
  topLevel: false,
  awaiting: false,
};

export function TaskFiltersForm({
  filters,
  onApply,
}: {
  filters: TaskFilters;
  onApply: (next: Partial<TaskFilters>) => void;
}) {
  const t = useText(tasksText).list;
  const { lang } = useLang();
  const l = taskLabels[lang];
  const today = useToday();
  const [open] = useState(wideScreen);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const get = (k: string) => formText(data, k);
    onApply({
      q: get('q'),
      unit: get('unit'),
      role: get('role'),
      leader: get('leader'),
      from: get('from'),
      to: get('to'),
      topLevel: data.get('topLevel') === 'on',
      awaiting: data.get('awaiting') === 'on',
      sort: get('sort') || filters.sort,
    });
  };
  return (
    <form role="search" aria-label={t.filters} className="filters" onSubmit={submit}>
      <div className="search-row">
        <TextField
          label={t.search}
          name="q"
          type="search"
          defaultValue={filters.q}
          hint={t.searchHint}
          className="search-field"
        />
        <button type="submit" className="button button-primary">
          {t.apply}
        </button>
      </div>
      <details className="filter-details" open={open}>
        <summary>{t.filters}</summary>
        <div className="form-grid">
          <UnitSelect
            label={t.unit}
            name="unit"
            asOf={today}
            kinds={TASK_UNIT_KINDS}
            kindLabels={organisationText[lang].kind}
            defaultValue={filters.unit}
            emptyLabel={t.all}
          />
          <SelectField label={t.role} name="role" defaultValue={filters.role}>
            <option value="">{t.anyRole}</option>
            {ASSIGNMENT_ROLES.map((r) => (
              <option key={r} value={r}>
                {l.role[r]}
              </option>
            ))}
          </SelectField>
          <LeaderSelect
            label={t.leader}
            name="leader"
            asOf={today}
            emptyLabel={t.all}
            defaultValue={filters.leader}
          />
          <TextField label={t.deadlineFrom} name="from" type="date" defaultValue={filters.from} />
          <TextField label={t.deadlineTo} name="to" type="date" defaultValue={filters.to} />
          <SelectField label={t.sort} name="sort" defaultValue={filters.sort}>
            {TASK_SORTS.map((s) => (
              <option key={s} value={s}>
                {t.sorts[s]}
              </option>
            ))}
          </SelectField>
        </div>
        <CheckboxField label={t.topLevel} name="topLevel" defaultChecked={filters.topLevel} />
        <CheckboxField label={t.awaiting} name="awaiting" defaultChecked={filters.awaiting} />
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {t.apply}
          </button>
          <button type="reset" className="button button-secondary" onClick={() => onApply(CLEARED)}>
            {t.clear}
          </button>
        </div>
      </details>
    </form>
  );
}
