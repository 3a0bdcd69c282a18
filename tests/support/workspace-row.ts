import type { Workspace } from '@/lib/domain/types';

/** A stored workspace row with the protocol's defaults; tests name only what they rely on. */
export function workspaceRow(over: Partial<Workspace> = {}): Workspace {
  return {
    id: 'acme',
    name: 'Acme',
    timezone: 'UTC',
    activityWindowDays: 30,
    powerUserTopPercent: 10,
    activityEvents: [],
    noteTypes: ['General', 'Call', 'Meeting', 'Email', 'QBR'],
    activityGranularity: 'event',
    ...over,
  };
}
