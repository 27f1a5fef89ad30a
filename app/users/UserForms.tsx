/** Creating a user account and changing one (role, unit, scope, locked), with the record's version. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { api } from '../platform/api-client';
import { useLang, useText } from '../platform/i18n';
import { ROLES, useToday } from '../platform/session';
import { organisationText } from '../organisation/text';
import { UnitSelect } from '../organisation/UnitSelect';
import { shellText } from '../shell/text';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { CheckboxField, SelectField, TextField } from '../ui/fields';
import { Section, StatusNotice } from '../ui/Page';
import type { UserAccount } from './api';
import { usersText } from './text';
import { formText } from '../ui/form-data';

function idOf(data: FormData, name: string): number | null {
  const v = formText(data, name);
  return v ? Number(v) : null;
}

function RoleSelect({ defaultValue, error }: { defaultValue: string; error?: string | undefined }) {
  const t = useText(usersText);
  const roles = useText(shellText).roles;
  return (
    <SelectField label={t.role} name="role" required defaultValue={defaultValue} error={error}>
      {ROLES.map((r) => (
        <option key={r} value={r}>
          {roles[r]}
        </option>
      ))}
    </SelectField>
  );
}

export function CreateUserForm() {
  const { lang } = useLang();
  const t = useText(usersText);
  const today = useToday();
  const client = useQueryClient();
  const create = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api.post<{ user: UserAccount; password: string }>('/api/v1/users', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
  const err = (n: string) => fieldError(create.error, n);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    create.mutate(
      {
        username: formText(data, 'username'),
        fullName: formText(data, 'fullName'),
        role: formText(data, 'role'),
        unit: idOf(data, 'unit'),
        scope: idOf(data, 'scope'),
        password: formText(data, 'password') || undefined,
      },
      { onSuccess: () => form.reset() },
    );
  };
  return (
    <Section title={t.create}>
      <form className="form" onSubmit={submit}>
        {create.data && (
          <StatusNotice>
            {t.created(create.data.user.username)}{' '}
            {t.newPassword(create.data.user.username, create.data.password)}
          </StatusNotice>
        )}
        <ErrorNotice error={create.error} />
        <div className="form-grid">
          <TextField
            label={t.username}
            name="username"
            required
            autoComplete="off"
            error={err('username')}
          />
          <TextField label={t.fullName} name="fullName" required error={err('fullName')} />
          <RoleSelect defaultValue="unit_staff" error={err('role')} />
          <UnitSelect
            label={t.unit}
            name="unit"
            asOf={today}
            kindLabels={organisationText[lang].kind}
            emptyLabel={t.noUnit}
            error={err('unit')}
          />
          <UnitSelect
            label={t.scope}
            name="scope"
            asOf={today}
            kindLabels={organisationText[lang].kind}
            emptyLabel={t.scopeDefault}
            hint={t.scopeHint}
            error={err('scope')}
          />
          <TextField
            label={t.password}
            name="password"
            type="password"
            autoComplete="new-password"
            hint={t.passwordHint}
            error={err('password')}
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

export function EditUserForm({
  user,
  onClose,
  onSaved,
}: {
  user: UserAccount;
  onClose: () => void;
  onSaved: (user: UserAccount) => void;
}) {
  const { lang } = useLang();
  const t = useText(usersText);
  const today = useToday();
  const client = useQueryClient();
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api.patch<UserAccount>(`/api/v1/users/${user.id}`, { ...body, version: user.version }),
    onSuccess: (updated) => onSaved(updated),
  });
  const err = (n: string) => fieldError(save.error, n);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    save.mutate({
      role: formText(data, 'role'),
      unit: idOf(data, 'unit'),
      ...(idOf(data, 'scope') !== null ? { scope: idOf(data, 'scope') } : {}),
      active: data.get('active') === 'on',
    });
  };
  return (
    <Section title={t.editTitle(user.username)}>
      <form className="form panel" onSubmit={submit}>
        {save.isSuccess && <StatusNotice>{t.saved}</StatusNotice>}
        <ErrorNotice
          error={save.error}
          onReload={() => {
            save.reset();
            void client.invalidateQueries({ queryKey: ['users'] });
            onClose();
          }}
        />
        <div className="form-grid">
          <RoleSelect defaultValue={user.role} error={err('role')} />
          <UnitSelect
            label={t.unit}
            name="unit"
            asOf={today}
            kindLabels={organisationText[lang].kind}
            emptyLabel={t.noUnit}
            defaultValue={user.unitId ? String(user.unitId) : ''}
            error={err('unit')}
          />
          <UnitSelect
            label={t.scope}
            name="scope"
            asOf={today}
            kindLabels={organisationText[lang].kind}
            emptyLabel={t.scopeDefault}
            defaultValue={String(user.scopeUnitId)}
            error={err('scope')}
          />
        </div>
        <CheckboxField label={t.isActive} name="active" defaultChecked={user.active} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {t.save}
          </button>
          {user.active && (
            <button
              type="button"
              className="button button-danger"
              disabled={save.isPending}
              onClick={() => save.mutate({ active: false })}
            >
              {t.deactivate}
            </button>
          )}
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t.cancel}
          </button>
        </div>
      </form>
    </Section>
  );
}
