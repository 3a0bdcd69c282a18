import type { ReactNode } from 'react';

/** Content for screen readers only (e.g. a chart's data as a table). */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <div className="visually-hidden">{children}</div>;
}
