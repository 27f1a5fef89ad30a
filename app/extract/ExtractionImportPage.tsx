/**
 * Trích xuất nhiệm vụ: the office pastes or uploads a directive; once read, the review page
 * opens. The documents read recently are listed below.
 */
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { useLang, useText } from '../platform/i18n';
import { canDo } from '../platform/permissions';
import { useUser } from '../platform/session';
import { formatInstant } from '../evaluation/format';
import { uiText } from '../ui/text';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { TextAreaField } from '../ui/fields';
import { formText } from '../ui/form-data';
import { Page, Section } from '../ui/Page';
import { useExtractions, useImportExtraction } from './api';
import { extractText } from './text';

export function ExtractionImportPage() {
  const t = useText(extractText);
  const user = useUser();
  const [, navigate] = useLocation();
  const read = useImportExtraction();
  const [file, setFile] = useState<File | null>(null);
  if (!canDo(user.role, 'tasks.create')) {
    return (
      <Page title={t.title}>
        <p className="notice notice-error">{t.forbidden}</p>
      </Page>
    );
  }
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const text = formText(new FormData(e.currentTarget), 'text');
    read.mutate(file ? { file } : { text }, {
      onSuccess: (view) => navigate(`/nhiem-vu/trich-xuat/${view.id}`),
    });
  };
  return (
    <Page title={t.title} intro={<p>{t.intro}</p>}>
      <form className="form" onSubmit={submit} aria-label={t.title}>
        <ErrorNotice error={read.error} />
        <TextAreaField
          label={t.pasteLabel}
          name="text"
          rows={12}
          hint={t.pasteHint}
          error={fieldError(read.error, 'text')}
        />
        <div className="field">
          <label htmlFor="extract-file">{t.fileLabel}</label>
          <input
            id="extract-file"
            type="file"
            name="file"
            accept=".txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            aria-describedby="extract-file-hint"
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          />
          <p id="extract-file-hint" className="field-hint">
            {t.fileHint}
          </p>
          {fieldError(read.error, 'file') && (
            <p className="field-error">{fieldError(read.error, 'file')}</p>
          )}
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={read.isPending}>
            {read.isPending ? t.reading : t.read}
          </button>
        </div>
      </form>
      <RecentExtractions />
    </Page>
  );
}

function RecentExtractions() {
  const t = useText(extractText);
  const { lang } = useLang();
  const ui = useText(uiText);
  const list = useExtractions();
  const items = list.data ?? [];
  return (
    <Section title={t.recent}>
      {list.isLoading && <p role="status">{ui.loading}</p>}
      <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
      {list.data && items.length === 0 && <p className="empty-state">{t.none}</p>}
      <ul className="plain-list">
        {items.map((e) => (
          <li key={e.id}>
            <Link href={`/nhiem-vu/trich-xuat/${e.id}`}>
              {e.numberSymbol ?? e.fileName ?? t.untitled}
            </Link>{' '}
            — {t.counts(e.counts)} · {e.createdBy} · {formatInstant(e.createdAt, lang)}
          </li>
        ))}
      </ul>
    </Section>
  );
}
