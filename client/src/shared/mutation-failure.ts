import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/**
 * A mutation that did not produce a result. `retryable` is true for network trouble and server
 * outages (an offline queue keeps these), false when the server rejected the request itself
 * (e.g. the session expired).
 */
export interface MutationFailure {
  kind: 'failed';
  message: string;
  retryable: boolean;
  code?: string;
}

/** Maps what `client.mutate` threw to a typed failure; shared by every mutation hook. */
export function failureOf(error: unknown): MutationFailure {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : undefined;
    return { kind: 'failed', message: first?.message ?? error.message, retryable: false, code };
  }
  if (ServerError.is(error)) {
    return {
      kind: 'failed',
      message: error.message,
      retryable: error.statusCode >= 500,
      code: `HTTP_${error.statusCode}`,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'failed', message, retryable: true, code: 'NETWORK' };
}

/** The server answered without the field asked for: treat like a transient failure. */
export const EMPTY_RESPONSE: MutationFailure = { kind: 'failed', message: 'Empty response', retryable: true };

const NETWORK_MESSAGE =
  /failed to fetch|networkerror|load failed|network request failed|network ?error|internet|ERR_[A-Z_]+|fetch failed|socket|timed? ?out/i;

/** True when an error (or its message) is the browser's wording for "the server was not reached". */
export function isNetworkError(error: unknown): boolean {
  if (ServerError.is(error) || CombinedGraphQLErrors.is(error)) return false;
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return error instanceof TypeError || NETWORK_MESSAGE.test(message);
}

/** The i18n key explaining "no connection" outside the answer form (see save.queued there). */
export function networkFailureText(): string {
  return 'errors.network';
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * The one place an error thrown by a request becomes text: network trouble is explained in the
 * user's language, never as the browser's raw "Failed to fetch" / "NetworkError" / "Load failed".
 */
export function errorText(typed: unknown, error: unknown): string {
  // Takes react-i18next's typed `t`; the keys used here exist in both languages.
  const t = typed as Translate;
  if (isNetworkError(error)) return t(networkFailureText());
  const message = error instanceof Error ? error.message : String(error);
  return t('common.errorWithMessage', { message });
}
