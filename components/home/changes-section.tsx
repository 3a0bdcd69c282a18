import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { AccountLink } from '@/components/shared/account-link';
import { Section } from '@/components/ui/section';
import { Skeleton } from '@/components/ui/skeleton';
import { type ChangeWindow, changeList, firstChanges, pagePeople } from '@/lib/domain/change-list';
import { changeReason } from '@/lib/domain/change-reason';
import { CHANGE_KIND_LABELS, type ChangeKind } from '@/lib/domain/type-changes';
import type { Day, Definitions } from '@/lib/domain/types';
import { changePeopleQuery, HOME_PAGE_SIZE, homeChangesQuery } from '@/lib/panel/home-queries';
import { usePanelStore } from '@/lib/panel/panel-store';
import { ChangeRow } from './change-row';

/**
 * "What changed": type changes of the last 7 or 30 days, grouped by account, newest first.
 * `onShown` is called once the list (or its "no changes" line) is on screen.
 */
export function ChangesSection({
  today,
  defs,
  onShown,
}: {
  today: Day;
  defs: Definitions;
  onShown?: () => void;
}) {
  const open = usePanelStore((s) => s.open);
  const [window, setWindow] = useState<ChangeWindow>(7);
  const [kind, setKind] = useState<ChangeKind | 'all'>('all');
  const [shown, setShown] = useState(HOME_PAGE_SIZE);
  const selectId = useId();
  const { data: records } = useQuery(homeChangesQuery(today, window));
  const groups = useMemo(
    () =>
      records
        ? changeList(records, {
            today,
            window,
            ...(kind === 'all' ? {} : { kinds: new Set([kind]) }),
          })
        : [],
    [records, today, window, kind],
  );
  const total = groups.reduce((n, g) => n + g.changes.length, 0);
  const page = useMemo(() => firstChanges(groups, shown), [groups, shown]);
  const ids = useMemo(() => pagePeople(page), [page]);
  // Only the people on screen are read. "Show more" keeps the rows already read up while the
  // next ones load; another period or kind waits for its own people (never a half list).
  const filter = `${window}:${kind}`;
  const loadedFilter = useRef(filter);
  const { data: people, isPlaceholderData } = useQuery({
    ...changePeopleQuery(ids.users, ids.accounts),
    placeholderData: keepPreviousData,
    enabled: ids.users.length > 0,
  });
  if (people && !isPlaceholderData) loadedFilter.current = filter;
  const shownPage = useMemo(
    () =>
      people
        ? page.flatMap((g) => {
            const changes = g.changes.filter((c) => people.asked.has(c.userId));
            return changes.length ? [{ ...g, changes }] : [];
          })
        : [],
    [page, people],
  );
  const ready =
    people !== undefined &&
    (!isPlaceholderData || (loadedFilter.current === filter && shownPage.length > 0));
  const listShown = records !== undefined && (total === 0 || ready);
  useEffect(() => {
    if (listShown) onShown?.();
  }, [listShown, onShown]);

  const actions = (
    <>
      <fieldset className="segmented">
        <legend className="visually-hidden">Period</legend>
        {([7, 30] as const).map((w) => (
          <button key={w} type="button" aria-pressed={window === w} onClick={() => setWindow(w)}>
            {w} days
          </button>
        ))}
      </fieldset>
      <label htmlFor={selectId} className="visually-hidden">
        Kind of change
      </label>
      <select
        id={selectId}
        value={kind}
        onChange={(e) => setKind(e.target.value as ChangeKind | 'all')}
      >
        <option value="all">All changes</option>
        {(Object.keys(CHANGE_KIND_LABELS) as ChangeKind[]).map((k) => (
          <option key={k} value={k}>
            {CHANGE_KIND_LABELS[k]}
          </option>
        ))}
      </select>
    </>
  );
  return (
    <Section title="What changed" actions={actions}>
      {!records || (total > 0 && !ready) ? (
        <Skeleton lines={3} label="Reading the changes…" />
      ) : total === 0 ? (
        <p className="muted small" role="status" data-home-list>
          No {kind === 'all' ? 'type changes' : CHANGE_KIND_LABELS[kind].toLowerCase()} in the last{' '}
          {window} days.
        </p>
      ) : (
        <div className="change-groups" data-home-list>
          {shownPage.map((g) => {
            const account = g.accountId ? people?.accounts.get(g.accountId) : undefined;
            return (
              <section
                key={g.accountId ?? ''}
                className="change-group"
                aria-label={account?.name ?? 'No account'}
              >
                <h3 className="change-group-title">
                  {account ? <AccountLink account={account} /> : 'No account'}
                </h3>
                <ul className="change-list">
                  {g.changes.map((c) => (
                    <ChangeRow
                      key={c.id}
                      change={c}
                      user={people?.users.get(c.userId)}
                      stats={people?.stats.get(c.userId)}
                      reason={changeReason(c, defs)}
                      onOpen={(userId) => open({ kind: 'user', userId })}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
          {total > shown ? (
            <button
              type="button"
              className="button"
              onClick={() => setShown((n) => n + HOME_PAGE_SIZE)}
            >
              Show more ({total - shown} left)
            </button>
          ) : null}
        </div>
      )}
    </Section>
  );
}
