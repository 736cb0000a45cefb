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
