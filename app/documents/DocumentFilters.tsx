/**
 * The register's filters: a diacritics-insensitive search and the fields the
 * API filters on. Applied on submit; the page address keeps them.
 */
import { useState, type FormEvent } from 'react';
import { viFold } from '../../shared/vi/text';
import { useLang, useText } from '../platform/i18n';
import { useToday } from '../platform/session';
import { organisationText } from '../organisation/text';
import { UnitSelect } from '../organisation/UnitSelect';
import { SelectField, TextField } from '../ui/fields';
import type { DocumentFilters as Filters } from './api';
import { DIRECTIONS, documentLabels, REGIMES, STATUSES } from './labels';
import { documentsText } from './text';
import { TypeOptions } from './type-options';
import { formText } from '../ui/form-data';

const ISSUER_KINDS = [
  'provincial_committee',
  'provincial_council',
  'agency',
  'district_committee',
  'party_committee',
  'central_body',
  'commune_committee',
  'other_body',
] as const;

function wideScreen(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(min-width: 48em)').matches;
}

export function DocumentFilters({
  filters,
  onApply,
}: {
  filters: Filters;
  onApply: (next: Partial<Filters>) => void;
}) {
  const t = useText(documentsText).list;
  const { lang } = useLang();
  const l = documentLabels[lang];
  const kinds = organisationText[lang].kind;
  const today = useToday();
  const [open] = useState(wideScreen);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const get = (k: string) => formText(data, k);
    onApply({
      q: get('q'),
      type: get('type'),
      direction: get('direction'),
      regime: get('regime'),
      issuer: get('issuer'),
      register: get('register'),
      from: get('from'),
      to: get('to'),
      tag: get('tag') ? viFold(get('tag')) : '',
      status: get('status'),
    });
  };
  const all = <option value="">{t.all}</option>;
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
          <SelectField label={t.type} name="type" defaultValue={filters.type}>
            {all}
            <TypeOptions lang={lang} />
          </SelectField>
          <SelectField label={t.direction} name="direction" defaultValue={filters.direction}>
            {all}
            {DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {l.direction[d]}
              </option>
            ))}
          </SelectField>
          <SelectField label={t.regime} name="regime" defaultValue={filters.regime}>
            {all}
            {REGIMES.map((r) => (
              <option key={r} value={r}>
                {l.regime[r]}
              </option>
            ))}
          </SelectField>
          <SelectField label={t.status} name="status" defaultValue={filters.status}>
            {all}
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {l.status[s]}
              </option>
            ))}
          </SelectField>
          <UnitSelect
            label={t.issuer}
            name="issuer"
            asOf={filters.to || today}
            kinds={ISSUER_KINDS}
            kindLabels={kinds}
            defaultValue={filters.issuer}
            emptyLabel={t.all}
          />
          <UnitSelect
            label={t.register}
            name="register"
            asOf={filters.to || today}
            kinds={ISSUER_KINDS}
            kindLabels={kinds}
            defaultValue={filters.register}
            emptyLabel={t.all}
          />
          <TextField label={t.from} name="from" type="date" defaultValue={filters.from} />
          <TextField label={t.to} name="to" type="date" defaultValue={filters.to} />
          <TextField label={t.tag} name="tag" defaultValue={filters.tag} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {t.apply}
          </button>
          <button
            type="reset"
            className="button button-secondary"
            onClick={() =>
              onApply({
                q: '',
                type: '',
                direction: '',
                regime: '',
                issuer: '',
                register: '',
                from: '',
                to: '',
                tag: '',
                status: '',
              })
            }
          >
            {t.clear}
          </button>
        </div>
      </details>
    </form>
  );
}
