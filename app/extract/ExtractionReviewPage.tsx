/**
 * Rà soát trích xuất: the document found (or chosen) in the register, its citations with
 * their register entries (an unknown one can be recorded), the draft tasks with their
 * confidence, lead unit and deadline to correct, each highlighted in the source text, and
 * the confirmation that creates the chosen ones — drafts already tasks are shown as such.
 */
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import type { DocumentView } from '../documents/api';
import { organisationText } from '../organisation/text';
import { UnitSelect } from '../organisation/UnitSelect';
import { useLang, useText } from '../platform/i18n';
import { formatDate } from '../platform/format';
import { canDo } from '../platform/permissions';
import { useUser } from '../platform/session';
import { DocumentPicker } from '../tasks/DocumentPicker';
import { TASK_UNIT_KINDS } from '../tasks/TaskFiltersForm';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Page, Section, StatusNotice } from '../ui/Page';
import { uiText } from '../ui/text';
import {
  useConfirmExtraction,
  useExtraction,
  useRegisterCitation,
  type DraftTask,
  type ExtractionView,
} from './api';
import { extractText } from './text';

export function ExtractionReviewPage({ id }: { id: string }) {
  const t = useText(extractText);
  const ui = useText(uiText);
  const extraction = useExtraction(Number(id));
  if (extraction.isLoading) {
    return (
      <Page title={t.title}>
        <p role="status">{ui.loading}</p>
      </Page>
    );
  }
  if (!extraction.data) {
    return (
      <Page title={t.title}>
        <ErrorNotice error={extraction.error} onRetry={() => void extraction.refetch()} />
      </Page>
    );
  }
  return <Review view={extraction.data} />;
}

interface Choice {
  chosen: boolean;
  leadUnit: string;
  deadline: string;
}

function initialChoice(d: DraftTask): Choice {
  return {
    chosen: d.existing_task_id === null && d.created_task_id === null,
    leadUnit: d.lead_unit_id !== undefined ? String(d.lead_unit_id) : '',
    deadline: d.deadline !== null && /^\d{4}-\d{2}-\d{2}$/.test(d.deadline) ? d.deadline : '',
  };
}

