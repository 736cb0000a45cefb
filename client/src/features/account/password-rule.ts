import type { TFunction } from 'i18next';
import { MIN_PASSWORD_LENGTH, passwordProblems } from '@kecala/domain';

/**
 * A react-hook-form `validate` for a new password with the shared policy (the server applies the
 * same one): the first problem, translated, or true.
 */
export function newPasswordRule(t: TFunction, username: () => string) {
  return (value: string): string | true => {
    const [problem] = passwordProblems(value, username());
    return problem ? t(`account.fieldError.${problem}`, { min: MIN_PASSWORD_LENGTH }) : true;
  };
}

/** A server field error's message in the UI language, falling back to the server's English text. */
export function fieldErrorText(t: TFunction, error: { code: string; message: string }): string {
  const key = `account.fieldError.${error.code}`;
  return t(key as never, { defaultValue: error.message, min: MIN_PASSWORD_LENGTH }) as string;
}
