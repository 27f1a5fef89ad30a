/**
 * Giải trình: the requests made on an indicator, each with its thread in
 * order (request, staff drafts, the unit's answer, closing), and the form
 * that fits the user: a leader asks about a red indicator and closes; the
 * answering unit's staff draft; its leader sends the explanation.
 */
import { useId, useState, type FormEvent } from 'react';
import { addDays, isLocalDate } from '../../shared/dates/local-date';
import { api } from '../platform/api-client';
import { formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { useToday, useUser } from '../platform/session';
import { uiText } from '../ui/text';
import { ErrorNotice } from '../ui/ErrorNotice';
import { TextAreaField, TextField } from '../ui/fields';
import { formText } from '../ui/form-data';
import { Section, StatusNotice } from '../ui/Page';
import {
  useExplanations,
  useIndicatorWrite,
  type ExplanationView,
  type IndicatorView,
  type TableRow,
} from './api';
import { indicatorAbilities, type IndicatorAbilities } from './abilities';
import { labelOfPeriod } from './figures';
import { indicatorFieldError, isFieldError } from './form-errors';
import { indicatorsText } from './text';

export function Explanations({
  indicator,
  row,
  reportPeriod,
}: {
  indicator: IndicatorView;
  row: TableRow | undefined;
  /** The table's report period, for which a request is made. */
  reportPeriod: string;
}) {
  const t = useText(indicatorsText).explain;
  const user = useUser();
  const can = indicatorAbilities(user, indicator.ownerUnit.id);
  const ui = useText(uiText);
  const list = useExplanations(indicator.id);
  const [notice, setNotice] = useState<string | null>(null);
  const items = [...(list.data ?? [])].sort((a, b) => b.id - a.id);
  const openForPeriod = items.some((e) => e.status !== 'closed' && e.period === row?.period);
  return (
    <Section title={t.title}>
      <p className="field-hint">{t.intro}</p>
      {notice && <StatusNotice>{notice}</StatusNotice>}
      {list.isLoading && <p role="status">{ui.loading}</p>}
      <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
      {list.data && items.length === 0 && <p className="empty-state">{t.none}</p>}
      {items.map((e) => (
        <ExplanationItem key={e.id} explanation={e} can={can} onDone={setNotice} />
      ))}
      {can.requestExplanation &&
        row &&
        !openForPeriod &&
        (row.colour === 'red' ? (
          <RequestForm
            indicatorId={indicator.id}
            period={reportPeriod}
            ownPeriod={row.period ?? reportPeriod}
            onDone={setNotice}
          />
        ) : (
          <p className="field-hint">{t.notRedHint}</p>
        ))}
    </Section>
  );
}

function RequestForm({
  indicatorId,
  period,
  ownPeriod,
  onDone,
}: {
  indicatorId: number;
  period: string;
  /** The indicator's own period in it ('2023-Q2' for a quarterly one). */
  ownPeriod: string;
  onDone: (message: string) => void;
}) {
  const texts = useText(indicatorsText);
  const t = texts.explain;
  const { lang } = useLang();
  const today = useToday();
  const [empty, setEmpty] = useState<ReadonlySet<string>>(new Set());
  const send = useIndicatorWrite((body: Record<string, unknown>) =>
    api.post<ExplanationView>(`/api/v1/indicators/${indicatorId}/explanations`, body),
  );
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const dueOn = formText(data, 'dueOn');
    const message = formText(data, 'message');
    setEmpty(new Set([...(dueOn ? [] : ['dueOn']), ...(message ? [] : ['message'])]));
    // Empty fields stay out, so the API names the missing one (FIELD_REQUIRED).
    send.mutate(
      { period, ...(dueOn ? { dueOn } : {}), ...(message ? { message } : {}) },
      { onSuccess: () => onDone(t.requested) },
    );
  };
  const err = (name: string) => indicatorFieldError(send.error, name, texts, empty);
  return (
    <form className="form explanation-form" aria-label={t.request} onSubmit={submit} noValidate>
      <h3>{t.request}</h3>
      <p className="field-hint">{t.requestIntro(labelOfPeriod(ownPeriod, lang))}</p>
      {!isFieldError(send.error, ['dueOn', 'message']) && <ErrorNotice error={send.error} />}
      <TextField
        label={t.dueOn}
        name="dueOn"
        type="date"
        required
        min={today}
        defaultValue={isLocalDate(today) ? addDays(today, 10) : ''}
        error={err('dueOn')}
      />
      <TextAreaField label={t.message} name="message" rows={4} required error={err('message')} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={send.isPending}>
          {t.submitRequest}
        </button>
      </div>
    </form>
  );
}

