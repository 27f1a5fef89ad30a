import { Link } from 'wouter';
import { useText } from '../platform/i18n';
import { Page } from '../ui/Page';
import { uiText } from '../ui/text';

/** An area whose route and navigation exist but whose pages come later. */
export function UnderConstructionPage({ title }: { title: string }) {
  const t = useText(uiText);
  return (
    <Page title={title}>
      <div className="placeholder">
        <p className="placeholder-badge">{t.underConstruction}</p>
        <p>{t.underConstructionText}</p>
      </div>
    </Page>
  );
}

/** An address that matches no page. */
export function NotFoundPage() {
  const t = useText(uiText);
  return (
    <Page title={t.notFoundTitle}>
      <p>{t.notFoundText}</p>
      <p>
        <Link href="/">{t.backHome}</Link>
      </p>
    </Page>
  );
}
