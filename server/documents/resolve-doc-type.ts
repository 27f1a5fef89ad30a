import {
  DOC_TYPES,
  docTypeByKey,
  normaliseTypeCode,
  type DocType,
  type Regime,
} from '../../shared/documents/doc-types';
import { viFold } from '../../shared/vi/text';
import { AppError } from '../platform/errors';

/**
 * Finds a document type by its machine key (`QD`), its ND 30 abbreviation in
 * any case (`qđ`, `TTR`) or its Vietnamese name (`quyết định`), preferring the
 * type that belongs to `regime`. Throws naming `field` when unknown or when
 * the type does not belong to the regime.
 */
export function resolveDocType(ref: string, regime: Regime, field = 'type'): DocType {
  const trimmed = ref.trim();
  const candidates: DocType[] = [];
  const byKey = docTypeByKey(trimmed.toUpperCase());
  if (byKey) candidates.push(byKey);
  const code = normaliseTypeCode(trimmed);
  if (code !== null) candidates.push(...DOC_TYPES.filter((t) => t.code === code));
  const folded = viFold(trimmed);
  candidates.push(...DOC_TYPES.filter((t) => viFold(t.nameVi) === folded));
  if (candidates.length === 0) {
    throw new AppError('DOCUMENT_TYPE_UNKNOWN', { field, params: { value: ref } });
  }
  const fitting = candidates.find((t) => t.regimes.includes(regime));
  if (!fitting) {
    throw new AppError('DOCUMENT_TYPE_REGIME_MISMATCH', {
      field,
      params: { type: candidates[0]?.nameVi ?? ref, regime },
    });
  }
  return fitting;
}
