import type { AdoptionMilestone } from '@/lib/domain/types';

export interface AccountMilestoneFilterProps {
  milestones: readonly AdoptionMilestone[];
  value: string;
  onChange(value: string): void;
}

/** "Reached / not reached <milestone>" for the users table; absent while none are defined. */
export function AccountMilestoneFilter({
  milestones,
  value,
  onChange,
}: AccountMilestoneFilterProps) {
  if (milestones.length === 0) return null;
  return (
    <select
      className="input compact"
      aria-label="Filter by milestone"
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="all">Any milestone</option>
      {milestones.map((m) => (
        <optgroup key={m.id} label={m.name}>
          <option value={`reached:${m.id}`}>Reached {m.name}</option>
          <option value={`not:${m.id}`}>Not reached {m.name}</option>
        </optgroup>
      ))}
    </select>
  );
}
