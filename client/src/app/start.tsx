import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { SessionUserFieldsFragment } from '../gql/graphql';
import { landingPathOf, returnPathOf } from '../features/auth/home-path';
import { hasSignedInHint } from '../features/auth/session-hint';
import { i18n, languageReady } from './i18n';
import { ReadyMarker } from './ReadyMarker';
import { SignInApp } from './SignInApp';

export const SIGN_IN_PATH = '/masuk';

/**
 * The first load shows the small sign-in page (no Apollo, no router) on /masuk, and on / when this
 * browser has no signed-in hint — the same rule as index.html's inline script, so the static form
 * it painted is what React takes over. Every other page loads the app proper.
 */
export function opensOnSignIn(pathname: string, signedInHint: boolean): boolean {
  return pathname === SIGN_IN_PATH || (pathname === '/' && !signedInHint);
}

/** The app proper's chunk (Apollo, router, routes), fetched once. */
let fullApp: Promise<typeof import('./full-app')> | undefined;
export function loadFullApp(): Promise<typeof import('./full-app')> {
  fullApp ??= import('./full-app');
  return fullApp;
}

async function openApp(root: Root, user: SessionUserFieldsFragment | null): Promise<void> {
  const [{ renderFullApp }] = await Promise.all([loadFullApp(), languageReady()]);
  if (user) {
    const state: unknown = window.history.state;
    window.history.replaceState(null, '', landingPathOf(user, returnPathOf((state as { usr?: unknown } | null)?.usr)));
  }
  await renderFullApp(root, user);
}

export function startApp(container: HTMLElement): void {
  const root = createRoot(container);
  if (!opensOnSignIn(window.location.pathname, hasSignedInHint())) {
    void openApp(root, null);
    return;
  }
  if (window.location.pathname !== SIGN_IN_PATH) window.history.replaceState(window.history.state, '', SIGN_IN_PATH);
  void languageReady().then(() =>
    root.render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <SignInApp
            onSignedIn={(user) => void openApp(root, user)}
            onIntent={() => void loadFullApp().catch(() => undefined)}
          />
        </I18nextProvider>
        <ReadyMarker />
      </StrictMode>,
    ),
  );
}
