import { create } from 'zustand';
import type { FeedCategory } from '../domain/news-feed';
import type { TabDetection } from '../messaging/tab-detection';

export type ChartRange = 30 | 90 | 180 | 365;
export type Granularity = 'daily' | 'weekly';

/** What the panel shows when the user picked something themselves (search, suggestion, account list). */
export type OpenedView =
  | { kind: 'user'; userId: string }
  | { kind: 'account'; accountId: string }
  | { kind: 'home' };

/**
 * UI state only: which tab the panel follows, what that tab shows, what the user opened by hand
 * and the view settings of the sections. Data lives in TanStack Query, not here.
 */
export interface PanelState {
  tabId?: number;
  detection?: TabDetection;
  /** False until the first detection read for the bound tab has answered. */
  detectionLoaded: boolean;
  /** A stack so "Back" returns to what was shown before (the detected person, or the account). */
  opened: OpenedView[];
  chartRange: ChartRange;
  timelineGranularity: Granularity;
  feedCategory: FeedCategory | 'all';
  setTab(tabId: number | undefined): void;
  setDetection(detection: TabDetection | undefined): void;
  open(view: OpenedView): void;
  /** Back to the record tab `tabId` shows, when the panel follows that tab. */
  showTabRecord(tabId: number): void;
  back(): void;
  setChartRange(range: ChartRange): void;
  setTimelineGranularity(g: Granularity): void;
  setFeedCategory(c: FeedCategory | 'all'): void;
}

export const usePanelStore = create<PanelState>()((set) => ({
  detectionLoaded: false,
  opened: [],
  chartRange: 90,
  timelineGranularity: 'daily',
  feedCategory: 'all',
  setTab: (tabId) => set({ tabId, detection: undefined, detectionLoaded: false, opened: [] }),
  // A new CRM record in the tab means the user moved on: follow it and drop what was opened by hand.
  setDetection: (detection) =>
    set((s) => ({
      detection,
      detectionLoaded: true,
      opened: sameRecord(s.detection, detection) ? s.opened : [],
    })),
  open: (view) => set((s) => ({ opened: [...s.opened, view] })),
  showTabRecord: (tabId) => set((s) => (s.tabId === tabId ? { opened: [] } : {})),
  back: () => set((s) => ({ opened: s.opened.slice(0, -1) })),
  setChartRange: (chartRange) => set({ chartRange }),
  setTimelineGranularity: (timelineGranularity) => set({ timelineGranularity }),
  setFeedCategory: (feedCategory) => set({ feedCategory }),
}));

function sameRecord(a: TabDetection | undefined, b: TabDetection | undefined): boolean {
  if (!a || !b) return a === b;
  return a.url === b.url && a.match?.userId === b.match?.userId;
}

/** The initial state, for tests. */
export function resetPanelStore(): void {
  usePanelStore.setState({
    tabId: undefined,
    detection: undefined,
    detectionLoaded: false,
    opened: [],
    chartRange: 90,
    timelineGranularity: 'daily',
    feedCategory: 'all',
  });
}
