import type { SubmissionDraft } from '../submission/answer-draft';
import { sameDraft } from '../submission/answer-draft';
import type { SaveSubmissionOutcome, SaveSubmissionRequest } from '../submission/submission-saver';
import { type AnswerEntry, type OutboxStore, answerKey } from './outbox-store';

/** What a send of one entry ended with; `sent` is the draft that went out. */
export interface OutboxOutcome {
  key: string;
  outcome: SaveSubmissionOutcome;
  sent: SubmissionDraft;
}

export interface AnswerOutboxOptions {
  userId: string;
  store: OutboxStore;
  /** The save path (saveSubmission bound to the Apollo client). */
  send: (request: SaveSubmissionRequest) => Promise<SaveSubmissionOutcome>;
  isOnline?: () => boolean;
  /** Runs one send exclusively across tabs (Web Locks in the app). */
  lock?: <T>(task: () => Promise<T>) => Promise<T>;
  /** Told after every change, so other tabs reload the queue (BroadcastChannel in the app). */
  announce?: () => void;
  backoff?: { baseMs: number; maxMs: number; random: () => number };
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  now?: () => number;
}

type SendResult = 'next' | 'retry' | 'stop';

/**
 * The one queue every answer save goes through. An edit is persisted first, then sent; a send
 * that fails for a network reason stays (state `waiting`) and is retried on `online`, with
 * exponential backoff and jitter, and on start. Entries go one at a time, oldest first, with the
 * version the operator saw. A newer server version stops an entry as a conflict until the
 * operator chooses; a refusal for its content removes it and reports why.
 */
export class AnswerOutbox {
  readonly userId: string;
  private readonly options: Required<Omit<AnswerOutboxOptions, 'announce'>> & Pick<AnswerOutboxOptions, 'announce'>;
  private map = new Map<string, AnswerEntry>();
  private snapshot: readonly AnswerEntry[] = [];
  private listeners = new Set<() => void>();
  private outcomeListeners = new Set<(event: OutboxOutcome) => void>();
  private running: Promise<void> | null = null;
  private runAgain = false;
  private attempt = 0;
  private timer: unknown = null;
  private lastSeq = 0;
  private disposed = false;
  inFlightKey: string | null = null;

  constructor(options: AnswerOutboxOptions) {
    this.userId = options.userId;
    this.options = {
      isOnline: () => typeof navigator === 'undefined' || navigator.onLine !== false,
      lock: (task) => task(),
      backoff: { baseMs: 2000, maxMs: 60_000, random: Math.random },
      setTimer: (run, ms) => setTimeout(run, ms),
      clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
      now: Date.now,
      ...options,
    };
  }

  /** Loads this user's entries from the store (on start and when another tab changed them). */
  async load(): Promise<void> {
    const entries = await this.options.store.all(this.userId);
    this.map = new Map(entries.map((entry) => [entry.key, entry]));
    for (const entry of entries) this.lastSeq = Math.max(this.lastSeq, entry.seq);
    this.changed();
  }

  entries(): readonly AnswerEntry[] {
    return this.snapshot;
  }

  entry(key: string): AnswerEntry | undefined {
    return this.map.get(key);
  }

