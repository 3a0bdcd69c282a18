export interface TopItemsListProps {
  title: string;
  items: { name: string; count: number }[];
  empty: string;
}

/** A ranked list with proportional bars; the numbers are text, so it needs no hidden table. */
export function TopItemsList({ title, items, empty }: TopItemsListProps) {
  const max = Math.max(1, ...items.map((i) => i.count));
  return (
    <div className="top-list">
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p className="muted small">{empty}</p>
      ) : (
        <ol aria-label={title}>
          {items.map((item) => (
            <li key={item.name}>
              <span className="top-name">{item.name}</span>
              <span className="top-count">{item.count}</span>
              <span className="top-bar" aria-hidden="true">
                <span style={{ width: `${(item.count / max) * 100}%` }} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
