/**
 * Pieces of the dashboard: a widget frame with its help note, a figure that
 * opens its list, loading skeletons and empty states.
 */
import type { ReactNode } from 'react';
import { useId } from 'react';
import { Link } from 'wouter';
import { useText } from '../platform/i18n';
import type { Figure, LeaderDashboard } from './api';
import { dashboardText } from './text';

/** What a figure is, for the journeys that check it against its list. */
export type FigureKind = 'count' | 'rate' | 'amount';

/** A figure shown as a link to the list behind it. */
export function FigureLink({
  figure,
  label,
  text,
  kind,
  name,
  big,
}: {
  figure: Figure;
  /** What the figure counts (read by screen readers before the value). */
  label: string;
  /** The figure as displayed. */
  text: string;
  kind: FigureKind;
  /** A stable name (`tasks.CHT_QUA_HAN`) for tests and analytics. */
  name: string;
  big?: boolean;
}) {
  const t = useText(dashboardText);
  return (
    <Link
      href={figure.href}
      className={big ? 'figure-link figure-big' : 'figure-link'}
      aria-label={t.openList(label, text)}
      data-figure={name}
      data-kind={kind}
      data-value={figure.value ?? ''}
    >
      {text}
    </Link>
  );
}

/** One widget: its title, the "what is this number" note, and its body (or skeleton). */
export function Widget({
  title,
  help,
  loading,
  failed,
  children,
  wide,
}: {
  title: string;
  help: ReactNode;
  loading: boolean;
  /** Loading failed (the page says why once, with a retry). */
  failed: boolean;
  children: ReactNode;
  wide?: boolean;
}) {
  const t = useText(dashboardText);
  const id = useId();
  return (
    <section
      className={wide ? 'dash-widget dash-wide' : 'dash-widget'}
      aria-labelledby={id}
      aria-busy={loading}
    >
      <div className="dash-widget-head">
        <h2 id={id}>{title}</h2>
      </div>
      <details className="figure-help">
        <summary>
          <span aria-hidden="true">ⓘ </span>
          {t.help}
          <span className="visually-hidden"> — {title}</span>
        </summary>
        <div className="figure-help-body">{help}</div>
      </details>
      {loading ? <Skeleton /> : failed ? null : children}
    </section>
  );
}

function Skeleton() {
  const t = useText(dashboardText);
  return (
    <div className="dash-skeleton">
      <span className="visually-hidden">{t.loadingWidget}</span>
      <span className="skeleton" style={{ width: '40%', height: '2rem' }} aria-hidden="true" />
      <span className="skeleton" aria-hidden="true" />
      <span className="skeleton" style={{ width: '80%' }} aria-hidden="true" />
      <span className="skeleton" style={{ width: '60%' }} aria-hidden="true" />
    </div>
  );
}

/** A line saying there is nothing to show. */
export function Empty({ children }: { children: ReactNode }) {
  return <p className="dash-empty">{children}</p>;
}

/** What every widget of the leader dashboard receives: the data once loaded, and whether it is loading or failed. */
export interface WidgetProps {
  d: LeaderDashboard | undefined;
  loading: boolean;
  failed: boolean;
}
