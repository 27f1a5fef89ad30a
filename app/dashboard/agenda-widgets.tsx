/**
 * The leader dashboard's agenda widgets: the next monthly review meeting and the week's
 * calendar.
 */
import { Link } from 'wouter';
import { formatCount, formatDate, formatLocalTime } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { dashboardText } from './text';
import { Empty, FigureLink, Widget, type WidgetProps } from './widgets';

export function MeetingWidget({ d, loading, failed }: WidgetProps) {
  const t = useText(dashboardText);
  const { lang } = useLang();
  const m = d?.meeting;
  const next = m?.next;
  return (
    <Widget title={t.meeting.title} help={t.meeting.help} loading={loading} failed={failed}>
      {m &&
        (!next ? (
          <Empty>{t.meeting.none}</Empty>
        ) : (
          <>
            <p>
              <Link href={`/hoi-nghi/${next.id}`}>{next.title}</Link>
              <br />
              {t.meeting.when(
                formatDate(next.meetingDate, lang),
                formatLocalTime(next.startsAtLocal),
                next.location,
              )}
              <br />
              <span className="muted">
                {t.meeting.chair(next.chair)} · {t.meeting.status[next.status] ?? next.status}
              </span>
            </p>
            <p>
              {t.meeting.agendaCount}:{' '}
              <FigureLink
                figure={next.agendaCount}
                label={t.meeting.agendaCount}
                text={formatCount(next.agendaCount.value ?? 0, lang)}
                kind="count"
                name="meeting.agendaCount"
              />
            </p>
            {next.agenda.length > 0 && (
              <ol className="dash-list">
                {next.agenda.map((a) => (
                  <li key={a.id}>
                    {a.title}
                    {a.leadUnit && <span className="muted"> — {a.leadUnit}</span>}
                  </li>
                ))}
              </ol>
            )}
          </>
        ))}
    </Widget>
  );
}

export function CalendarWidget({ d, loading, failed }: WidgetProps) {
  const t = useText(dashboardText);
  const { lang } = useLang();
  const c = d?.calendar;
  return (
    <Widget title={t.calendar.title} help={t.calendar.help} loading={loading} failed={failed}>
      {c && (
        <>
          <p className="muted">
            {t.calendar.week(formatDate(c.from, lang), formatDate(c.to, lang))}
          </p>
          <dl className="dash-figures">
            <div>
              <dt>{t.calendar.count}</dt>
              <dd>
                <FigureLink
                  figure={c.count}
                  label={t.calendar.count}
                  text={formatCount(c.count.value ?? 0, lang)}
                  kind="count"
                  name="calendar.count"
                  big
                />
              </dd>
            </div>
          </dl>
          {c.events.length === 0 ? (
            <Empty>{t.calendar.empty}</Empty>
          ) : (
            <ul className="dash-list">
              {c.events.slice(0, 10).map((e) => (
                <li key={e.id}>
                  <strong>
                    {formatDate(e.date, lang)} {formatLocalTime(e.startsAtLocal)}
                  </strong>{' '}
                  {e.leader}: {e.title}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Widget>
  );
}
