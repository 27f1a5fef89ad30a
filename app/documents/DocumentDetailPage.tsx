/** One register entry: its ND 30 fields, tags, links, corrections and files. */
import { Link } from 'wouter';
import { useLang, useText } from '../platform/i18n';
import { formatDate } from '../platform/format';
import { canDo } from '../platform/permissions';
import { useToday, useUser } from '../platform/session';
import { useUnits } from '../organisation/api';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Page, Section } from '../ui/Page';
import { uiText } from '../ui/text';
import { NotFoundPage } from '../shell/placeholders';
import { useDocument, type DocumentDetail } from './api';
import { CorrectionForm } from './CorrectionForm';
import { DocumentFieldsList } from './DocumentFieldsList';
import { FilesSection } from './FilesSection';
import { documentLabels } from './labels';
import { documentsText } from './text';
import { DocumentTasks } from './DocumentTasks';

export function DocumentDetailPage({ id }: { id: string }) {
  if (!/^\d+$/.test(id)) return <NotFoundPage />;
  return <DocumentDetailView id={Number(id)} />;
}

function DocumentDetailView({ id }: { id: number }) {
  const t = useText(documentsText);
  const ui = useText(uiText);
  const user = useUser();
  const today = useToday();
  const doc = useDocument(id);
  const units = useUnits({ asOf: today });
  const unitName = (unitId: number | null) =>
    unitId === null ? '' : (units.data?.find((u) => u.id === unitId)?.name ?? `#${unitId}`);
  if (!doc.data) {
    return (
      <Page title={t.list.title}>
        {doc.isLoading ? (
          <p role="status">{ui.loading}</p>
        ) : (
          <ErrorNotice error={doc.error} onRetry={() => void doc.refetch()} />
        )}
      </Page>
    );
  }
  const d = doc.data;
  return (
    <Page
      title={`${d.type.name} ${d.numberSymbol ?? t.col.noNumber}`}
      intro={<p className="lead">{d.summary}</p>}
      actions={
        <>
          {canDo(user.role, 'tasks.create') && d.direction !== 'incoming' && (
            <Link href={`/nhiem-vu/giao?vanBan=${d.id}`} className="button button-primary">
              {t.detail.assignTasks}
            </Link>
          )}
          {canDo(user.role, 'tasks.direct') && d.direction === 'incoming' && (
            <Link href={`/nhiem-vu/chi-dao/${d.id}`} className="button button-primary">
              {t.detail.direct}
            </Link>
          )}
          <Link href="/van-ban" className="button button-secondary">
            {t.detail.back}
          </Link>
        </>
      }
    >
      <Section title={t.detail.fields}>
        <DocumentFieldsList doc={d} unitName={unitName} />
      </Section>
      <TagsSection doc={d} />
      <LinksSection doc={d} />
      <CorrectionsSection doc={d} />
      {canDo(user.role, 'documents.correct') && d.status === 'active' && (
        <CorrectionForm doc={d} onReload={() => void doc.refetch()} />
      )}
      <FilesSection doc={d} canUpload={canDo(user.role, 'documents.upload')} />
      <DocumentTasks documentId={d.id} />
    </Page>
  );
}

function TagsSection({ doc }: { doc: DocumentDetail }) {
  const t = useText(documentsText).detail;
  return (
    <Section title={t.tags}>
      {doc.tags.length === 0 ? (
        <p className="empty-state">{t.noTags}</p>
      ) : (
        <ul className="tag-list">
          {doc.tags.map((tag) => (
            <li key={tag.tag}>
              <Link href={`/van-ban?tag=${encodeURIComponent(tag.tag)}`} className="tag">
                {tag.label}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function LinksSection({ doc }: { doc: DocumentDetail }) {
  const { lang } = useLang();
  const t = useText(documentsText).detail;
  const l = documentLabels[lang];
  return (
    <Section title={t.links}>
      {doc.links.length === 0 ? (
        <p className="empty-state">{t.noLinks}</p>
      ) : (
        <ul className="plain-list">
          {doc.links.map((link) => (
            <li key={`${link.direction}-${link.kind}-${link.documentId}`}>
              {(link.direction === 'to' ? l.link : l.linkFrom)[link.kind] ?? link.kind}:{' '}
              <Link href={`/van-ban/${link.documentId}`}>
                {link.numberSymbol ?? `#${link.documentId}`}
              </Link>{' '}
              — {link.summary}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function CorrectionsSection({ doc }: { doc: DocumentDetail }) {
  const { lang } = useLang();
  const t = useText(documentsText).detail;
  const kinds = documentLabels[lang].correction;
  return (
    <Section title={t.corrections}>
      {doc.corrections.length === 0 ? (
        <p className="empty-state">{t.noCorrections}</p>
      ) : (
        <ul className="plain-list">
          {doc.corrections.map((c, i) => (
            <li key={i}>
              <strong>{kinds[c.kind] ?? c.kind}</strong> ({formatDate(c.correctedOn, lang)}):{' '}
              {c.reason}
              {c.erratumDocumentId !== null && (
                <>
                  {' — '}
                  <Link href={`/van-ban/${c.erratumDocumentId}`}>
                    {t.erratumOf(c.erratumDocumentId)}
                  </Link>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
