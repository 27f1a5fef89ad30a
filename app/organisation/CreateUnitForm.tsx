/** Adds a unit to the organisation, valid from a date. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link } from 'wouter';
import { api } from '../platform/api-client';
import { useText } from '../platform/i18n';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { SelectField, TextField } from '../ui/fields';
import { Section, StatusNotice } from '../ui/Page';
import { UNIT_KINDS, type Unit } from './api';
import { organisationText } from './text';
import { UnitSelect } from './UnitSelect';
import { formOptional } from '../ui/form-data';

export function CreateUnitForm({ asOf }: { asOf: string }) {
  const t = useText(organisationText);
  const client = useQueryClient();
  const create = useMutation({
    mutationFn: (body: Record<string, unknown>) => api.post<Unit>('/api/v1/units', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['units'] }),
  });
  const err = (name: string) => fieldError(create.error, name);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const text = (k: string) => formOptional(data, k);
    create.mutate(
      {
        code: text('code'),
        kind: text('kind'),
        parent: text('parent') ? Number(text('parent')) : null,
        name: text('name'),
        shortName: text('shortName'),
        symbolCode: text('symbolCode'),
        validFrom: text('validFrom'),
      },
      { onSuccess: () => form.reset() },
    );
  };
  return (
    <Section title={t.units.create}>
      <form className="form" onSubmit={submit}>
        {create.data && (
          <StatusNotice>
            <Link href={`/quan-tri/don-vi/${create.data.id}`}>
              {t.units.created(create.data.name)}
            </Link>
          </StatusNotice>
        )}
        <ErrorNotice error={create.error} />
        <div className="form-grid">
          <TextField label={t.units.code} name="code" required error={err('code')} />
          <SelectField
            label={t.units.kindFilter}
            name="kind"
            required
            defaultValue="agency"
            error={err('kind')}
          >
            {UNIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t.kind[k]}
              </option>
            ))}
          </SelectField>
          <UnitSelect
            label={t.units.parent}
            name="parent"
            asOf={asOf}
            kindLabels={t.kind}
            emptyLabel={t.units.noParent}
            error={err('parent')}
          />
          <TextField
            label={t.units.validFrom}
            name="validFrom"
            type="date"
            required
            defaultValue={asOf}
            error={err('validFrom')}
          />
          <TextField
            label={t.units.name}
            name="name"
            required
            error={err('name')}
            className="span-2"
          />
          <TextField label={t.units.shortName} name="shortName" error={err('shortName')} />
          <TextField label={t.units.symbolCode} name="symbolCode" error={err('symbolCode')} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {t.units.create}
          </button>
        </div>
      </form>
    </Section>
  );
}
