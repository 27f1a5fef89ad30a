/** The tabs of the indicators and public-investment area, shown on each of its pages. */
import { Link, useLocation } from 'wouter';
import { useText, type Texts } from '../platform/i18n';

const texts: Texts<{
  label: string;
  tabs: Record<'indicators' | 'revenue' | 'disbursement' | 'scorecards', string>;
}> = {
  vi: {
    label: 'Các trang chỉ tiêu và đầu tư công',
    tabs: {
      indicators: 'Chỉ tiêu',
      revenue: 'Thu ngân sách',
      disbursement: 'Giải ngân đầu tư công',
      scorecards: 'Đánh giá đơn vị',
    },
  },
  en: {
    label: 'Indicator and public-investment pages',
    tabs: {
      indicators: 'Indicators',
      revenue: 'Budget revenue',
      disbursement: 'Public-investment disbursement',
      scorecards: 'Unit evaluation',
    },
  },
};

const TABS = [
  { key: 'indicators', path: '/chi-tieu-dau-tu' },
  { key: 'revenue', path: '/chi-tieu-dau-tu/thu-ngan-sach' },
  { key: 'disbursement', path: '/chi-tieu-dau-tu/giai-ngan' },
  { key: 'scorecards', path: '/chi-tieu-dau-tu/danh-gia' },
] as const;

export function AreaTabs() {
  const t = useText(texts);
  const [location] = useLocation();
  const current = (path: string) =>
    path === '/chi-tieu-dau-tu'
      ? location === path || location.startsWith('/chi-tieu-dau-tu/chi-tieu')
      : location.startsWith(path);
  return (
    <nav className="area-tabs" aria-label={t.label}>
      <ul>
        {TABS.map((tab) => (
          <li key={tab.key}>
            <Link href={tab.path} aria-current={current(tab.path) ? 'page' : undefined}>
              {t.tabs[tab.key]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
