export interface SkeletonProps {
  /** Lines of placeholder text. */
  lines?: number;
  height?: number;
  label?: string;
}

/** A grey placeholder while data loads; announced once as busy, not as content. */
export function Skeleton({ lines = 3, height, label = 'Loading…' }: SkeletonProps) {
  return (
    <div className="skeleton" role="status" aria-busy="true" aria-label={label}>
      {height !== undefined ? (
        <div className="skeleton-block" style={{ height }} />
      ) : (
        Array.from({ length: lines }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static placeholder lines
          <div key={i} className="skeleton-line" style={{ width: `${90 - i * 15}%` }} />
        ))
      )}
    </div>
  );
}
