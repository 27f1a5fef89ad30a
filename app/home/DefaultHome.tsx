/** Trang chủ of the roles without a dashboard yet: a greeting on the product's working day, shortcuts by role, the latest documents issued. */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { fetchDocuments } from '../documents/api';
import { useLang, useText } from '../platform/i18n';
import { formatDate } from '../platform/format';
import { canDo } from '../platform/permissions';
import { useToday, useUser } from '../platform/session';
import { shellText } from '../shell/text';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Page, Section } from '../ui/Page';
import { uiText } from '../ui/text';

export function DefaultHome() {
  const t = useText(shellText);
  const ui = useText(uiText);
  const { lang } = useLang();
  const user = useUser();
  const today = useToday();
  const recent = useQuery({
    queryKey: ['documents', 'recent'],
    queryFn: ({ signal }) =>
      fetchDocuments({ direction: 'outgoing', sort: '-issueDate', page: 1, pageSize: 5 }, signal),
  });
  const shortcuts = [
    { href: '/van-ban', label: t.nav.register, show: true },
    { href: '/van-ban/cap-so', label: t.nav.issue, show: canDo(user.role, 'documents.issue') },
    {
      href: '/van-ban/vao-so',
      label: t.nav.incoming,
      show: canDo(user.role, 'documents.registerIncoming'),
    },
    { href: '/van-ban/thong-ke', label: t.nav.statistics, show: true },
    { href: '/quan-tri/don-vi', label: t.nav.units, show: canDo(user.role, 'admin') },
  ].filter((s) => s.show);
  return (
    <Page
      title={t.home.greeting(user.fullName)}
      intro={today ? <p>{t.home.today(formatDate(today, lang))}</p> : null}
    >
      <Section title={t.home.shortcuts}>
        <ul className="shortcut-list">
          {shortcuts.map((s) => (
            <li key={s.href}>
              <Link href={s.href} className="shortcut">
                {s.label}
              </Link>
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t.home.recent}>
        {recent.isLoading && <p role="status">{ui.loading}</p>}
        <ErrorNotice error={recent.error} onRetry={() => void recent.refetch()} />
        {recent.data && (
          <ul className="recent-list">
            {recent.data.items.map((d) => (
              <li key={d.id}>
                <Link href={`/van-ban/${d.id}`}>{d.numberSymbol ?? `#${d.id}`}</Link>{' '}
                <span className="muted">{formatDate(d.issueDate, lang)}</span>
                <br />
                {d.summary}
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href="/van-ban">{t.home.viewAll}</Link>
        </p>
      </Section>
    </Page>
  );
}
