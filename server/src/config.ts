import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Root of the repository (server/src/.. /..). */
export const PROJECT_ROOT = path.resolve(here, '..', '..');

export interface AppConfig {
  port: number;
  /** A PostgreSQL URL; when absent the embedded PostgreSQL (PGlite) is used. */
  databaseUrl: string | null;
  /** Pool size towards a server PostgreSQL (DATABASE_POOL_MAX, default 10). */
  databasePoolMax: number;
  /** Folder of the embedded database's files. */
  embeddedDataDir: string;
  /** Built SPA to serve; skipped when the folder has no index.html. */
  clientDistDir: string;
  sessionTtlHours: number;
  /** Set the Secure flag on the session cookie (behind HTTPS). */
  secureCookies: boolean;
  seedDemoUsers: boolean;
  /** tus's incomplete uploads (resumable; abandoned ones expire after a day). */
  uploadDir: string;
  /** Accepted evidence files, named by their generated storage key. */
  evidenceDir: string;
  /** Largest evidence file accepted, in bytes. */
  maxUploadBytes: number;
  /** E-mail digests of notifications: off unless set (e.g. smtp://user:pass@smtp.example.org:587). */
  smtpUrl: string | null;
  /** The digests' sender. */
  smtpFrom: string;
  /** Where users reach the app, for the links in e-mails. */
  publicUrl: string;
}

/** 10 MB: a scanned multi-page SK or a phone photo fits; a video does not. */
export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const DEFAULT_UPLOAD_DIR = path.join(PROJECT_ROOT, '.data', 'uploads');
export const DEFAULT_EVIDENCE_DIR = path.join(PROJECT_ROOT, '.data', 'evidence');

function intFromEnv(name: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[name];
  if (raw == null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

/** Like intFromEnv, but 0 is refused too: tus reads a maximum of 0 as "no limit". */
function positiveIntFromEnv(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const value = intFromEnv(name, fallback, env);
  if (value < 1) throw new Error(`${name} must be at least 1, got "${env[name]}"`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: intFromEnv('PORT', 4000, env),
    databaseUrl: env.DATABASE_URL || null,
    databasePoolMax: positiveIntFromEnv('DATABASE_POOL_MAX', 10, env),
    embeddedDataDir: path.resolve(PROJECT_ROOT, env.KECALA_DATA_DIR || '.data/pglite'),
    clientDistDir: path.resolve(PROJECT_ROOT, env.KECALA_CLIENT_DIST || 'client/dist'),
    sessionTtlHours: intFromEnv('SESSION_TTL_HOURS', 24 * 7, env),
    secureCookies: env.COOKIE_SECURE === 'true',
    seedDemoUsers: env.SEED_DEMO_USERS !== 'false',
    uploadDir: env.KECALA_UPLOAD_DIR ? path.resolve(PROJECT_ROOT, env.KECALA_UPLOAD_DIR) : DEFAULT_UPLOAD_DIR,
    evidenceDir: env.KECALA_EVIDENCE_DIR ? path.resolve(PROJECT_ROOT, env.KECALA_EVIDENCE_DIR) : DEFAULT_EVIDENCE_DIR,
    maxUploadBytes: positiveIntFromEnv('KECALA_MAX_UPLOAD_BYTES', DEFAULT_MAX_UPLOAD_BYTES, env),
    smtpUrl: env.SMTP_URL || null,
    smtpFrom: env.SMTP_FROM || 'KECALA Patriot <kecala@localhost>',
    publicUrl: env.KECALA_PUBLIC_URL || `http://localhost:${intFromEnv('PORT', 4000, env)}`,
  };
}
