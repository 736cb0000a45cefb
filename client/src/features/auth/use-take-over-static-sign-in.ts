import { useLayoutEffect } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { LoginValues } from './LoginForm';
import type { StaticSignIn } from './static-sign-in';

/**
 * Right after the React form replaced index.html's static one: keystrokes that landed in the static
 * inputs after they were first read are copied over, the focus and caret go back to the same field,
 * and a submit pressed before the app was there is carried out now.
 */
const takenOver = new WeakSet<StaticSignIn>();

export function useTakeOverStaticSignIn(
  form: UseFormReturn<LoginValues>,
  fromStatic: StaticSignIn | null | undefined,
  submit: () => Promise<void>,
): void {
  useLayoutEffect(() => {
    // Once per static form (StrictMode runs effects twice in development).
    if (!fromStatic || takenOver.has(fromStatic)) return;
    takenOver.add(fromStatic);
    const latest = fromStatic.reread();
    for (const field of ['username', 'password'] as const) {
      // Keystrokes that landed after the first read, just before React's commit.
      if (latest[field] !== form.getValues(field)) form.setValue(field, latest[field]);
    }
    const { focused } = fromStatic;
    if (focused) {
      const input = document.getElementById(`login-${focused.field}`);
      if (input instanceof HTMLInputElement) {
        input.focus();
        if (focused.start !== null && focused.end !== null) input.setSelectionRange(focused.start, focused.end);
      }
    }
    if (latest.submitted) void submit();
  }, [form, fromStatic, submit]);
}
