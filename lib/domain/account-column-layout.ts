import { ACCOUNT_COLUMNS, type AccountColumnId, accountColumn } from './account-columns';

/** Which columns the users table shows, and which of them stay put when scrolling sideways. */
export interface ColumnLayout {
  visible: AccountColumnId[];
  frozen: AccountColumnId[];
}

export const MAX_FROZEN_COLUMNS = 2;

export const DEFAULT_COLUMN_LAYOUT: ColumnLayout = {
  visible: ['name', 'types', 'lastActive', 'activity', 'role', 'email'],
  frozen: ['name'],
};

export type LayoutChange = { ok: true; layout: ColumnLayout } | { ok: false; message: string };

/** Freezes or unfreezes a column; a third frozen column is refused with a message. */
export function toggleFrozen(layout: ColumnLayout, id: AccountColumnId): LayoutChange {
  if (layout.frozen.includes(id))
    return { ok: true, layout: { ...layout, frozen: layout.frozen.filter((c) => c !== id) } };
  if (layout.frozen.length >= MAX_FROZEN_COLUMNS) {
    const names = layout.frozen.map((c) => `“${accountColumn(c).label}”`).join(' and ');
    return {
      ok: false,
      message: `Only two columns can be frozen. Unfreeze ${names} first to freeze “${accountColumn(id).label}”.`,
    };
  }
  const visible = layout.visible.includes(id) ? layout.visible : [...layout.visible, id];
  return { ok: true, layout: { visible, frozen: [...layout.frozen, id] } };
}

/** The name column opens the user's page, so it is always shown. */
export const ALWAYS_VISIBLE: AccountColumnId = 'name';

/** Shows or hides a column; hiding unfreezes it. The name column cannot be hidden. */
export function toggleVisible(layout: ColumnLayout, id: AccountColumnId): LayoutChange {
  if (!layout.visible.includes(id))
    return { ok: true, layout: { ...layout, visible: [...layout.visible, id] } };
  if (id === ALWAYS_VISIBLE)
    return { ok: false, message: 'The name column is always shown: it opens the user’s page.' };
  return {
    ok: true,
    layout: {
      visible: layout.visible.filter((c) => c !== id),
      frozen: layout.frozen.filter((c) => c !== id),
    },
  };
}

export interface PlacedColumn {
  id: AccountColumnId;
  width: number;
  /** Sticky left offset in pixels for frozen columns. */
  frozenLeft?: number;
}

/** The columns in display order: frozen ones first (in the order frozen), then the rest. */
export function placeColumns(layout: ColumnLayout): PlacedColumn[] {
  const placed: PlacedColumn[] = [];
  let left = 0;
  for (const id of layout.frozen) {
    if (!layout.visible.includes(id)) continue;
    const width = accountColumn(id).width;
    placed.push({ id, width, frozenLeft: left });
    left += width;
  }
  for (const column of ACCOUNT_COLUMNS) {
    if (layout.visible.includes(column.id) && !layout.frozen.includes(column.id))
      placed.push({ id: column.id, width: column.width });
  }
  return placed;
}
