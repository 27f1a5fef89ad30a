/**
 * "Bộ lọc đã lưu": the user's named filter sets as links (the one matching
 * the current filters is marked), saving the current filters under a name,
 * and deleting one.
 */
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { useText } from '../platform/i18n';
import { useUser } from '../platform/session';
import { TextField } from '../ui/fields';
import { formText } from '../ui/form-data';
import { StatusNotice } from '../ui/Page';
import { useSavedFilters } from './saved-filters';
import { tasksText } from './text';

export function SavedFiltersPanel({ currentSearch }: { currentSearch: string }) {
  const t = useText(tasksText).saved;
  const user = useUser();
  const { filters, save, remove } = useSavedFilters(user.id);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | undefined>();
  const headingId = useId();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const name = formText(new FormData(form), 'name');
    if (!name) {
      setError(t.nameRequired);
      return;
    }
    setError(undefined);
    save(name, currentSearch);
    setMessage(t.saved(name));
    form.reset();
  };
  return (
    <section className="saved-filters" aria-labelledby={headingId}>
      <h2 id={headingId} className="saved-filters-title">
        {t.title}
      </h2>
      {message && <StatusNotice>{message}</StatusNotice>}
      {filters.length === 0 ? (
        <p className="field-hint">{t.none}</p>
      ) : (
        <ul className="saved-filter-list">
          {filters.map((f) => (
            <li key={f.name}>
              <Link
                href={f.search ? `/nhiem-vu?${f.search}` : '/nhiem-vu'}
                className="saved-filter-link"
                aria-current={f.search === currentSearch ? 'true' : undefined}
              >
                {f.name}
                {f.search === currentSearch && <span className="task-note">{t.current}</span>}
              </Link>
              <button
                type="button"
                className="button button-secondary button-small"
                aria-label={t.remove(f.name)}
                title={t.remove(f.name)}
                onClick={() => {
                  remove(f.name);
                  setMessage(t.removed(f.name));
                }}
              >
                <span aria-hidden="true">✕</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <details className="save-filter">
        <summary>{t.saveCurrent}</summary>
        <form className="inline-form" onSubmit={submit} aria-label={t.saveCurrent}>
          <TextField label={t.name} name="name" hint={t.nameHint} error={error} maxLength={80} />
          <button type="submit" className="button button-secondary">
            {t.save}
          </button>
        </form>
      </details>
    </section>
  );
}
