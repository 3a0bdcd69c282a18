import type { User } from './types';

/** How a user is named everywhere: their name, else their email, else their id. */
export function displayName(u: Pick<User, 'firstName' | 'lastName' | 'email' | 'id'>): string {
  const name = [u.firstName, u.lastName].filter(Boolean).join(' ').trim();
  return name || u.email || u.id;
}