function ExplanationItem({
  explanation: e,
  can,
  onDone,
}: {
  explanation: ExplanationView;
  can: IndicatorAbilities;
  onDone: (message: string) => void;
}) {
  const t = useText(indicatorsText).explain;
  const { lang } = useLang();
  const headingId = useId();
  const period = labelOfPeriod(e.period, lang);
  const open = e.status !== 'closed';
  const latestDraft = [...e.messages].reverse().find((m) => m.kind === 'draft');
  return (
    <article className="explanation" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.heading(period, t.status[e.status])}</h3>
      <p>
        {t.facts(
          e.requestedBy,
          formatDate(e.requestedOn, lang),
          e.answeringUnit.name,
          formatDate(e.dueOn, lang),
        )}
        {e.overdue && open && <strong className="overdue-mark"> {t.overdue}</strong>}
      </p>
      <h4 className="visually-hidden">{t.thread}</h4>
      <ol className="thread" aria-label={t.thread}>
        {e.messages.map((m) => (
          <li key={m.id} className={`thread-message thread-${m.kind}`}>
            <p className="thread-head">
              <strong>{t.kind[m.kind]}</strong> — {t.by(m.author, formatDate(m.onDate, lang))}
            </p>
            <p className="thread-body">{m.body}</p>
          </li>
        ))}
      </ol>
      {e.status === 'requested' && can.draft(e.answeringUnit.id) && (
        <MessageForm
          path={`/api/v1/indicator-explanations/${e.id}/drafts`}
          title={t.draft}
          hint={t.draftHint}
          field="body"
          submitLabel={t.submitDraft}
          onDone={() => onDone(t.drafted)}
        />
      )}
      {e.status === 'requested' && can.answer(e.answeringUnit.id) && (
        <MessageForm
          path={`/api/v1/indicator-explanations/${e.id}/answer`}
          title={t.answer}
          hint={latestDraft ? t.answerHint : undefined}
          field="body"
          defaultText={latestDraft?.body}
          requireText
          submitLabel={t.submitAnswer}
          onDone={() => onDone(t.answered)}
        />
      )}
      {open && can.requestExplanation && (
        <MessageForm
          path={`/api/v1/indicator-explanations/${e.id}/close`}
          title={t.closeNote}
          field="note"
          optional
          submitLabel={t.submitClose}
          onDone={() => onDone(t.closed)}
        />
      )}
    </article>
  );
}

/** One text and a button, sent to one of the thread's endpoints. */
function MessageForm({
  path,
  title,
  hint,
  field,
  defaultText,
  optional,
  requireText,
  submitLabel,
  onDone,
}: {
  path: string;
  title: string;
  hint?: string | undefined;
  field: 'body' | 'note';
  defaultText?: string | undefined;
  optional?: boolean;
  /** Refuse an empty text before sending (the endpoint would read it as "the latest draft"). */
  requireText?: boolean;
  submitLabel: string;
  onDone: () => void;
}) {
  const texts = useText(indicatorsText);
  const [formKey, setFormKey] = useState(0);
  const send = useIndicatorWrite((body: Record<string, string>) =>
    api.post<ExplanationView>(path, body),
  );
  const [missing, setMissing] = useState(false);
  const [empty, setEmpty] = useState<ReadonlySet<string>>(new Set());
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const text = formText(new FormData(e.currentTarget), field);
    // Sent without a text, the answer would submit the latest draft unseen: ask for it here.
    setMissing(requireText === true && !text);
    setEmpty(new Set(text ? [] : [field]));
    if (requireText && !text) return;
    send.mutate(text ? { [field]: text } : {}, {
      onSuccess: () => {
        setFormKey((k) => k + 1);
        onDone();
      },
    });
  };
  return (
    <form
      key={formKey}
      className="form explanation-form"
      aria-label={submitLabel}
      onSubmit={submit}
      noValidate
    >
      {!isFieldError(send.error, [field]) && <ErrorNotice error={send.error} />}
      <TextAreaField
        label={title}
        name={field}
        rows={4}
        required={!optional}
        hint={hint}
        defaultValue={defaultText}
        error={
          missing ? texts.errors.bodyRequired : indicatorFieldError(send.error, field, texts, empty)
        }
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={send.isPending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