  keyOf(request: Pick<SaveSubmissionRequest, 'year' | 'kecamatanCode' | 'indicatorCode'>): string {
    return answerKey(this.userId, request);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onOutcome(listener: (event: OutboxOutcome) => void): () => void {
    this.outcomeListeners.add(listener);
    return () => this.outcomeListeners.delete(listener);
  }

  /** Keeps an edit (coalesced into a queued one of the same indicator) and sends when online. */
  async enqueue(request: SaveSubmissionRequest): Promise<void> {
    const key = this.keyOf(request);
    const existing = this.map.get(key);
    const offline = !this.options.isOnline();
    const entry: AnswerEntry = existing
      ? {
          ...existing,
          // The latest value, on the base the operator saw when the first unsent edit was made.
          request: { ...request, expectedVersion: existing.request.expectedVersion },
          revision: existing.revision + 1,
          waiting: existing.waiting || offline,
          updatedAt: this.options.now(),
        }
      : {
          key,
          userId: this.userId,
          seq: this.nextSeq(),
          request,
          revision: 1,
          state: 'pending',
          waiting: offline,
          updatedAt: this.options.now(),
        };
    await this.write(entry);
    if (!offline) void this.flush();
  }

  /** "Pakai nilai saya": re-send the queued value on top of the server's current version. */
  async keepMine(key: string): Promise<void> {
    const entry = this.map.get(key);
    if (!entry?.conflict) return;
    const { conflict, ...rest } = entry;
    await this.write({
      ...rest,
      state: 'pending',
      waiting: false,
      request: { ...entry.request, expectedVersion: conflict.version },
    });
    void this.flush();
  }

  /** "Pakai nilai server" (or a value no longer wanted): forget the queued edit. */
  async discard(key: string): Promise<void> {
    this.map.delete(key);
    this.changed();
    await this.options.store.delete(key);
    this.options.announce?.();
  }

  /** Sends every pending entry in order, one at a time; stops (and backs off) on network trouble. */
  flush(): Promise<void> {
    if (this.running) {
      this.runAgain = true;
      return this.running;
    }
    this.clearTimer();
    this.running = this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Whether a send is running or due (for tests and the sign-out warning). */
  get idle(): boolean {
    return this.running == null;
  }

  /** Loads the queue and sends what is pending (app start, sign-in). */
  async start(): Promise<void> {
    this.disposed = false;
    await this.load();
    if (!this.disposed) await this.flush();
  }

  /** Stops sending (sign-out, unmount); the entries stay in the store. */
  stop(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private async run(): Promise<void> {
    do {
      this.runAgain = false;
      while (!this.disposed && this.options.isOnline()) {
        const next = this.snapshot.find((entry) => entry.state === 'pending');
        if (!next) break;
        const result = await this.options.lock(() => this.sendOne(next.key));
        if (result === 'retry') return this.scheduleRetry();
        if (result === 'stop') return;
        this.attempt = 0;
      }
    } while (this.runAgain && !this.disposed);
  }

  private async sendOne(key: string): Promise<SendResult> {
    // Another tab may have sent it meanwhile: the store, not this tab's memory, decides.
    const stored = await this.options.store.get(key);
    if (!stored || stored.state !== 'pending') {
      await this.load();
      return 'next';
    }
    const sent = this.map.get(key) ?? stored;
    this.inFlightKey = key;
    this.changed();
    const outcome = await this.options.send(sent.request);
    this.inFlightKey = null;
    if (this.disposed) return 'stop';
    return this.settle(this.map.get(key) ?? sent, sent, outcome);
  }

  private async settle(latest: AnswerEntry, sent: AnswerEntry, outcome: SaveSubmissionOutcome): Promise<SendResult> {
    const { measureType } = sent.request;
    const report = (reported: SaveSubmissionOutcome) =>
      this.emit({ key: sent.key, outcome: reported, sent: sent.request.draft });
    const editedMeanwhile = latest.revision !== sent.revision;
    switch (outcome.kind) {
      case 'saved':
        if (editedMeanwhile)
          await this.write({ ...latest, request: { ...latest.request, expectedVersion: outcome.submission.version } });
        else await this.discard(sent.key);
        report(outcome);
        return 'next';
      case 'stale':
        if (sameDraft(measureType, outcome.current, latest.request.draft)) {
          // The other change stored exactly this value: nothing to decide.
          await this.discard(sent.key);
          report({ kind: 'saved', submission: outcome.current });
          return 'next';
        }
        await this.write({ ...latest, state: 'conflict', waiting: false, conflict: outcome.current });
        report(outcome);
        return 'next';
      case 'failed':
        if (outcome.retryable || outcome.code === 'UNAUTHENTICATED') {
          // Kept: network trouble is retried; an expired session waits for the next sign-in.
          await this.write({ ...latest, waiting: true });
          report(outcome);
          return outcome.retryable ? 'retry' : 'stop';
        }
        break;
      default:
        break;
    }
    // Refused for its content or its state (invalid, invalid transition, period closed, not allowed).
    await this.discard(sent.key);
    report(outcome);
    return 'next';
  }

  private scheduleRetry(): void {
    if (this.disposed) return;
    const { baseMs, maxMs, random } = this.options.backoff;
    const ceiling = Math.min(maxMs, baseMs * 2 ** this.attempt);
    this.attempt += 1;
    // "Equal jitter": at least half the ceiling, so retries of many phones spread out.
    const delay = ceiling / 2 + random() * (ceiling / 2);
    this.clearTimer();
    this.timer = this.options.setTimer(() => {
      this.timer = null;
      void this.flush();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer != null) this.options.clearTimer(this.timer);
    this.timer = null;
  }

  private nextSeq(): number {
    this.lastSeq = Math.max(this.options.now(), this.lastSeq + 1);
    return this.lastSeq;
  }

  private async write(entry: AnswerEntry): Promise<void> {
    this.map.set(entry.key, entry);
    this.changed();
    await this.options.store.put(entry);
    this.options.announce?.();
  }

  private changed(): void {
    this.snapshot = [...this.map.values()].sort((a, b) => a.seq - b.seq);
    for (const listener of this.listeners) listener();
  }

  private emit(event: OutboxOutcome): void {
    for (const listener of this.outcomeListeners) listener(event);
  }
}
