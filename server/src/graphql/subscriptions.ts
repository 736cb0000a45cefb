import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { GraphQLError, specifiedRules, validate, type GraphQLSchema, type ValidationRule } from 'graphql';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { DataSource } from 'typeorm';
import { createRequestContext } from './context.js';
import type { AuthUser, RequestContext } from './request-context.js';
import { createLoaders } from './loaders.js';

const GRAPHQL_PATH = '/graphql';

/** Over the websocket only subscriptions: queries and mutations keep to HTTP (and its guards). */
const subscriptionsOnly: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== 'subscription') {
      context.reportError(
        new GraphQLError('Only subscriptions are served over the websocket; send queries and mutations over HTTP.', {
          nodes: [node],
        }),
      );
    }
  },
});

interface ConnectionAuth {
  user: AuthUser;
  sessionTokenHash: string | null;
}

/** A browser on another site must not ride on our cookie: cookie auth needs a same-host Origin. */
function crossSiteCookie(request: { headers: Record<string, string | string[] | undefined> }): boolean {
  const origin = request.headers.origin;
  if (typeof origin !== 'string') return false; // not a browser
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}

/**
 * graphql-ws on the HTTP server's upgrade at /graphql. The connection authenticates once, at
 * `connection_init`, like an HTTP request: `connectionParams.authorization` ("Bearer <token>",
 * sessions and API tokens) or else the upgrade request's session cookie. Anonymous connections
 * are closed with 4403. Each subscription gets a request context of its own.
 */
export function attachSubscriptionServer(
  http: Server,
  options: { schema: GraphQLSchema; dataSource: DataSource; validationRules: ValidationRule[] },
): { close(): Promise<void> } {
  const wsServer = new WebSocketServer({ server: http, path: GRAPHQL_PATH });
  const rules = [...specifiedRules, ...options.validationRules, subscriptionsOnly];
  const auths = new WeakMap<object, ConnectionAuth>();
  const cleanup = useServer<Record<string, unknown> | undefined>(
    {
      schema: options.schema,
      validate: (schema, document) => validate(schema, document, rules),
      onConnect: async (ctx) => {
        const param = ctx.connectionParams?.authorization;
        const authorization = typeof param === 'string' ? param : undefined;
        const request = ctx.extra.request;
        if (!authorization && crossSiteCookie(request)) return false;
        const cookie = authorization ? undefined : request.headers.cookie;
        const context = await createRequestContext(options.dataSource, { authorization, cookie }, randomUUID());
        if (!context.user) return false;
        auths.set(ctx.extra.socket, { user: context.user, sessionTokenHash: context.sessionTokenHash });
        return true;
      },
      context: (ctx): RequestContext => {
        const auth = auths.get(ctx.extra.socket);
        return {
          requestId: randomUUID(),
          user: auth?.user ?? null,
          sessionTokenHash: auth?.sessionTokenHash ?? null,
          dataSource: options.dataSource,
          loaders: createLoaders(options.dataSource),
        };
      },
      onError: (_ctx, _id, _payload, errors) => {
        for (const error of errors) {
          const code = error.extensions?.code;
          if (code == null && !error.nodes) console.error('subscription error', error);
        }
      },
    },
    wsServer,
  );
  let closing: Promise<void> | null = null;
  return {
    // Every client gets close code 1001 ("Going away": reconnect elsewhere or later); one that does
    // not answer the closing handshake within a second is cut, so a drain never waits on it.
    close() {
      closing ??= (async () => {
        const clients = [...wsServer.clients];
        await cleanup.dispose();
        const open = clients.filter((socket) => socket.readyState !== socket.CLOSED);
        await Promise.all(
          open.map(
            (socket) =>
              new Promise<void>((resolve) => {
                const cut = setTimeout(() => socket.terminate(), 1000);
                socket.once('close', () => {
                  clearTimeout(cut);
                  resolve();
                });
              }),
          ),
        );
      })();
      return closing;
    },
  };
}
