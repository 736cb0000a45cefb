import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ApolloClient, ApolloLink } from '@apollo/client';
import { Observable } from 'rxjs';
import { createStore, keys } from 'idb-keyval';
import { createCache } from '../../app/apollo';
import { MeDocument } from '../auth/auth.documents';
import { PeriodsDocument } from '../period/period.documents';
import { CachePersister, type CacheSnapshot } from './cache-persister';
import {
  clearOfflineCache,
  loadOfflineCache,
  OFFLINE_CACHE_DB,
  OFFLINE_CACHE_STORE,
  startOfflineCache,
} from './offline-cache';

const user = (id: string) => ({
  __typename: 'User' as const,
  id,
  username: `op-${id}`,
  displayName: `Operator ${id}`,
  role: 'OPERATOR' as const,
  kecamatan: { __typename: 'Kecamatan' as const, code: '32.75.09', name: 'Jatiasih' },
  mustChangePassword: false,
});
const store = createStore(OFFLINE_CACHE_DB, OFFLINE_CACHE_STORE);
const period = {
  __typename: 'Period' as const,
  id: 'p1',
  year: 2026,
  status: 'OPEN' as const,
  deadline: null,
  statusReason: null,
};

/** A server answering `me` with the given user (or failing like a dead network). */
function serverLink(me: ReturnType<typeof user> | null | 'offline'): ApolloLink {
  return new ApolloLink(
    () =>
      new Observable((observer) => {
        if (me === 'offline') observer.error(new TypeError('Failed to fetch'));
        else {
          observer.next({ data: { me } });
          observer.complete();
        }
      }),
  );
}

/** Stores a snapshot of user 7 with a period, as an earlier visit would have left it. */
async function earlierVisit(): Promise<CacheSnapshot> {
  const cache = createCache();
  cache.writeQuery({ query: MeDocument, data: { me: user('7') } });
  cache.writeQuery({ query: PeriodsDocument, data: { periods: [period] } });
  await new CachePersister(cache, store).flush();
  return (await loadOfflineCache())!;
}

function startWith(snapshot: CacheSnapshot, me: Parameters<typeof serverLink>[0]) {
  const cache = createCache();
  cache.restore(snapshot.data);
  const client = new ApolloClient({ cache, link: serverLink(me) });
  startOfflineCache(client, snapshot);
  return client;
}

afterEach(async () => {
  await clearOfflineCache();
});

describe('offline cache start', () => {
  it('offline: keeps the cached user, so the session check does not send them to sign in', async () => {
    const client = startWith(await earlierVisit(), 'offline');
    await expect.poll(() => client.readQuery({ query: MeDocument })?.me?.id).toBe('7');
    expect(client.readQuery({ query: PeriodsDocument })?.periods).toHaveLength(1);
    expect(await keys(store)).toContain('cache:7');
  });

  it('signed out on the server meanwhile: `me` becomes null and the stored data goes', async () => {
    const client = startWith(await earlierVisit(), null);
    await expect.poll(() => client.readQuery({ query: MeDocument })?.me).toBeNull();
    await expect.poll(() => keys(store)).toEqual([]);
  });

  it('another user signed in on the server: the first user’s cached data is dropped', async () => {
    const client = startWith(await earlierVisit(), user('8'));
    await expect.poll(() => client.readQuery({ query: MeDocument })?.me?.id).toBe('8');
    expect(client.readQuery({ query: PeriodsDocument })).toBeNull();
  });

  it('sign-out (clearOfflineCache) removes what an earlier visit stored', async () => {
    await earlierVisit();
    expect(await keys(store)).not.toEqual([]);
    await clearOfflineCache();
    expect(await keys(store)).toEqual([]);
    expect(await loadOfflineCache()).toBeNull();
  });
});
