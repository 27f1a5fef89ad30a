/**
 * Fields every register entry form shares (signer, recipients, urgency,
 * secrecy, tags, pages, copies, notes), folded in a disclosure below the
 * essentials.
 */
import { useLang, useText } from '../platform/i18n';
import { fieldError } from '../ui/ErrorNotice';
import { SelectField, TextAreaField, TextField } from '../ui/fields';
import { documentLabels, SECRECIES, SIGNING_AUTHORITIES, URGENCIES } from './labels';
import { documentsText } from './text';

export function EntryFields({
  error,
  signerNames = [],
  withContent = true,
}: {
  error: unknown;
  signerNames?: readonly string[];
  withContent?: boolean;
}) {
  const { lang } = useLang();
  const t = useText(documentsText).issue;
  const l = documentLabels[lang];
  const err = (name: string) => fieldError(error, name);
  return (
    <>
      <div className="form-grid">
        <TextField
          label={t.signer}
          name="signer"
          list="signer-names"
          autoComplete="off"
          error={err('signer')}
        />
        <datalist id="signer-names">
          {signerNames.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
        <TextField label={t.signerTitle} name="signerTitle" error={err('signerTitle')} />
        <SelectField label={t.authority} name="signingAuthority" error={err('signingAuthority')}>
          <option value="">{t.noAuthority}</option>
          {SIGNING_AUTHORITIES.map((a) => (
            <option key={a} value={a}>
              {l.authority[a]}
            </option>
          ))}
        </SelectField>
        <SelectField label={t.urgency} name="urgency" defaultValue="normal" error={err('urgency')}>
          {URGENCIES.map((u) => (
            <option key={u} value={u}>
              {l.urgency[u]}
            </option>
          ))}
        </SelectField>
        <SelectField label={t.secrecy} name="secrecy" defaultValue="none" error={err('secrecy')}>
          {SECRECIES.map((s) => (
            <option key={s} value={s}>
              {l.secrecy[s]}
            </option>
          ))}
        </SelectField>
        <TextField label={t.tags} name="tags" hint={t.tagsHint} error={err('tags')} />
        <TextField
          label={t.pageCount}
          name="pageCount"
          type="number"
          min={1}
          error={err('pageCount')}
        />
        <TextField
          label={t.copyCount}
          name="copyCount"
          type="number"
          min={1}
          error={err('copyCount')}
        />
      </div>
      <TextAreaField
        label={t.recipients}
        name="recipients"
        rows={4}
        hint={t.recipientsHint}
        error={err('recipients')}
      />
      {withContent && (
        <TextAreaField label={t.content} name="content" rows={6} error={err('content')} />
      )}
      <TextAreaField label={t.notes} name="notes" rows={2} error={err('notes')} />
    </>
  );
}
