import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { formatDate } from '@/components/shared/format';
import { Badge } from '@/components/ui/badge';
import type { PlacedColumn } from '@/lib/domain/account-column-layout';
import { type AccountColumnId, accountColumn, sortedTypes } from '@/lib/domain/account-columns';
import type { AccountUserRow } from '@/lib/domain/account-user-rows';
import type { AccountSort } from '@/lib/domain/account-user-sort';
import { USER_TYPE_LABELS, type UserType } from '@/lib/domain/types';

export const ROW_HEIGHT = 40;
const MAX_BODY_HEIGHT = 440;

export interface AccountUsersTableProps {
  label: string;
  rows: readonly AccountUserRow[];
  columns: readonly PlacedColumn[];
  sort: AccountSort;
  onSort(column: AccountColumnId): void;
  onOpenUser(userId: string): void;
  initialScrollTop?: number;
  onScrollTopChange?(top: number): void;
  /** When this changes (a new sort or filter), the list scrolls back to the top. */
  scrollResetKey?: string;
}

/**
 * The account's users, virtualised: only the rows in view (plus a few) are in the DOM, so
 * 5,000 users scroll as smoothly as 50. Header and body share one scroll box, so frozen columns
 * (position: sticky) and the header stay aligned while scrolling either way.
 */
export function AccountUsersTable(props: AccountUsersTableProps) {
  const { rows, columns, sort } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialOffset: props.initialScrollTop ?? 0,
    // A panel that is not laid out yet (and jsdom) reports no size: assume a panel-sized box.
    initialRect: { width: 400, height: MAX_BODY_HEIGHT },
  });
  const resetKey = useRef(props.scrollResetKey);
  useEffect(() => {
    if (resetKey.current === props.scrollResetKey) return;
    resetKey.current = props.scrollResetKey;
    virtualizer.scrollToOffset(0);
  }, [props.scrollResetKey, virtualizer]);
  const width = columns.reduce((sum, c) => sum + c.width, 0);
  const lastFrozen = columns.filter((c) => c.frozenLeft !== undefined).at(-1)?.id;
  const height = Math.min(MAX_BODY_HEIGHT, ROW_HEIGHT * (rows.length + 1) + 2);

  return (
    <div
      ref={scrollRef}
      className="account-table-scroll"
      style={{ height }}
      onScroll={(e) => props.onScrollTopChange?.(e.currentTarget.scrollTop)}
    >
      <table
        aria-label={props.label}
        aria-rowcount={rows.length + 1}
        className="account-table"
        style={{ width }}
      >
        <thead className="account-thead">
          <tr aria-rowindex={1} className="account-tr">
            {columns.map((c) => {
              const column = accountColumn(c.id);
              const sorted = sort.column === c.id;
              return (
                <th
                  key={c.id}
                  scope="col"
                  aria-sort={
                    sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined
                  }
                  className={cellClass(c, lastFrozen, column.numeric)}
                  style={cellStyle(c)}
                >
                  <button type="button" className="sort-button" onClick={() => props.onSort(c.id)}>
                    {column.label}
                    <span aria-hidden="true" className="sort-mark">
                      {sorted ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="account-tbody" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <tr
                key={row.id}
                aria-rowindex={item.index + 2}
                className="account-tr"
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT, width }}
              >
                {columns.map((c) => {
                  const column = accountColumn(c.id);
                  const text = column.date ? formatDate(column.text(row)) : column.text(row);
                  return (
                    <td
                      key={c.id}
                      className={cellClass(c, lastFrozen, column.numeric)}
                      style={cellStyle(c)}
                    >
                      {c.id === 'name' ? (
                        <button
                          type="button"
                          className="link-button row-open"
                          onClick={() => props.onOpenUser(row.id)}
                        >
                          {row.name}
                        </button>
                      ) : c.id === 'types' && row.types.length > 0 ? (
                        <span className="cell-badges" title={column.text(row)}>
                          {badgeTypes(row.types).map((t) => (
                            <Badge key={t} label={USER_TYPE_LABELS[t]} tone={t} />
                          ))}
                        </span>
                      ) : (
                        <span className="cell-text" title={text}>
                          {text}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Power users and influencers are active by definition: the extra badge only takes room. */
function badgeTypes(types: readonly UserType[]): UserType[] {
  const implied = types.includes('power') || types.includes('influencer');
  return sortedTypes(types).filter((t) => !(implied && t === 'active'));
}

function cellStyle(c: PlacedColumn) {
  return c.frozenLeft === undefined
    ? { width: c.width, minWidth: c.width }
    : { width: c.width, minWidth: c.width, left: c.frozenLeft };
}

function cellClass(c: PlacedColumn, lastFrozen: string | undefined, numeric?: boolean): string {
  return [
    'account-td',
    c.frozenLeft !== undefined ? 'frozen' : '',
    c.id === lastFrozen ? 'frozen-last' : '',
    numeric ? 'numeric' : '',
  ]
    .filter(Boolean)
    .join(' ');
}
