import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../graphql/request-context.js';
import { Role } from '../auth/user.entity.js';
import { ApiTokenEntity } from './api-token.entity.js';

/** Every API token secret starts with this, so a bearer token says which table to look in (and leaks are easy to grep for). */
export const API_TOKEN_PREFIX = 'kct_';

/** lastUsedAt is refreshed at most this often per token: a read should not cost a write. */
const LAST_USED_RESOLUTION_MS = 60_000;

export function isApiTokenSecret(token: string): boolean {
  return token.startsWith(API_TOKEN_PREFIX);
}

/** A new secret: the prefix and 256 random bits. */
export function generateApiTokenSecret(): string {
  return API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function hashApiTokenSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Whether lastUsedAt is old enough to be written again. Pure. */
export function lastUsedIsStale(lastUsedAt: Date | null, now: Date): boolean {
  return lastUsedAt == null || now.getTime() - lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS;
}

/** The read-only identity of an API token as every service sees it: its INTEGRATOR account. */
export function integratorOf(account: { id: string; username: string; displayName: string }): AuthUser {
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    role: Role.INTEGRATOR,
    kecamatanCode: null,
  };
}

/**
 * Authenticates an API token secret: one statement (the token, not revoked, with its active
 * INTEGRATOR account), plus one conditional UPDATE of lastUsedAt (the token's, and the account's
 * lastLoginAt) at most once a minute. The UPDATE re-checks the age itself, so several server
 * instances still write it at most once a minute between them.
 */
export async function authenticateApiToken(dataSource: DataSource, secret: string): Promise<AuthUser | null> {
  const tokenHash = hashApiTokenSecret(secret);
  const token = await dataSource
    .getRepository(ApiTokenEntity)
    .createQueryBuilder('token')
    .innerJoinAndSelect('token.user', 'user')
    .where('token.tokenHash = :tokenHash', { tokenHash })
    .andWhere('token.revokedAt IS NULL')
    .andWhere('user.active = true')
    .andWhere('user.role = :role', { role: Role.INTEGRATOR })
    .getOne();
  if (!token) return null;
  if (lastUsedIsStale(token.lastUsedAt, new Date())) {
    await dataSource.query(
      `WITH used AS (
         UPDATE api_token SET "lastUsedAt" = now()
         WHERE id = $1 AND ("lastUsedAt" IS NULL OR "lastUsedAt" <= now() - make_interval(secs => $2))
         RETURNING "userId")
       UPDATE app_user SET "lastLoginAt" = now() WHERE id IN (SELECT "userId" FROM used)`,
      [token.id, LAST_USED_RESOLUTION_MS / 1000],
    );
  }
  return integratorOf(token.user);
}
