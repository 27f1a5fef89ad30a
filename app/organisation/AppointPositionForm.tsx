/** Appoints a person to a position in a unit (with the fields a leader is in charge of). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { api } from '../platform/api-client';
import { useText } from '../platform/i18n';
import { useToday } from '../platform/session';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { SelectField, TextAreaField, TextField } from '../ui/fields';
import { StatusNotice } from '../ui/Page';
import { POSITION_RANKS, type Person } from './api';
import { organisationText } from './text';
import { UnitSelect } from './UnitSelect';
import { formOptional } from '../ui/form-data';

export function AppointPositionForm({
  people,
  unitId,
}: {
  people: readonly Person[];
  unitId: string;
}) {
  const t = useText(organisationText);
  const p = t.people;
  const today = useToday();
  const client = useQueryClient();
  const appoint = useMutation({
    mutationFn: ({ personId, ...body }: { personId: number } & Record<string, unknown>) =>
      api.post(`/api/v1/people/${personId}/positions`, body),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['positions'] }),
        client.invalidateQueries({ queryKey: ['units'] }),
      ]),
  });
  const err = (name: string) => fieldError(appoint.error, name);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const text = (k: string) => formOptional(data, k);
    appoint.mutate(
      {
        personId: Number(text('person')),
        unit: Number(text('unit')),
        title: text('title'),
        rank: text('rank'),
        fieldsOfCharge: (text('fieldsOfCharge') ?? '')
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
        validFrom: text('validFrom'),
        validTo: text('validTo') ?? null,
      },
      { onSuccess: () => form.reset() },
    );
  };
  return (
    <form className="form" onSubmit={submit} aria-label={p.appoint} key={unitId}>
      <h3>{p.appoint}</h3>
      {appoint.isSuccess && <StatusNotice>{p.appointed}</StatusNotice>}
      <ErrorNotice error={appoint.error} />
      <div className="form-grid">
        <SelectField
          label={p.person}
          name="person"
          required
          defaultValue=""
          error={err('personId')}
        >
          <option value="">{p.choosePerson}</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.fullName}
            </option>
          ))}
        </SelectField>
        <UnitSelect
          label={p.unit}
          name="unit"
          asOf={today}
          kindLabels={t.kind}
          defaultValue={unitId}
          required
          error={err('unit')}
        />
        <TextField label={p.title_} name="title" required error={err('title')} />
        <SelectField label={p.rank_} name="rank" defaultValue="deputy" error={err('rank')}>
          {POSITION_RANKS.map((r) => (
            <option key={r} value={r}>
              {t.rank[r]}
            </option>
          ))}
        </SelectField>
        <TextField
          label={p.validFrom}
          name="validFrom"
          type="date"
          required
          defaultValue={today}
          error={err('validFrom')}
        />
        <TextField label={p.validTo} name="validTo" type="date" error={err('validTo')} />
      </div>
      <TextAreaField
        label={p.fields}
        name="fieldsOfCharge"
        rows={3}
        hint={p.fieldsHint}
        error={err('fieldsOfCharge')}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={appoint.isPending}>
          {p.appoint}
        </button>
      </div>
    </form>
  );
}
