import { describe } from 'vitest';
import { serverPostgresAvailable } from './postgres.js';
import type { Backend } from './test-server.js';

/**
 * Declares the describe block "<title> on <backend> PostgreSQL": it runs on the embedded database
 * always, on the server PostgreSQL when one answers (and is skipped otherwise).
 */
export async function describeOn(backend: Backend, title: string, body: () => void): Promise<void> {
  const available = backend === 'embedded' || (await serverPostgresAvailable());
  describe.skipIf(!available)(`${title} on ${backend} PostgreSQL`, body);
}
