/**
 * The search dialog (a modal <dialog>: focus stays inside, Escape closes): a combobox whose
 * results, grouped by kind with their counts, follow the typing (debounced); the arrow keys move
 * the active result (aria-activedescendant), Enter opens it, and a link leads to the full page.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation } from 'wouter';
import { useLang, useText } from '../platform/i18n';
import { formatDate } from '../platform/format';
import { ErrorNotice } from '../ui/ErrorNotice';
import { searchable, useDebounced, useSearchResults, type SearchHit, type SearchKind } from './api';
import { searchText } from './text';
import './search.css';

const DIALOG_LIMIT = 5;

export function SearchDialog({ onClose }: { onClose: () => void }) {
  const t = useText(searchText);
  const { lang } = useLang();
  const [, navigate] = useLocation();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const [q, setQ] = useState('');
  const settled = useDebounced(q, 250);
  const results = useSearchResults(settled, DIALOG_LIMIT);
  const [active, setActive] = useState(0);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    // showModal focuses the first button; the search box is where typing goes.
    input.current?.focus();
  }, []);

  const groups = useMemo(
    () => (searchable(settled) ? (results.data?.groups ?? []).filter((g) => g.total > 0) : []),
    [results.data, settled],
  );
  const flat = useMemo(
    () => groups.flatMap((g) => g.items.map((item) => ({ kind: g.kind, item }))),
    [groups],
  );
  useEffect(() => setActive(0), [flat]);

  const optionId = (kind: SearchKind, item: SearchHit) => `${id}-${kind}-${item.id}`;
  const current = flat[Math.min(active, flat.length - 1)];
  const seeAllHref = `/tim-kiem?q=${encodeURIComponent(q.trim())}`;

  const open = (href: string) => {
    dialog.current?.close();
    navigate(href);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (flat.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + flat.length) % flat.length);
    } else if (e.key === 'Escape') {
      // A search field clears itself on Escape and keeps the dialog open; close it at once.
      e.preventDefault();
      dialog.current?.close();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (current) open(current.item.href);
      else if (searchable(q)) open(seeAllHref);
    }
  };

  const total = groups.reduce((n, g) => n + g.total, 0);
  const waiting = searchable(q) && (q.trim() !== settled.trim() || results.isFetching);
  let status: string;
  if (!searchable(q)) status = t.tooShort;
  else if (waiting && !results.data) status = t.loading;
  else if (results.data && total === 0 && !waiting) status = t.empty(q.trim());
  else if (waiting) status = t.loading;
  else status = t.count(total);

  return (
    <dialog
      ref={dialog}
      className="search-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself) closes it.
        if (e.target === dialog.current) dialog.current.close();
      }}
    >
      <div className="search-dialog-body">
        <div className="search-dialog-head">
          <h2 id={`${id}-title`}>{t.dialogTitle}</h2>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => dialog.current?.close()}
          >
            {t.close}
          </button>
        </div>
        <label htmlFor={`${id}-input`} className="visually-hidden">
          {t.label}
        </label>
        <input
          ref={input}
          id={`${id}-input`}
          className="search-input"
          type="search"
          role="combobox"
          aria-expanded={flat.length > 0}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={current ? optionId(current.kind, current.item) : undefined}
          aria-describedby={`${id}-help`}
          placeholder={t.placeholder}
          autoComplete="off"
          spellCheck={false}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <p id={`${id}-help`} className="search-help">
          {t.help}
        </p>
        <p className="search-status" role="status">
          {status}
        </p>
        {results.error && searchable(settled) ? <ErrorNotice error={results.error} /> : null}
        <div id={`${id}-list`} role="listbox" aria-label={t.label} className="search-results">
          {groups.map((g) => (
            <div key={g.kind} role="group" aria-labelledby={`${id}-${g.kind}`}>
              <div role="presentation" id={`${id}-${g.kind}`} className="search-group-head">
                {t.kinds[g.kind]}{' '}
                <span className="search-group-count">{t.groupCount(g.items.length, g.total)}</span>
              </div>
              {g.items.map((item) => {
                const selected = current?.kind === g.kind && current.item.id === item.id;
                return (
                  <div
                    key={item.id}
                    id={optionId(g.kind, item)}
                    role="option"
                    aria-selected={selected}
                    className={selected ? 'search-option search-option-active' : 'search-option'}
                    onMouseDown={(e) => e.preventDefault()}
                    onMouseMove={() =>
                      setActive(flat.findIndex((f) => f.kind === g.kind && f.item.id === item.id))
                    }
                    onClick={() => open(item.href)}
                  >
                    <span className="search-option-title">{item.title}</span>
                    {(item.subtitle || item.date) && (
                      <span className="search-option-subtitle">
                        {[item.date ? formatDate(item.date, lang) : null, item.subtitle]
                          .filter(Boolean)
                          .join(' · ')}
                      </span>
                    )}
                  </div>
                );
              })}
            </div>
          ))}
        </div>
        {searchable(q) && (
          <p className="search-see-all">
            <a
              href={seeAllHref}
              onClick={(e) => {
                e.preventDefault();
                open(seeAllHref);
              }}
            >
              {t.seeAll}
            </a>
          </p>
        )}
      </div>
    </dialog>
  );
}
