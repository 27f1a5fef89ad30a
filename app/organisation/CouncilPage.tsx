/** HĐND: the council's terms (khóa) and sessions (kỳ họp) that reports and petitions cite. */
import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { romanNumeral } from '../../shared/vi/words';
import { api } from '../platform/api-client';
import { useLang, useText } from '../platform/i18n';
import { formatDate } from '../platform/format';
import { useToday } from '../platform/session';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { SelectField, TextField } from '../ui/fields';
import { Page, Section, StatusNotice } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/columns';
import { useCouncilSessions, type CouncilSession } from './api';
import { organisationText } from './text';
import { UnitSelect } from './UnitSelect';
import { formNumber, formText } from '../ui/form-data';

interface CouncilTerm {
  id: number;
  number: number;
  startYear: number;
  endYear: number;
}

/**
 * The terms a session can belong to: those the sessions name, plus those
 * created on this page (the API has no list of terms yet).
 */
function termsOf(
  sessions: readonly CouncilSession[],
  created: readonly CouncilTerm[],
): CouncilTerm[] {
  const byId = new Map<number, CouncilTerm>();
  for (const term of created) byId.set(term.id, term);
  for (const s of sessions) {
    if (!byId.has(s.termId)) {
      byId.set(s.termId, {
        id: s.termId,
        number: s.termNumber,
        startYear: s.startYear,
        endYear: s.endYear,
      });
    }
  }
  return [...byId.values()].sort((a, b) => b.startYear - a.startYear);
}

export function CouncilPage() {
  const { lang } = useLang();
  const t = useText(organisationText);
  const c = t.council;
  const sessions = useCouncilSessions();
  const [created, setCreated] = useState<CouncilTerm[]>([]);
  const terms = termsOf(sessions.data ?? [], created);
  const columns = useMemo<Column<CouncilSession>[]>(
    () => [
      {
        id: 'term',
        header: c.term,
        cell: (s) => `${romanNumeral(s.termNumber)} (${s.startYear}–${s.endYear})`,
        value: (s) => s.termNumber,
      },
      {
        id: 'number',
        header: c.session,
        alwaysVisible: true,
        cell: (s) => s.number,
        value: (s) => s.number,
        numeric: true,
      },
      {
        id: 'kind',
        header: c.kind,
        cell: (s) => c.kinds[s.kind] ?? s.kind,
        value: (s) => c.kinds[s.kind] ?? s.kind,
      },
      {
        id: 'startsOn',
        header: c.startsOn,
        cell: (s) => formatDate(s.startsOn, lang),
        value: (s) => s.startsOn,
      },
      {
        id: 'endsOn',
        header: c.endsOn,
        cell: (s) => formatDate(s.endsOn, lang),
        value: (s) => s.endsOn,
      },
      { id: 'label', header: c.label, cell: (s) => s.label, value: (s) => s.label },
    ],
    [c, lang],
  );
  return (
    <Page title={c.title}>
      <DataTable
        tableId="council-sessions"
        caption={c.caption}
        columns={columns}
        rows={sessions.data}
        rowKey={(s) => s.id}
        loading={sessions.isFetching}
        error={sessions.error}
        onRetry={() => void sessions.refetch()}
        exportSpec={{
          fileName: 'ky-hop-hdnd',
          sheetName: c.caption,
          fetchRows: async () => sessions.data ?? [],
        }}
      />
      <CreateTermForm onCreated={(term) => setCreated((list) => [...list, term])} />
      <CreateSessionForm terms={terms} />
    </Page>
  );
}

function CreateTermForm({ onCreated }: { onCreated: (term: CouncilTerm) => void }) {
  const t = useText(organisationText);
  const c = t.council;
  const today = useToday();
  const create = useMutation({
    mutationFn: async (body: {
      council: number;
      number: number;
      startYear: number;
      endYear: number;
    }) => {
      const { id } = await api.post<{ id: number }>('/api/v1/council-terms', body);
      return { id, number: body.number, startYear: body.startYear, endYear: body.endYear };
    },
    onSuccess: onCreated,
  });
  const err = (n: string) => fieldError(create.error, n);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const [council, number, startYear, endYear] = ['council', 'number', 'startYear', 'endYear'].map(
      (k) => formNumber(data, k),
    );
    // The inputs are required: the browser does not submit without them.
    if (
      council === undefined ||
      number === undefined ||
      startYear === undefined ||
      endYear === undefined
    )
      return;
    create.mutate({ council, number, startYear, endYear }, { onSuccess: () => form.reset() });
  };
  return (
    <Section title={c.createTerm}>
      <form className="form" onSubmit={submit}>
        {create.isSuccess && <StatusNotice>{c.termCreated}</StatusNotice>}
        <ErrorNotice error={create.error} />
        <div className="form-grid">
          <UnitSelect
            label={c.council}
            name="council"
            asOf={today}
            kinds={['provincial_council']}
            kindLabels={t.kind}
            required
            error={err('council')}
          />
          <TextField
            label={c.termNumber}
            name="number"
            type="number"
            min={1}
            required
            error={err('number')}
          />
          <TextField
            label={c.startYear}
            name="startYear"
            type="number"
            min={1945}
            required
            error={err('startYear')}
          />
          <TextField
            label={c.endYear}
            name="endYear"
            type="number"
            min={1945}
            required
            error={err('endYear')}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {c.createTerm}
          </button>
        </div>
      </form>
    </Section>
  );
}

function CreateSessionForm({ terms }: { terms: readonly CouncilTerm[] }) {
  const c = useText(organisationText).council;
  const client = useQueryClient();
  const create = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api.post<CouncilSession>('/api/v1/council-sessions', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['council-sessions'] }),
  });
  const err = (n: string) => fieldError(create.error, n);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    create.mutate(
      {
        termId: formNumber(data, 'termId'),
        number: formNumber(data, 'number'),
        kind: formText(data, 'kind'),
        startsOn: formText(data, 'startsOn'),
        endsOn: formText(data, 'endsOn'),
      },
      { onSuccess: () => form.reset() },
    );
  };
  return (
    <Section title={c.createSession}>
      <form className="form" onSubmit={submit}>
        {create.isSuccess && <StatusNotice>{c.sessionCreated}</StatusNotice>}
        <ErrorNotice error={create.error} />
        <div className="form-grid">
          <SelectField
            label={c.termId}
            name="termId"
            required
            defaultValue=""
            error={err('termId')}
          >
            <option value="">{c.chooseTerm}</option>
            {terms.map((term) => (
              <option key={term.id} value={term.id}>
                {c.termOption(romanNumeral(term.number), term.startYear, term.endYear)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={c.number}
            name="number"
            type="number"
            min={1}
            required
            error={err('number')}
          />
          <SelectField label={c.kind} name="kind" defaultValue="regular" error={err('kind')}>
            <option value="regular">{c.kinds.regular}</option>
            <option value="thematic">{c.kinds.thematic}</option>
          </SelectField>
          <TextField
            label={c.startsOn}
            name="startsOn"
            type="date"
            required
            error={err('startsOn')}
          />
          <TextField label={c.endsOn} name="endsOn" type="date" required error={err('endsOn')} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {c.createSession}
          </button>
        </div>
      </form>
    </Section>
  );
}
