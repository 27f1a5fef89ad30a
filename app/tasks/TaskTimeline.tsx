/**
 * Diễn biến: everything that happened to a task, in order — assignment,
 * progress reports, extension requests and decisions, urgings, completion —
 * each with its date, who did it and the facts it recorded.
 */
import { formatDate } from '../platform/format';
import { useLang, useText, type Lang } from '../platform/i18n';
import { Section } from '../ui/Page';
import type { TaskDetail, TaskEvent } from './api';
import { taskLabels } from './labels';
import { tasksText } from './text';

type Details = Record<string, unknown>;

function str(d: Details, key: string): string | null {
  const v = d[key];
  return typeof v === 'string' && v ? v : null;
}

function num(d: Details, key: string): number | null {
  const v = d[key];
  return typeof v === 'number' ? v : null;
}

/** The facts of an event in words (percent, new deadline, reason, unit…). */
function eventFacts(event: TaskEvent, lang: Lang, unitName: (id: number) => string): string[] {
  const t = tasksText[lang].detail;
  const l = taskLabels[lang];
  const d = (event.details && typeof event.details === 'object' ? event.details : {}) as Details;
  const facts: string[] = [];
  const unitId = num(d, 'unitId');
  if (unitId !== null) facts.push(unitName(unitId));
  const percent = num(d, 'percent');
  if (percent !== null) facts.push(t.eventPercent(percent));
  const status = str(d, 'status');
  if (event.kind === 'progress' && status === 'pending') facts.push(l.progressStatus.pending ?? '');
  const deadline = str(d, 'requestedDeadline') ?? str(d, 'deadline');
  if (deadline) facts.push(t.eventDeadline(formatDate(deadline, lang)));
  const kind = str(d, 'kind');
  if (event.kind === 'urged' && kind && kind in l.urgingKind)
    facts.push(l.urgingKind[kind as keyof typeof l.urgingKind]);
  const attempt = num(d, 'attempt');
  if (attempt !== null) facts.push(t.eventAttempt(attempt));
  for (const key of ['reason', 'note', 'body']) if (str(d, key)) facts.push(str(d, key) ?? '');
  return facts.filter(Boolean);
}

export function TaskTimeline({ task }: { task: TaskDetail }) {
  const { lang } = useLang();
  const t = useText(tasksText).detail;
  const l = taskLabels[lang];
  const names = new Map(task.assignments.map((a) => [a.unitId, a.unitName] as const));
  const unitName = (id: number) => names.get(id) ?? `#${id}`;
  return (
    <Section title={t.timeline}>
      <p className="field-hint">{t.timelineIntro}</p>
      {task.events.length === 0 ? (
        <p className="empty-state">{t.noEvents}</p>
      ) : (
        <ol className="timeline">
          {task.events.map((e, i) => {
            const facts = eventFacts(e, lang, unitName);
            return (
              <li key={i} className={`timeline-event timeline-${e.kind}`}>
                <span className="timeline-date">{formatDate(e.onDate, lang)}</span>
                <span className="timeline-body">
                  <strong>{l.event[e.kind] ?? e.kind}</strong>
                  {facts.length > 0 && <> — {facts.join('; ')}</>}
                  <span className="timeline-actor"> {t.by(e.actor)}</span>
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </Section>
  );
}
