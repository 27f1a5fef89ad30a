import { useLang, useText } from '../platform/i18n';
import { shellText } from './text';

/**
 * "Dữ liệu minh họa": shown on every page when the API says the data is the
 * demo; the server's own data label, when it has one, is its tooltip.
 */
export function DemoBadge({ label }: { label: string | null }) {
  const t = useText(shellText);
  return (
    <span className="demo-badge" title={label && label !== t.demoBadge ? label : undefined}>
      {t.demoBadge}
    </span>
  );
}

/** Switches between Vietnamese and English; the button names the other language in that language. */
export function LanguageSwitch() {
  const t = useText(shellText);
  const { lang, setLang } = useLang();
  const other = lang === 'vi' ? 'en' : 'vi';
  return (
    <button
      type="button"
      className="button button-secondary lang-switch"
      lang={other}
      title={t.switchLanguageLabel}
      onClick={() => setLang(other)}
    >
      {t.switchLanguage}
    </button>
  );
}
