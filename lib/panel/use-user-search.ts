import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { StoredUser } from '../db/records';
import { searchUsersQuery } from './search-users';

export interface UserSearchState {
  /** The text searched for, trimmed; empty when there is nothing to search. */
  query: string;
  /** Matching users (the previous results stay while the next keystroke's are read). */
  results: StoredUser[];
  isFetching: boolean;
}

/**
 * Users matching what is typed. The read starts in the keystroke's own render, before the
 * frame that shows the typed character: a search reads one batch of rows, and one that a newer
 * keystroke replaced is aborted (search-users.ts), so there is no slow search to defer.
 */
export function useUserSearch(text: string): UserSearchState {
  const query = text.trim();
  const { data, isFetching } = useQuery({
    ...searchUsersQuery(query),
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
  });
  return { query, results: query ? (data ?? []) : [], isFetching };
}
