import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from '../../src/database/seed/seed.js';

const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const TSX = createRequire(import.meta.url).resolve('tsx');

/**
 * The real server (`src/main.ts`) in a child process, as `npm start` runs it but in one process:
 * `node --import tsx`, so a signal sent to it reaches the server itself and not a wrapper.
 */
export interface ServerProcess {
  child: ChildProcess;
  url: string;
  port: number;
  /** Everything it printed (stdout and stderr). */
  output(): string;
  /** Resolves when the output matches (rejects if the process exits first). */
  waitForOutput(pattern: RegExp): Promise<void>;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
  kill(signal?: NodeJS.Signals): void;
}

export interface ServerProcessOptions {
  port: number;
  /** DATABASE_URL; null runs the embedded database in `dataDir`. */
  databaseUrl: string | null;
  dataDir?: string;
  filesDir: string;
  env?: Record<string, string>;
  /** The entry to run: the one server process (default) or the cluster primary. */
  entry?: 'src/main.ts' | 'src/cluster.ts';
  /** What the start waits for in the output. */
  ready?: RegExp;
  /** Its own process group, so a test can signal the whole group as a terminal's Ctrl-C does. */
  detached?: boolean;
}

export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(options.port),
    KECALA_UPLOAD_DIR: path.join(options.filesDir, 'uploads'),
    KECALA_EVIDENCE_DIR: path.join(options.filesDir, 'evidence'),
    KECALA_CLIENT_DIST: path.join(options.filesDir, 'no-client'),
    ...options.env,
  };
  delete env.DATABASE_URL;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  if (options.dataDir) env.KECALA_DATA_DIR = options.dataDir;
  const child = spawn(process.execPath, ['--import', TSX, options.entry ?? 'src/main.ts'], {
    cwd: SERVER_DIR,
    env,
    detached: options.detached ?? false,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const watchers = new Set<() => void>();
  const append = (chunk: Buffer) => {
    output += chunk.toString();
    for (const watch of watchers) watch();
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => {
      resolve(code ?? signal ?? 'unknown');
      for (const watch of watchers) watch();
    });
  });
  const waitForOutput = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      const watch = () => {
        if (pattern.test(output)) {
          watchers.delete(watch);
          resolve();
        } else if (child.exitCode != null || child.signalCode != null) {
          watchers.delete(watch);
          reject(
            new Error(`server exited (${child.exitCode ?? child.signalCode}) before printing ${pattern}:\n${output}`),
          );
        }
      };
      watchers.add(watch);
      watch();
    });
  const server: ServerProcess = {
    child,
    port: options.port,
    url: `http://127.0.0.1:${options.port}`,
    output: () => output,
    waitForOutput,
    exited,
    kill: (signal = 'SIGTERM') => {
      if (child.exitCode == null && child.signalCode == null) child.kill(signal);
    },
  };
  try {
    await waitForOutput(options.ready ?? /KECALA Patriot on http/);
  } catch (error) {
    server.kill('SIGKILL');
    throw error;
  }
  return server;
}

/** Signs in over HTTP and returns the bearer token. */
export async function loginToken(url: string, username: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { __typename ... on LoginSuccess { token } } }`,
      variables: { u: username, p: password },
    }),
  });
  const body = (await response.json()) as any;
  if (body.data?.login?.__typename !== 'LoginSuccess') throw new Error(`login ${username}: ${JSON.stringify(body)}`);
  return body.data.login.token;
}

export async function gql(url: string, token: string | null, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}
