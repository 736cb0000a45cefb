import { createHash, randomBytes } from 'node:crypto';
import { parse as parseCookies } from 'cookie';
import type { DataSource } from 'typeorm';
import { hasControlCharacter } from '@kecala/domain';
import type { AuthUser, RequestContext, SessionUser } from '../../graphql/request-context.js';
import { recordAudit } from '../audit/audit.service.js';
import { SessionEntity } from './session.entity.js';
import { sessionCache } from './session-cache.js';
import { Role, UserEntity } from './user.entity.js';
import { hashPassword, verifyPassword } from './password.js';
import { InvalidCredentialsError, LoginSuccess, TooManyAttemptsError, type User } from './auth.types.js';
import { authenticateApiToken, isApiTokenSecret } from '../api-token/api-token-auth.js';
import {
  ACCOUNT_POLICY,
  ADDRESS_POLICY,
  clearFailures,
  currentWait,
  recordFailure,
  type ThrottlePolicy,
} from './login-throttle.js';

export const SESSION_COOKIE = 'kecala_session';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

// Compared against when the username is unknown, so both failures take the same time.
const dummyHash = hashPassword('not-a-real-password');

export interface SessionOptions {
  sessionTtlHours: number;
  /** Always mark the cookie Secure (behind a TLS-terminating proxy that does not say so). */
  secureCookies?: boolean;
}

export class AuthService {
  constructor(private readonly options: SessionOptions) {}

  /**
   * Signs in. Failed attempts slow down and then lock, per account and per client address
   * (state in the database, shared by all instances); a blocked attempt checks no password.
   */
  async login(
    ctx: RequestContext,
    username: string,
    password: string,
  ): Promise<LoginSuccess | InvalidCredentialsError | TooManyAttemptsError> {
    const name = username.trim().toLowerCase().slice(0, 60);
    const throttleKeys: Array<[string, ThrottlePolicy]> = [
      [`user:${name}`, ACCOUNT_POLICY],
      [`ip:${ctx.req?.ip ?? 'unknown'}`, ADDRESS_POLICY],
    ];
    const wait = await currentWait(ctx.dataSource.manager, throttleKeys, new Date());
    if (wait) return new TooManyAttemptsError(wait.retryAfterSeconds, wait.locked);
    const refuse = async () => {
      await recordFailure(ctx.dataSource.manager, throttleKeys);
      return new InvalidCredentialsError('INVALID_CREDENTIALS', 'Username or password is incorrect.');
    };
    // No valid password holds a control character (the policy refuses them): refused like a wrong one.
    if (username.length > 60 || password.length > 200 || hasControlCharacter(password)) return refuse();
    const user = await ctx.dataSource.getRepository(UserEntity).findOne({
      where: { username: name },
      relations: { kecamatan: true },
    });
    // An integrator account is an identity for API tokens only: it has no usable password.
    if (user?.role === Role.INTEGRATOR) {
      await recordFailure(ctx.dataSource.manager, throttleKeys);
      return new InvalidCredentialsError(
        'INTEGRATOR_NO_LOGIN',
        'This is an integrator account: it cannot sign in with a password, only read the API with one of its API tokens.',
      );
    }
    const valid = user
      ? await verifyPassword(user.passwordHash, password)
      : await verifyPassword(await dummyHash, password);
    if (!user || !valid || !user.active) return refuse();
    await clearFailures(ctx.dataSource.manager, `user:${name}`);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.options.sessionTtlHours * 3600_000);
    const authUser = toAuthUser(user);
    await ctx.dataSource.transaction(async (manager) => {
      await manager.insert(SessionEntity, { tokenHash: hashToken(token), userId: user.id, expiresAt });
      await manager.update(UserEntity, { id: user.id }, { lastLoginAt: new Date() });
      await recordAudit(
        manager,
        { ...ctx, user: authUser },
        { action: 'LOGIN', entityType: 'User', entityId: user.id },
      );
    });
    ctx.res?.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.options.secureCookies || (ctx.req?.secure ?? false),
      expires: expiresAt,
      path: '/',
    });
    const success = new LoginSuccess();
    success.user = toUser(user);
    success.token = token;
    success.expiresAt = expiresAt;
    return success;
  }

  /** Ends the current session (cookie or bearer); signing out twice is harmless. */
  async logout(ctx: RequestContext): Promise<boolean> {
    if (ctx.sessionTokenHash && ctx.user) {
      const hash = ctx.sessionTokenHash;
      sessionCache.forgetToken(hash);
      await ctx.dataSource.transaction(async (manager) => {
        await manager.delete(SessionEntity, { tokenHash: hash });
        await recordAudit(manager, ctx, { action: 'LOGOUT', entityType: 'User', entityId: ctx.user!.id });
      });
      sessionCache.announce({ tokenHash: hash });
    }
    ctx.res?.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  async me(ctx: RequestContext): Promise<User | null> {
    if (!ctx.user) return null;
    const user = await ctx.dataSource
      .getRepository(UserEntity)
      .findOne({ where: { id: ctx.user.id }, relations: { kecamatan: true } });
    return user ? toUser(user) : null;
  }
}

