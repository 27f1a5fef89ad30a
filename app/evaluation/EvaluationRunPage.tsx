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
  const { lang } = useLang();
  const units = [...run.units].sort(
    (a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER),
  );
  return (
    <Section title={t.ranking}>
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label={t.caption(run.period.label)}
      >
        <table className="details-table figures-table">
          <caption>{t.caption(run.period.label)}</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                {t.rank}
              </th>
              <th scope="col">{t.unit}</th>
              <th scope="col">{t.head}</th>
              <th scope="col" className="numeric">
                {t.score}
              </th>
              <th scope="col">{t.level}</th>
            </tr>
          </thead>
          {units.map((u) => (
            // Each unit's explanation opens on a full-width line under its row.
            <tbody key={u.unit.id} className="unit-rows">
              <tr>
                <td className="numeric">{u.rank === null ? '—' : formatCount(u.rank, lang)}</td>
                <th scope="row">{u.unit.name}</th>
                <td>{u.head ? `${u.head.fullName} (${u.head.title})` : t.noHead}</td>
                <td className="numeric">{u.score === null ? t.noScore : num(u.score, lang)}</td>
                <td>
                  <LevelChip level={u.level} />
                </td>
              </tr>
              <tr className="explain-row">
                <td colSpan={5}>
                  <ScoreExplanation unit={u} />
                </td>
              </tr>
            </tbody>
          ))}
        </table>
      </div>
    </Section>
  );
}

/** The criteria of one unit's score, behind a disclosure (a native details element). */
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
  const { lang } = useLang();
  if (heads.length === 0) return null;
  return (
    <Section title={t.heads}>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t.headsCaption}>
        <table className="details-table figures-table">
          <caption>{t.headsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.head}</th>
              <th scope="col">{t.unit}</th>
              <th scope="col" className="numeric">
                {t.score}
              </th>
              <th scope="col">{t.level}</th>
            </tr>
          </thead>
          {heads.map((h) => {
            const name = h.head ? h.head.fullName : h.unit.name;
            return (
              <tbody key={h.unit.id} className="unit-rows">
                <tr>
                  <th scope="row">{h.head ? `${h.head.fullName} (${h.head.title})` : t.noHead}</th>
                  <td>{h.unit.name}</td>
                  <td className="numeric">{h.score === null ? t.noScore : num(h.score, lang)}</td>
                  <td>
                    <LevelChip level={h.level} />
                    {h.demotedByQuota && <div>{t.demoted}</div>}
                  </td>
                </tr>
                <tr className="explain-row">
                  <td colSpan={4}>
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
                              <td>{c.level}</td>
                              <td>{c.requirement}</td>
                              <td>{c.met === null ? t.unknown : c.met ? t.yes : t.no}</td>
                              <td>{c.actual}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </details>
                  </td>
                </tr>
              </tbody>
            );
          })}
        </table>
      </div>
    </Section>
  );
}
