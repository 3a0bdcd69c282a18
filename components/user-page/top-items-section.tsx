import { useMemo } from 'react';
import { Section } from '@/components/ui/section';
import { topFeatures, topModules } from '@/lib/domain/top-items';
import type { ActivityDay, Definitions } from '@/lib/domain/types';
import { TopItemsList } from './top-items-list';

export interface TopItemsSectionProps {
  rollups: ActivityDay[];
  defs: Definitions;
  now: Date;
}

/** The 10 most used features and modules of the last 14 days. */
export function TopItemsSection({ rollups, defs, now }: TopItemsSectionProps) {
  const features = useMemo(
    () => topFeatures(rollups, defs, now, { days: 14, limit: 10 }),
    [rollups, defs, now],
  );
  const modules = useMemo(
    () => topModules(rollups, defs, now, { days: 14, limit: 10 }),
    [rollups, defs, now],
  );
  return (
    <Section title="Most used, last 14 days">
      <div className="top-grid">
        <TopItemsList
          title="Top features"
          items={features}
          empty="No feature used in the last 14 days."
        />
        <TopItemsList
          title="Top modules"
          items={modules}
          empty="No module used in the last 14 days."
        />
      </div>
    </Section>
  );
}
