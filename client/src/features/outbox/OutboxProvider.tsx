import {
  type ReactNode,
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import { useApolloClient } from '@apollo/client/react';
import { saveSubmission } from '../submission/submission-saver';
import { useSession } from '../auth/use-session';
import { AnswerOutbox } from './answer-outbox';
import { EvidenceOutbox, type EvidenceQueueItem } from './evidence-outbox';
import {
  type AnswerEntry,
  type EvidenceOutboxStore,
  type OutboxStore,
  createIdbEvidenceStore,
  createIdbOutboxStore,
  createMemoryEvidenceStore,
  createMemoryOutboxStore,
} from './outbox-store';
import { uploadEvidence } from '../evidence/evidence-uploader';
import { reloadSubmissionList } from '../evidence/use-evidence-actions';

const OutboxContext = createContext<AnswerOutbox | null>(null);
const EvidenceOutboxContext = createContext<EvidenceOutbox | null>(null);
const NO_FILES: readonly EvidenceQueueItem[] = [];
const CHANNEL = 'kecala-outbox';
const NO_ENTRIES: readonly AnswerEntry[] = [];

// Without IndexedDB (some private modes, tests) the queue still works, for this page's lifetime.
const hasIdb = () => typeof indexedDB !== 'undefined';
let idbStore: OutboxStore | null = null;
function defaultStore(): OutboxStore {
  idbStore ??= hasIdb() ? createIdbOutboxStore() : createMemoryOutboxStore();
  return idbStore;
}
let idbEvidenceStore: EvidenceOutboxStore | null = null;
function defaultEvidenceStore(): EvidenceOutboxStore {
  idbEvidenceStore ??= hasIdb() ? createIdbEvidenceStore() : createMemoryEvidenceStore();
  return idbEvidenceStore;
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

/**
 * Tells the other tabs to reload the queue after a change here; opened and closed with the queue's
 * effect (a tab does not hear its own channel's messages).
 */
class TabChannel {
  private channel: BroadcastChannel | null = null;

  open(onMessage: () => void): void {
    if (typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(CHANNEL);
    this.channel.onmessage = onMessage;
  }

  post(): void {
    this.channel?.postMessage('changed');
  }

  close(): void {
    this.channel?.close();
    this.channel = null;
  }
}

/** The signed-in user's save queue; none while signed out. `store` and `userId` are for tests. */
export function OutboxProvider({
  userId,
  store,
  evidenceStore,
  children,
}: {
  userId: string | null;
  store?: OutboxStore;
  evidenceStore?: EvidenceOutboxStore;
  children: ReactNode;
}) {
  const client = useApolloClient();
  const [channel] = useState(() => new TabChannel());
  const outbox = useMemo(
    () =>
      userId
        ? new AnswerOutbox({
            userId,
            store: store ?? defaultStore(),
            send: (request) => saveSubmission(client, request),
            lock: withSendLock,
            announce: () => channel.post(),
          })
        : null,
    [channel, client, store, userId],
  );

  const evidence = useMemo(
    () =>
      userId
        ? new EvidenceOutbox({
            userId,
            store: evidenceStore ?? defaultEvidenceStore(),
            upload: uploadEvidence,
            onUploaded: async ({ year, kecamatanCode }) =>
              void (await reloadSubmissionList(client, { year, kecamatanCode })),
          })
        : null,
    [client, evidenceStore, userId],
  );

  useEffect(() => {
    if (!outbox) return;
    const flush = () => {
      void outbox.flush();
      void evidence?.flush();
    };
    window.addEventListener('online', flush);
    channel.open(() => void outbox.load());
    void outbox.start();
    void evidence?.start();
    return () => {
      window.removeEventListener('online', flush);
      channel.close();
      outbox.stop();
      evidence?.stop();
    };
  }, [channel, evidence, outbox]);

  return (
    <OutboxContext.Provider value={outbox}>
      <EvidenceOutboxContext.Provider value={evidence}>{children}</EvidenceOutboxContext.Provider>
    </OutboxContext.Provider>
  );
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
  const subscribe = useCallback((listener: () => void) => (outbox ? outbox.subscribe(listener) : noop()), [outbox]);
  return useSyncExternalStore(subscribe, () => outbox?.entries() ?? NO_ENTRIES);
}

export function useEvidenceOutbox(): EvidenceOutbox | null {
  return useContext(EvidenceOutboxContext);
}

/** Evidence files waiting or uploading from the queue. */
export function useQueuedEvidence(): readonly EvidenceQueueItem[] {
  const evidence = useEvidenceOutbox();
  const subscribe = useCallback(
    (listener: () => void) => (evidence ? evidence.subscribe(listener) : noop()),
    [evidence],
  );
  return useSyncExternalStore(subscribe, () => evidence?.list() ?? NO_FILES);
}
