/**
 * Nhập số liệu đầu tư công từ Excel: a disbursement or capital-plan workbook
 * following the templates of docs/IMPORT.md; all rows or none. Errors come
 * back by row and column (ErrorNotice shows them as a table); success gives
 * the counts and the way back to the dashboard, which is read again.
 */
import { canDo } from '../platform/permissions';
import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { AreaTabs } from '../indicators/AreaTabs';
import { formatCount } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { useUser } from '../platform/session';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { SelectField, TextField } from '../ui/fields';
import { Page, Section, StatusNotice } from '../ui/Page';
import { useInvestmentImport, type ImportKind, type ImportResult } from './api';
import { formatBillions } from './figures';
import { DASHBOARD_PATH } from './paths';
import { TEMPLATE_COLUMNS } from './templates';
import { investmentText } from './text';

export function ImportFiguresPage() {
  const t = useText(investmentText).import;
  const { lang } = useLang();
  const user = useUser();
  const kinds: ImportKind[] = [
    ...(canDo(user.role, 'investment.importDisbursements') ? (['disbursements'] as const) : []),
    ...(canDo(user.role, 'investment.importPlans') ? (['capital-plans'] as const) : []),
  ];
  const [kind, setKind] = useState<ImportKind>(kinds[0] ?? 'disbursements');
  const [done, setDone] = useState<{ kind: ImportKind; result: ImportResult } | null>(null);
  const run = useInvestmentImport();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    data.delete('kind');
    setDone(null);
    run.mutate(
      { kind, form: data },
      {
        onSuccess: (result) => {
          setDone({ kind, result });
          form.reset();
        },
      },
    );
  };
  const back = (
    <Link href={DASHBOARD_PATH} className="button">
      {t.back}
    </Link>
  );
  return (
    <>
      <AreaTabs />
      <Page title={t.title} intro={<p>{t.intro}</p>} actions={back}>
        {kinds.length === 0 ? (
          <p>{t.notAllowed}</p>
        ) : (
          <>
            {done && (
              <StatusNotice>
                <p>
                  {done.kind === 'disbursements'
                    ? t.doneDisbursements(
                        formatCount(done.result.imported, lang),
                        done.result.sheet,
                        formatBillions(done.result.netAmount ?? 0, lang),
                      )
                    : t.donePlans(
                        formatCount(done.result.imported, lang),
                        done.result.sheet,
                        formatBillions(done.result.pmAmount ?? 0, lang),
                        formatBillions(done.result.localAmount ?? 0, lang),
                      )}
                </p>
                <p>
                  <Link href={DASHBOARD_PATH}>{t.seeDashboard}</Link>
                </p>
              </StatusNotice>
            )}
            <form className="form narrow-form" onSubmit={submit} aria-label={t.title}>
              <ErrorNotice error={run.error} />
              <SelectField
                label={t.kind}
                name="kind"
                value={kind}
                onChange={(e) => {
                  setKind(e.target.value as ImportKind);
                  run.reset();
                  setDone(null);
                }}
              >
                {kinds.map((k) => (
                  <option key={k} value={k}>
                    {t.kinds[k]}
                  </option>
                ))}
              </SelectField>
              <TextField
                label={t.file}
                hint={t.fileHint}
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
            <TemplateColumns kind={kind} />
          </>
        )}
      </Page>
    </>
  );
}

/**
 * The chosen template's columns, as written in the header row of the file.
 * This is the file format's documentation (a fixed list from templates.ts,
 * a column name and what goes in it), not data to sort or export, so it
 * stays a plain table with its caption and column and row headers.
 */
function TemplateColumns({ kind }: { kind: ImportKind }) {
  const t = useText(investmentText).import;
  const { lang } = useLang();
  return (
    <Section title={t.columns}>
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label={t.columnsCaption(t.kinds[kind])}
      >
        <table className="details-table">
          <caption>{t.columnsCaption(t.kinds[kind])}</caption>
          <thead>
            <tr>
              <th scope="col">{t.column}</th>
              <th scope="col">{t.content}</th>
            </tr>
          </thead>
          <tbody>
            {TEMPLATE_COLUMNS[kind].map((c) => (
              <tr key={c.header}>
                <th scope="row">
                  {c.header}
                  {c.required && <span className="required-note"> ({t.requiredMark})</span>}
                </th>
                <td>{c.content[lang]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