function Review({ view }: { view: ExtractionView }) {
  const t = useText(extractText);
  const { lang } = useLang();
  const user = useUser();
  const a = view.analysis;
  const [doc, setDoc] = useState<DocumentView | null>(null);
  const [choices, setChoices] = useState<Choice[]>(() => a.tasks.map(initialChoice));
  const [focus, setFocus] = useState<number | null>(null);
  const confirm = useConfirmExtraction(view.id);
  const register = useRegisterCitation(view.id);
  const mayWrite = canDo(user.role, 'tasks.create');
  const label = a.document.number_symbol ?? view.fileName ?? t.untitled;
  const documentId = a.document.document_id ?? doc?.id ?? null;
  const chosen = choices
    .map((c, index) => ({ c, index }))
    .filter(({ c, index }) => c.chosen && isOpen(a.tasks[index]));
  const set = (i: number, patch: Partial<Choice>) =>
    setChoices((cs) => cs.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const submit = () =>
    confirm.mutate({
      ...(a.document.document_id === null && doc ? { documentId: doc.id } : {}),
      items: chosen.map(({ c, index }) => ({
        index,
        ...(c.leadUnit !== '' ? { leadUnit: Number(c.leadUnit) } : {}),
        deadline: c.deadline === '' ? null : c.deadline,
      })),
    });
  const unitKinds = organisationText[lang].kind;

  return (
    <Page title={t.reviewTitle(label)} intro={<p>{t.counts(view.counts)}</p>}>
      {confirm.data && (
        <StatusNotice>
          <p>{t.confirmed(confirm.data.created.length, confirm.data.existing.length)}</p>
        </StatusNotice>
      )}
      <Section title={t.documentSection}>
        {a.document.document_id !== null ? (
          <p>
            {t.documentFound(a.document.number_symbol ?? '')}{' '}
            <Link href={`/van-ban/${a.document.document_id}`}>{t.openDocument}</Link>
          </p>
        ) : (
          <>
            <p className="notice">{t.documentMissing}</p>
            {mayWrite && <DocumentPicker chosen={doc} onChoose={setDoc} />}
          </>
        )}
      </Section>

      <Section title={t.citations}>
        <ErrorNotice error={register.error} />
        {a.citations.length === 0 && <p>{t.noCitations}</p>}
        <ul className="plain-list" aria-label={t.citations}>
          {a.citations.map((c, i) => (
            <li key={`${c.start}-${c.text}`} data-testid="citation">
              <span>{c.text}</span>{' '}
              {c.document_id !== null ? (
                <Link href={`/van-ban/${c.document_id}`} className="badge badge-ok">
                  {t.linked}
                </Link>
              ) : (
                <>
                  <span className="badge">
                    {c.candidates > 1 ? t.ambiguous(c.candidates) : t.notLinked}
                  </span>{' '}
                  {mayWrite && c.number_symbol !== null && c.candidates === 0 && (
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      disabled={register.isPending}
                      onClick={() => register.mutate(i)}
                    >
                      {t.registerCitation}
                    </button>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      </Section>

      <Section title={t.drafts}>
        <ErrorNotice error={confirm.error} />
        {a.tasks.length === 0 && <p>{t.noDrafts}</p>}
        <ol className="draft-list">
          {a.tasks.map((d, i) => {
            const c = choices[i] ?? initialChoice(d);
            const taskId = d.existing_task_id ?? d.created_task_id;
            return (
              <li key={`${d.start}`} className="draft" data-testid="draft">
                <fieldset>
                  <legend>
                    {d.item_label ? `${t.item(d.item_label)} — ` : ''}
                    <span className="draft-confidence">
                      {t.confidence(Math.round(d.confidence * 100))}
                    </span>
                  </legend>
                  <p className="draft-text">{d.text}</p>
                  {taskId !== null ? (
                    <p>
                      <span className="badge badge-ok">
                        {d.created_task_id !== null ? t.created : t.existing}
                      </span>{' '}
                      <Link href={`/nhiem-vu/${taskId}`}>{t.openTask(taskId)}</Link>
                    </p>
                  ) : (
                    mayWrite && (
                      <div className="form-grid">
                        <label className="checkbox-line">
                          <input
                            type="checkbox"
                            checked={c.chosen}
                            onChange={(e) => set(i, { chosen: e.currentTarget.checked })}
                          />{' '}
                          {t.choose}
                        </label>
                        {d.addressees.length > 0 && c.leadUnit === '' ? (
                          <p>
                            {t.addressees(d.addressees.flatMap((x) => x.unit_names).join(', '))}
                          </p>
                        ) : null}
                        <UnitSelect
                          label={t.lead}
                          name={`lead-${i}`}
                          asOf={view.asOf}
                          kinds={TASK_UNIT_KINDS}
                          kindLabels={unitKinds}
                          emptyLabel={t.noLead}
                          value={c.leadUnit}
                          onChange={(v) => set(i, { leadUnit: v })}
                          hint={d.lead_unit ? t.leadAsWritten(d.lead_unit) : undefined}
                        />
                        <div className="field">
                          <label htmlFor={`deadline-${i}`}>{t.deadline}</label>
                          <input
                            id={`deadline-${i}`}
                            type="date"
                            value={c.deadline}
                            onChange={(e) => set(i, { deadline: e.currentTarget.value })}
                          />
                          {d.deadline_text && (
                            <p className="field-hint">{t.deadlineAsWritten(d.deadline_text)}</p>
                          )}
                        </div>
                      </div>
                    )
                  )}
                  {d.coordinating.length > 0 && (
                    <p>
                      {t.coordinating(
                        d.coordinating.map((x) => x.unit_names[0] ?? x.text).join(', '),
                      )}
                    </p>
                  )}
                  {d.expected_output && <p>{t.expectedOutput(d.expected_output)}</p>}
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    aria-pressed={focus === i}
                    onClick={() => setFocus(focus === i ? null : i)}
                  >
                    {t.showSource}
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ol>
        {mayWrite && chosen.length > 0 && (
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={confirm.isPending || documentId === null}
              onClick={submit}
            >
              {t.confirm(chosen.length)}
            </button>
          </div>
        )}
      </Section>

      <Section title={t.figures}>
        {a.figures.length === 0 ? (
          <p>{t.noFigures}</p>
        ) : (
          <ul className="plain-list">
            {a.figures.slice(0, 200).map((f) => (
              <li key={`${f.start}`}>
                {f.text} ({f.kind === 'target' ? t.target : t.actual})
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t.source}>
        <SourceText
          text={view.text}
          tasks={a.tasks}
          focus={focus}
          asOfLabel={formatDate(view.asOf, lang)}
          label={t.source}
        />
      </Section>
    </Page>
  );
}

function isOpen(d: DraftTask | undefined): boolean {
  return d !== undefined && d.existing_task_id === null && d.created_task_id === null;
}

/** The document's text with every draft's span marked; the focused one scrolled into view. */
function SourceText({
  text,
  tasks,
  focus,
  asOfLabel,
  label,
}: {
  text: string;
  tasks: DraftTask[];
  focus: number | null;
  asOfLabel: string;
  label: string;
}) {
  const parts = useMemo(() => {
    const spans = tasks
      .map((d, i) => ({ start: d.start, end: d.end, i }))
      .filter((s) => s.end > s.start)
      .sort((x, y) => x.start - y.start);
    const out: Array<{ text: string; i: number | null }> = [];
    let pos = 0;
    for (const s of spans) {
      if (s.start < pos) continue;
      out.push({ text: text.slice(pos, s.start), i: null });
      out.push({ text: text.slice(s.start, s.end), i: s.i });
      pos = s.end;
    }
    out.push({ text: text.slice(pos), i: null });
    return out;
  }, [text, tasks]);
  return (
    // Focusable so the scrolling text can be read with the keyboard.
    <div
      className="source-text"
      data-as-of={asOfLabel}
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      {parts.map((p, k) =>
        p.i === null ? (
          <span key={k}>{p.text}</span>
        ) : (
          <mark
            key={k}
            className={p.i === focus ? 'source-focus' : undefined}
            ref={(el) => {
              if (el && p.i === focus) el.scrollIntoView({ block: 'center' });
            }}
          >
            {p.text}
          </mark>
        ),
      )}
    </div>
  );
}
