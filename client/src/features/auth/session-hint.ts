/**
 * A non-secret "probably signed in" hint for the page before any script runs (the session cookie is
 * httpOnly). index.html's inline script reads the same key: with it, `/` paints the neutral app
 * shell instead of the static sign-in form. Only a hint: the server's `me` stays the truth.
 */
export const SIGNED_IN_HINT_KEY = 'kecala.signedIn';

export function rememberSignedIn(): void {
  try {
    globalThis.localStorage?.setItem(SIGNED_IN_HINT_KEY, '1');
  } catch {
    // Private mode or storage full: the next visit shows the sign-in form first, nothing worse.
  }
}

export function forgetSignedIn(): void {
  try {
    globalThis.localStorage?.removeItem(SIGNED_IN_HINT_KEY);
  } catch {
    // As above.
  }
}

export function hasSignedInHint(): boolean {
  try {
    return globalThis.localStorage?.getItem(SIGNED_IN_HINT_KEY) === '1';
  } catch {
    return false;
  }
}
