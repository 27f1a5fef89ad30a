/**
 * Kiến nghị cử tri: the petitions of an HĐND session (or all), grouped by
 * field, with the answering unit, deadline, answer document and timeliness;
 * the office answers one with a document chosen from the register and what
 * it reports; the grouped report to the HĐND downloads as Excel.
 */
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'wouter';
import type { DocumentView } from '../documents/api';
import { api, toQueryString } from '../platform/api-client';
import { formatCount, formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { canDo } from '../platform/permissions';
import { useUser } from '../platform/session';
import { useCouncilSessions } from '../organisation/api';
import { DocumentPicker } from '../tasks/DocumentPicker';
import { ErrorNotice, fieldError, loadError } from '../ui/ErrorNotice';
import { SelectField, TextAreaField, TextField } from '../ui/fields';
import { formOptional, formText } from '../ui/form-data';
import { Page, Section, StatusNotice } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/columns';
import { uiText } from '../ui/text';
import { AreaTabs } from './AreaTabs';
import { useCitizenWrite, useVoterPetitions, type VoterPetition } from './api';
import { citizensText } from './text';
import { TimelinessChip } from './TimelinessChip';

const STATUSES = ['pending', 'in_progress', 'resolved', 'explained'] as const;

export function PetitionsPage() {
  const t = useText(citizensText).petitions;
  const ui = useText(uiText);
  const { lang } = useLang();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const sessionId = params.get('kyHop') ? Number(params.get('kyHop')) : undefined;
  const status = params.get('ketQua') ?? undefined;
  const q = params.get('q') ?? undefined;
  const sessions = useCouncilSessions();
  const petitions = useVoterPetitions({ sessionId, status, q });
  const [answering, setAnswering] = useState<VoterPetition | null>(null);
  const answerRef = useRef<HTMLDivElement>(null);
  const manage = canDo(user.role, 'voterPetitions.manage');
  const groups = useMemo(() => {
    const map = new Map<string, { label: string; rows: VoterPetition[] }>();
    for (const p of petitions.data ?? []) {
      const g = map.get(p.field.code) ?? { label: p.field.label, rows: [] };
      g.rows.push(p);
      map.set(p.field.code, g);
    }
    return [...map.entries()];
  }, [petitions.data]);
  const columns = useMemo<Column<VoterPetition>[]>(() => {
    const s = citizensText[lang].petitions;
    const cols: Column<VoterPetition>[] = [
      {
        id: 'content',
        header: s.content,
        alwaysVisible: true,
        cell: (p) => <span className="summary-cell">{p.content}</span>,
        value: (p) => p.content,
      },
      {
        id: 'source',
        header: s.source,
        cell: (p) => `${s.sources[p.source]}${p.session ? ` — ${p.session.label}` : ''}`,
        value: (p) => `${s.sources[p.source]}${p.session ? ` — ${p.session.label}` : ''}`,
        defaultHidden: true,
      },
      {
        id: 'locality',
        header: s.locality,
        cell: (p) => p.voterLocality ?? '',
        value: (p) => p.voterLocality,
        defaultHidden: true,
      },
      {
        id: 'unit',
        header: s.unit,
        cell: (p) => p.assignedUnit.name,
        value: (p) => p.assignedUnit.name,
      },
      {
        id: 'deadline',
        header: s.deadline,
        cell: (p) => <span className="nowrap">{formatDate(p.deadline, lang)}</span>,
        value: (p) => p.deadline,
      },
      {
        id: 'status',
        header: s.status,
        cell: (p) => s.statuses[p.status],
        value: (p) => s.statuses[p.status],
      },
      {
        id: 'answer',
        header: s.answer,
        cell: (p) =>
          p.answerDocument ? (
            <Link href={`/van-ban/${p.answerDocument.id}`} className="nowrap">
              {p.answerDocument.numberSymbol ?? `#${p.answerDocument.id}`}
            </Link>
          ) : (
            ''
          ),
        value: (p) => p.answerDocument?.numberSymbol,
      },
      {
        id: 'timeliness',
        header: s.timeliness,
        cell: (p) => <TimelinessChip value={p.timeliness} />,
        value: (p) => citizensText[lang].timeliness[p.timeliness],
      },
    ];
    if (manage)
      cols.push({
        id: 'actions',
        header: s.actions,
        noExport: true,
        cell: (p) => (
          <button
            type="button"
            className="button button-secondary button-small"
            aria-label={s.answerFor(p.content)}
            onClick={() => {
              setAnswering(p);
              requestAnimationFrame(() => answerRef.current?.scrollIntoView({ block: 'start' }));
            }}
          >
            {s.answerButton}
          </button>
        ),
        value: () => '',
      });
    return cols;
  }, [lang, manage]);
  const apply = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const next = new URLSearchParams();
    for (const [key, name] of [
      ['kyHop', 'session'],
      ['ketQua', 'status'],
      ['q', 'q'],
    ] as const) {
      const v = formText(data, name);
      if (v) next.set(key, v);
    }
    setParams(next);
  };
  const provincial = (sessions.data ?? []).filter((s) => s.label);
  return (
    <>
      <AreaTabs />
      <Page title={t.title} intro={<p>{t.intro}</p>}>
        <form
          role="search"
          aria-label={t.apply}
          className="filters"
          onSubmit={apply}
          key={`${params.toString()}-${provincial.length}`}
        >
          <div className="form-grid">
            <SelectField
              label={t.session}
              name="session"
              defaultValue={sessionId ? String(sessionId) : ''}
              error={loadError(sessions.error)}
              aria-busy={sessions.isLoading ? true : undefined}
            >
              <option value="">{t.allSessions}</option>
              {provincial.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </SelectField>
            <SelectField label={t.status} name="status" defaultValue={status ?? ''}>
              <option value="">{citizensText[lang].cases.all}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t.statuses[s]}
                </option>
              ))}
            </SelectField>
            <TextField label={t.search} name="q" type="search" defaultValue={q ?? ''} />
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary">
              {t.apply}
            </button>
          </div>
        </form>
        <p>
          {sessionId ? (
            <a
              className="button button-secondary"
              href={`/api/v1/citizens/voter-petitions/report.xlsx${toQueryString({ sessionId })}`}
              download
            >
              {t.report}
            </a>
          ) : (
            <span className="field-hint">{t.reportHint}</span>
          )}
        </p>
        <div ref={answerRef}>
          {answering && manage && (
            <AnswerForm
              key={answering.id}
              petition={answering}
              onClose={() => setAnswering(null)}
            />
          )}
        </div>
        <ErrorNotice error={petitions.error} onRetry={() => void petitions.refetch()} />
        {!petitions.data && petitions.isLoading && <p role="status">{ui.loading}</p>}
        {petitions.data && <p role="status">{t.total(formatCount(petitions.data.length, lang))}</p>}
        {petitions.data && petitions.data.length === 0 && <p className="empty-state">{t.empty}</p>}
        {groups.map(([code, g]) => (
          <Section key={code} title={`${g.label} (${formatCount(g.rows.length, lang)})`}>
            <DataTable
              tableId="voter-petitions"
              caption={t.fieldCaption(g.label, formatCount(g.rows.length, lang))}
              columns={columns}
              rows={g.rows}
              rowKey={(p) => p.id}
              loading={petitions.isFetching}
            />
          </Section>
        ))}
      </Page>
    </>
  );
}

