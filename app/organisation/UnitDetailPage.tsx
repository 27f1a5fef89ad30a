/**
 * One unit as of a date: the name it bore that day, its names over time, the
 * positions held, and the effective-dated changes (rename, dissolve/merge).
 */
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'wouter';
import { useLang, useText } from '../platform/i18n';
import { formatDate } from '../platform/format';
import { useToday } from '../platform/session';
import { NotFoundPage } from '../shell/placeholders';
import { ErrorNotice } from '../ui/ErrorNotice';
import { TextField } from '../ui/fields';
import { Page, Section } from '../ui/Page';
import { uiText } from '../ui/text';
import { useUnit, type DissolveResult, type UnitDetail } from './api';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/columns';

type UnitName = UnitDetail['names'][number];
import { organisationText } from './text';
import { DissolveUnitForm, MovedWork, RenameUnitForm } from './UnitChangeForms';
import { formText } from '../ui/form-data';

export function UnitDetailPage({ id }: { id: string }) {
  if (!/^\d+$/.test(id)) return <NotFoundPage />;
  return <UnitDetailView id={Number(id)} />;
}

function UnitDetailView({ id }: { id: number }) {
  const t = useText(organisationText);
  const ui = useText(uiText);
  const today = useToday();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') || today;
  const unit = useUnit(id, asOf);
  const [moved, setMoved] = useState<DissolveResult | null>(null);
  const changeDate = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const value = formText(new FormData(e.currentTarget), 'asOf');
    if (value) setParams({ asOf: value });
  };
  const back = (
    <Link href={`/quan-tri/don-vi?asOf=${asOf}`} className="button button-secondary">
      {t.unit.back}
    </Link>
  );
  const u = unit.data;
  return (
    <Page title={u?.name ?? t.units.title} actions={back}>
      <form className="inline-form" onSubmit={changeDate} aria-label={t.units.asOf} key={asOf}>
        <TextField
          label={t.units.asOf}
          name="asOf"
          type="date"
          defaultValue={asOf}
          hint={t.units.asOfHint}
        />
        <button type="submit" className="button button-secondary">
          {t.units.apply}
        </button>
      </form>
      {moved && <MovedWork result={moved} />}
      {unit.isLoading && <p role="status">{ui.loading}</p>}
      <ErrorNotice error={unit.error} onRetry={() => void unit.refetch()} />
      {u && (
        <UnitSections
          unit={u}
          asOf={asOf}
          onReload={() => void unit.refetch()}
          onDissolved={setMoved}
        />
      )}
    </Page>
  );
}

function UnitSections({
  unit,
  asOf,
  onReload,
  onDissolved,
}: {
  unit: UnitDetail;
  asOf: string;
  onReload: () => void;
  onDissolved: (r: DissolveResult) => void;
}) {
  const { lang } = useLang();
  const t = useText(organisationText);
  const date = (d: string | null) => formatDate(d, lang);
  const nameColumns: Column<UnitName>[] = [
    {
      id: 'name',
      header: t.units.name,
      alwaysVisible: true,
      sortable: true,
      cell: (n) => n.name,
      value: (n) => n.name,
    },
    {
      id: 'shortName',
      header: t.units.shortName,
      sortable: true,
      cell: (n) => n.shortName,
      value: (n) => n.shortName,
    },
    {
      id: 'symbolCode',
      header: t.units.symbolCode,
      sortable: true,
      cell: (n) => n.symbolCode ?? '',
      value: (n) => n.symbolCode,
    },
    {
      id: 'validFrom',
      header: t.units.validFrom,
      sortable: true,
      cell: (n) => date(n.validFrom),
      value: (n) => n.validFrom,
    },
    {
      id: 'validTo',
      header: t.units.validTo,
      sortable: true,
      cell: (n) => (n.validTo ? date(n.validTo) : t.unit.current),
      value: (n) => n.validTo ?? t.unit.current,
    },
  ];
  return (
    <>
      <dl className="fields-list">
        <div className="fields-row">
          <dt>{t.units.code}</dt>
          <dd>{unit.code}</dd>
        </div>
        <div className="fields-row">
          <dt>{t.units.kindFilter}</dt>
          <dd>{t.kind[unit.kind] ?? unit.kind}</dd>
        </div>
        <div className="fields-row">
          <dt>{t.units.shortName}</dt>
          <dd>{unit.shortName || '—'}</dd>
        </div>
        <div className="fields-row">
          <dt>{t.units.symbolCode}</dt>
          <dd>{unit.symbolCode ?? '—'}</dd>
        </div>
        <div className="fields-row">
          <dt>{t.units.validFrom}</dt>
          <dd>{date(unit.validFrom)}</dd>
        </div>
        {unit.validTo && (
          <div className="fields-row">
            <dt>{t.units.validTo}</dt>
            <dd>{t.unit.ended(date(unit.validTo))}</dd>
          </div>
        )}
      </dl>
      <Section title={t.unit.names}>
        <DataTable
          tableId="unit-names"
          caption={t.unit.namesCaption}
          localSort
          columns={nameColumns}
          rows={unit.names ?? []}
          rowKey={(n) => n.validFrom}
          exportSpec={{ fileName: `ten-goi-${unit.code}`, sheetName: t.unit.names }}
        />
      </Section>
      <Section title={t.unit.positions}>
        {(unit.positions ?? []).length === 0 ? (
          <p className="empty-state">{t.unit.noPositions}</p>
        ) : (
          <ul className="plain-list">
            {unit.positions.map((p) => (
              <li key={p.id}>
                <strong>{p.fullName}</strong> — {p.title}
                {p.fieldsOfCharge.length > 0 && (
                  <span className="muted"> ({p.fieldsOfCharge.join('; ')})</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>
      {!unit.validTo && (
        <>
          <RenameUnitForm unit={unit} onReload={onReload} />
          <DissolveUnitForm unit={unit} asOf={asOf} onReload={onReload} onDone={onDissolved} />
        </>
      )}
    </>
  );
}
