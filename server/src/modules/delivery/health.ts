import type { RequestHandler } from 'express';
import type { DataSource } from 'typeorm';

/** How long /healthz waits for `SELECT 1` before calling the database down. */
const DEFAULT_HEALTH_TIMEOUT_MS = 2000;

export type DatabaseState = 'up' | 'down';

/** `SELECT 1` within the timeout: "up"; an error or no answer in time: "down". Never throws. */
async function probeDatabase(dataSource: DataSource, timeoutMs: number): Promise<DatabaseState> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<DatabaseState>((resolve) => {
    timer = setTimeout(() => resolve('down'), timeoutMs);
  });
  const probe = dataSource.query('SELECT 1').then(
    () => 'up' as const,
    () => 'down' as const,
  );
  try {
    return await Promise.race([probe, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * GET /healthz for load balancers and the e2e web server: 200 {status:"ok",database:"up"} when
 * the database answers, 503 {status:"unavailable",database:"down"} when it does not. Never cached.
 */
export function healthHandler(dataSource: DataSource, timeoutMs = DEFAULT_HEALTH_TIMEOUT_MS): RequestHandler {
  return async (_req, res) => {
    const database = await probeDatabase(dataSource, timeoutMs);
    res.setHeader('Cache-Control', 'no-store');
    if (database === 'up') res.json({ status: 'ok', database });
    else res.status(503).json({ status: 'unavailable', database });
  };
}
