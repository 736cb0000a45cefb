import pg from 'pg';
import {
  InProcessScoreEventBus,
  SCORE_CHANGE_REASONS,
  type ScoreEventBus,
  type ScoresChanged,
} from './score-events.js';

/** The PostgreSQL channel every server instance of one database listens on. */
const SCORES_CHANNEL = 'kecala_scores_changed';

const MAX_BACKOFF_MS = 30_000;

/** Parses a notification payload; anything that is not a well-formed event is dropped. */
export function parseScoresChanged(payload: string | undefined): ScoresChanged | null {
  if (!payload) return null;
  try {
    const raw = JSON.parse(payload) as Record<string, unknown>;
    const at = new Date(String(raw.at));
    if (
      !Number.isInteger(raw.year) ||
      typeof raw.kecamatanCode !== 'string' ||
      !(SCORE_CHANGE_REASONS as readonly unknown[]).includes(raw.reason) ||
      Number.isNaN(at.getTime())
    ) {
      return null;
    }
    return {
      year: raw.year as number,
      kecamatanCode: raw.kecamatanCode,
      reason: raw.reason as ScoresChanged['reason'],
      at,
    };
  } catch {
    return null;
  }
}

/**
 * Score events shared by every server instance of one PostgreSQL: publish is a NOTIFY, and each
 * instance LISTENs on one dedicated connection and hands what arrives to its own subscribers
 * (its own NOTIFYs come back the same way, so every instance sees one order). A lost connection
 * is re-established with backoff; events published meanwhile are dropped, which only delays a
 * dashboard's refresh (the data itself is committed).
 *
 * The same connection carries other instance-to-instance channels (`addChannel`, `notify`): the
 * session cache's invalidations (auth/session-invalidation.ts) travel on it.
 */
export class PostgresScoreEventBus implements ScoreEventBus {
  private readonly local = new InProcessScoreEventBus();
  private client: pg.Client | null = null;
  private closed = false;
  private backoffMs = 500;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private sending: Promise<unknown> = Promise.resolve();
  /** Other channels this connection LISTENs on, with what to do with a payload. */
  private readonly channels = new Map<string, (payload: string) => void>();

  private constructor(private readonly url: string) {}

  /** Connects and listens before returning, so no event published after it is missed. */
  static async connect(url: string): Promise<PostgresScoreEventBus> {
    const bus = new PostgresScoreEventBus(url);
    await bus.listen();
    return bus;
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, application_name: 'kecala-live' });
    client.on('notification', (message) => {
      if (message.channel !== SCORES_CHANNEL) {
        if (message.payload != null) this.channels.get(message.channel)?.(message.payload);
        return;
      }
      const event = parseScoresChanged(message.payload);
      if (event) this.local.publish(event);
    });
    client.on('error', (error) => {
      console.error('score events: LISTEN connection failed', error.message);
      this.dropAndReconnect(client);
    });
    client.on('end', () => this.dropAndReconnect(client));
    await client.connect();
    await client.query(`LISTEN ${SCORES_CHANNEL}`);
    for (const channel of this.channels.keys()) await client.query(`LISTEN ${channel}`);
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.backoffMs = 500;
  }

  private dropAndReconnect(client: pg.Client): void {
    if (this.client === client) this.client = null;
    if (this.closed || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.listen().catch((error: Error) => {
        console.error('score events: reconnect failed', error.message);
        this.backoffMs = Math.min(this.backoffMs * 2, MAX_BACKOFF_MS);
        this.dropAndReconnect(client);
      });
    }, this.backoffMs);
    this.reconnectTimer.unref();
  }

  /** Whether the LISTEN connection is up (events flow between instances). */
  get listening(): boolean {
    return this.client != null;
  }

  publish(event: ScoresChanged): void {
    const client = this.client;
    if (!client) {
      console.error('score events: not connected, event dropped', event.year, event.kecamatanCode);
      return;
    }
    const payload = JSON.stringify({
      year: event.year,
      kecamatanCode: event.kecamatanCode,
      reason: event.reason,
      at: event.at.toISOString(),
    });
    this.send(client, SCORES_CHANNEL, payload);
  }

  /**
   * Also LISTENs on `channel` (a lower-case identifier), now and after every reconnect, handing
   * each payload to `handler` (this instance's own notifications included).
   */
  async addChannel(channel: string, handler: (payload: string) => void): Promise<void> {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel) || channel === SCORES_CHANNEL) throw new Error(`bad channel ${channel}`);
    this.channels.set(channel, handler);
    const client = this.client;
    if (client) await client.query(`LISTEN ${channel}`);
  }

  /** NOTIFY on a channel added with addChannel; dropped (with a log line) while disconnected. */
  notify(channel: string, payload: string): void {
    const client = this.client;
    if (!client) {
      console.error(`live bus: not connected, ${channel} notification dropped`);
      return;
    }
    this.send(client, channel, payload);
  }

  /**
   * One NOTIFY at a time on the connection (pg queues concurrent queries on one client only with a
   * deprecation warning), in publish order.
   */
  private send(client: pg.Client, channel: string, payload: string): void {
    this.sending = this.sending
      .then(() => client.query('SELECT pg_notify($1, $2)', [channel, payload]))
      .catch((error: Error) => console.error('score events: NOTIFY failed', error.message));
  }

  subscribe(year: number): AsyncIterable<ScoresChanged> {
    return this.local.subscribe(year);
  }

  /**
   * Sends what was published before and while closing (a request finishing during the drain may
   * still publish), then ends the connection.
   */
  async close(): Promise<void> {
    this.closed = true;
    let pending: Promise<unknown>;
    do {
      pending = this.sending;
      await pending;
    } while (pending !== this.sending);
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
    await this.local.close();
  }
}
