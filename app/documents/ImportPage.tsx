/**
 * Nhập sổ từ Excel: uploads an ND 30 register workbook; all rows or none.
 * The errors come back by row and column and are shown as a table.
 */
import type { FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../platform/api-client';
import { useLang, useText } from '../platform/i18n';
import { formatCount } from '../platform/format';
import { useToday, useUser } from '../platform/session';
import { organisationText } from '../organisation/text';
import { UnitSelect } from '../organisation/UnitSelect';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { TextField } from '../ui/fields';
import { Page, StatusNotice } from '../ui/Page';
import { documentsText } from './text';

interface ImportResult {
  kind: string;
  imported: number;
  sheet: string;
}

const REGISTER_KINDS = ['provincial_committee', 'agency', 'district_committee'] as const;

export function ImportPage() {
  const { lang } = useLang();
  const t = useText(documentsText).import;
  const today = useToday();
  const user = useUser();
  const client = useQueryClient();
  const run = useMutation({
    mutationFn: (form: FormData) => api.upload<ImportResult>('/api/v1/documents/import', form),
    onSuccess: () => client.invalidateQueries({ queryKey: ['documents'] }),
  });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    // The register goes first so the server knows it before the file streams in.
    run.mutate(new FormData(form), { onSuccess: () => form.reset() });
  };
  return (
    <Page title={t.title} intro={<p>{t.intro}</p>}>
      {run.data && (
        <StatusNotice>
          {t.kind[run.data.kind] ? `${t.kind[run.data.kind]}: ` : ''}
          {t.done(formatCount(run.data.imported, lang), run.data.sheet)}
        </StatusNotice>
      )}
      <form className="form narrow-form" onSubmit={submit}>
        <ErrorNotice error={run.error} />
        <UnitSelect
          label={t.register}
          name="register"
          asOf={today}
          kinds={REGISTER_KINDS}
          kindLabels={organisationText[lang].kind}
          defaultValue={user.unitId ? String(user.unitId) : undefined}
          required
          error={fieldError(run.error, 'register')}
        />
        <TextField
          label={t.file}
          name="file"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          required
          error={fieldError(run.error, 'file')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={run.isPending}>
            {run.isPending ? t.submitting : t.submit}
          </button>
        </div>
      </form>
    </Page>
  );
}
