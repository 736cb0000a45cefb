import { useSyncExternalStore } from 'react';

/** The websocket of the live updates: idle until a page subscribes, then connected or closed. */
export type LiveConnectionState = 'idle' | 'connecting' | 'connected' | 'closed';

let state: LiveConnectionState = 'idle';
const listeners = new Set<() => void>();

export function setLiveConnectionState(next: LiveConnectionState): void {
  if (next === state) return;
  state = next;
  for (const listener of listeners) listener();
}

export function liveConnectionState(): LiveConnectionState {
  return state;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLiveConnectionState(): LiveConnectionState {
  return useSyncExternalStore(subscribe, liveConnectionState, liveConnectionState);
}
