import type { GraphQLFormattedError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from './request-context.js';

/** Error codes a client may see in `extensions.code`; anything else is masked. */
const PUBLIC_ERROR_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'UNAUTHORIZED',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

function isPublic(code: unknown): boolean {
  return typeof code === 'string' && PUBLIC_ERROR_CODES.has(code);
}

/**
 * Masks unexpected errors: the client gets a generic message (and the request id in the
 * X-Request-Id header); `errorLoggingPlugin` logs the details with that id.
 */
export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (isPublic(formatted.extensions?.code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** Logs unexpected errors server-side with the request id the client received. */
export const errorLoggingPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors }) {
        for (const error of errors) {
          if (!isPublic(error.extensions?.code))
            console.error(`[request ${contextValue.requestId}] unexpected error`, error.originalError ?? error);
        }
      },
    };
  },
};
