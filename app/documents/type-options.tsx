import { DOC_TYPES } from '../../shared/documents/doc-types';
import type { Lang } from '../platform/i18n';
import { documentLabels, REGIMES, type Regime } from './labels';

/** Document types as options, grouped by their first regime (ND 30, QPPL, Party). */
export function TypeOptions({ lang, regime }: { lang: Lang; regime?: Regime | '' }) {
  const labels = documentLabels[lang].regime;
  const groups = REGIMES.filter((r) => !regime || r === regime);
  return (
    <>
      {groups.map((r) => {
        const types = DOC_TYPES.filter((t) =>
          regime ? t.regimes.includes(r) : t.regimes[0] === r,
        );
        return (
          <optgroup key={r} label={labels[r]}>
            {types.map((t) => (
              <option key={t.key} value={t.key}>
                {t.nameVi}
                {t.code ? ` (${t.code})` : ''}
              </option>
            ))}
          </optgroup>
        );
      })}
    </>
  );
}
