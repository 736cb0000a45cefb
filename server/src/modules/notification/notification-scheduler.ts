import type { DataSource } from 'typeorm';
import { writeTimeBasedNotices } from './time-based-notices.js';

/** One key for the whole installation: whichever worker holds it this tick runs the jobs. */
const SCHEDULER_LOCK = 327511;
export const DEFAULT_TICK_MS = 60_000;

export interface TickJob {
  /** Runs after the time-based notices committed, still as the one worker holding the turn. */
  (now: Date): Promise<void>;
}

/**
 * The periodic jobs of a server process: time-based notifications (deadline in 7/3/1 days,
 * answers waiting over one working day) and, when given, the e-mail digests. Every cluster worker
 * runs a scheduler; a PostgreSQL advisory lock lets one of them do a tick, and the notices'
 * dedupe keys make a repeated tick add nothing. Tests call `tick(now)` with a fixed clock.
 */
export class NotificationScheduler {
  private timer: ReturnType<typeof setInterval> | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date = () => new Date(),
    private readonly after: TickJob[] = [],
  ) {}

  /** One tick: false when another worker held the turn. */
  async tick(now: Date = this.clock()): Promise<boolean> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = await runner.query(`SELECT pg_try_advisory_lock($1) AS locked`, [SCHEDULER_LOCK]);
      if (!locked) return false;
      try {
        await runner.manager.transaction((manager) => writeTimeBasedNotices(manager, now));
        for (const job of this.after) await job(now);
      } finally {
        await runner.query(`SELECT pg_advisory_unlock($1)`, [SCHEDULER_LOCK]);
      }
      return true;
    } finally {
      await runner.release();
    }
  }

  start(intervalMs = DEFAULT_TICK_MS): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.running = this.tick().catch((error) => console.error('notification scheduler tick failed', error));
    }, intervalMs);
    this.timer.unref();
  }

  /** Stops the timer and waits for a tick in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