/** The two request headers that can carry a session token. */
export interface CredentialHeaders {
  authorization?: string | null;
  cookie?: string | null;
}

/**
 * The session token of a request: `Authorization: Bearer <token>` (scripts, the upload client) or
 * the session cookie (the SPA). Used by every HTTP entry point: /graphql, /uploads, /evidence.
 */
export function sessionTokenOf(headers: CredentialHeaders): string | undefined {
  const header = headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  const cookie = parseCookies(headers.cookie ?? '')[SESSION_COOKIE];
  // API tokens authorize only as a bearer header, never as a cookie a browser sends by itself.
  return cookie && !isApiTokenSecret(cookie) ? cookie : undefined;
}

/**
 * Finds who a token stands for: an API token (`kct_…`, bearer only: its read-only INTEGRATOR
 * account, active, no session) or the live session of a token with its active user, in one statement.
 */
export async function authenticateToken(
  dataSource: DataSource,
  token: string | undefined,
): Promise<{ user: AuthUser; tokenHash: string | null } | null> {
  if (!token || token.length > 200) return null;
  if (isApiTokenSecret(token)) {
    const integrator = await authenticateApiToken(dataSource, token);
    return integrator ? { user: integrator, tokenHash: null } : null;
  }
  const tokenHash = hashToken(token);
  // A few seconds in this process's cache (session-cache.ts: what is forgotten when, and the
  // window another process may keep a session).
  const cached = sessionCache.get(tokenHash);
  if (cached) return { user: cached, tokenHash };
  const startedAt = sessionCache.begin();
  // Plain SQL: only the columns an AuthUser needs, no entity hydration.
  const rows: Array<
    Pick<UserEntity, 'id' | 'username' | 'displayName' | 'role' | 'kecamatanCode' | 'mustChangePassword'> & {
      expiresAt: Date;
    }
  > = await dataSource.query(
    `SELECT u."id", u."username", u."displayName", u."role", u."kecamatanCode", u."mustChangePassword", s."expiresAt"
     FROM "session" s JOIN "app_user" u ON u."id" = s."userId"
     WHERE s."tokenHash" = $1 AND s."expiresAt" > now() AND u."active" = true`,
    [tokenHash],
  );
  if (rows.length === 0) return null;
  const user = toAuthUser(rows[0]);
  sessionCache.offer(tokenHash, user, new Date(rows[0].expiresAt), startedAt);
  return { user, tokenHash };
}

/** A session's user: an AuthUser that may also have to change its password first. */
export function toAuthUser(
  user: Pick<UserEntity, 'id' | 'username' | 'displayName' | 'role' | 'kecamatanCode' | 'mustChangePassword'>,
): SessionUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    kecamatanCode: user.kecamatanCode,
    mustChangePassword: user.mustChangePassword,
  };
}

export function toUser(entity: UserEntity): User {
  return {
    id: entity.id,
    username: entity.username,
    displayName: entity.displayName,
    role: entity.role,
    kecamatan: entity.kecamatan ?? null,
    mustChangePassword: entity.mustChangePassword,
  };
}
