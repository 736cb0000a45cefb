import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore, get, keys, type UseStore } from 'idb-keyval';
import { createCache } from '../../app/apollo';
import { MeDocument } from '../auth/auth.documents';
import { PeriodsDocument } from '../period/period.documents';
import { CachePersister, loadSnapshot, userIdOf } from './cache-persister';
import { setLastFetched } from './last-fetched';

const user = (id: string, username: string) => ({
  __typename: 'User' as const,
  id,
  username,
  displayName: `Operator ${username}`,
  role: 'OPERATOR' as const,
  kecamatan: { __typename: 'Kecamatan' as const, code: '32.75.09', name: 'Bekasi Utara' },
  mustChangePassword: false,
});

let store: UseStore;
let stops: (() => void)[] = [];
let dbCount = 0;

beforeEach(() => {
  // A fresh database per test: nothing carries over.
  store = createStore(`kecala-cache-test-${++dbCount}`, 'apollo');
  setLastFetched(null);
});
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
});

function persisted(options?: ConstructorParameters<typeof CachePersister>[2]) {
  const cache = createCache();
  const persister = new CachePersister(cache, store, { debounceMs: 5, ...options });
  stops.push(persister.start());
  return { cache, persister };
}

describe('CachePersister', () => {
  it('stores the cache under the signed-in user and restores it into a new cache', async () => {
    const { cache, persister } = persisted();
    cache.writeQuery({ query: MeDocument, data: { me: user('7', 'op-3275-09') } });
    setLastFetched('2026-12-02T07:00:00.000Z');
    await persister.flush();

    expect(await keys(store)).toEqual(expect.arrayContaining(['user', 'cache:7']));
    const snapshot = await loadSnapshot(store);
    expect(snapshot).toMatchObject({ userId: '7', fetchedAt: '2026-12-02T07:00:00.000Z' });

    const restored = createCache();
    restored.restore(snapshot!.data);
    expect(restored.readQuery({ query: MeDocument })?.me?.username).toBe('op-3275-09');
  });

  it('writes by itself after a cache change (debounced), without an explicit flush', async () => {
    const { cache } = persisted();
    cache.writeQuery({ query: MeDocument, data: { me: user('7', 'op-3275-09') } });
    await expect.poll(() => get('cache:7', store)).toBeTruthy();
  });

  it('keeps each user apart: the pointer names the last user, whose snapshot alone is restored', async () => {
    const { cache, persister } = persisted();
    cache.writeQuery({ query: MeDocument, data: { me: user('7', 'op-a') } });
    await persister.flush();
    await cache.reset();
    cache.writeQuery({ query: MeDocument, data: { me: user('8', 'op-b') } });
    await persister.flush();

    expect(await get('user', store)).toBe('8');
    const snapshot = await loadSnapshot(store);
    expect(snapshot?.userId).toBe('8');
    expect(userIdOf(snapshot!.data)).toBe('8');
    expect(JSON.stringify(snapshot!.data)).not.toContain('op-a');
  });

  it('clears everything once signed out (me null), and a write scheduled before does not bring it back', async () => {
    const { cache, persister } = persisted();
    cache.writeQuery({ query: MeDocument, data: { me: user('7', 'op-3275-09') } });
    await persister.flush();
    expect(await loadSnapshot(store)).not.toBeNull();

    persister.schedule();
    await cache.reset();
    cache.writeQuery({ query: MeDocument, data: { me: null } });
    await persister.flush();
    expect(await keys(store)).toEqual([]);
    expect(await loadSnapshot(store)).toBeNull();
  });

  it('clear() removes the stored snapshots', async () => {
    const { cache, persister } = persisted();
    cache.writeQuery({ query: MeDocument, data: { me: user('7', 'op-3275-09') } });
    await persister.flush();
    await persister.clear();
    expect(await keys(store)).toEqual([]);
  });

  it('writes nothing before `me` is known', async () => {
    const { cache, persister } = persisted();
    cache.writeQuery({ query: PeriodsDocument, data: { periods: [] } });
    await persister.flush();
    expect(await keys(store)).toEqual([]);
  });

  it('drops the snapshot instead of keeping a stale one when the cache grows over the size cap', async () => {
    const { cache, persister } = persisted({ maxSize: 2000 });
    cache.writeQuery({ query: MeDocument, data: { me: user('7', 'op-3275-09') } });
    await persister.flush();
    expect(await loadSnapshot(store)).not.toBeNull();

    cache.writeQuery({
      query: MeDocument,
      data: { me: { ...user('7', 'op-3275-09'), displayName: 'x'.repeat(3000) } },
    });
    await persister.flush();
    expect(await loadSnapshot(store)).toBeNull();
  });

  it('ignores a snapshot of another format version', async () => {
    const { cache, persister } = persisted();
    cache.writeQuery({ query: MeDocument, data: { me: user('7', 'op-3275-09') } });
    await persister.flush();
    const { set } = await import('idb-keyval');
    const snapshot = await get('cache:7', store);
    await set('cache:7', { ...snapshot, version: 0 }, store);
    expect(await loadSnapshot(store)).toBeNull();
  });
});
