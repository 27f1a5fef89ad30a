/**
 * Đơn vị: the organisation as of a date (names valid that day), as an
 * indented tree until a column is sorted; adding a unit.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'wouter';
import { useLang, useText } from '../platform/i18n';
import { formatDate } from '../platform/format';
import { useToday } from '../platform/session';
import { CheckboxField, SelectField, TextField } from '../ui/fields';
import { Page } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import { sortRows, type Column, type SortState } from '../ui/table/columns';
import { useUnits, UNIT_KINDS } from './api';
import { CreateUnitForm } from './CreateUnitForm';
import { organisationText } from './text';
import { asTree, type UnitInTree } from './unit-tree';
import { formText } from '../ui/form-data';

export function UnitsPage() {
  const { lang } = useLang();
  const t = useText(organisationText);
  const today = useToday();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') || today;
  const kind = params.get('kind') ?? '';
  const q = params.get('q') ?? '';
  const includeEnded = params.get('ended') === '1';
  const units = useUnits({ asOf, kind, q, includeEnded });
  const [sort, setSort] = useState<SortState | undefined>();
  const names = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u.name])), [units.data]);
  const columns = useMemo<Column<UnitInTree>[]>(() => {
    const u = t.units;
    const date = (d: string | null) => formatDate(d, lang);
    return [
      {
        id: 'name',
        header: u.name,
        alwaysVisible: true,
        sortable: true,
        cell: ({ unit, depth }) => (
          <span className="tree-name" style={{ paddingInlineStart: `${depth * 1.25}rem` }}>
            <Link href={`/quan-tri/don-vi/${unit.id}?asOf=${asOf}`}>{unit.name}</Link>
          </span>
        ),
        value: ({ unit }) => unit.name,
      },
      {
        id: 'code',
        header: u.code,
        sortable: true,
        cell: (r) => r.unit.code,
        value: (r) => r.unit.code,
      },
      {
        id: 'kind',
        header: t.units.kindFilter,
        sortable: true,
        cell: (r) => t.kind[r.unit.kind] ?? r.unit.kind,
        value: (r) => t.kind[r.unit.kind] ?? r.unit.kind,
      },
      {
        id: 'shortName',
        header: u.shortName,
        cell: (r) => r.unit.shortName,
        value: (r) => r.unit.shortName,
      },
      {
        id: 'symbolCode',
        header: u.symbolCode,
        cell: (r) => r.unit.symbolCode ?? '',
        value: (r) => r.unit.symbolCode,
      },
      {
        id: 'parent',
        header: u.parent,
        defaultHidden: true,
        cell: (r) => (r.unit.parentId ? (names.get(r.unit.parentId) ?? '') : ''),
        value: (r) => (r.unit.parentId ? (names.get(r.unit.parentId) ?? '') : ''),
      },
      {
        id: 'validFrom',
        header: u.validFrom,
        sortable: true,
        cell: (r) => date(r.unit.validFrom),
        value: (r) => r.unit.validFrom,
      },
      {
        id: 'validTo',
        header: u.validTo,
        sortable: true,
        cell: (r) => date(r.unit.validTo),
        value: (r) => r.unit.validTo,
      },
    ];
  }, [t, lang, asOf, names]);
  const tree = useMemo(() => asTree(units.data ?? []), [units.data]);
  const rows = units.data ? (sort ? sortRows(tree, columns, sort) : tree) : undefined;

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const next: Record<string, string> = {};
    for (const key of ['asOf', 'kind', 'q']) {
      const v = formText(data, key);
      if (v) next[key] = v;
    }
    if (data.get('ended')) next.ended = '1';
    setParams(next);
  };

  return (
    <Page title={t.units.title}>
      <form
        className="filters form-grid"
        aria-label={t.units.title}
        onSubmit={submit}
        key={`${asOf}|${kind}|${q}|${includeEnded}`}
      >
        <TextField
          label={t.units.asOf}
          name="asOf"
          type="date"
          defaultValue={asOf}
          hint={t.units.asOfHint}
        />
        <SelectField label={t.units.kindFilter} name="kind" defaultValue={kind}>
          <option value="">{t.units.allKinds}</option>
          {UNIT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t.kind[k]}
            </option>
          ))}
        </SelectField>
        <TextField label={t.units.search} name="q" type="search" defaultValue={q} />
        <CheckboxField label={t.units.includeEnded} name="ended" defaultChecked={includeEnded} />
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {t.units.apply}
          </button>
        </div>
      </form>
      <DataTable
        tableId="units"
        caption={`${t.units.caption} — ${formatDate(asOf, lang)}`}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.unit.id}
        loading={units.isFetching}
        error={units.error}
        onRetry={() => void units.refetch()}
        sort={sort}
        onSortChange={setSort}
        exportSpec={{
          fileName: `don-vi-${asOf}`,
          sheetName: t.units.title,
          fetchRows: async () => rows ?? [],
        }}
      />
      <CreateUnitForm asOf={asOf} />
    </Page>
  );
}
