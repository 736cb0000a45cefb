import type { TFunction } from 'i18next';
import { MIN_PASSWORD_LENGTH } from '@kecala/domain';
import { type MutationFailure, isNetworkError, networkFailureText } from './mutation-failure';
import type { FieldError, InvalidOutcome } from './mutation-outcome';

/**
 * The words of an outcome that is not a success, in one place for every admin form: a server
 * field error in the UI language, a failure as `errorText` words a thrown error.
 */

/** A server field error's message in the UI language, falling back to the server's English text. */
export function fieldErrorText(t: TFunction, error: { code: string; message: string }): string {
  const key = `account.fieldError.${error.code}`;
  return t(key as never, { defaultValue: error.message, min: MIN_PASSWORD_LENGTH }) as string;
}

/** A failed mutation in words: "no connection" for network trouble, else the server's message. */
export function failureText(t: TFunction, failure: MutationFailure): string {
  if (failure.code === 'NETWORK' && isNetworkError(failure.message)) return t(networkFailureText() as never);
  return t('common.errorWithMessage', { message: failure.message });
}

/** Every field error of a refusal, translated, on one line. */
export function invalidText(t: TFunction, outcome: InvalidOutcome): string {
  return outcome.fieldErrors.map((e) => fieldErrorText(t, e)).join(' ');
}

/** The text of a refusal or failure: field errors on one line, a failure, or the refusal's message. */
export function refusalText(t: TFunction, outcome: { kind: string; message: string } | InvalidOutcome): string {
  if (outcome.kind === 'invalid') return invalidText(t, outcome as InvalidOutcome);
  if (outcome.kind === 'failed') return failureText(t, outcome as MutationFailure);
  return outcome.message;
}

/**
 * Puts each field error of a refusal beside its field (`fields` the form's own names) and returns
 * the text of the others (null when none is left).
 */
export function placeFieldErrors<Field extends string>(
  t: TFunction,
  fieldErrors: readonly FieldError[],
  fields: readonly Field[],
  setError: (field: Field, error: { message: string }) => void,
): string | null {
  const rest: string[] = [];
  for (const error of fieldErrors) {
    if ((fields as readonly string[]).includes(error.field))
      setError(error.field as Field, { message: fieldErrorText(t, error) });
    else rest.push(fieldErrorText(t, error));
  }
  return rest.length > 0 ? rest.join(' ') : null;
}
