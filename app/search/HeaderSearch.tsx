/**
 * The header's search button and keyboard shortcuts: Ctrl+K (⌘K) anywhere, and "/" when the
 * focus is not in a field, open the search dialog, whose code loads only when first opened.
 * Focus returns to the button when the dialog closes.
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useText } from '../platform/i18n';
import { searchText } from './text';

const SearchDialog = lazy(() =>
  import('./SearchDialog').then((m) => ({ default: m.SearchDialog })),
);

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function HeaderSearch() {
  const t = useText(searchText);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const ctrlK = (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k';
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !typingIn(e.target);
      if (!ctrlK && !slash) return;
      e.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <button
        ref={button}
        type="button"
        className="button button-secondary header-search"
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K /"
        title={t.openHint}
        onClick={() => setOpen(true)}
      >
        {t.open}
      </button>
      {open && (
        <Suspense fallback={null}>
          <SearchDialog
            onClose={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
