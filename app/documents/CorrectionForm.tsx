/**
 * Thu hồi, hủy số, đính chính: sends the record's version so a change made
 * meanwhile by someone else is refused (412) instead of overwritten.
 */
import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../platform/api-client';
import { useLang, useText } from '../platform/i18n';
import { useToday } from '../platform/session';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { SelectField, TextAreaField, TextField } from '../ui/fields';
import { Section, StatusNotice } from '../ui/Page';
import type { DocumentDetail } from './api';
import { CORRECTION_KINDS, documentLabels, type CorrectionKind } from './labels';
import { documentsText } from './text';
import { formText } from '../ui/form-data';

interface CorrectionBody {
  kind: CorrectionKind;
  reason: string;
  on?: string;
  erratumDocumentId?: number;
  version: number;
}

export function CorrectionForm({ doc, onReload }: { doc: DocumentDetail; onReload: () => void }) {
  const { lang } = useLang();
  const t = useText(documentsText).detail;
  const kinds = documentLabels[lang].correction;
  const today = useToday();
  const client = useQueryClient();
  const [kind, setKind] = useState<CorrectionKind>('erratum');
  const correct = useMutation({
    mutationFn: (body: CorrectionBody) =>
      api.post<DocumentDetail>(`/api/v1/documents/${doc.id}/corrections`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['documents'] }),
  });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const erratum = formText(data, 'erratumDocumentId');
    correct.mutate(
      {
        kind,
        reason: formText(data, 'reason'),
        on: formText(data, 'on') || undefined,
        erratumDocumentId: kind === 'erratum' && erratum ? Number(erratum) : undefined,
        version: doc.version,
      },
      { onSuccess: () => form.reset() },
    );
  };
  const reload = () => {
    correct.reset();
    onReload();
  };
  return (
    <Section title={t.correct}>
      <form className="form" onSubmit={submit}>
        {correct.isSuccess && <StatusNotice>{t.corrected}</StatusNotice>}
        <ErrorNotice error={correct.error} onReload={reload} />
        <SelectField
          label={t.correctionKind}
          name="kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as CorrectionKind)}
          error={fieldError(correct.error, 'kind')}
        >
          {CORRECTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {kinds[k]}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label={t.correctionReason}
          name="reason"
          required
          rows={3}
          error={fieldError(correct.error, 'reason')}
        />
        <TextField
          label={t.correctionOn}
          name="on"
          type="date"
          defaultValue={today}
          error={fieldError(correct.error, 'on')}
        />
        {kind === 'erratum' && (
          <TextField
            label={t.erratumDocument}
            name="erratumDocumentId"
            inputMode="numeric"
            required
            pattern="[0-9]*"
            hint={t.erratumHint}
            error={fieldError(correct.error, 'erratumDocumentId')}
          />
        )}
        <button type="submit" className="button button-primary" disabled={correct.isPending}>
          {t.submitCorrection}
        </button>
      </form>
    </Section>
  );
}
