/**
 * One case: its details, its legal clock (each statutory step with its law,
 * limit, start, due date after extensions and status on the product's
 * today), the protected applicants (only for the assigned handlers — every
 * read audited — otherwise a note; break-glass for an administrator), and
 * the work on it: assigning, recording steps, extending, closing.
 */
import { useMemo } from 'react';
import { Link } from 'wouter';
import { formatCount, formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { canDo } from '../platform/permissions';
import { useToday, useUser } from '../platform/session';
import { NotFoundPage } from '../shell/placeholders';
import { StatusChip } from '../tasks/StatusChip';
import { TASK_STATUSES } from '../tasks/labels';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Page, Section } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/columns';
import { uiText } from '../ui/text';
import type { TaskStatus } from '../../shared/tasks/status';
import { AREA, AreaTabs } from './AreaTabs';
import { useCase, useCasePersons, type CaseStep, type CaseView } from './api';
import { PersonsTable } from './PersonsTable';
import { taskLabels } from '../tasks/labels';
import {
  AssignForm,
  BreakGlassForm,
  CloseForm,
  CompleteStepForm,
  ExtendStepForm,
} from './CaseForms';
import { citizensText } from './text';
import { TimelinessChip } from './TimelinessChip';

export function CaseDetailPage({ id }: { id: string }) {
  if (!/^\d+$/.test(id)) return <NotFoundPage />;
  return <CaseDetail id={Number(id)} />;
}

function CaseDetail({ id }: { id: number }) {
  const t = useText(citizensText);
  const ui = useText(uiText);
  const user = useUser();
  const found = useCase(id);
  const back = (
    <Link href={AREA} className="button button-secondary">
      {t.detail.back}
    </Link>
  );
  if (!found.data) {
    return (
      <>
        <AreaTabs />
        <Page title={t.cases.title} actions={back}>
          {found.isLoading ? (
            <p role="status">{ui.loading}</p>
          ) : (
            <ErrorNotice error={found.error} onRetry={() => void found.refetch()} />
          )}
        </Page>
      </>
    );
  }
  const c = found.data;
  const open = c.status === 'open';
  const handler = c.handlers.some((h) => h.userId === user.id);
  const manage = canDo(user.role, 'citizens.manage');
  const work = manage || (handler && canDo(user.role, 'citizens.handle'));
  return (
    <>
      <AreaTabs />
      <Page title={`${t.classification[c.classification]} ${c.caseNumber}`} actions={back}>
        <Section title={t.detail.info}>
          <CaseInfo c={c} />
        </Section>
        <ClockSection c={c} />
        <PersonsSection c={c} handler={handler} />
        {open && manage && <AssignForm c={c} />}
        {open && work && <CompleteStepForm c={c} />}
        {open && work && <ExtendStepForm c={c} />}
        {open && work && <CloseForm c={c} />}
      </Page>
    </>
  );
}

function CaseInfo({ c }: { c: CaseView }) {
  const t = useText(citizensText);
  const d = t.detail;
  const { lang } = useLang();
  return (
    <dl className="fields-list">
      <dt>{d.number}</dt>
      <dd>{c.caseNumber}</dd>
      <dt>{d.receivedOn}</dt>
      <dd>{formatDate(c.receivedOn, lang)}</dd>
      <dt>{d.classification}</dt>
      <dd>
        {t.classification[c.classification]}
        {c.instance ? ` — ${t.instance[c.instance]}` : ''}
      </dd>
      <dt>{d.channel}</dt>
      <dd>{t.channel[c.channel]}</dd>
      <dt>{d.competent}</dt>
      <dd>{c.competent ? d.competentYes : d.competentNo}</dd>
      <dt>{d.variant}</dt>
      <dd>{t.variant[c.variant]}</dd>
      {c.knownOn && (
        <>
          <dt>{d.knownOn}</dt>
          <dd>{formatDate(c.knownOn, lang)}</dd>
        </>
      )}
      {c.lateReason && (
        <>
          <dt>{d.lateReason}</dt>
          <dd>{c.lateReason}</dd>
        </>
      )}
      <dt>{d.summary}</dt>
      <dd>{c.summary}</dd>
      {c.groupHeadcount > 0 && (
        <>
          <dt>{d.group}</dt>
          <dd>{d.groupValue(formatCount(c.groupHeadcount, lang))}</dd>
        </>
      )}
      <dt>{d.receivingUnit}</dt>
      <dd>{c.receivingUnit.name}</dd>
      <dt>{d.unit}</dt>
      <dd>{c.unit?.name ?? d.notAssigned}</dd>
      <dt>{d.handlers}</dt>
      <dd>{c.handlers.map((h) => h.name).join(', ') || d.noHandlers}</dd>
      <dt>{d.status}</dt>
      <dd>
        {t.caseStatus[c.status]}
        {c.closedOn ? ` (${formatDate(c.closedOn, lang)})` : ''}
      </dd>
      {c.outcome && (
        <>
          <dt>{d.outcome}</dt>
          <dd>{c.outcome}</dd>
        </>
      )}
    </dl>
  );
}

