import { type DBSchema, openDB } from 'idb';
import type { SaveSubmissionRequest, SavedSubmission } from '../submission/submission-saver';
import type { EvidenceTarget } from '../evidence/evidence-uploader';

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

export function answerKey(
  userId: string,
  request: Pick<SaveSubmissionRequest, 'year' | 'kecamatanCode' | 'indicatorCode'>,
): string {
  return `${userId}|${request.year}|${request.kecamatanCode}|${request.indicatorCode}`;
}

/** One evidence file picked while the server could not be reached, with its checklist item. */
export interface EvidenceEntry {
  /** `${userId}|${year}|${kecamatanCode}|${indicatorCode}|${requirementCode}` */
  key: string;
  userId: string;
  seq: number;
  target: EvidenceTarget;
  name: string;
  type: string;
  lastModified: number;
  /** The file's bytes (an ArrayBuffer clones into IndexedDB everywhere, unlike some Blobs). */
  bytes: ArrayBuffer;
}

export interface EvidenceOutboxStore {
  all(userId: string): Promise<EvidenceEntry[]>;
  put(entry: EvidenceEntry): Promise<void>;
  delete(key: string): Promise<void>;
}

interface OutboxDb extends DBSchema {
  answers: { key: string; value: AnswerEntry; indexes: { byUser: string } };
  evidence: { key: string; value: EvidenceEntry; indexes: { byUser: string } };
}

/** The app's own database, apart from the persisted Apollo cache. */
export const OUTBOX_DB_NAME = 'kecala-outbox';

function openOutboxDb(name: string) {
  return openDB<OutboxDb>(name, 2, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) database.createObjectStore('answers', { keyPath: 'key' }).createIndex('byUser', 'userId');
      if (oldVersion < 2) database.createObjectStore('evidence', { keyPath: 'key' }).createIndex('byUser', 'userId');
    },
  });
}

const databases = new Map<string, ReturnType<typeof openOutboxDb>>();
function database(name: string) {
  if (!databases.has(name)) databases.set(name, openOutboxDb(name));
  return databases.get(name)!;
}

export function createIdbEvidenceStore(name = OUTBOX_DB_NAME): EvidenceOutboxStore {
  const db = database(name);
  return {
    async all(userId) {
      const entries = await (await db).getAllFromIndex('evidence', 'byUser', userId);
      return entries.sort((a, b) => a.seq - b.seq);
    },
    async put(entry) {
      await (await db).put('evidence', entry);
    },
    async delete(key) {
      await (await db).delete('evidence', key);
    },
  };
}

export function createMemoryEvidenceStore(): EvidenceOutboxStore {
  const entries = new Map<string, EvidenceEntry>();
  return {
    async all(userId) {
      return [...entries.values()].filter((entry) => entry.userId === userId).sort((a, b) => a.seq - b.seq);
    },
    async put(entry) {
      entries.set(entry.key, entry);
    },
    async delete(key) {
      entries.delete(key);
    },
  };
}

export function createIdbOutboxStore(name = OUTBOX_DB_NAME): OutboxStore {
  const db = database(name);
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
