/**
 * Sign-in: shown instead of the shell whenever nobody is signed in (first
 * visit, after a 401), at whatever address was asked for, which then opens.
 */
import { useEffect, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../platform/api-client';
import { useText } from '../platform/i18n';
import { acceptSession, useMeta, type SessionPayload } from '../platform/session';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { TextField } from '../ui/fields';
import { DemoBadge, LanguageSwitch } from './header-parts';
import { shellText } from './text';
import { formText } from '../ui/form-data';

export function SignInPage() {
  const t = useText(shellText);
  const client = useQueryClient();
  const meta = useMeta().data;
  const signIn = useMutation({
    mutationFn: (body: { username: string; password: string }) =>
      api.post<SessionPayload>('/api/v1/auth/login', body),
    onSuccess: (payload) => acceptSession(client, payload),
  });
  useEffect(() => {
    document.title = `${t.signIn.title} — Điều hành`;
  }, [t]);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    signIn.mutate({
      username: formText(data, 'username'),
      password: formText(data, 'password'),
    });
  };
  return (
    <div className="sign-in-page">
      <header className="sign-in-header">
        <span className="brand-product">{t.product}</span>
        {meta?.demo && <DemoBadge label={meta.dataLabel} />}
        <LanguageSwitch />
      </header>
      <main id="main" className="sign-in-main">
        <h1>{t.signIn.title}</h1>
        <p>
          {meta?.province ? t.committee(meta.province.name) : t.committeeFallback} —{' '}
          {t.signIn.intro}
        </p>
        <form className="form sign-in-form" onSubmit={submit}>
          <ErrorNotice error={signIn.error} />
          <TextField
            label={t.signIn.username}
            name="username"
            autoComplete="username"
            required
            autoFocus
            error={fieldError(signIn.error, 'username')}
          />
          <TextField
            label={t.signIn.password}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            error={fieldError(signIn.error, 'password')}
          />
          <button type="submit" className="button button-primary" disabled={signIn.isPending}>
            {signIn.isPending ? t.signIn.submitting : t.signIn.submit}
          </button>
        </form>
        {meta?.demo && <p className="field-hint">{t.signIn.demoHint}</p>}
      </main>
    </div>
  );
}
