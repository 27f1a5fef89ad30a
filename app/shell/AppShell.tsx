/**
 * The signed-in layout: a skip link, the header (product, demo badge, the
 * product's working day, language, user), the navigation and the main
 * landmark. Focus moves to the main landmark when the page changes.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useLang, useText } from '../platform/i18n';
import { formatDate } from '../platform/format';
import { useMeta, useSignOut, useUser } from '../platform/session';
import { DemoBadge, LanguageSwitch } from './header-parts';
import { Navigation } from './Navigation';
import { NotificationBell } from '../notifications/NotificationBell';
import { HeaderSearch } from '../search/HeaderSearch';
import { shellText } from './text';

export function AppShell({ children }: { children: ReactNode }) {
  const t = useText(shellText);
  const { lang } = useLang();
  const user = useUser();
  const meta = useMeta().data;
  const signOut = useSignOut();
  const [location, navigate] = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [location]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="app-header">
        <div className="brand">
          <button
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpen((o) => !o)}
          >
            <span aria-hidden="true">☰</span> {t.menu}
          </button>
          <Link href="/" className="brand-link">
            <span className="brand-product">{t.product}</span>
            <span className="brand-committee">
              {meta?.province ? t.committee(meta.province.name) : t.committeeFallback}
            </span>
          </Link>
          {meta?.demo && <DemoBadge label={meta.dataLabel} />}
        </div>
        <div className="header-tools">
          <HeaderSearch />
          {meta?.today && (
            <span className="working-day">
              {t.workingDay}: <strong>{formatDate(meta.today, lang)}</strong>
            </span>
          )}
          <NotificationBell />
          <LanguageSwitch />
          <Link href="/tai-khoan" className="user-link">
            <span className="user-name">{user.fullName}</span>
            <span className="user-role">{t.roles[user.role]}</span>
          </Link>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              // Leave the page first: a page still showing once the session is gone
              // would render without a user (React Query tells observers later).
              navigate('/');
              void signOut();
            }}
          >
            {t.signOut}
          </button>
        </div>
      </header>
      <div className="shell-body">
        <Navigation role={user.role} open={menuOpen} onNavigate={() => setMenuOpen(false)} />
        <main id="main" ref={mainRef} tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
