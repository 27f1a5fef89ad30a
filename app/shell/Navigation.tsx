/**
 * The main navigation: every area of the product, later ones as placeholders,
 * actions hidden from roles that cannot use them. On a narrow screen it is a
 * collapsible panel opened by the header's menu button.
 */
import { Link, useLocation } from 'wouter';
import { useText } from '../platform/i18n';
import { canDo, type UiAction } from '../platform/permissions';
import type { Role } from '../platform/session';
import { shellText } from './text';

type NavKey = keyof (typeof shellText)['vi']['nav'];

interface NavItem {
  key: NavKey;
  path: string;
  action?: UiAction;
  /** Also active on these addresses (a list's detail pages). */
  also?: RegExp;
  children?: NavItem[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'home', path: '/' },
  { key: 'inbox', path: '/thong-bao' },
  {
    key: 'documents',
    path: '/van-ban',
    children: [
      { key: 'register', path: '/van-ban', also: /^\/van-ban\/\d+$/ },
      { key: 'issue', path: '/van-ban/cap-so', action: 'documents.issue' },
      { key: 'incoming', path: '/van-ban/vao-so', action: 'documents.registerIncoming' },
      { key: 'import', path: '/van-ban/nhap-excel', action: 'documents.import' },
      { key: 'statistics', path: '/van-ban/thong-ke' },
      { key: 'incomingHandling', path: '/van-ban/theo-doi-giai-quyet' },
    ],
  },
  {
    key: 'tasks',
    path: '/nhiem-vu',
    children: [
      {
        key: 'taskList',
        path: '/nhiem-vu',
        also: /^\/nhiem-vu\/(\d+|chuong-trinh\/\d+)$/,
      },
      { key: 'myUnit', path: '/nhiem-vu/don-vi', action: 'tasks.unitInbox' },
      { key: 'createTask', path: '/nhiem-vu/giao', action: 'tasks.create' },
      {
        key: 'direction',
        path: '/nhiem-vu/chi-dao',
        action: 'tasks.direct',
        also: /^\/nhiem-vu\/chi-dao\/\d+$/,
      },
      { key: 'taskStatistics', path: '/nhiem-vu/thong-ke' },
      { key: 'meetings', path: '/hoi-nghi', also: /^\/hoi-nghi\/\d+$/ },
    ],
  },
  { key: 'leaderCalendar', path: '/lich-cong-tac' },
  { key: 'indicators', path: '/chi-tieu-dau-tu' },
  { key: 'citizens', path: '/cong-dan-cu-tri' },
  { key: 'reports', path: '/bao-cao', also: /^\/bao-cao\/\d+$/ },
  { key: 'help', path: '/huong-dan' },
  {
    key: 'admin',
    path: '/quan-tri',
    action: 'admin',
    children: [
      { key: 'units', path: '/quan-tri/don-vi', also: /^\/quan-tri\/don-vi\/\d+$/ },
      { key: 'people', path: '/quan-tri/can-bo' },
      { key: 'users', path: '/quan-tri/nguoi-dung' },
      { key: 'council', path: '/quan-tri/hdnd' },
      { key: 'calendar', path: '/quan-tri/lich' },
    ],
  },
];

function isActive(item: NavItem, location: string): boolean {
  return location === item.path || (item.also?.test(location) ?? false);
}

export function Navigation({
  role,
  open,
  onNavigate,
}: {
  role: Role;
  open: boolean;
  onNavigate: () => void;
}) {
  const t = useText(shellText);
  const [location] = useLocation();
  const allowed = (item: NavItem) => !item.action || canDo(role, item.action);
  const link = (item: NavItem) => (
    <Link
      href={item.path}
      aria-current={isActive(item, location) ? 'page' : undefined}
      onClick={onNavigate}
    >
      {t.nav[item.key]}
    </Link>
  );
  return (
    <nav id="main-nav" className={`main-nav${open ? ' is-open' : ''}`} aria-label={t.mainNav}>
      <ul>
        {NAV_ITEMS.filter(allowed).map((item) =>
          item.children ? (
            <li key={item.key} className="nav-group">
              <span className="nav-group-label">{t.nav[item.key]}</span>
              <ul>
                {item.children.filter(allowed).map((child) => (
                  <li key={child.key}>{link(child)}</li>
                ))}
              </ul>
            </li>
          ) : (
            <li key={item.key}>{link(item)}</li>
          ),
        )}
      </ul>
    </nav>
  );
}
