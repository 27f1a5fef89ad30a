/**
 * Effective-dated changes of a unit: renaming from a date (earlier documents
 * keep the old name) and dissolution or merger into a successor (open work
 * moves; what moved is shown). Both send the unit's version.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../platform/api-client';
import { useLang, useText } from '../platform/i18n';
import { formatDate } from '../platform/format';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { CheckboxField, TextField } from '../ui/fields';
import { Section, StatusNotice } from '../ui/Page';
import type { DissolveResult, Unit, UnitDetail } from './api';
import { organisationText } from './text';
import { UnitSelect } from './UnitSelect';
import { formOptional, formText } from '../ui/form-data';

export function RenameUnitForm({ unit, onReload }: { unit: UnitDetail; onReload: () => void }) {
  const { lang } = useLang();
  const t = useText(organisationText);
  const client = useQueryClient();
  const rename = useMutation({
    mutationFn: (body: {
      from: string;
      name: string;
      shortName?: string;
      symbolCode?: string;
      version: number;
    }) => api.post<Unit>(`/api/v1/units/${unit.id}/rename`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['units'] }),
  });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const text = (k: string) => formOptional(data, k);
    rename.mutate(
      {
        from: text('from') ?? '',
        name: text('name') ?? '',
        shortName: text('shortName'),
        symbolCode: text('symbolCode'),
        version: unit.version,
      },
      { onSuccess: () => form.reset() },
    );
  };
  const done = rename.isSuccess ? rename.variables : undefined;
  return (
    <Section title={t.unit.rename}>
      <form className="form" onSubmit={submit}>
        {done && (
          <StatusNotice>{t.unit.renamed(done.name, formatDate(done.from, lang))}</StatusNotice>
        )}
        <ErrorNotice
          error={rename.error}
          onReload={() => {
            rename.reset();
            onReload();
          }}
        />
        <div className="form-grid">
          <TextField
            label={t.unit.renameFrom}
            name="from"
            type="date"
            required
            hint={t.unit.renameHint}
            error={fieldError(rename.error, 'from')}
          />
          <TextField
            label={t.unit.newName}
            name="name"
            required
            error={fieldError(rename.error, 'name')}
            className="span-2"
          />
          <TextField
            label={t.units.shortName}
            name="shortName"
            error={fieldError(rename.error, 'shortName')}
          />
          <TextField
            label={t.units.symbolCode}
            name="symbolCode"
            defaultValue={unit.symbolCode ?? ''}
            error={fieldError(rename.error, 'symbolCode')}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={rename.isPending}>
            {t.unit.rename}
          </button>
        </div>
      </form>
    </Section>
  );
}

export function DissolveUnitForm({
  unit,
  asOf,
  onReload,
  onDone,
}: {
  unit: UnitDetail;
  asOf: string;
  onReload: () => void;
  /** The page keeps showing what moved after the unit, now ended, loses this form. */
  onDone: (result: DissolveResult) => void;
}) {
  const t = useText(organisationText);
  const client = useQueryClient();
  const [confirmed, setConfirmed] = useState(false);
  const dissolve = useMutation({
    mutationFn: (body: { lastDay: string; successor?: number; version: number }) =>
      api.post<DissolveResult>(`/api/v1/units/${unit.id}/dissolve`, body),
    onSuccess: (result) => {
      onDone(result);
      return client.invalidateQueries({ queryKey: ['units'] });
    },
  });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const successor = formText(data, 'successor');
    dissolve.mutate({
      lastDay: formText(data, 'lastDay'),
      successor: successor ? Number(successor) : undefined,
      version: unit.version,
    });
  };
  return (
    <Section title={t.unit.dissolve}>
      <form className="form" onSubmit={submit}>
        <ErrorNotice
          error={dissolve.error}
          onReload={() => {
            dissolve.reset();
            onReload();
          }}
        />
        <div className="form-grid">
          <TextField
            label={t.unit.lastDay}
            name="lastDay"
            type="date"
            required
            defaultValue={asOf}
            error={fieldError(dissolve.error, 'lastDay')}
          />
          <UnitSelect
            label={t.unit.successor}
            name="successor"
            asOf={asOf}
            kindLabels={t.kind}
            emptyLabel={t.unit.noSuccessor}
            error={fieldError(dissolve.error, 'successor')}
          />
        </div>
        <CheckboxField
          label={t.unit.dissolveConfirm}
          checked={confirmed}
          onChange={(e) => setConfirmed(e.target.checked)}
        />
        <div className="form-actions">
          <button
            type="submit"
            className="button button-danger"
            disabled={!confirmed || dissolve.isPending}
          >
            {t.unit.dissolve}
          </button>
        </div>
      </form>
    </Section>
  );
}

/**
 * What a dissolution moved to the successor. The counts stay a plain
 * captioned table (column headers with scope): they are part of a status
 * message announced once after the action, a handful of lines, and a live
 * region should not carry the shared table's column and export controls.
 */
export function MovedWork({ result }: { result: DissolveResult }) {
  const t = useText(organisationText);
  const moved = Object.entries(result.moved).filter(([, n]) => n > 0);
  return (
    <StatusNotice>
      <p>{t.unit.dissolved}</p>
      {moved.length === 0 ? (
        <p>{t.unit.nothingMoved}</p>
      ) : (
        <table className="details-table">
          <caption>{t.unit.moved}</caption>
          <thead>
            <tr>
              <th scope="col">{t.unit.movedKind}</th>
              <th scope="col" className="numeric">
                {t.unit.movedCount}
              </th>
            </tr>
          </thead>
          <tbody>
            {moved.map(([kind, n]) => (
              <tr key={kind}>
                <td>{t.movedKinds[kind] ?? kind}</td>
                <td className="numeric">{n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result.reparented > 0 && <p>{t.unit.reparented(result.reparented)}</p>}
    </StatusNotice>
  );
}
