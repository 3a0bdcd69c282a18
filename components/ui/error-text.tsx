import type { ReactNode } from 'react';

/** A failure in plain words, announced to screen readers as it appears; nothing when none. */
export function ErrorText({ children }: { children?: ReactNode }) {
  if (!children) return null;
  return (
    <p className="error small" role="alert">
      {children}
    </p>
  );
}