function isTaskStatus(s: string): s is TaskStatus {
  return (TASK_STATUSES as readonly string[]).includes(s);
}

function ClockSection({ c }: { c: CaseView }) {
  const { lang } = useLang();
  const t = useText(citizensText);
  const today = useToday();
  const columns = useMemo<Column<CaseStep>[]>(() => {
    const s = citizensText[lang];
    const d = s.detail;
    const ext = (x: CaseStep) =>
      x.extensions
        .map((e) =>
          d.extensionLine(
            String(e.days),
            s.dayUnit[x.unit] ?? x.unit,
            formatDate(e.decidedOn, lang),
            e.decisionRef ?? '',
          ),
        )
        .join('; ') || d.noExtension;
    return [
      {
        id: 'step',
        header: d.step,
        alwaysVisible: true,
        cell: (x) => x.title,
        value: (x) => x.title,
      },
      {
        id: 'basis',
        header: d.basis,
        cell: (x) => `${x.article}, ${x.law}`,
        value: (x) => `${x.article}, ${x.law}`,
      },
      {
        id: 'start',
        header: d.start,
        cell: (x) => <span className="nowrap">{formatDate(x.startDate, lang)}</span>,
        value: (x) => x.startDate,
      },
      {
        id: 'limit',
        header: d.limit,
        cell: (x) => `${s.variant[x.variant]}; ${s.dayUnit[x.unit]}`,
        value: (x) => `${s.variant[x.variant]}; ${s.dayUnit[x.unit]}`,
      },
      {
        id: 'baseDue',
        header: d.baseDue,
        cell: (x) => <span className="nowrap">{formatDate(x.baseDueDate, lang)}</span>,
        value: (x) => x.baseDueDate,
        defaultHidden: true,
      },
      { id: 'extensions', header: d.extensions, cell: ext, value: ext },
      {
        id: 'due',
        header: d.due,
        cell: (x) => <strong className="nowrap">{formatDate(x.dueDate, lang)}</strong>,
        value: (x) => x.dueDate,
      },
      {
        id: 'done',
        header: d.done,
        cell: (x) => (
          <span className="nowrap">
            {formatDate(x.completedOn, lang)}
            {x.decisionRef ? ` (${x.decisionRef})` : ''}
          </span>
        ),
        value: (x) => x.completedOn,
      },
      {
        id: 'status',
        header: d.stepStatus,
        cell: (x) => (
          <span className="task-chips">
            {isTaskStatus(x.status) ? <StatusChip chip={x.status} /> : x.status}
            {x.dueSoon && x.completedOn === null && <StatusChip chip="DUE_SOON" />}
            {x.daysLate > 0 && <span className="muted"> {d.daysLate(x.daysLate)}</span>}
          </span>
        ),
        // Excel gets the status in words, never its code.
        value: (x) => (isTaskStatus(x.status) ? taskLabels[lang].status[x.status] : x.status),
      },
    ];
  }, [lang]);
  return (
    <Section title={t.detail.clock}>
      <p>
        <TimelinessChip value={c.timeliness} />
      </p>
      <DataTable
        tableId="citizen-case-steps"
        caption={t.detail.clockCaption(formatDate(today, lang))}
        columns={columns}
        rows={c.steps}
        rowKey={(x) => x.key}
        emptyText={t.detail.noOpenStep}
      />
    </Section>
  );
}

function PersonsSection({ c, handler }: { c: CaseView; handler: boolean }) {
  const t = useText(citizensText).detail;
  const user = useUser();
  const erased = c.persons.erasedOn !== null;
  const persons = useCasePersons(c.id, handler && !erased && c.persons.count > 0);
  return (
    <Section title={t.persons}>
      {erased ? (
        <p className="notice">{t.erasedNote(c.persons.erasedOn ?? '')}</p>
      ) : handler && c.persons.count > 0 ? (
        <PersonsTable
          persons={persons.data?.persons}
          loading={persons.isFetching}
          error={persons.error}
          onRetry={() => void persons.refetch()}
        />
      ) : (
        <>
          <p className="notice">{t.protectedNote(c.persons.count)}</p>
          {canDo(user.role, 'citizens.breakGlass') && c.persons.count > 0 && (
            <BreakGlassForm c={c} />
          )}
        </>
      )}
    </Section>
  );
}
