import type { InMemoryCache, NormalizedCacheObject } from '@apollo/client';
import { clear, get, setMany, type UseStore } from 'idb-keyval';
import { getLastFetched } from './last-fetched';

/** Bumped when the shape of the stored snapshot (or of the cache) changes: older ones are ignored. */
export const SNAPSHOT_VERSION = 1;
const USER_KEY = 'user';
const cacheKeyOf = (userId: string) => `cache:${userId}`;

/** One user's Apollo cache as last seen on this device. */
export interface CacheSnapshot {
  version: number;
  userId: string;
  /** When data last came from the server, or null if unknown. */
  fetchedAt: string | null;
  savedAt: string;
  data: NormalizedCacheObject;
}

export interface PersistOptions {
  /** Largest snapshot kept, in characters of its JSON (≈ bytes: the data is mostly ASCII). */
  maxSize?: number;
  /** Writes are gathered: one write this long after the last cache change. */
  debounceMs?: number;
}

export const DEFAULT_MAX_SIZE = 4 * 1024 * 1024;

/** The signed-in user's id from the cache's `me`: null when signed out, undefined when not known yet. */
export function userIdOf(data: NormalizedCacheObject): string | null | undefined {
  const root = data.ROOT_QUERY as Record<string, unknown> | undefined;
  if (!root || !('me' in root)) return undefined;
  const me = root.me as { __ref?: string } | null;
  if (!me?.__ref) return null;
  const id = (data[me.__ref] as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/** The snapshot of the user who used this device last, if it is usable. */
export async function loadSnapshot(store: UseStore): Promise<CacheSnapshot | null> {
  const userId = await get<string>(USER_KEY, store);
  if (!userId) return null;
  const snapshot = await get<CacheSnapshot>(cacheKeyOf(userId), store);
  if (!snapshot || snapshot.version !== SNAPSHOT_VERSION || snapshot.userId !== userId) return null;
  return snapshot;
}

/** Forgets every stored snapshot (sign-out, session expired, over the size cap). */
export function clearSnapshots(store: UseStore): Promise<void> {
  return clear(store);
}

type CacheMethod = 'write' | 'modify' | 'evict' | 'reset';
const WATCHED: readonly CacheMethod[] = ['write', 'modify', 'evict', 'reset'];

/**
 * Keeps the signed-in user's Apollo cache in IndexedDB: written (debounced) after cache changes and
 * at once when the page is hidden or left, under a key of that user. Signed out (`me` null) removes
 * everything; a snapshot over the size cap is dropped rather than kept stale.
 */
export class CachePersister {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<void> = Promise.resolve();
  private readonly maxSize: number;
  private readonly debounceMs: number;
  private readonly undo: (() => void)[] = [];

  constructor(
    private readonly cache: InMemoryCache,
    private readonly store: UseStore,
    options: PersistOptions = {},
  ) {
    this.maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
    this.debounceMs = options.debounceMs ?? 1000;
  }

  /** Starts watching the cache (and the page lifecycle); returns a stop function. */
  start(): () => void {
    for (const method of WATCHED) this.wrap(method);
    if (typeof window !== 'undefined') {
      const onHide = () => {
        if (document.visibilityState === 'hidden') void this.flush();
      };
      const onPageHide = () => void this.flush();
      document.addEventListener('visibilitychange', onHide);
      window.addEventListener('pagehide', onPageHide);
      this.undo.push(() => document.removeEventListener('visibilitychange', onHide));
      this.undo.push(() => window.removeEventListener('pagehide', onPageHide));
    }
    return () => this.stop();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.undo.length) this.undo.pop()!();
  }

  private wrap(method: CacheMethod): void {
    const cache = this.cache as unknown as Record<CacheMethod, (...args: unknown[]) => unknown>;
    const original = cache[method];
    cache[method] = (...args: unknown[]) => {
      const result = original.apply(this.cache, args);
      this.schedule();
      return result;
    };
    this.undo.push(() => {
      cache[method] = original;
    });
  }

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.debounceMs);
  }

  /** Writes the cache as it is now (in order with earlier writes and clears). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const data = this.cache.extract();
    const userId = userIdOf(data);
    if (userId === undefined) return this.queue;
    if (userId === null) return this.clear();
    const snapshot: CacheSnapshot = {
      version: SNAPSHOT_VERSION,
      userId,
      fetchedAt: getLastFetched(),
      savedAt: new Date().toISOString(),
      data,
    };
    const tooLarge = JSON.stringify(data).length > this.maxSize;
    return this.enqueue(() =>
      tooLarge
        ? clearSnapshots(this.store)
        : setMany(
            [
              [USER_KEY, userId],
              [cacheKeyOf(userId), snapshot],
            ],
            this.store,
          ),
    );
  }

  /** Forgets every snapshot; a write already scheduled is cancelled. */
  clear(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    return this.enqueue(() => clearSnapshots(this.store));
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task).catch(() => undefined);
    return this.queue;
  }
}
