/** Cán bộ & chức vụ: the people registry and the positions held in each unit on a date. */
import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../platform/api-client';
import { useLang, useText } from '../platform/i18n';
import { formatDate } from '../platform/format';
import { useToday } from '../platform/session';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { TextField } from '../ui/fields';
import { Page, Section, StatusNotice } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import { sortRows, type Column, type SortState } from '../ui/table/columns';
import { usePeople, usePositions, type Person, type Position } from './api';
import { AppointPositionForm } from './AppointPositionForm';
import { organisationText } from './text';
import { UnitSelect } from './UnitSelect';
import { formOptional, formText } from '../ui/form-data';

export function PeoplePage() {
  const t = useText(organisationText);
  const [q, setQ] = useState('');
  const people = usePeople(q);
  const [sort, setSort] = useState<SortState | undefined>();
  const columns = useMemo<Column<Person>[]>(
    () => [
      {
        id: 'fullName',
        header: t.people.fullName,
        alwaysVisible: true,
        sortable: true,
        cell: (p) => p.fullName,
        value: (p) => p.fullName,
      },
      { id: 'email', header: t.people.email, cell: (p) => p.email ?? '', value: (p) => p.email },
      { id: 'phone', header: t.people.phone, cell: (p) => p.phone ?? '', value: (p) => p.phone },
    ],
    [t],
  );
  const rows = people.data ? sortRows(people.data, columns, sort) : undefined;
  return (
    <Page title={t.people.title}>
      <form
        role="search"
        className="inline-form"
        aria-label={t.people.search}
        onSubmit={(e) => {
          e.preventDefault();
          setQ(formText(new FormData(e.currentTarget), 'q'));
        }}
      >
        <TextField label={t.people.search} name="q" type="search" defaultValue={q} />
        <button type="submit" className="button button-primary">
          {t.units.apply}
        </button>
      </form>
      <DataTable
        tableId="people"
        caption={t.people.caption}
        columns={columns}
        rows={rows}
        rowKey={(p) => p.id}
        loading={people.isFetching}
        error={people.error}
        onRetry={() => void people.refetch()}
        sort={sort}
        onSortChange={setSort}
        exportSpec={{
          fileName: 'can-bo',
          sheetName: t.people.caption,
          fetchRows: async () => rows ?? [],
        }}
      />
      <CreatePersonForm />
      <PositionsSection people={people.data ?? []} />
    </Page>
  );
}

function CreatePersonForm() {
  const t = useText(organisationText).people;
  const client = useQueryClient();
  const create = useMutation({
    mutationFn: (body: { fullName: string; email?: string; phone?: string }) =>
      api.post<Person>('/api/v1/people', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['people'] }),
  });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const text = (k: string) => formOptional(data, k);
    create.mutate(
      { fullName: text('fullName') ?? '', email: text('email'), phone: text('phone') },
      { onSuccess: () => form.reset() },
    );
  };
  return (
    <Section title={t.create}>
      <form className="form" onSubmit={submit}>
        {create.data && <StatusNotice>{t.created(create.data.fullName)}</StatusNotice>}
        <ErrorNotice error={create.error} />
        <div className="form-grid">
          <TextField
            label={t.fullName}
            name="fullName"
            required
            error={fieldError(create.error, 'fullName')}
          />
          <TextField
            label={t.email}
            name="email"
            type="email"
            error={fieldError(create.error, 'email')}
          />
          <TextField
            label={t.phone}
            name="phone"
            type="tel"
            error={fieldError(create.error, 'phone')}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {t.create}
          </button>
        </div>
      </form>
    </Section>
  );
}

function PositionsSection({ people }: { people: readonly Person[] }) {
  const { lang } = useLang();
  const t = useText(organisationText);
  const today = useToday();
  const [unitId, setUnitId] = useState('');
  const positions = usePositions(today, unitId ? Number(unitId) : undefined);
  const columns = useMemo<Column<Position>[]>(
    () => [
      {
        id: 'fullName',
        header: t.people.fullName,
        alwaysVisible: true,
        cell: (p) => p.fullName,
        value: (p) => p.fullName,
      },
      { id: 'title', header: t.people.title_, cell: (p) => p.title, value: (p) => p.title },
      {
        id: 'rank',
        header: t.people.rank_,
        cell: (p) => t.rank[p.rank],
        value: (p) => t.rank[p.rank],
      },
      {
        id: 'fields',
        header: t.people.fields,
        cell: (p) => p.fieldsOfCharge.join('; '),
        value: (p) => p.fieldsOfCharge.join('; '),
      },
      {
        id: 'validFrom',
        header: t.people.validFrom,
        cell: (p) => formatDate(p.validFrom, lang),
        value: (p) => p.validFrom,
      },
      {
        id: 'validTo',
        header: t.people.validTo,
        cell: (p) => formatDate(p.validTo, lang),
        value: (p) => p.validTo,
      },
    ],
    [t, lang],
  );
  return (
    <Section title={t.people.positionsTitle}>
      <UnitSelect
        label={t.people.unitFilter}
        name="positionsUnit"
        asOf={today}
        kindLabels={t.kind}
        emptyLabel={t.people.allUnits}
        value={unitId}
        onChange={setUnitId}
      />
      <DataTable
        tableId="positions"
        caption={t.people.positionsCaption}
        columns={columns}
        rows={positions.data}
        rowKey={(p) => p.id}
        loading={positions.isFetching}
        error={positions.error}
        onRetry={() => void positions.refetch()}
      />
      <AppointPositionForm people={people} unitId={unitId} />
    </Section>
  );
}
