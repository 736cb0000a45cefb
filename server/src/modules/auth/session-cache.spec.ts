import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionCache } from './session-cache.js';
import { Role } from './user.entity.js';

const user = (id: string) => ({
  id,
  username: id,
  displayName: id,
  role: Role.OPERATOR,
  kecamatanCode: '32.75.09',
});
const later = new Date(Date.now() + 3600_000);

describe('SessionCache', () => {
  afterEach(() => vi.useRealTimers());

  it('keeps a session for its TTL, never past its expiry', () => {
    // The clock moves only when the test says so: no sleeping, whatever the machine's load.
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.now();
    const cache = new SessionCache(50);
    cache.offer('a', user('u1'), later, cache.begin());
    cache.offer('b', user('u1'), new Date(start + 10), cache.begin());
    expect(cache.get('a')?.id).toBe('u1');
    vi.setSystemTime(start + 20);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.id).toBe('u1');
    vi.setSystemTime(start + 60);
    expect(cache.get('a')).toBeUndefined();
  });

  it('forgets a token or every session of a user, and does not store a read that began before', () => {
    const cache = new SessionCache(60_000);
    cache.offer('a', user('u1'), later, cache.begin());
    cache.offer('b', user('u1'), later, cache.begin());
    cache.offer('c', user('u2'), later, cache.begin());
    cache.forgetToken('c');
    expect(cache.get('c')).toBeUndefined();
    const startedBefore = cache.begin();
    cache.forgetUser('u1');
    expect([cache.get('a'), cache.get('b')]).toEqual([undefined, undefined]);
    // A read that started before the change (it may have seen the old row) is not kept.
    cache.offer('a', user('u1'), later, startedBefore);
    expect(cache.get('a')).toBeUndefined();
    cache.offer('a', user('u1'), later, cache.begin());
    expect(cache.get('a')?.id).toBe('u1');
  });

  it('stores nothing with a TTL of 0', () => {
    const cache = new SessionCache(0);
    cache.offer('a', user('u1'), later, cache.begin());
    expect(cache.size).toBe(0);
  });
});
