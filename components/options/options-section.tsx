import { type ReactNode, useId } from 'react';
import { sectionAnchor } from '@/lib/options/section-anchor';

export interface OptionsSectionProps {
  title: string;
  description?: string;
  children: ReactNode;
}

/** One titled card of the options page; the heading names the region for screen readers. */
export function OptionsSection({ title, description, children }: OptionsSectionProps) {
  const id = useId();
  return (
    <section className="options-card" id={sectionAnchor(title)} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {description ? <p className="options-muted">{description}</p> : null}
      {children}
    </section>
  );
}
