import { useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUserFieldsFragment } from '../gql/graphql';
import { LoginForm } from '../features/auth/LoginForm';
import { fetchLogin, fetchSessionUser } from '../features/auth/login-request';
import { readStaticSignIn } from '../features/auth/static-sign-in';
import { AppHeader } from './AppHeader';
import { LanguageSwitch } from './LanguageSwitch';
import { PageLoading } from './PageStatus';
import '../features/auth/login-page.css';

/**
 * The sign-in page of the first load, without Apollo or the router: the same header and form as
 * the app's /masuk. It takes over index.html's static form (what was typed, the focus). Once the
 * user is signed in — or `me` shows they already are — the app proper is loaded.
 */
interface SignInAppProps {
  onSignedIn: (user: SessionUserFieldsFragment) => void;
  /** The user started typing: a good moment to fetch the app they are about to open. */
  onIntent?: () => void;
}

export function SignInApp({ onSignedIn, onIntent }: SignInAppProps) {
  const { t } = useTranslation();
  // Read while rendering, before the first commit replaces the static markup.
  const [fromStatic] = useState(() => readStaticSignIn());
  const [entering, setEntering] = useState(false);
  // Typed into the static form already, or types now: fetch the app proper meanwhile (once).
  const [intentShown, setIntentShown] = useState(
    () => !!fromStatic && (fromStatic.username !== '' || fromStatic.password !== ''),
  );
  useEffect(() => {
    if (intentShown) onIntent?.();
  }, [intentShown, onIntent]);
  const enter = (user: SessionUserFieldsFragment) => {
    setEntering(true);
    onSignedIn(user);
  };
  // Already signed in (a session cookie): enter once, with the handler as it is then.
  const enterSession = useEffectEvent(enter);
  useEffect(() => {
    let current = true;
    fetchSessionUser().then(
      (user) => current && user && enterSession(user),
      () => undefined, // Offline or server down: signing in will say so.
    );
    return () => {
      current = false;
    };
  }, []);
  return (
    <>
      <AppHeader tools={<LanguageSwitch />} />
      <main id="main" className="app-main" tabIndex={-1} onInput={intentShown ? undefined : () => setIntentShown(true)}>
        {entering ? (
          <PageLoading />
        ) : (
          <div className="login-page">
            <h1>{t('login.title')}</h1>
            <p className="page-subtitle">{t('login.intro')}</p>
            <LoginForm submit={fetchLogin} onSignedIn={enter} fromStatic={fromStatic} />
          </div>
        )}
      </main>
    </>
  );
}
