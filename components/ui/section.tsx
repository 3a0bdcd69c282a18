import { type ReactNode, useId } from 'react';

export interface SectionProps {
  title: string;
  /** Controls shown beside the heading (filters, buttons). */
  actions?: ReactNode;
  children: ReactNode;
}

/** A titled card; the heading labels the region so screen-reader users can jump to it. */
export function Section({ title, actions, children }: SectionProps) {
  const id = useId();
  return (
    <section className="card" aria-labelledby={id}>
      <div className="card-head">
        <h2 id={id}>{title}</h2>
        {actions ? <div className="card-actions">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}
