/** The entry's files: download links for everyone, an upload form for the office. */
import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../platform/api-client';
import { useLang, useText } from '../platform/i18n';
import { formatBytes, formatDate } from '../platform/format';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { SelectField, TextField } from '../ui/fields';
import { Section, StatusNotice } from '../ui/Page';
import { fileUrl, type DocumentDetail } from './api';
import { documentLabels, FILE_KINDS } from './labels';
import { documentsText } from './text';

export function FilesSection({ doc, canUpload }: { doc: DocumentDetail; canUpload: boolean }) {
  const { lang } = useLang();
  const t = useText(documentsText).detail;
  const kinds = documentLabels[lang].fileKind;
  const client = useQueryClient();
  const [uploaded, setUploaded] = useState('');
  const upload = useMutation({
    mutationFn: (form: FormData) => api.upload(`/api/v1/documents/${doc.id}/files`, form),
    onSuccess: () => client.invalidateQueries({ queryKey: ['documents'] }),
  });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const file = data.get('file');
    setUploaded('');
    upload.mutate(data, {
      onSuccess: () => {
        setUploaded(file instanceof File ? file.name : '');
        form.reset();
      },
    });
  };
  return (
    <Section title={t.files}>
      {doc.files.length === 0 ? (
        <p className="empty-state">{t.noFiles}</p>
      ) : (
        <ul className="file-list">
          {doc.files.map((f) => (
            <li key={f.id}>
              <a
                href={fileUrl(doc.id, f.id)}
                download={f.fileName}
                aria-label={t.download(f.fileName)}
              >
                {f.fileName}
              </a>{' '}
              <span className="muted">
                {kinds[f.kind] ?? f.kind} · {formatBytes(f.sizeBytes, lang)} ·{' '}
                {formatDate(f.createdAt, lang)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {canUpload && doc.secrecy === 'none' && (
        <form className="form inline-form" onSubmit={submit}>
          {uploaded && <StatusNotice>{t.uploaded(uploaded)}</StatusNotice>}
          <ErrorNotice error={upload.error} />
          <SelectField label={t.fileKind} name="kind" defaultValue="signed_pdf">
            {FILE_KINDS.map((k) => (
              <option key={k} value={k}>
                {kinds[k]}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t.file}
            name="file"
            type="file"
            required
            accept=".pdf,.docx,.doc,.xlsx,.jpg,.jpeg,.png,.tif,.tiff"
            hint={t.fileHint}
            error={fieldError(upload.error, 'file')}
          />
          <button type="submit" className="button button-primary" disabled={upload.isPending}>
            {t.upload}
          </button>
        </form>
      )}
    </Section>
  );
}
