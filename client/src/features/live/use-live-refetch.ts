import { useEffect, useRef } from 'react';
import type { DocumentNode } from 'graphql';
import { useApolloClient, useSubscription } from '@apollo/client/react';
import { ScoresChangedDocument } from '../insight/insight.documents';
import { useLiveConnectionState } from './live-connection';

export type LiveStatus = 'live' | 'connecting' | 'offline';

/** Events arriving together (a bulk verify) become one refetch; well within the 1 s promised. */
const COALESCE_MS = 150;

/**
 * Follows `scoresChanged(year)` and refetches the active queries of `documents` (what the page
 * shows) on every event, without reloading the page. Optionally only for one kecamatan's events.
 */
export function useLiveRefetch(
  year: number | undefined,
  documents: readonly DocumentNode[],
  { kecamatanCode }: { kecamatanCode?: string } = {},
): { status: LiveStatus } {
  const client = useApolloClient();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The timer fires later and refetches what the page shows then.
  const documentsRef = useRef(documents);
  useEffect(() => {
    documentsRef.current = documents;
  });
  const connection = useLiveConnectionState();
  const { error } = useSubscription(ScoresChangedDocument, {
    variables: { year: year ?? 0 },
    skip: year == null,
    onData: ({ data }) => {
      const event = data.data?.scoresChanged;
      if (!event) return;
      if (kecamatanCode && event.kecamatanCode !== kecamatanCode) return;
      if (timer.current) return;
      timer.current = setTimeout(() => {
        timer.current = null;
        void client.refetchQueries({ include: [...documentsRef.current] });
      }, COALESCE_MS);
    },
  });
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const status: LiveStatus =
    error || connection === 'closed'
      ? 'offline'
      : connection === 'connected' || connection === 'idle'
        ? 'live'
        : 'connecting';
  return { status: year == null ? 'offline' : status };
}
