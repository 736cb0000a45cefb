import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createApolloClient } from './app/apollo';
import './styles.css';

const client = createApolloClient();

/** `<html data-app="ready">` once React has committed its first render: the app handles input now (the web benchmark waits for it). */
function AppReady() {
  useEffect(() => void (document.documentElement.dataset.app = 'ready'), []);
  return null;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App client={client} />
    <AppReady />
  </StrictMode>,
);
