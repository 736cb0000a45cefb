import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import express, { type ErrorRequestHandler, type Express, type Request, type Response } from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { parse as parseCookies } from 'cookie';
import type { DataSource } from 'typeorm';
import type { RequestContext } from './graphql/context.js';
import { errorLoggingPlugin, formatError } from './graphql/errors.js';
import { createLoaders } from './graphql/loaders.js';
import { buildAppSchema } from './graphql/schema.js';
import { authenticateToken, SESSION_COOKIE } from './modules/auth/auth.service.js';

export interface AppOptions {
  dataSource: DataSource;
  sessionTtlHours: number;
  secureCookies?: boolean;
  /** Folder of the built SPA; served with an index.html fallback when it exists. */
  clientDistDir?: string | null;
  /** Largest accepted request body. */
  bodyLimit?: string;
}

export interface App {
  express: Express;
  apollo: ApolloServer<RequestContext>;
  stop(): Promise<void>;
}

function tokenOf(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  return parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
}

async function buildContext(dataSource: DataSource, req: Request, res: Response): Promise<RequestContext> {
  const requestId = randomUUID();
  res.setHeader('X-Request-Id', requestId);
  const session = await authenticateToken(dataSource, tokenOf(req));
  return {
    requestId,
    user: session?.user ?? null,
    sessionTokenHash: session?.tokenHash ?? null,
    dataSource,
    loaders: createLoaders(dataSource),
    req,
    res,
  };
}

/** Never a stack trace: malformed or oversized bodies get a GraphQL-shaped error with a code. */
const jsonErrorHandler: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  if (status === 500) console.error('unexpected HTTP error', error);
  const message =
    status === 413 ? 'Request body is too large.' : status === 400 ? 'Request body is not valid JSON.' : status === 500 ? 'Internal server error' : String(error.message);
  res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
};

export async function createApp(options: AppOptions): Promise<App> {
  const schema = await buildAppSchema({ sessionTtlHours: options.sessionTtlHours, secureCookies: options.secureCookies });
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError,
    plugins: [errorLoggingPlugin],
    includeStacktraceInErrorResponses: false,
    // main.ts shuts down in order (HTTP, Apollo, database); Apollo's own handler would race it.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    express.json({ limit: options.bodyLimit ?? '100kb' }),
    expressMiddleware(apollo, { context: ({ req, res }) => buildContext(options.dataSource, req, res) }),
  );

  const dist = options.clientDistDir;
  if (dist && fs.existsSync(path.join(dist, 'index.html'))) {
    app.use(express.static(dist, { index: false, maxAge: '1h' }));
    app.get('/{*splat}', (_req, res) => {
      res.sendFile(path.join(dist, 'index.html'));
    });
  }
  app.use(jsonErrorHandler);

  return {
    express: app,
    apollo,
    stop: () => apollo.stop(),
  };
}
