import { create } from 'zustand';
import {
  type ColumnLayout,
  DEFAULT_COLUMN_LAYOUT,
  type LayoutChange,
  toggleFrozen,
  toggleVisible,
} from '../domain/account-column-layout';
import type { AccountColumnId } from '../domain/account-columns';
import { type AccountUserFilters, NO_FILTERS } from '../domain/account-user-filter';
import { type AccountSort, nextSort } from '../domain/account-user-sort';

/**
 * The users table's view settings. Kept outside the component so that opening a user and coming
 * back to the account finds the table as it was left; opening another account starts afresh.
 */
export type AccountTab = 'users' | 'notes' | 'news';

export interface AccountTableState {
  accountId?: string;
  tab: AccountTab;
  filters: AccountUserFilters;
  sort: AccountSort;
  layout: ColumnLayout;
  /** Why the last column change was refused (e.g. a third frozen column). */
  layoutMessage?: string;
  /** Scroll position of the table body, restored on return. */
  scrollTop: number;
  showAccount(accountId: string): void;
  setTab(tab: AccountTab): void;
  setFilters(patch: Partial<AccountUserFilters>): void;
  clearFilters(): void;
  sortBy(column: AccountColumnId): void;
  toggleFrozen(column: AccountColumnId): void;
  toggleVisible(column: AccountColumnId): void;
  dismissLayoutMessage(): void;
  setScrollTop(top: number): void;
}

const initial = {
  accountId: undefined,
  tab: 'users' as AccountTab,
  filters: NO_FILTERS,
  sort: { column: 'name', direction: 'asc' } as AccountSort,
  layout: DEFAULT_COLUMN_LAYOUT,
  layoutMessage: undefined,
  scrollTop: 0,
};

const applyLayout = (change: LayoutChange) =>
  change.ok
    ? { layout: change.layout, layoutMessage: undefined }
    : { layoutMessage: change.message };

export const useAccountTableStore = create<AccountTableState>()((set) => ({
  ...initial,
  showAccount: (accountId) =>
    set((s) => (s.accountId === accountId ? s : { ...initial, layout: s.layout, accountId })),
  setTab: (tab) => set({ tab }),
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch }, scrollTop: 0 })),
  clearFilters: () => set({ filters: NO_FILTERS, scrollTop: 0 }),
  sortBy: (column) => set((s) => ({ sort: nextSort(s.sort, column), scrollTop: 0 })),
  toggleFrozen: (column) => set((s) => applyLayout(toggleFrozen(s.layout, column))),
  toggleVisible: (column) => set((s) => applyLayout(toggleVisible(s.layout, column))),
  dismissLayoutMessage: () => set({ layoutMessage: undefined }),
  setScrollTop: (scrollTop) => set({ scrollTop }),
}));

/** The initial state, for tests. */
export function resetAccountTableStore(): void {
  useAccountTableStore.setState({ ...initial });
}
