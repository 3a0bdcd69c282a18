import type { FeedCategory } from '@/lib/domain/news-feed';
import { usePanelStore } from '@/lib/panel/panel-store';

const CATEGORIES: { id: FeedCategory | 'all'; label: string }[] = [
  { id: 'all', label: 'Everything' },
  { id: 'activity', label: 'Activity' },
  { id: 'note', label: 'Notes' },
  { id: 'cadence', label: 'Cadences' },
  { id: 'milestone', label: 'Milestones' },
];

export interface FeedCategorySelectProps {
  /** Accessible name, so the user and account feeds can be told apart. */
  label: string;
  /** Called after the pick is stored, e.g. to show the first page again. */
  onPick?(): void;
}

/** The news feed's "Show" picker; the choice lives in the panel store, shared by both feeds. */
export function FeedCategorySelect({ label, onPick }: FeedCategorySelectProps) {
  const category = usePanelStore((s) => s.feedCategory);
  const setCategory = usePanelStore((s) => s.setFeedCategory);
  return (
    <select
      aria-label={label}
      className="input compact"
      value={category}
      onChange={(e) => {
        setCategory(e.target.value as FeedCategory | 'all');
        onPick?.();
      }}
    >
      {CATEGORIES.map((c) => (
        <option key={c.id} value={c.id}>
          {c.label}
        </option>
      ))}
    </select>
  );
}
