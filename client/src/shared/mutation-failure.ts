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
    return { kind: 'failed', message: error.message, retryable: error.statusCode >= 500, code: `HTTP_${error.statusCode}` };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'failed', message, retryable: true, code: 'NETWORK' };
}

/** The server answered without the field asked for: treat like a transient failure. */
export const EMPTY_RESPONSE: MutationFailure = { kind: 'failed', message: 'Empty response', retryable: true };
