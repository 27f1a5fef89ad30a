/**
 * One report: its state, downloads (DOCX in the ND 30 format, PDF converted
 * from it, XLSX annexes), the preview as laid out on paper, editing its
 * narrative paragraphs while in draft, and issuing it (the register's next
 * number; the content is frozen).
 */
import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { api, apiRequest } from '../platform/api-client';
import { formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { canDo } from '../platform/permissions';
import { useToday, useUser } from '../platform/session';
import { NotFoundPage } from '../shell/placeholders';
import { ErrorNotice, fieldError } from '../ui/ErrorNotice';
import { TextAreaField, TextField } from '../ui/fields';
import { Page, Section, StatusNotice } from '../ui/Page';
import { uiText } from '../ui/text';
import { formText } from '../ui/form-data';
import {
  exportUrl,
  saveNarrative,
  useReport,
  useReportContent,
  useReportWrite,
  type EditableBlock,
  type ReportContent,
  type ReportView,
} from './api';
import { subjectOf } from './ReportsPage';
import { reportsText } from './text';

export function ReportPage({ id }: { id: string }) {
  if (!/^\d+$/.test(id)) return <NotFoundPage />;
  return <ReportDetail id={Number(id)} />;
}

function ReportDetail({ id }: { id: number }) {
  const t = useText(reportsText);
  const ui = useText(uiText);
  const { lang } = useLang();
  const user = useUser();
  const report = useReport(id);
  const content = useReportContent(id);
  const back = (
    <Link href="/bao-cao" className="button button-secondary">
      {t.detail.back}
    </Link>
  );
  if (!report.data) {
    return (
      <Page title={t.list.title} actions={back}>
        {report.isLoading ? (
          <p role="status">{ui.loading}</p>
        ) : (
          <ErrorNotice error={report.error} onRetry={() => void report.refetch()} />
        )}
      </Page>
    );
  }
  const r = report.data;
  const editable = r.status === 'draft' && canDo(user.role, 'reports.manage');
  const shown = new Set(
    (content.data?.blocks ?? []).filter((b) => b.kind === 'paragraph').map((b) => b.key),
  );
  const hiddenBlocks = r.editableBlocks.filter((b) => !shown.has(b.key));
  return (
    <Page title={subjectOf(r)} actions={back}>
      {r.status === 'issued' ? (
        <div className="notice">
          <p>{t.detail.issuedNotice(r.numberSymbol ?? '', formatDate(r.issuedOn, lang))}</p>
          {r.documentId && <Link href={`/van-ban/${r.documentId}`}>{t.detail.openDocument}</Link>}
        </div>
      ) : (
        <p className="notice">{t.detail.draftNotice}</p>
      )}
      <Section title={t.detail.downloads}>
        <p className="report-downloads">
          <a className="button button-secondary" href={exportUrl(r.id, 'docx')} download>
            {t.detail.docx}
          </a>
          <a className="button button-secondary" href={exportUrl(r.id, 'pdf')} download>
            {t.detail.pdf}
          </a>
          <a
            className="button button-secondary"
            href={exportUrl(r.id, 'pdf', true)}
            target="_blank"
            rel="noopener"
          >
            {t.detail.pdfPreview}
          </a>
          <a className="button button-secondary" href={exportUrl(r.id, 'xlsx')} download>
            {t.detail.xlsx}
          </a>
        </p>
      </Section>
      {editable && <IssueForm report={r} />}
      {r.status === 'issued' && canDo(user.role, 'reports.manage') && <SignedCopyForm report={r} />}
      <Section title={t.detail.preview}>
        <p className="field-hint">{t.detail.legend}</p>
        {content.data ? (
          <Paper content={content.data} report={r} editable={editable} />
        ) : content.isLoading ? (
          <p role="status">{ui.loading}</p>
        ) : (
          <ErrorNotice error={content.error} onRetry={() => void content.refetch()} />
        )}
      </Section>
      {editable && hiddenBlocks.length > 0 && (
        <Section title={t.detail.otherBlocks}>
          <p className="field-hint">{t.detail.otherBlocksIntro}</p>
          {hiddenBlocks.map((b) => (
            <div key={b.key} className="report-other-block">
              <p>
                <strong>{b.key}</strong>: {b.text || '—'}
              </p>
              <NarrativeEditor report={r} block={b} />
            </div>
          ))}
        </Section>
      )}
    </Page>
  );
}

/** The report as printed: header table, type and subject, body, signature and Nơi nhận. */
function Paper({
  content,
  report,
  editable,
}: {
  content: ReportContent;
  report: ReportView;
  editable: boolean;
}) {
  const t = useText(reportsText).detail;
  const blocks = new Map(report.editableBlocks.map((b) => [b.key, b]));
  return (
    <article className="report-paper" lang="vi" aria-label={subjectOf(report)}>
      <div className="report-paper-header">
        <div>
          {content.header.parentLine && <p>{content.header.parentLine}</p>}
          {content.header.authorityLines.map((l) => (
            <p key={l} className="report-strong">
              {l}
            </p>
          ))}
          <p>{content.header.numberLine}</p>
        </div>
        <div>
          <p className="report-strong">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
          <p className="report-strong report-motto">Độc lập - Tự do - Hạnh phúc</p>
          <p className="report-date">{content.header.placeDateLine}</p>
        </div>
      </div>
      <p className="report-type">{content.typeName}</p>
      {content.summaryLines.map((l) => (
        <p key={l} className="report-subject">
          {l}
        </p>
      ))}
      {content.addressees && (
        <p className="report-subject">Kính gửi: {content.addressees.join('; ')}</p>
      )}
      {content.blocks.map((b) => {
        if (b.kind === 'heading') {
          return (
            <p key={b.key} className={`report-heading report-heading-${b.level}`}>
              {b.label} {b.text}
            </p>
          );
        }
        const block = b.origin === 'narrative' ? blocks.get(b.key) : undefined;
        return (
          <div
            key={b.key}
            className={`report-paragraph${b.origin === 'generated' ? ' is-generated' : ''}`}
          >
            <p>
              {b.origin === 'generated' && (
                <span className="visually-hidden">{t.generatedMark}: </span>
              )}
              {b.label ? `${b.label} ` : ''}
              {b.text}
            </p>
            {editable && block && <NarrativeEditor report={report} block={block} />}
          </div>
        );
      })}
      <div className="report-paper-footer">
        <div>
          <p className="report-recipients-head">{t.placeNumber}</p>
          {content.recipients.map((item, i) => (
            <p key={item} className="report-recipient">
              - {item}
              {i === content.recipients.length - 1 ? '.' : ';'}
            </p>
          ))}
        </div>
        <div className="report-signature">
          {content.signature.authorityLine && (
            <p className="report-strong">{content.signature.authorityLine}</p>
          )}
          <p className="report-strong">{content.signature.titleLine}</p>
          <p className="report-signer">{content.signature.name}</p>
        </div>
      </div>
    </article>
  );
}

/** "Sửa" on a narrative paragraph: its text with the data fields, saved with the report's version. */
function NarrativeEditor({ report, block }: { report: ReportView; block: EditableBlock }) {
  const t = useText(reportsText).detail;
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(block.text);
  const save = useReportWrite((value: string) =>
    saveNarrative(report.id, block.key, value, report.version),
  );
  if (!open) {
    return (
      <button
        type="button"
        className="button button-small button-secondary"
        aria-label={t.editBlock(block.key)}
        onClick={() => {
          setText(block.text);
          save.reset();
          setOpen(true);
        }}
      >
        {t.edit}
      </button>
    );
  }
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    save.mutate(text, { onSuccess: () => setOpen(false) });
  };
  return (
    <form className="form report-editor" onSubmit={submit} aria-label={t.editBlock(block.key)}>
      <ErrorNotice error={save.error} />
      <TextAreaField
        label={t.blockText}
        hint={t.fieldsHint}
        rows={6}
        value={text}
        maxLength={20_000}
        onChange={(e) => setText(e.target.value)}
        error={fieldError(save.error, 'text')}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {t.save}
        </button>
        {text !== block.defaultText && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setText(block.defaultText)}
          >
            {t.restore}
          </button>
        )}
        <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}

