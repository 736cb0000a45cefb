import { type ReactNode, createContext, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { saveSubmission } from '../submission/submission-saver';
import { useSession } from '../auth/use-session';
import { AnswerOutbox } from './answer-outbox';
import { type AnswerEntry, type OutboxStore, createIdbOutboxStore } from './outbox-store';

const OutboxContext = createContext<AnswerOutbox | null>(null);
const CHANNEL = 'kecala-outbox';
const NO_ENTRIES: readonly AnswerEntry[] = [];

let idbStore: OutboxStore | null = null;
function defaultStore(): OutboxStore {
  idbStore ??= createIdbOutboxStore();
  return idbStore;
}

/**
 * Two tabs must not send the same entry twice: each send runs under one Web Lock, and the entry
 * is re-read from IndexedDB inside it (a tab that finds it gone or changed skips it). Browsers
 * without Web Locks fall back to sending unguarded (best effort).
 */
function withSendLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? locks.request('kecala-outbox-send', task) : task();
}

/** The signed-in user's save queue; none while signed out. `store` and `userId` are for tests. */
export function OutboxProvider({ userId, store, children }: { userId: string | null; store?: OutboxStore; children: ReactNode }) {
  const client = useApolloClient();
  const outbox = useMemo(() => {
    if (!userId) return null;
    const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
    const instance = new AnswerOutbox({
      userId,
      store: store ?? defaultStore(),
      send: (request) => saveSubmission(client, request),
      lock: withSendLock,
      announce: () => channel?.postMessage('changed'),
    });
    // Another tab changed the queue: show its state here too.
    if (channel) channel.onmessage = () => void instance.load();
    return instance;
  }, [client, store, userId]);

  useEffect(() => {
    if (!outbox) return;
    const flush = () => void outbox.flush();
    window.addEventListener('online', flush);
    void outbox.start();
    return () => {
      window.removeEventListener('online', flush);
      outbox.stop();
    };
  }, [outbox]);

  return <OutboxContext.Provider value={outbox}>{children}</OutboxContext.Provider>;
}

/** The app's provider: the queue of whoever is signed in. */
export function SessionOutboxProvider({ children }: { children: ReactNode }) {
  const { user } = useSession();
  return <OutboxProvider userId={user?.id ?? null}>{children}</OutboxProvider>;
}

export function useOutbox(): AnswerOutbox | null {
  return useContext(OutboxContext);
}

const noop = () => () => {};

/** The queued entries of the signed-in user, oldest first; re-renders on every change. */
export function useOutboxEntries(): readonly AnswerEntry[] {
  const outbox = useOutbox();
  return useSyncExternalStore(
    outbox ? (listener) => outbox.subscribe(listener) : noop,
    () => outbox?.entries() ?? NO_ENTRIES,
  );
}
