import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import type { SessionUserFieldsFragment } from '../gql/graphql';
import { MeDocument } from '../features/auth/auth.documents';
import { clearOfflineCache, loadOfflineCache, startOfflineCache } from '../features/offline-cache/offline-cache';
import { App } from './App';
import { createApolloClient } from './apollo';
import { ReadyMarker } from './ReadyMarker';

/**
 * The app proper (Apollo, router, every route): a chunk of its own, loaded for any page but the
 * first-load sign-in. `user`: who just signed in on that page, so `me` needs no second request.
 * The cache of the last visit is restored before the first render, so the app also starts offline;
 * a cache left by another user of this device is dropped, never shown.
 */
export async function renderFullApp(root: Root, user: SessionUserFieldsFragment | null): Promise<void> {
  const restored = await loadOfflineCache();
  const foreign = restored !== null && user !== null && restored.userId !== user.id;
  if (foreign) await clearOfflineCache();
  const snapshot = foreign ? null : restored;
  const client = createApolloClient('/graphql', snapshot?.data);
  startOfflineCache(client, snapshot, { sessionKnown: user !== null });
  if (user) client.writeQuery({ query: MeDocument, data: { me: user } });
  root.render(
    <StrictMode>
      <App client={client} />
      <ReadyMarker />
    </StrictMode>,
  );
}