/** Ban hành: the issue date (today by default), then the register's next number. */
function IssueForm({ report }: { report: ReportView }) {
  const t = useText(reportsText).detail;
  const today = useToday();
  const issue = useReportWrite((issuedOn: string) =>
    apiRequest<ReportView>('POST', `/api/v1/reports/${report.id}/issue`, {
      json: { issuedOn, version: report.version },
    }),
  );
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    issue.mutate(formText(new FormData(e.currentTarget), 'issuedOn'));
  };
  return (
    <Section title={t.issue}>
      {issue.data && <StatusNotice>{t.issued(issue.data.numberSymbol ?? '')}</StatusNotice>}
      <form className="form" onSubmit={submit} aria-label={t.issue}>
        <p>{t.issueIntro}</p>
        <ErrorNotice error={issue.error} />
        <TextField
          label={t.issueDate}
          name="issuedOn"
          type="date"
          required
          defaultValue={today}
          error={fieldError(issue.error, 'issuedOn')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={issue.isPending}>
            {t.submitIssue}
          </button>
        </div>
      </form>
    </Section>
  );
}

/**
 * Attaches the PDF signed with the province's digital-signature tool (signing
 * itself happens there) to the issued report's register entry.
 */
function SignedCopyForm({ report }: { report: ReportView }) {
  const t = useText(reportsText).detail;
  const [attached, setAttached] = useState('');
  const attach = useReportWrite((form: FormData) =>
    api.upload<{ id: number; fileName: string }>(`/api/v1/reports/${report.id}/signed`, form),
  );
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    setAttached('');
    attach.mutate(new FormData(form), {
      onSuccess: (f) => {
        setAttached(f.fileName);
        form.reset();
      },
    });
  };
  return (
    <Section title={t.signed}>
      {attached && (
        <StatusNotice>
          {t.signedAttached(attached)}{' '}
          {report.documentId && (
            <Link href={`/van-ban/${report.documentId}`}>{t.signedSeeEntry}</Link>
          )}
        </StatusNotice>
      )}
      <form className="form inline-form" onSubmit={submit} aria-label={t.signed}>
        <p>{t.signedIntro}</p>
        <ErrorNotice error={attach.error} />
        <TextField
          label={t.signedFile}
          name="file"
          type="file"
          required
          accept=".pdf,application/pdf"
          hint={t.signedHint}
          error={fieldError(attach.error, 'file')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={attach.isPending}>
            {t.attachSigned}
          </button>
        </div>
      </form>
    </Section>
  );
}
