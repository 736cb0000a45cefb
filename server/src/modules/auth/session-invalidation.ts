import type { PostgresScoreEventBus } from '../live/postgres-score-event-bus.js';
import { sessionCache, type SessionCache, type SessionChange } from './session-cache.js';

/** The channel on which the server processes of one database tell each other what sessions to forget. */
export const SESSIONS_CHANNEL = 'kecala_sessions_changed';

const ID = /^[0-9a-f-]{36}$/i;
const HASH = /^[0-9a-f]{64}$/;

/** Parses a payload of SESSIONS_CHANNEL; anything else is dropped. */
export function parseSessionChange(payload: string): SessionChange | null {
  try {
    const raw = JSON.parse(payload) as Record<string, unknown>;
    if (typeof raw.userId === 'string' && ID.test(raw.userId)) return { userId: raw.userId };
    if (typeof raw.tokenHash === 'string' && HASH.test(raw.tokenHash)) return { tokenHash: raw.tokenHash };
    return null;
  } catch {
    return null;
  }
}

/**
 * Makes `cache` share its invalidations with every other process on the bus's database: what it
 * announces is sent as a NOTIFY, and what any process announces is forgotten here on arrival.
 */
export async function shareSessionInvalidations(
  bus: PostgresScoreEventBus,
  cache: SessionCache = sessionCache,
): Promise<void> {
  await bus.addChannel(SESSIONS_CHANNEL, (payload) => {
    const change = parseSessionChange(payload);
    if (change) cache.apply(change);
  });
  cache.shareChangesWith((change) => bus.notify(SESSIONS_CHANNEL, JSON.stringify(change)));
}
