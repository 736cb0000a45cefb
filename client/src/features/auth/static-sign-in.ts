/** id of the sign-in form that index.html paints before any script has arrived. */
export const STATIC_SIGN_IN_FORM_ID = 'static-sign-in';

export type SignInField = 'username' | 'password';

/** What the user did in index.html's static sign-in form before the app took over. */
export interface StaticSignIn {
  username: string;
  password: string;
  /** The field that had the focus, with its caret/selection. */
  focused: { field: SignInField; start: number | null; end: number | null } | null;
  /** The static form was submitted (Enter or the button) before the app could handle it. */
  submitted: boolean;
  /** Re-reads the static form (its inputs keep their values after React has replaced them). */
  reread: () => { username: string; password: string; submitted: boolean };
}

function inputOf(form: HTMLFormElement, name: SignInField): HTMLInputElement | null {
  const element = form.elements.namedItem(name);
  return element instanceof HTMLInputElement ? element : null;
}

/**
 * Reads the static form, if it is still in the page. Call it while rendering (before React's first
 * commit replaces the static markup): afterwards the inputs are detached but keep their values.
 */
export function readStaticSignIn(doc: Document = document): StaticSignIn | null {
  const form = doc.getElementById(STATIC_SIGN_IN_FORM_ID);
  if (!(form instanceof HTMLFormElement) || form.closest('[hidden]')) return null;
  const username = inputOf(form, 'username');
  const password = inputOf(form, 'password');
  const reread = () => ({
    username: username?.value ?? '',
    password: password?.value ?? '',
    submitted: form.dataset.submitted === 'true',
  });
  const active = doc.activeElement;
  const focusedInput = active === username ? username : active === password ? password : null;
  return {
    ...reread(),
    focused: focusedInput
      ? {
          field: focusedInput === username ? 'username' : 'password',
          start: focusedInput.selectionStart,
          end: focusedInput.selectionEnd,
        }
      : null,
    reread,
  };
}
