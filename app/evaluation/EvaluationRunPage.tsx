/**
 * One evaluation run: the ranked units with score, level and rank, each
 * score's explanation (inputs, weights, points) behind a disclosure, the
 * commendation and criticism lists, the heads' levels with their criteria,
 * and the run's basis and notes.
 */
import { Link } from 'wouter';
import { AreaTabs } from '../indicators/AreaTabs';
import { formatCount } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { formatNumber, formatPercent } from '../../shared/vi/number';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Page, Section } from '../ui/Page';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/columns';
import { uiText } from '../ui/text';
import type { EvaluationRun, HeadResult, Level, ListEntry, UnitResult } from './api';
import { useEvaluationRun } from './api';
import { formatInstant, runBy } from './format';
import { RUNS_PATH } from './paths';
import { evaluationText } from './text';

type Lang = 'vi' | 'en';
const en2 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const num = (n: number, lang: Lang) => (lang === 'vi' ? formatNumber(n) : en2.format(n));
const pct = (n: number | null, lang: Lang) =>
  n === null ? '—' : lang === 'vi' ? formatPercent(n) : `${en2.format(n)}%`;

export function EvaluationRunPage({ id }: { id: number }) {
  const t = useText(evaluationText).run;
  const { lang } = useLang();
  const ui = useText(uiText);
  const run = useEvaluationRun(id);
  const r = run.data;
  return (
    <>
      <AreaTabs />
      <Page
        title={r ? t.title(r.period.label) : t.back}
        actions={
          <Link href={RUNS_PATH} className="button">
            {t.back}
          </Link>
        }
        intro={
          r && (
            <>
              <p>
                {t.meta(
                  formatInstant(r.createdAt, lang),
                  runBy(r.createdBy, evaluationText[lang].list.system),
                  formatCount(r.unitCount, lang),
                )}
              </p>
              {r.scopedToUnits && (
                <p>{t.scoped(formatCount(r.units.length, lang), formatCount(r.unitCount, lang))}</p>
              )}
              <p>
                {t.disbursement(
                  pct(r.disbursement.average, lang),
                  pct(r.disbursement.targetRate, lang),
                )}
              </p>
            </>
          )
        }
      >
        {run.isLoading && <p role="status">{ui.loading}</p>}
        <ErrorNotice error={run.error} onRetry={() => void run.refetch()} />
        {r && (
          <>
            <RankingSection run={r} />
            <div className="lists">
              <ListSection title={t.commendations} entries={r.commendations} />
              <ListSection title={t.criticisms} entries={r.criticisms} />
            </div>
            <HeadsSection heads={r.heads} />
            <Section title={t.notes}>
              <p>{r.ruleSet.legalBasis}</p>
              <ul>
                {r.notes.map((n, i) => (
                  <li key={i}>{n}</li>
                ))}
              </ul>
            </Section>
          </>
        )}
      </Page>
    </>
  );
}

function LevelChip({ level }: { level: Level | null }) {
  const t = useText(evaluationText);
  if (!level) return <>—</>;
  return <span className={`level-chip level-${level}`}>{t.levels[level]}</span>;
}

