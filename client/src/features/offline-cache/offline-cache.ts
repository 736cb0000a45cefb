import type { ApolloClient, InMemoryCache } from '@apollo/client';
import { createStore, type UseStore } from 'idb-keyval';
import { MeDocument } from '../auth/auth.documents';
import { CachePersister, clearSnapshots, loadSnapshot, type CacheSnapshot } from './cache-persister';
import { setLastFetched } from './last-fetched';

/** Its own IndexedDB database: the answer save queue keeps its data elsewhere. */
export const OFFLINE_CACHE_DB = 'kecala-cache';
export const OFFLINE_CACHE_STORE = 'apollo';
/** A blocked IndexedDB must never keep the app from starting. */
const RESTORE_GIVE_UP_MS = 3000;

let store: UseStore | undefined;
let persister: CachePersister | undefined;

function cacheStore(): UseStore | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  return (store ??= createStore(OFFLINE_CACHE_DB, OFFLINE_CACHE_STORE));
}

/** The last user's cache from an earlier visit (read before the first render), or null. */
export async function loadOfflineCache(): Promise<CacheSnapshot | null> {
  const target = cacheStore();
  if (!target) return null;
  const giveUp = new Promise<null>((resolve) => setTimeout(() => resolve(null), RESTORE_GIVE_UP_MS));
  return Promise.race([loadSnapshot(target).catch(() => null), giveUp]);
}

/**
 * Keeps the cache in IndexedDB from now on. A restored cache is checked against the server once:
 * signed out there (`me` null) clears it, another user replaces it; offline, the cached user stays.
 * `sessionKnown`: the user has just signed in on this page, so that check is already answered.
 */
export function startOfflineCache(
  client: ApolloClient,
  snapshot: CacheSnapshot | null,
  { sessionKnown = false } = {},
): void {
  const target = cacheStore();
  if (!target) return;
  setLastFetched(snapshot?.fetchedAt ?? null);
  persister = new CachePersister(client.cache as InMemoryCache, target);
  persister.start();
  // Just signed in (the snapshot is that user's): the server has answered already, no second `me`.
  if (!snapshot || sessionKnown) return;
  client
    .query({ query: MeDocument, fetchPolicy: 'network-only' })
    .then(async ({ data }) => {
      const me = data?.me;
      if (me && me.id !== snapshot.userId) {
        await client.clearStore();
        client.writeQuery({ query: MeDocument, data: { me } });
      }
    })
    .catch(() => undefined);
}

/** Sign-out: the private data of this device's cache goes. */
export async function clearOfflineCache(): Promise<void> {
  setLastFetched(null);
  if (persister) return persister.clear();
  const target = cacheStore();
  if (target) await clearSnapshots(target);
}
