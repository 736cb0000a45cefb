import type { SubmissionStatus } from '../gql/graphql';
import { type MutationFailure, EMPTY_RESPONSE, failureOf } from './mutation-failure';

/**
 * The one mapping of a mutation's result to an outcome. Expected refusals are members of the
 * result unions (ValidationError, StaleVersionError, PeriodClosedError, NotAllowedError,
 * InvalidTransitionError); each becomes the same outcome in every feature, and what `mutate`
 * throws becomes a MutationFailure (mutation-failure.ts). Features name only their success.
 */

export interface FieldError {
  /** Input path, e.g. `answer.numerator` or `note`. */
  field: string;
  code: string;
  message: string;
}

/** Refused for its content; `source: 'client'` means nothing was sent. */
export interface InvalidOutcome {
  kind: 'invalid';
  source: 'client' | 'server';
  message: string;
  fieldErrors: FieldError[];
}

/** Someone changed it in between; nothing changed. `current` is what the server holds now. */
export interface StaleOutcome<Current> {
  kind: 'stale';
  message: string;
  current: Current;
}

export interface PeriodClosedOutcome {
  kind: 'periodClosed';
  message: string;
  year: number;
}

export interface NotAllowedOutcome {
  kind: 'notAllowed';
  message: string;
}

/** Not (any more) in a state that allows this; nothing changed. */
export interface InvalidTransitionOutcome {
  kind: 'invalidTransition';
  message: string;
  currentStatus: SubmissionStatus;
}

type TypedErrorName =
  'ValidationError' | 'StaleVersionError' | 'PeriodClosedError' | 'NotAllowedError' | 'InvalidTransitionError';

/** The outcome of each typed error member of a result union (as its document selects it). */
export type RefusalOf<Result> = Result extends { __typename: 'ValidationError' }
  ? InvalidOutcome
  : Result extends { __typename: 'StaleVersionError'; current: infer Current }
    ? StaleOutcome<Current>
    : Result extends { __typename: 'PeriodClosedError' }
      ? PeriodClosedOutcome
      : Result extends { __typename: 'NotAllowedError' }
        ? NotAllowedOutcome
        : Result extends { __typename: 'InvalidTransitionError'; indicatorCode: string }
          ? InvalidTransitionOutcome & { indicatorCode: string }
          : Result extends { __typename: 'InvalidTransitionError' }
            ? InvalidTransitionOutcome
            : never;

/** The members of a result union that are not typed errors. */
export type SuccessOf<Result> = Exclude<Result, { __typename: TypedErrorName }>;

type AnyTypedError =
  | { __typename: 'ValidationError'; message: string; fieldErrors: readonly FieldError[] }
  | { __typename: 'StaleVersionError'; message: string; current: unknown }
  | { __typename: 'PeriodClosedError'; message: string; year: number }
  | { __typename: 'NotAllowedError'; message: string }
  | { __typename: 'InvalidTransitionError'; message: string; currentStatus: SubmissionStatus; indicatorCode?: string };

function refusalOfError(error: AnyTypedError) {
  switch (error.__typename) {
    case 'ValidationError':
      return {
        kind: 'invalid',
        source: 'server',
        message: error.message,
        fieldErrors: error.fieldErrors.map(({ field, code, message }) => ({ field, code, message })),
      };
    case 'StaleVersionError':
      return { kind: 'stale', message: error.message, current: error.current };
    case 'PeriodClosedError':
      return { kind: 'periodClosed', message: error.message, year: error.year };
    case 'NotAllowedError':
      return { kind: 'notAllowed', message: error.message };
    case 'InvalidTransitionError':
      return error.indicatorCode === undefined
        ? { kind: 'invalidTransition', message: error.message, currentStatus: error.currentStatus }
        : {
            kind: 'invalidTransition',
            message: error.message,
            currentStatus: error.currentStatus,
            indicatorCode: error.indicatorCode,
          };
  }
}

const TYPED_ERRORS: ReadonlySet<string> = new Set<TypedErrorName>([
  'ValidationError',
  'StaleVersionError',
  'PeriodClosedError',
  'NotAllowedError',
  'InvalidTransitionError',
]);

/** The refusal a typed error member stands for; null for any other member (a success). */
export function refusalOf<Result extends { __typename?: string }>(result: Result): RefusalOf<Result> | null {
  if (!result.__typename || !TYPED_ERRORS.has(result.__typename)) return null;
  return refusalOfError(result as unknown as AnyTypedError) as RefusalOf<Result>;
}

/**
 * Runs one mutation and names what came of it: a thrown error is a MutationFailure, no result
 * the transient EMPTY_RESPONSE, a typed error its refusal, any other member `success(result)`.
 */
export async function mutationOutcome<Result extends { __typename?: string }, Success>(
  send: () => Promise<Result | null | undefined>,
  success: (result: SuccessOf<Result>) => Success,
): Promise<Success | RefusalOf<Result> | MutationFailure> {
  let result: Result | null | undefined;
  try {
    result = await send();
  } catch (error) {
    return failureOf(error);
  }
  if (!result) return EMPTY_RESPONSE;
  return refusalOf(result) ?? success(result as SuccessOf<Result>);
}

/** A refusal found in the browser before anything was sent. */
export function clientInvalid(fieldErrors: FieldError[], message?: string): InvalidOutcome {
  return {
    kind: 'invalid',
    source: 'client',
    message: message ?? fieldErrors.map((e) => e.message).join('; '),
    fieldErrors,
  };
}
