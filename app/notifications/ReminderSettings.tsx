/**
 * Cài đặt nhắc hạn: the user's own reminder settings — days before the
 * deadline, repeat when overdue, the digest time and the extra channels. The
 * server validates; its error names the field, shown beside that field with
 * the field's Vietnamese label.
 */
import { useState, type FormEvent } from 'react';
import { ApiError } from '../platform/api-client';
import { useText } from '../platform/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { CheckboxField, SelectField, TextField } from '../ui/fields';
import { StatusNotice } from '../ui/Page';
import { uiText } from '../ui/text';
import {
  OVERDUE_REPEATS,
  usePreferences,
  useSavePreferences,
  type NotificationPreferences,
  type OverdueRepeat,
} from './api';
import { notificationsText } from './text';

type Field = 'beforeDeadlineDays' | 'overdueRepeat' | 'digestTime';

export function ReminderSettings() {
  const ui = useText(uiText);
  const prefs = usePreferences();
  // Kept here, not in the form: the form is remounted with the saved values, the outcome stays shown.
  const save = useSavePreferences();
  if (prefs.isLoading) return <p role="status">{ui.loading}</p>;
  if (!prefs.data) return <ErrorNotice error={prefs.error} onRetry={() => void prefs.refetch()} />;
  // Keyed by the saved values: a save (or a reload) shows what the server kept.
  return <SettingsForm key={JSON.stringify(prefs.data)} saved={prefs.data} save={save} />;
}

function SettingsForm({
  saved,
  save,
}: {
  saved: NotificationPreferences;
  save: ReturnType<typeof useSavePreferences>;
}) {
  const t = useText(notificationsText);
  const [days, setDays] = useState(saved.beforeDeadlineDays.join(', '));
  const [repeat, setRepeat] = useState<OverdueRepeat>(saved.overdueRepeat);
  const [digest, setDigest] = useState(saved.digestTime ?? '');
  const [email, setEmail] = useState(saved.email);
  const [webhook, setWebhook] = useState(saved.webhook);
  const [localError, setLocalError] = useState<{ field: Field; message: string } | null>(null);
  const labels: Record<Field, string> = {
    beforeDeadlineDays: t.days,
    overdueRepeat: t.repeat,
    digestTime: t.digest,
  };

  // A refusal made here replaces the server's earlier one at once (the mutation's
  // reset reaches the screen a tick later).
  const serverError = !localError && save.error instanceof ApiError ? save.error : null;
  const serverField = (Object.keys(labels) as Field[]).find(
    (f) => serverError?.field === f || serverError?.field?.startsWith(`${f}.`),
  );
  const errorOf = (f: Field): string | undefined => {
    if (localError?.field === f) return localError.message;
    if (serverError && serverField === f)
      return t.fieldMessage(
        labels[f],
        serverError.message.replace(`"${serverError.field ?? ''}"`, `"${labels[f]}"`),
      );
    return undefined;
  };

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const parts = days
      .split(/[,;\s]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = parts.find((p) => !/^\d+$/.test(p));
    if (bad !== undefined) {
      save.reset();
      setLocalError({ field: 'beforeDeadlineDays', message: t.daysInvalid(bad) });
      return;
    }
    setLocalError(null);
    save.mutate({
      beforeDeadlineDays: parts.map(Number),
      overdueRepeat: repeat,
      digestTime: digest.trim() === '' ? null : digest.trim(),
      email,
      webhook,
    });
  };

  return (
    <form className="form narrow-form" onSubmit={submit} noValidate>
      <p className="field-hint">{t.settingsIntro}</p>
      {save.isSuccess && !save.isPending && <StatusNotice>{t.saved}</StatusNotice>}
      {localError && (
        <div className="notice notice-error" role="alert">
          <p>{localError.message}</p>
        </div>
      )}
      {serverField ? (
        <div className="notice notice-error" role="alert">
          <p>{errorOf(serverField)}</p>
        </div>
      ) : (
        !localError && <ErrorNotice error={save.error} />
      )}
      <TextField
        label={t.days}
        name="beforeDeadlineDays"
        inputMode="numeric"
        hint={t.daysHint}
        value={days}
        onChange={(e) => setDays(e.currentTarget.value)}
        error={errorOf('beforeDeadlineDays')}
      />
      <SelectField
        label={t.repeat}
        name="overdueRepeat"
        value={repeat}
        onChange={(e) => setRepeat(e.currentTarget.value as OverdueRepeat)}
        error={errorOf('overdueRepeat')}
      >
        {OVERDUE_REPEATS.map((r) => (
          <option key={r} value={r}>
            {t.repeats[r]}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t.digest}
        name="digestTime"
        hint={t.digestHint}
        placeholder="07:30"
        value={digest}
        onChange={(e) => setDigest(e.currentTarget.value)}
        error={errorOf('digestTime')}
      />
      <fieldset className="fieldset">
        <legend>{t.channels}</legend>
        <CheckboxField
          label={t.email(saved.emailAddress)}
          name="email"
          checked={email}
          onChange={(e) => setEmail(e.currentTarget.checked)}
        />
        <CheckboxField
          label={t.webhook}
          name="webhook"
          checked={webhook}
          onChange={(e) => setWebhook(e.currentTarget.checked)}
        />
      </fieldset>
      <button type="submit" className="button" disabled={save.isPending}>
        {save.isPending ? t.saving : t.save}
      </button>
    </form>
  );
}
