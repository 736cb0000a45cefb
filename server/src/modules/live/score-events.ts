import { createPubSub } from '@graphql-yoga/subscription';

export const SCORE_CHANGE_REASONS = ['SAVED', 'SUBMITTED', 'RETURNED', 'VERIFIED', 'REOPENED', 'EVIDENCE'] as const;
export type ScoreChangeReason = (typeof SCORE_CHANGE_REASONS)[number];

/** Something that may change a kecamatan's scores (or what a dashboard shows of them) in a year. */
export interface ScoresChanged {
  year: number;
  kecamatanCode: string;
  reason: ScoreChangeReason;
  at: Date;
}

/**
 * Where score changes are published and subscribed to. The in-process implementation below
 * serves one server instance (and the embedded database); with a server PostgreSQL, main.ts uses
 * PostgresScoreEventBus (LISTEN/NOTIFY) so that several instances share their events.
 */
export interface ScoreEventBus {
  publish(event: ScoresChanged): void;
  /** Events of one year, from now on, until the consumer stops iterating. */
  subscribe(year: number): AsyncIterable<ScoresChanged>;
  close(): Promise<void>;
}

const TOPIC = 'SCORES_CHANGED';

/** In-process pub/sub (graphql-yoga's, as type-graphql 2 recommends), one topic per year. */
export class InProcessScoreEventBus implements ScoreEventBus {
  readonly pubSub = createPubSub<{ [TOPIC]: [year: number, payload: ScoresChanged] }>();

  publish(event: ScoresChanged): void {
    this.pubSub.publish(TOPIC, event.year, event);
  }

  subscribe(year: number): AsyncIterable<ScoresChanged> {
    return this.pubSub.subscribe(TOPIC, year);
  }

  async close(): Promise<void> {
    // Subscribers end when their websocket closes; nothing is held here.
  }
}

/**
 * What services use to announce changes, AFTER their transaction committed (a listener that
 * refetches at once must see the change). One event per distinct (year, kecamatan).
 */
export class ScoreEvents {
  constructor(private readonly bus: ScoreEventBus | null) {}

  announce(reason: ScoreChangeReason, changes: ReadonlyArray<{ year: number; kecamatanCode: string }>): void {
    if (!this.bus) return;
    const at = new Date();
    const seen = new Set<string>();
    for (const { year, kecamatanCode } of changes) {
      const key = `${year}|${kecamatanCode}`;
      if (seen.has(key)) continue;
      seen.add(key);
      try {
        this.bus.publish({ year, kecamatanCode, reason, at });
      } catch (error) {
        // The change is committed; a lost notification only delays a dashboard's refresh.
        console.error('could not publish scoresChanged', error);
      }
    }
  }
}

/** For schema printing and scripts: announces nothing. */
export const NO_SCORE_EVENTS = new ScoreEvents(null);

export const SCORES_CHANGED_TOPIC = TOPIC;

/** The bus as type-graphql's PubSub (topic SCORES_CHANGED, dynamic id = the year). */
export function scoreEventsPubSub(bus: ScoreEventBus) {
  return {
    publish(_routingKey: string, ...args: unknown[]) {
      bus.publish(args[1] as ScoresChanged);
    },
    subscribe(_routingKey: string, year?: unknown): AsyncIterable<unknown> {
      return bus.subscribe(Number(year));
    },
  };
}
