import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createApp, type App } from '../src/app.js';
import { buildDataSource } from '../src/database/data-source.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../src/database/embedded-postgres.js';

/**
 * /healthz tells a load balancer whether this instance can reach its database: `SELECT 1` within
 * a short timeout. Each case runs an app on its own embedded PostgreSQL and then takes it away.
 */
describe('/healthz', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  });

  async function startApp(
    healthTimeoutMs?: number,
  ): Promise<{ url: string; dataSource: DataSource; embedded: EmbeddedPostgres }> {
    const embedded = await startEmbeddedPostgres(null);
    cleanups.push(() => embedded.stop());
    const dataSource = buildDataSource(embedded.url, { singleConnection: true });
    await dataSource.initialize();
    cleanups.push(async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
    });
    const files = path.join(os.tmpdir(), `kecala-health-${process.pid}`);
    const app: App = await createApp({
      dataSource,
      sessionTtlHours: 1,
      healthTimeoutMs,
      evidence: {
        uploadDir: path.join(files, 'uploads'),
        evidenceDir: path.join(files, 'evidence'),
        maxUploadBytes: 1024,
      },
    });
    const http = await new Promise<Server>((resolve) => {
      const server = app.express.listen(0, '127.0.0.1', () => resolve(server));
    });
    cleanups.push(async () => {
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
      await app.stop();
    });
    return { url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`, dataSource, embedded };
  }

  const health = async (url: string) => {
    const response = await fetch(`${url}/healthz`);
    return {
      status: response.status,
      body: await response.json(),
      cacheControl: response.headers.get('cache-control'),
    };
  };

  it('answers 200 with the database up, and 503 once the database server has gone away', async () => {
    const { url, embedded } = await startApp();
    expect(await health(url)).toEqual({
      status: 200,
      body: { status: 'ok', database: 'up' },
      cacheControl: 'no-store',
    });
    // The pooled connection is cut and the port closed: the pool cannot reach PostgreSQL any more.
    await embedded.stop();
    expect(await health(url)).toEqual({
      status: 503,
      body: { status: 'unavailable', database: 'down' },
      cacheControl: 'no-store',
    });
  });

  it('answers 503 when the data source has been destroyed', async () => {
    const { url, dataSource } = await startApp();
    await dataSource.destroy();
    expect(await health(url)).toMatchObject({ status: 503, body: { status: 'unavailable', database: 'down' } });
  });

  it('answers 503 when the database does not answer within the timeout, and 200 again once it does', async () => {
    const { url, dataSource } = await startApp(300);
    // The embedded database's only connection is held by a transaction: SELECT 1 has to wait.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const holding = new Promise<void>((resolve) => (started = resolve));
    const transaction = dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1');
      started();
      await held;
    });
    await holding;
    try {
      expect(await health(url)).toMatchObject({ status: 503, body: { database: 'down' } });
    } finally {
      release();
      await transaction;
    }
    expect(await health(url)).toMatchObject({ status: 200, body: { database: 'up' } });
  });
});