function AnswerForm({ petition, onClose }: { petition: VoterPetition; onClose: () => void }) {
  const t = useText(citizensText).petitions;
  const [doc, setDoc] = useState<DocumentView | null>(null);
  const [missing, setMissing] = useState(false);
  const answer = useCitizenWrite((body: Record<string, unknown>) =>
    api.post<VoterPetition>(`/api/v1/citizens/voter-petitions/${petition.id}/answer`, body),
  );
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!doc) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const data = new FormData(e.currentTarget);
    answer.mutate({
      documentId: doc.id,
      status: formText(data, 'status'),
      answeredOn: formOptional(data, 'answeredOn'),
      summary: formOptional(data, 'summary'),
    });
  };
  const err = (name: string) => fieldError(answer.error, name);
  return (
    <Section
      title={t.answerTitle}
      actions={
        <button type="button" className="button button-secondary button-small" onClick={onClose}>
          {t.cancel}
        </button>
      }
    >
      <p>{petition.content}</p>
      {answer.isSuccess ? (
        <StatusNotice>{t.answered}</StatusNotice>
      ) : (
        <>
          <DocumentPicker
            chosen={doc}
            onChoose={setDoc}
            labels={{ document: t.document, search: t.findDocument, none: t.noDocument }}
          />
          <form className="form" aria-label={t.answerTitle} onSubmit={submit}>
            <ErrorNotice error={answer.error} />
            {missing && (
              <div className="notice notice-error" role="alert">
                <p>{t.chooseDocument}</p>
              </div>
            )}
            <div className="form-grid">
              <SelectField
                label={t.answerStatus}
                name="status"
                defaultValue="resolved"
                error={err('status')}
              >
                {(['resolved', 'in_progress', 'explained'] as const).map((s) => (
                  <option key={s} value={s}>
                    {t.statuses[s]}
                  </option>
                ))}
              </SelectField>
              <TextField
                label={t.answeredOn}
                name="answeredOn"
                type="date"
                error={err('answeredOn')}
              />
            </div>
            <TextAreaField
              label={t.summary}
              name="summary"
              rows={3}
              maxLength={2000}
              error={err('summary')}
            />
            <div className="form-actions">
              <button type="submit" className="button button-primary" disabled={answer.isPending}>
                {t.submit}
              </button>
            </div>
          </form>
        </>
      )}
    </Section>
  );
}
