import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { DataSource, Logger } from 'typeorm';
import { createApp, type App } from '../../src/app.js';
import { openDatabase, type Database } from '../../src/database/data-source.js';
import { DEFAULT_MAX_UPLOAD_BYTES } from '../../src/config.js';
import { DEMO_PASSWORD, seedDatabase } from '../../src/database/seed/seed.js';
import { PostgresScoreEventBus } from '../../src/modules/live/postgres-score-event-bus.js';
import type { ScoreEventBus } from '../../src/modules/live/score-events.js';
import { createTestDatabase } from './postgres.js';

export type Backend = 'postgres' | 'embedded';

/** Counts the SQL statements TypeORM sends, to prove statements per request stay constant. */
export class QueryCounter implements Logger {
  count = 0;
  statements: string[] = [];
  reset() {
    this.count = 0;
    this.statements = [];
  }
  logQuery(query: string) {
    this.count += 1;
    this.statements.push(query);
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

export interface TestServer {
  backend: Backend;
  url: string;
  dataSource: DataSource;
  /** The running app's score events, as its services publish them (a test may publish a probe). */
  scoreEvents: ScoreEventBus;
  queries: QueryCounter;
  /** Temporary folders of tus's incomplete uploads and of accepted evidence (removed on close). */
  uploadDir: string;
  evidenceDir: string;
  maxUploadBytes: number;
  /** Where the data is: the server PostgreSQL's URL, or the embedded database's folder. */
  databaseUrl: string | null;
  dataDir: string | null;
  /** Stops the app and the database and starts both again on the same data. */
  restart(): Promise<void>;
  /** Stops the app and the database, runs `fn` (e.g. on the closed data folder), then starts both again. */
  suspend<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

interface Running {
  database: Database;
  app: App;
  http: Server;
  url: string;
}

export async function startTestServer(
  backend: Backend,
  options: { now?: Date; maxUploadBytes?: number; clientDistDir?: string; clock?: () => Date } = {},
): Promise<TestServer> {
  const queries = new QueryCounter();
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kecala-files-'));
  const uploadDir = path.join(filesDir, 'uploads');
  const evidenceDir = path.join(filesDir, 'evidence');
  const maxUploadBytes = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  let dbUrl: string | null = null;
  let dropDatabase: () => Promise<void> = async () => undefined;
  let dataDir: string | null = null;
  if (backend === 'postgres') {
    const db = await createTestDatabase();
    dbUrl = db.url;
    dropDatabase = db.drop;
  } else {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kecala-pglite-'));
  }

  async function start(): Promise<Running> {
    const database = await openDatabase({ url: dbUrl, embeddedDataDir: dataDir, logger: queries });
    await seedDatabase(database.dataSource, { demoUsers: true, now: options.now });
    // Like main.ts: live score events through LISTEN/NOTIFY on a server PostgreSQL, in process on the embedded one.
    const scoreEvents = dbUrl ? await PostgresScoreEventBus.connect(dbUrl) : undefined;
    const app = await createApp({
      dataSource: database.dataSource,
      sessionTtlHours: 1,
      evidence: { uploadDir, evidenceDir, maxUploadBytes },
      scoreEvents,
      clientDistDir: options.clientDistDir,
      clock: options.clock,
    });
    const http = await new Promise<Server>((resolve) => {
      const server = app.express.listen(0, '127.0.0.1', () => resolve(server));
    });
    app.attachWebSockets(http);
    const { port } = http.address() as AddressInfo;
    return { database, app, http, url: `http://127.0.0.1:${port}` };
  }

  async function stop(running: Running) {
    const closed = new Promise((resolve) => running.http.close(resolve));
    running.http.closeAllConnections();
    await running.app.stop();
    await closed;
    await running.database.close();
  }

  let running = await start();
  const server: TestServer = {
    backend,
    url: running.url,
    dataSource: running.database.dataSource,
    scoreEvents: running.app.scoreEvents,
    queries,
    uploadDir,
    evidenceDir,
    maxUploadBytes,
    databaseUrl: dbUrl,
    dataDir,
    async restart() {
      await server.suspend(async () => undefined);
    },
    async suspend(fn) {
      await stop(running);
      try {
        return await fn();
      } finally {
        running = await start();
        server.url = running.url;
        server.dataSource = running.database.dataSource;
        server.scoreEvents = running.app.scoreEvents;
      }
    },
    async close() {
      await stop(running);
      await dropDatabase();
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
  return server;
}

export interface GqlResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** A GraphQL caller holding one identity (bearer token), like a browser holds its cookie. */
export class GqlClient {
  token: string | null = null;

  constructor(private readonly server: TestServer) {}

  async request<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>> {
    const response = await fetch(`${this.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GqlResponse<T>;
    return { ...body, status: response.status };
  }

  async login(username: string, password = DEMO_PASSWORD): Promise<this> {
    const result = await this.request(
      `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { __typename ... on LoginSuccess { token } } }`,
      { u: username, p: password },
    );
    if (result.data?.login?.__typename !== 'LoginSuccess')
      throw new Error(`login ${username} failed: ${JSON.stringify(result)}`);
    this.token = result.data.login.token;
    return this;
  }
}

export async function signedIn(server: TestServer, username: string): Promise<GqlClient> {
  return new GqlClient(server).login(username);
}

/** The seeded users most API tests act as, signed in. */
export interface DemoUsers {
  /** Jatiasih's operator (op-3275-09). */
  operator: GqlClient;
  /** Bekasi Barat's operator (op-3275-02). */
  otherOperator: GqlClient;
  evaluator: GqlClient;
  admin: GqlClient;
}

export async function signInDemoUsers(server: TestServer): Promise<DemoUsers> {
  const [operator, otherOperator, evaluator, admin] = await Promise.all(
    ['op-3275-09', 'op-3275-02', 'evaluator', 'admin'].map((username) => signedIn(server, username)),
  );
  return { operator, otherOperator, evaluator, admin };
}

/**
 * Creates (as `admin`) an INTEGRATOR account and an API token for it; returns a client holding the
 * token, with the ids of both.
 */
export async function integratorClient(
  server: TestServer,
  admin: GqlClient,
  name: string,
): Promise<GqlClient & { accountId: string; tokenId: string }> {
  const username =
    `int-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${Math.random().toString(36).slice(2, 8)}`.slice(0, 60);
  const account = await admin.request(
    `mutation ($input: CreateUserInput!) { createUser(input: $input) { __typename ... on UserAccount { id } ... on ValidationError { fieldErrors { field code } } } }`,
    { input: { username, displayName: name, role: 'INTEGRATOR' } },
  );
  if (account.data?.createUser?.__typename !== 'UserAccount')
    throw new Error(`createUser ${username} failed: ${JSON.stringify(account)}`);
  const accountId: string = account.data.createUser.id;
  const token = await admin.request(
    `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { __typename ... on ApiTokenCreated { secret token { id } } ... on ValidationError { fieldErrors { field code } } } }`,
    { input: { name, integratorId: accountId } },
  );
  if (token.data?.createApiToken?.__typename !== 'ApiTokenCreated')
    throw new Error(`createApiToken ${name} failed: ${JSON.stringify(token)}`);
  const client = new GqlClient(server) as GqlClient & { accountId: string; tokenId: string };
  client.token = token.data.createApiToken.secret;
  client.accountId = accountId;
  client.tokenId = token.data.createApiToken.token.id;
  return client;
}
