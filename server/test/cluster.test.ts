import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, serverPostgresAvailable } from './support/postgres.js';
import { gql, loginToken, startServerProcess, type ServerProcess } from './support/server-process.js';

const available = await serverPostgresAvailable();

/** A GraphQL request on a connection of its own: the primary hands new connections to the workers in turn. */
function postOnNewConnection(url: string, token: string, query: string): Promise<any> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      },
      (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve(JSON.parse(body)));
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify({ query }));
  });
}

describe.skipIf(!available)('the cluster entry (two workers on server PostgreSQL)', () => {
  let db: { url: string; drop(): Promise<void> };
  let filesDir: string;
  let server: ServerProcess | null = null;

  beforeAll(async () => {
    db = await createTestDatabase();
    filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kecala-cluster-'));
  });
  afterAll(async () => {
    if (server && server.child.exitCode == null) process.kill(-server.child.pid!, 'SIGKILL');
    await db?.drop();
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  it("serves one port from two workers, and a terminal's Ctrl-C (SIGINT to the whole group) drains every worker and exits 0", async () => {
    server = await startServerProcess({
      port: 4356,
      databaseUrl: db.url,
      filesDir,
      entry: 'src/cluster.ts',
      // A session cache far longer than the test: only the cross-worker invalidation can end a cached session.
      env: { WEB_CONCURRENCY: '2', SESSION_CACHE_MS: '600000' },
      ready: /2 workers serving port/,
      detached: true,
    });
    // A session made through one worker is good on the other (sessions live in PostgreSQL).
    const token = await loginToken(server.url, 'op-3275-09');
    for (let i = 0; i < 6; i += 1) {
      const me = await gql(server.url, token, '{ me { username } }');
      expect(me.body.data.me.username).toBe('op-3275-09');
    }

    // Both workers cache the session (new connections alternate between them); signing out on one
    // is heard by the other over LISTEN/NOTIFY: soon every worker refuses the token.
    const url = server.url;
    for (let i = 0; i < 4; i += 1)
      expect((await postOnNewConnection(url, token, '{ me { username } }')).data.me.username).toBe('op-3275-09');
    expect((await postOnNewConnection(url, token, 'mutation { logout }')).data.logout).toBe(true);
    await vi.waitFor(
      async () => {
        for (let i = 0; i < 4; i += 1)
          expect((await postOnNewConnection(url, token, '{ me { username } }')).data.me).toBeNull();
      },
      { timeout: 20_000, interval: 100 },
    );

    // The terminal delivers SIGINT to every process of the group: primary and workers at once.
    // The primary asks the workers by message, so they see one signal, not two.
    process.kill(-server.child.pid!, 'SIGINT');
    const code = await server.exited;
    const output = server.output();
    expect(code, output).toBe(0);
    expect(output.match(/drained: exiting/g)).toHaveLength(2);
    expect(output).not.toMatch(/again: exiting at once/);
  }, 120_000);
});
