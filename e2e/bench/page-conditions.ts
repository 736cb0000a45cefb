// Conditions evaluated inside the page (serialised by Playwright: no closures, no named inner
// functions). Each returns
// performance.now() once it holds, false before; polled on every animation frame.

/**
 * The sign-in form is usable: React has committed (client/src/main.tsx sets
 * `<html data-app="ready">`), so the submit is handled by the app, and the username field and the
 * submit button are there and enabled. A form painted from the HTML before the JavaScript does
 * not count.
 */
export function signInUsable(): number | false {
  const ready = document.documentElement.dataset.app === 'ready';
  const username = document.querySelector<HTMLInputElement>('[data-testid="login-username"]');
  const submit = document.querySelector<HTMLButtonElement>('[data-testid="login-submit"]');
  return ready && username && !username.disabled && !username.readOnly && submit && !submit.disabled
    ? performance.now()
    : false;
}

/**
 * The operator form is usable: React has committed and the form of the kecamatan is there with its
 * cluster sections, each one tap from its cards (a closed section mounts its cards when opened).
 */
export function operatorFormUsable(): number | false {
  const ready = document.documentElement.dataset.app === 'ready';
  const heading = document.querySelector('[data-testid="form-kecamatan"]');
  const section = document.querySelector('[data-testid^="cluster-"] summary');
  return ready && heading && section ? performance.now() : false;
}

/** The card of `code` shows its saved state (SaveStateBadge: data-state="saved"). */
export function cardSaved(code: string): number | false {
  const badge = document.querySelector(`[data-testid="save-state-${code}"]`);
  return badge?.getAttribute('data-state') === 'saved' ? performance.now() : false;
}

/** Remembers in the page when the first `type` event on `selector` happened (window.__benchMarks[key]). */
export function markFirstEvent([type, selector, key]: [string, string, string]): void {
  const marks = ((window as unknown as { __benchMarks?: Record<string, number> }).__benchMarks ??= {});
  // Inline (no named function): tsx would wrap a named one in a helper the page does not have.
  document.addEventListener(
    type,
    (event) => {
      if (event.target instanceof Element && event.target.closest(selector)) marks[key] ??= performance.now();
    },
    { capture: true },
  );
}

export function markOf(key: string): number | null {
  return (window as unknown as { __benchMarks?: Record<string, number> }).__benchMarks?.[key] ?? null;
}