function ListSection({ title, entries }: { title: string; entries: ListEntry[] }) {
  const t = useText(evaluationText).run;
  const { lang } = useLang();
  return (
    <Section title={title}>
      {entries.length === 0 ? (
        <p>{t.noneListed}</p>
      ) : (
        <ol>
          {entries.map((e) => (
            <li key={e.unit.id}>
              <strong>
                {t.entry(
                  e.unit.name,
                  e.score === null ? '—' : num(e.score, lang),
                  e.rank === null ? '—' : formatCount(e.rank, lang),
                )}
              </strong>
              <ul>
                {e.reasons.map((reason, i) => (
                  <li key={i}>{reason.text}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

function RankingSection({ run }: { run: EvaluationRun }) {
  const t = useText(evaluationText).run;
  const levels = useText(evaluationText).levels;
  const { lang } = useLang();
  const headOf = (u: UnitResult) => (u.head ? `${u.head.fullName} (${u.head.title})` : t.noHead);
  const columns: Column<UnitResult>[] = [
    {
      id: 'rank',
      header: t.rank,
      numeric: true,
      sortable: true,
      alwaysVisible: true,
      cell: (u) => (u.rank === null ? '—' : formatCount(u.rank, lang)),
      value: (u) => u.rank,
    },
    {
      id: 'unit',
      header: t.unit,
      rowHeader: true,
      sortable: true,
      alwaysVisible: true,
      cell: (u) => u.unit.name,
      value: (u) => u.unit.name,
    },
    { id: 'head', header: t.head, sortable: true, cell: headOf, value: headOf },
    {
      id: 'score',
      header: t.score,
      numeric: true,
      sortable: true,
      cell: (u) => (u.score === null ? t.noScore : num(u.score, lang)),
      value: (u) => u.score,
    },
    {
      id: 'level',
      header: t.level,
      sortable: true,
      cell: (u) => <LevelChip level={u.level} />,
      value: (u) => (u.level ? levels[u.level] : null),
    },
  ];
  return (
    <Section title={t.ranking}>
      <DataTable
        tableId="evaluation-ranking"
        caption={t.caption(run.period.label)}
        showCaption
        tableClassName="figures-table"
        localSort={{ column: 'rank', direction: 'asc' }}
        columns={columns}
        rows={run.units}
        rowKey={(u) => u.unit.id}
        // Each unit's explanation opens on a full-width line under its row.
        rowDetail={(u) => <ScoreExplanation unit={u} />}
        exportSpec={{
          fileName: `xep-hang-${run.period.label}`,
          sheetName: t.ranking,
        }}
      />
    </Section>
  );
}

/**
 * The criteria of one unit's score, behind a disclosure (a native details
 * element). Its table stays a plain one: it is the written explanation of a
 * single score (a few fixed lines), not a list to sort or export; it keeps
 * its caption and row and column headers.
 */
function ScoreExplanation({ unit }: { unit: UnitResult }) {
  const t = useText(evaluationText).run;
  const { lang } = useLang();
  return (
    <details className="explain">
      <summary>{t.explain(unit.unit.name)}</summary>
      <p>{unit.summary}</p>
      <table className="details-table score-lines">
        <caption>{t.linesCaption(unit.unit.name)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.criterion}</th>
            <th scope="col">{t.input}</th>
            <th scope="col" className="numeric">
              {t.weight}
            </th>
            <th scope="col" className="numeric">
              {t.effectiveWeight}
            </th>
            <th scope="col" className="numeric">
              {t.normalised}
            </th>
            <th scope="col" className="numeric">
              {t.points}
            </th>
          </tr>
        </thead>
        <tbody>
          {unit.lines.map((l) => (
            <tr key={l.key}>
              <th scope="row">{l.label}</th>
              <td>
                {l.input}
                <br />
                <small>{l.explanation}</small>
              </td>
              <td className="numeric">{pct(l.weight, lang)}</td>
              <td className="numeric">{pct(l.effectiveWeight, lang)}</td>
              <td className="numeric">
                {l.normalised === null ? '—' : pct(l.normalised * 100, lang)}
              </td>
              <td className="numeric">{num(l.points, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function HeadsSection({ heads }: { heads: HeadResult[] }) {
  const t = useText(evaluationText).run;
  const levels = useText(evaluationText).levels;
  const { lang } = useLang();
  if (heads.length === 0) return null;
  const headOf = (h: HeadResult) => (h.head ? `${h.head.fullName} (${h.head.title})` : t.noHead);
  const columns: Column<HeadResult>[] = [
    {
      id: 'head',
      header: t.head,
      rowHeader: true,
      sortable: true,
      alwaysVisible: true,
      cell: headOf,
      value: headOf,
    },
    {
      id: 'unit',
      header: t.unit,
      sortable: true,
      cell: (h) => h.unit.name,
      value: (h) => h.unit.name,
    },
    {
      id: 'score',
      header: t.score,
      numeric: true,
      sortable: true,
      cell: (h) => (h.score === null ? t.noScore : num(h.score, lang)),
      value: (h) => h.score,
    },
    {
      id: 'level',
      header: t.level,
      sortable: true,
      cell: (h) => (
        <>
          <LevelChip level={h.level} />
          {h.demotedByQuota && <div>{t.demoted}</div>}
        </>
      ),
      value: (h) =>
        [h.level ? levels[h.level] : '', h.demotedByQuota ? t.demoted : '']
          .filter(Boolean)
          .join(' — '),
    },
  ];
  return (
    <Section title={t.heads}>
      <DataTable
        tableId="evaluation-heads"
        caption={t.headsCaption}
        showCaption
        tableClassName="figures-table"
        localSort
        columns={columns}
        rows={heads}
        rowKey={(h) => h.unit.id}
        rowDetail={(h) => <HeadChecks head={h} />}
        exportSpec={{ fileName: 'xep-loai-nguoi-dung-dau', sheetName: t.heads }}
      />
    </Section>
  );
}

/**
 * The checks behind one head's level, behind a disclosure. Like a score's
 * explanation, its table is the written reasoning for one result (a line per
 * level), so it stays a plain captioned table.
 */
function HeadChecks({ head: h }: { head: HeadResult }) {
  const t = useText(evaluationText).run;
  const levels = useText(evaluationText).levels;
  const name = h.head ? h.head.fullName : h.unit.name;
  return (
    <details className="explain">
      <summary>{t.checks(name)}</summary>
      <ul>
        {h.explanation.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      <table className="details-table">
        <caption>{t.checks(name)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.level}</th>
            <th scope="col">{t.requirement}</th>
            <th scope="col">{t.met}</th>
            <th scope="col">{t.actual}</th>
          </tr>
        </thead>
        <tbody>
          {h.checks.map((c, i) => (
            <tr key={i}>
              <th scope="row">{levels[c.level]}</th>
              <td>{c.requirement}</td>
              <td>{c.met === null ? t.unknown : c.met ? t.yes : t.no}</td>
              <td>{c.actual}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
