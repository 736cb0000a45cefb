import { createClient } from 'graphql-ws';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { setLiveConnectionState } from './live-connection';

/** ws(s)://<this host>/graphql: same origin, so the browser sends the session cookie with the upgrade. */
export function websocketUrlOf(
  path: string,
  location: Pick<Location, 'protocol' | 'host'> = globalThis.location,
): string {
  if (/^wss?:\/\//.test(path)) return path;
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * Subscriptions over graphql-ws. Lazy (connects when a page subscribes), retries for ever with
 * graphql-ws's back-off, and reports its state for the "Langsung / Terputus" indicator.
 */
export function createWsLink(path = '/graphql'): GraphQLWsLink {
  const client = createClient({
    url: websocketUrlOf(path),
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    on: {
      connecting: () => setLiveConnectionState('connecting'),
      connected: () => setLiveConnectionState('connected'),
      closed: () => setLiveConnectionState('closed'),
      error: () => setLiveConnectionState('closed'),
    },
  });
  return new GraphQLWsLink(client);
}
