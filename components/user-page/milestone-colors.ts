import type { MilestoneKind } from '@/lib/domain/types';

/** Colours and words for milestone lines; the same tokens as the type badges. */
export const MILESTONE_STYLE: Record<MilestoneKind, { color: string; label: string }> = {
  inactive: { color: 'var(--type-inactive)', label: 'Became inactive' },
  influencer: { color: 'var(--type-influencer)', label: 'Became an influencer' },
  power: { color: 'var(--type-power)', label: 'Became a power user' },
};
