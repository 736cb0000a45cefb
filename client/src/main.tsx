import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createApolloClient } from './app/apollo';
import { loadOfflineCache, startOfflineCache } from './features/offline-cache/offline-cache';
import './styles.css';

// The cache of the last visit is restored before the first render: the app also starts offline.
void loadOfflineCache().then((snapshot) => {
  const client = createApolloClient('/graphql', snapshot?.data);
  startOfflineCache(client, snapshot);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  );
});
