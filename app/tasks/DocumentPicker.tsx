/**
 * Choosing the document a task is assigned in: a search of the register
 * (số, ký hiệu or trích yếu, with or without diacritics), results to choose
 * from, and the chosen document with a way to choose another.
 */
import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { fetchDocuments, type DocumentView } from '../documents/api';
import { formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { TextField } from '../ui/fields';
import { formText } from '../ui/form-data';
import { uiText } from '../ui/text';
import { tasksText } from './text';

export function DocumentPicker({
  chosen,
  onChoose,
  labels,
}: {
  chosen: DocumentView | null;
  onChoose: (doc: DocumentView | null) => void;
  /** Words for another use than the task's source document (an answer, a result). */
  labels?: { document: string; search: string; none: string };
}) {
  const base = useText(tasksText).create;
  const t = labels
    ? {
        ...base,
        sourceDocument: labels.document,
        findDocument: labels.search,
        noDocument: labels.none,
      }
    : base;
  const ui = useText(uiText);
  const { lang } = useLang();
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['documents', 'picker', q],
    queryFn: ({ signal }) => fetchDocuments({ q, pageSize: 10, sort: '-issueDate' }, signal),
    enabled: q !== '',
  });
  const describe = (d: DocumentView) =>
    t.chosen(d.numberSymbol ?? `#${d.id}`, formatDate(d.issueDate ?? d.arrival?.date, lang));
  if (chosen) {
    return (
      <div className="chosen-document" role="group" aria-label={t.sourceDocument}>
        <p>
          <strong>{t.sourceDocument}:</strong> {describe(chosen)} — {chosen.summary}
        </p>
        <button type="button" className="button button-secondary" onClick={() => onChoose(null)}>
          {t.change}
        </button>
      </div>
    );
  }
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setQ(formText(new FormData(e.currentTarget), 'q'));
  };
  return (
    <div className="document-picker">
      <form role="search" aria-label={t.findDocument} className="search-row" onSubmit={submit}>
        <TextField
          label={t.findDocument}
          name="q"
          type="search"
          hint={t.findHint}
          className="search-field"
        />
        <button type="submit" className="button button-secondary">
          {t.find}
        </button>
      </form>
      <p className="field-hint">{t.noDocument}</p>
      {found.isFetching && <p role="status">{ui.loading}</p>}
      <ErrorNotice error={found.error} onRetry={() => void found.refetch()} />
      {found.data && (
        <section aria-label={t.results}>
          {found.data.items.length === 0 ? (
            <p className="empty-state">{t.noResults}</p>
          ) : (
            <ul className="pick-list">
              {found.data.items.map((d) => (
                <li key={d.id}>
                  <span>
                    <strong>{describe(d)}</strong> — {d.summary}
                  </span>
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    aria-label={t.chooseDoc(d.numberSymbol ?? `#${d.id}`)}
                    onClick={() => onChoose(d)}
                  >
                    {t.choose}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
