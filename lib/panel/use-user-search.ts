import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
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
 * Users matching what is typed. The search follows a deferred copy of the text, so typing stays
 * responsive while a slower search catches up.
 */
export function useUserSearch(text: string): UserSearchState {
  const deferred = useDeferredValue(text);
  const query = deferred.trim();
  const { data, isFetching } = useQuery({
    ...searchUsersQuery(query),
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
  });
  return { query, results: query ? (data ?? []) : [], isFetching };
}
