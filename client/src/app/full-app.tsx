import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import type { SessionUserFieldsFragment } from '../gql/graphql';
import { MeDocument } from '../features/auth/auth.documents';
import { App } from './App';
import { createApolloClient } from './apollo';
import { ReadyMarker } from './ReadyMarker';

/**
 * The app proper (Apollo, router, every route): a chunk of its own, loaded for any page but the
 * first-load sign-in. `user`: who just signed in on that page, so `me` needs no second request.
 */
export function renderFullApp(root: Root, user: SessionUserFieldsFragment | null): void {
  const client = createApolloClient();
  if (user) client.writeQuery({ query: MeDocument, data: { me: user } });
  root.render(
    <StrictMode>
      <App client={client} />
      <ReadyMarker />
    </StrictMode>,
  );
}
