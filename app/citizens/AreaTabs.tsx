/** The tabs of the citizens', voters' and businesses' area, shown on each of its pages. */
import { Link, useLocation } from 'wouter';
import { useText } from '../platform/i18n';
import { citizensText } from './text';

export const AREA = '/cong-dan-cu-tri';

const TABS = [
  { key: 'cases', path: AREA },
  { key: 'reception', path: `${AREA}/tiep-cong-dan` },
  { key: 'petitions', path: `${AREA}/kien-nghi-cu-tri` },
  { key: 'interpellations', path: `${AREA}/chat-van` },
  { key: 'business', path: `${AREA}/doanh-nghiep` },
] as const;

export function AreaTabs() {
  const t = useText(citizensText).area;
  const [location] = useLocation();
  const current = (path: string) =>
    path === AREA
      ? location === AREA || location.startsWith(`${AREA}/don`)
      : location.startsWith(path);
  return (
    <nav className="area-tabs" aria-label={t.label}>
      <ul>
        {TABS.map((tab) => (
          <li key={tab.key}>
            <Link href={tab.path} aria-current={current(tab.path) ? 'page' : undefined}>
              {t[tab.key]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
