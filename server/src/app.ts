import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import express, { type ErrorRequestHandler, type Express, type Request, type Response } from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { QUERY_LIMITS } from '@kecala/domain';
import { expressMiddleware } from '@as-integrations/express5';
import type { Server } from 'node:http';
import type { ValidationRule } from 'graphql';
import type { DataSource } from 'typeorm';
import { createRequestContext } from './graphql/context.js';
import type { RequestContext } from './graphql/request-context.js';
import { errorLoggingPlugin, formatError } from './graphql/error-masking.js';
import { buildAppSchema } from './graphql/schema.js';
import { EvidenceStorage } from './modules/evidence/evidence-storage.js';
import { mountEvidenceRoutes } from './modules/evidence/evidence.routes.js';
import { mountDossierRoutes } from './modules/dossier/dossier.routes.js';
import { mountExportRoutes } from './modules/export/export.routes.js';
import { mountSpreadsheetRoutes } from './modules/spreadsheet/spreadsheet.routes.js';
import { InProcessScoreEventBus, ScoreEvents, type ScoreEventBus } from './modules/live/score-events.js';
import { attachSubscriptionServer } from './graphql/subscriptions.js';
import { mountClientAssets } from './modules/delivery/client-assets.js';
import { dynamicCompression } from './modules/delivery/compression.js';
import { healthHandler } from './modules/delivery/health.js';

export interface AppOptions {
  dataSource: DataSource;
  sessionTtlHours: number;
  secureCookies?: boolean;
  /** Folder of the built SPA; served with an index.html fallback when it exists. */
  clientDistDir?: string | null;
  /** Largest accepted request body. */
  bodyLimit?: string;
  /** Evidence files: tus's incomplete uploads, accepted files, and the size limit in bytes. */
  evidence: { uploadDir: string; evidenceDir: string; maxUploadBytes: number };
  /** How long /healthz waits for the database's `SELECT 1` (default 2 s). */
  healthTimeoutMs?: number;
  /** Score-change pub/sub; default in-process (one instance). main.ts passes PostgresScoreEventBus (LISTEN/NOTIFY) on a server PostgreSQL. */
  scoreEvents?: ScoreEventBus;
  /** "Now" for time-based figures and jobs; tests fix it. Default: the system clock. */
  clock?: () => Date;
}

export interface App {
  express: Express;
  apollo: ApolloServer<RequestContext>;
  scoreEvents: ScoreEventBus;
  /** Serves GraphQL subscriptions (graphql-ws) on this HTTP server's upgrades at /graphql; closed by stop(). */
  attachWebSockets(http: Server): void;
  /** Closes every subscription connection with code 1001 (Going away); stop() does it too. */
  closeWebSockets(): Promise<void>;
  stop(): Promise<void>;
}

async function buildContext(dataSource: DataSource, req: Request, res: Response): Promise<RequestContext> {
  const requestId = randomUUID();
  res.setHeader('X-Request-Id', requestId);
  return createRequestContext(
    dataSource,
    { authorization: req.headers.authorization, cookie: req.headers.cookie },
    requestId,
    { req, res },
  );
}

/** Never a stack trace: malformed or oversized bodies get a GraphQL-shaped error with a code. */
const jsonErrorHandler: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  if (status === 500) console.error('unexpected HTTP error', error);
  const message =
    status === 413
      ? 'Request body is too large.'
      : status === 400
        ? 'Request body is not valid JSON.'
        : status === 500
          ? 'Internal server error'
          : String(error.message);
  res
    .status(status)
    .json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
};

export async function createApp(options: AppOptions): Promise<App> {
  const evidenceStorage = new EvidenceStorage(options.evidence.evidenceDir);
  const scoreEvents = options.scoreEvents ?? new InProcessScoreEventBus();
  const schema = await buildAppSchema({
    sessionTtlHours: options.sessionTtlHours,
    secureCookies: options.secureCookies,
    evidenceStorage,
    scoreEvents,
    clock: options.clock,
  });
  // Abuse limits on every operation (depth, cost, aliases, directives), no field suggestions.
  const protection = new ApolloArmor(QUERY_LIMITS).protect();
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError,
    ...protection,
    plugins: [...(protection.plugins as ApolloServerPlugin<RequestContext>[]), errorLoggingPlugin],
    validationRules: protection.validationRules,
    includeStacktraceInErrorResponses: false,
    // main.ts shuts down in order (HTTP, Apollo, database); Apollo's own handler would race it.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.get('/healthz', healthHandler(options.dataSource, options.healthTimeoutMs));
  app.use(dynamicCompression());
  app.use(
    '/graphql',
    express.json({ limit: options.bodyLimit ?? '100kb' }),
    expressMiddleware(apollo, { context: ({ req, res }) => buildContext(options.dataSource, req, res) }),
  );
  const evidenceRoutes = mountEvidenceRoutes(app, {
    dataSource: options.dataSource,
    storage: evidenceStorage,
    uploadDir: options.evidence.uploadDir,
    maxUploadBytes: options.evidence.maxUploadBytes,
    events: new ScoreEvents(scoreEvents),
  });
  mountExportRoutes(app, { dataSource: options.dataSource, clock: options.clock });
  mountDossierRoutes(app, { dataSource: options.dataSource, storage: evidenceStorage });
  mountSpreadsheetRoutes(app, { dataSource: options.dataSource, events: new ScoreEvents(scoreEvents) });

  const dist = options.clientDistDir;
  if (dist && fs.existsSync(path.join(dist, 'index.html'))) mountClientAssets(app, dist);
  app.use(jsonErrorHandler);

  const webSockets: Array<{ close(): Promise<void> }> = [];
  return {
    express: app,
    apollo,
    scoreEvents,
    attachWebSockets(http) {
      webSockets.push(
        attachSubscriptionServer(http, {
          schema,
          dataSource: options.dataSource,
          validationRules: protection.validationRules as ValidationRule[],
        }),
      );
    },
    closeWebSockets: async () => {
      await Promise.all(webSockets.map((ws) => ws.close()));
    },
    stop: async () => {
      await Promise.all(webSockets.map((ws) => ws.close()));
      evidenceRoutes.stop();
      await apollo.stop();
      await scoreEvents.close();
    },
  };
}
