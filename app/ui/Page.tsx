import { useEffect, useId, type ReactNode } from 'react';

/** A page: sets the document title and renders its one h1, actions beside it. */
export function Page({
  title,
  actions,
  intro,
  children,
}: {
  title: string;
  actions?: ReactNode;
  intro?: ReactNode;
  children: ReactNode;
}) {
  useEffect(() => {
    document.title = `${title} — Điều hành`;
  }, [title]);
  return (
    <>
      <div className="page-head">
        <h1>{title}</h1>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {intro && <div className="page-intro">{intro}</div>}
      {children}
    </>
  );
}

/** A success or information message announced to screen readers. */
export function StatusNotice({ children }: { children: ReactNode }) {
  return (
    <div className="notice notice-success" role="status">
      {children}
    </div>
  );
}

/** A titled block of a page. */
export function Section({
  title,
  children,
  actions,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  const id = useId();
  return (
    <section className="section" aria-labelledby={id}>
      <div className="section-head">
        <h2 id={id}>{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
