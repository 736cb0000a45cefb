import { type DBSchema, openDB } from 'idb';
import type { SaveSubmissionRequest, SavedSubmission } from '../submission/submission-saver';

/** Where an answer entry stands: waiting to be sent, or stopped at a newer server version. */
export type OutboxEntryState = 'pending' | 'conflict';

/** One queued answer save, one per user and indicator (successive edits coalesce into it). */
export interface AnswerEntry {
  /** `${userId}|${year}|${kecamatanCode}|${indicatorCode}` */
  key: string;
  userId: string;
  /** Order of the first unsent edit: entries are sent in this order. */
  seq: number;
  /** The latest value typed; `expectedVersion` stays the base of the first unsent edit. */
  request: SaveSubmissionRequest;
  /** Bumped on every coalesced edit: a send of an older revision does not finish the entry. */
  revision: number;
  state: OutboxEntryState;
  /** A send failed for a network reason, or the edit was made offline: "Menunggu koneksi". */
  waiting: boolean;
  /** The server's current value when `state` is conflict. */
  conflict?: SavedSubmission;
  updatedAt: number;
}

/** Persistence of the queue; IndexedDB in the app, memory in component tests. */
export interface OutboxStore {
  all(userId: string): Promise<AnswerEntry[]>;
  get(key: string): Promise<AnswerEntry | undefined>;
  put(entry: AnswerEntry): Promise<void>;
  delete(key: string): Promise<void>;
}

export function answerKey(userId: string, request: Pick<SaveSubmissionRequest, 'year' | 'kecamatanCode' | 'indicatorCode'>): string {
  return `${userId}|${request.year}|${request.kecamatanCode}|${request.indicatorCode}`;
}

interface OutboxDb extends DBSchema {
  answers: { key: string; value: AnswerEntry; indexes: { byUser: string } };
}

/** The app's own database, apart from the persisted Apollo cache. */
export const OUTBOX_DB_NAME = 'kecala-outbox';

export function createIdbOutboxStore(name = OUTBOX_DB_NAME): OutboxStore {
  const db = openDB<OutboxDb>(name, 1, {
    upgrade(database) {
      const answers = database.createObjectStore('answers', { keyPath: 'key' });
      answers.createIndex('byUser', 'userId');
    },
  });
  return {
    async all(userId) {
      const entries = await (await db).getAllFromIndex('answers', 'byUser', userId);
      return entries.sort((a, b) => a.seq - b.seq);
    },
    async get(key) {
      return (await db).get('answers', key);
    },
    async put(entry) {
      await (await db).put('answers', entry);
    },
    async delete(key) {
      await (await db).delete('answers', key);
    },
  };
}

export function createMemoryOutboxStore(): OutboxStore {
  const entries = new Map<string, AnswerEntry>();
  return {
    async all(userId) {
      return [...entries.values()].filter((entry) => entry.userId === userId).sort((a, b) => a.seq - b.seq);
    },
    async get(key) {
      return entries.get(key);
    },
    async put(entry) {
      entries.set(entry.key, structuredClone(entry));
    },
    async delete(key) {
      entries.delete(key);
    },
  };
}
