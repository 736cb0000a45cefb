import { useSyncExternalStore } from 'react';
import { ApolloLink } from '@apollo/client';
import { tap } from 'rxjs';

/** When data last arrived from the server (ISO time), restored from the offline cache on start. */
let lastFetchedAt: string | null = null;
const listeners = new Set<() => void>();

export function getLastFetched(): string | null {
  return lastFetchedAt;
}

export function setLastFetched(iso: string | null): void {
  if (iso === lastFetchedAt) return;
  lastFetchedAt = iso;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLastFetched(): string | null {
  return useSyncExternalStore(subscribe, getLastFetched, getLastFetched);
}

/** Marks every answer that came back from the server (queries, mutations, subscription events). */
export const lastFetchedLink = new ApolloLink((operation, forward) =>
  forward(operation).pipe(tap({ next: () => setLastFetched(new Date().toISOString()) })),
);
