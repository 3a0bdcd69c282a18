import { describe, expect, it } from 'vitest';
import { SyncServerState } from '../../support/sync-server';
import { pushHandlers } from '../../support/sync-server-push';

// The test sync server's PUT /v1/users/{id} (a product user added by hand), as the protocol says.

const mary = {
  id: 'n1',
  email: 'mary@x.example',
  firstName: 'Mary',
  createdAt: '2026-01-01T00:00:00Z',
};

describe('test sync server: PUT /v1/users/{id}', () => {
  it('stores a new user (201), is idempotent (200, not echoed again)', () => {
    const state = new SyncServerState();
    expect(pushHandlers(state, 'PUT', '/v1/users/n1', mary)).toMatchObject({
      status: 201,
      effect: 'changed',
    });
    const feed = state.feed.length;
    expect(pushHandlers(state, 'PUT', '/v1/users/n1', mary)).toMatchObject({
      status: 200,
      effect: 'unchanged',
    });
    expect(state.feed).toHaveLength(feed);
    expect(state.get('user', 'n1')).toEqual(mary);
  });

  it('answers 409 naming the user who already has the email (any case)', () => {
    const state = new SyncServerState();
    state.upsert('user', {
      id: 'u-m',
      email: 'Mary@X.example',
      firstName: 'Mary',
      lastName: 'S',
      createdAt: '2025-01-01T00:00:00Z',
    });
    expect(pushHandlers(state, 'PUT', '/v1/users/n1', mary)).toEqual({
      status: 409,
      error: 'The email mary@x.example already belongs to Mary S (user u-m).',
      effect: 'refused',
    });
    expect(state.get('user', 'n1')).toBeUndefined();
  });

  it('refuses a body without an email or createdAt, or with another id', () => {
    const state = new SyncServerState();
    expect(pushHandlers(state, 'PUT', '/v1/users/n1', { ...mary, email: '' }).status).toBe(422);
    expect(
      pushHandlers(state, 'PUT', '/v1/users/n1', { ...mary, createdAt: undefined }).status,
    ).toBe(422);
    expect(pushHandlers(state, 'PUT', '/v1/users/n2', mary).status).toBe(400);
  });

  it('PATCH sets and clears the segment', () => {
    const state = new SyncServerState();
    state.upsert('user', { ...mary, segment: 'SMB' });
    expect(pushHandlers(state, 'PATCH', '/v1/users/n1', { segment: 'Enterprise' }).status).toBe(
      200,
    );
    expect(state.get('user', 'n1')?.segment).toBe('Enterprise');
    pushHandlers(state, 'PATCH', '/v1/users/n1', { segment: null });
    expect(state.get('user', 'n1')).not.toHaveProperty('segment');
  });
});
