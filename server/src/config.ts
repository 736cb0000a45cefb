import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Root of the repository (server/src/.. /..). */
export const PROJECT_ROOT = path.resolve(here, '..', '..');

export interface AppConfig {
  port: number;
  /** A PostgreSQL URL; when absent the embedded PostgreSQL (PGlite) is used. */
  databaseUrl: string | null;
  /** Folder of the embedded database's files. */
  embeddedDataDir: string;
  /** Built SPA to serve; skipped when the folder has no index.html. */
  clientDistDir: string;
  sessionTtlHours: number;
  /** Set the Secure flag on the session cookie (behind HTTPS). */
  secureCookies: boolean;
  seedDemoUsers: boolean;
}

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw == null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: intFromEnv('PORT', 4000),
    databaseUrl: env.DATABASE_URL || null,
    embeddedDataDir: path.resolve(PROJECT_ROOT, env.KECALA_DATA_DIR || '.data/pglite'),
    clientDistDir: path.resolve(PROJECT_ROOT, env.KECALA_CLIENT_DIST || 'client/dist'),
    sessionTtlHours: intFromEnv('SESSION_TTL_HOURS', 24 * 7),
    secureCookies: env.COOKIE_SECURE === 'true',
    seedDemoUsers: env.SEED_DEMO_USERS !== 'false',
  };
}
