import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { api } from '../platform/api-client';
import { useText } from '../platform/i18n';
import { useUser } from '../platform/session';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { TextField } from '../ui/fields';
import { Page, Section, StatusNotice } from '../ui/Page';
import { shellText } from './text';
import { formText } from '../ui/form-data';

/** The signed-in user's details and the change of password. */
export function AccountPage() {
  const t = useText(shellText);
  const a = t.accountPage;
  const user = useUser();
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      api.post('/api/v1/auth/password', body),
  });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const newPassword = formText(data, 'newPassword');
    if (newPassword !== formText(data, 'confirmPassword')) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    change.mutate(
      { currentPassword: formText(data, 'currentPassword'), newPassword },
      { onSuccess: () => form.reset() },
    );
  };
  return (
    <Page title={a.title}>
      <dl className="fields-list">
        <dt>{a.username}</dt>
        <dd>{user.username}</dd>
        <dt>{a.fullName}</dt>
        <dd>{user.fullName}</dd>
        <dt>{a.role}</dt>
        <dd>{t.roles[user.role]}</dd>
        <dt>{a.unit}</dt>
        <dd>{user.unitName ?? '—'}</dd>
      </dl>
      <Section title={a.changePassword}>
        <form className="form narrow-form" onSubmit={submit}>
          {change.isSuccess && <StatusNotice>{a.changed}</StatusNotice>}
          <ErrorNotice error={change.error} />
          <TextField
            label={a.currentPassword}
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
            error={fieldError(change.error, 'currentPassword')}
          />
          <TextField
            label={a.newPassword}
            name="newPassword"
            type="password"
            autoComplete="new-password"
            required
            minLength={8}
            error={fieldError(change.error, 'newPassword')}
          />
          <TextField
            label={a.confirmPassword}
            name="confirmPassword"
            type="password"
            autoComplete="new-password"
            required
            error={mismatch ? a.mismatch : undefined}
          />
          <button type="submit" className="button button-primary" disabled={change.isPending}>
            {a.changePassword}
          </button>
        </form>
      </Section>
    </Page>
  );
}
