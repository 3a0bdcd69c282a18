import { useId } from 'react';

export interface BadgeProps {
  label: string;
  /** A colour token name from theme.css, e.g. "power" → var(--type-power). */
  tone: string;
  /** One line shown on hover and on keyboard focus, and read by screen readers. */
  explanation?: string;
}

/** A small coloured label; with an explanation it is focusable and shows it as a tooltip. */
export function Badge({ label, tone, explanation }: BadgeProps) {
  const tipId = useId();
  if (!explanation) {
    return (
      <span className="badge" data-tone={tone}>
        {label}
      </span>
    );
  }
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: focus must reveal the explanation for keyboard users
    <span className="badge has-tip" data-tone={tone} tabIndex={0} aria-describedby={tipId}>
      {label}
      <span role="tooltip" id={tipId} className="tip">
        {explanation}
      </span>
    </span>
  );
}
