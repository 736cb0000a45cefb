import type {
  EvidenceTarget,
  EvidenceUploadHandle,
  EvidenceUploadOptions,
  EvidenceUploadOutcome,
} from '../evidence/evidence-uploader';
import type { EvidenceEntry, EvidenceOutboxStore } from './outbox-store';

export type UploadFn = (file: File, target: EvidenceTarget, options: EvidenceUploadOptions) => EvidenceUploadHandle;

export interface EvidenceOutboxOptions {
  userId: string;
  store: EvidenceOutboxStore;
  /** The resumable tus upload (uploadEvidence). */
  upload: UploadFn;
  /** After a file arrived: reload the kecamatan's submissions so it is listed. */
  onUploaded?: (target: EvidenceTarget) => Promise<void>;
  isOnline?: () => boolean;
}

/** A queued file as a slot shows it: waiting, or uploading with its progress. */
export interface EvidenceQueueItem {
  entry: EvidenceEntry;
  percent: number | null;
}

export function evidenceKey(userId: string, target: EvidenceTarget): string {
  return [userId, target.year, target.kecamatanCode, target.indicatorCode, target.requirementCode].join('|');
}

/**
 * Evidence files picked while the server cannot be reached: kept in IndexedDB with their
 * checklist item and uploaded one at a time through the tus uploader when the connection returns
 * (the uploader resumes from the bytes the server already has). A refusal drops the file and is
 * reported to the slot.
 */
export class EvidenceOutbox {
  private items: EvidenceQueueItem[] = [];
  private listeners = new Set<() => void>();
  private outcomeListeners = new Set<(key: string, outcome: EvidenceUploadOutcome, name: string) => void>();
  private running: Promise<void> | null = null;
  private stopped = false;
  private current: EvidenceUploadHandle | null = null;
  private readonly isOnline: () => boolean;

  constructor(private readonly options: EvidenceOutboxOptions) {
    this.isOnline = options.isOnline ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false);
  }

  async start(): Promise<void> {
    this.stopped = false;
    this.items = (await this.options.store.all(this.options.userId)).map((entry) => ({ entry, percent: null }));
    this.changed();
    await this.flush();
  }

  stop(): void {
    this.stopped = true;
    void this.current?.pause();
  }

  list(): readonly EvidenceQueueItem[] {
    return this.items;
  }

  keyOf(target: EvidenceTarget): string {
    return evidenceKey(this.options.userId, target);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onOutcome(listener: (key: string, outcome: EvidenceUploadOutcome, name: string) => void): () => void {
    this.outcomeListeners.add(listener);
    return () => this.outcomeListeners.delete(listener);
  }

  /** Keeps the file (replacing one queued for the same item) and uploads it when online. */
  async enqueue(file: File, target: EvidenceTarget): Promise<void> {
    const entry: EvidenceEntry = {
      key: this.keyOf(target),
      userId: this.options.userId,
      seq: Date.now(),
      target,
      name: file.name,
      type: file.type,
      lastModified: file.lastModified,
      bytes: await file.arrayBuffer(),
    };
    this.items = [...this.items.filter((item) => item.entry.key !== entry.key), { entry, percent: null }];
    this.changed();
    await this.options.store.put(entry);
    if (this.isOnline()) void this.flush();
  }

  flush(): Promise<void> {
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(): Promise<void> {
    for (let item = this.items[0]; item && !this.stopped && this.isOnline(); item = this.items[0]) {
      const outcome = await this.send(item.entry);
      if (outcome.kind === 'failed' && outcome.retryable) {
        this.update(item.entry.key, null);
        return; // the next `online` (or start) tries again, resuming the bytes already sent
      }
      if (outcome.kind === 'cancelled') return;
      this.items = this.items.filter((candidate) => candidate.entry.key !== item!.entry.key);
      this.changed();
      await this.options.store.delete(item.entry.key);
      if (outcome.kind === 'uploaded') await this.options.onUploaded?.(item.entry.target);
      for (const listener of this.outcomeListeners) listener(item.entry.key, outcome, item.entry.name);
    }
  }

  private send(entry: EvidenceEntry): Promise<EvidenceUploadOutcome> {
    // The same name, type, size and date as picked: tus finds and resumes an interrupted upload.
    const file = new File([entry.bytes], entry.name, { type: entry.type, lastModified: entry.lastModified });
    this.update(entry.key, 0);
    this.current = this.options.upload(file, entry.target, {
      onProgress: (sent, total) =>
        this.update(entry.key, total > 0 ? Math.min(100, Math.floor((sent / total) * 100)) : 0),
    });
    return this.current.done.finally(() => {
      this.current = null;
    });
  }

  private update(key: string, percent: number | null): void {
    this.items = this.items.map((item) => (item.entry.key === key ? { ...item, percent } : item));
    this.changed();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
