import { randomUUID } from 'node:crypto';
import { ACCOUNT_POLICY, currentWait, recordFailure, type ThrottlePolicy } from '../auth/login-throttle.js';
import { Not, type EntityManager } from 'typeorm';
import { PASSWORD_PROBLEM_MESSAGES, USERNAME_PATTERN, passwordProblems } from '@kecala/domain';
import type { RequestContext } from '../../graphql/request-context.js';
import { forbidden } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { NotificationKind } from '../notification/notification-kinds.js';
import { notify } from '../notification/notify.js';
import type { SessionUser } from '../../graphql/request-context.js';
import { SESSION_COOKIE, toUser } from '../auth/auth.service.js';
import { User } from '../auth/auth.types.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { isReadOnly } from '../auth/read-only.js';
import { SessionEntity } from '../auth/session.entity.js';
import { forgettingSessionsOf } from '../auth/session-cache.js';
import { Role, UserEntity } from '../auth/user.entity.js';
import { Kecamatan } from '../region/kecamatan.entity.js';
import { ValidationError, type FieldError } from '../../graphql/results.js';
import { UserAccount, type CreateUserInput, type UpdateUserInput } from './account.types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ACCOUNT_ROLES: readonly Role[] = [Role.ADMIN, Role.EVALUATOR, Role.OPERATOR, Role.INTEGRATOR];
/** Stored for INTEGRATOR accounts: not an argon2 hash, so no password ever verifies against it. */
const UNUSABLE_PASSWORD_HASH = '!';
const MAX_DISPLAY_NAME = 200;

const fieldError = (field: string, code: string, message: string): FieldError => ({ field, code, message });

/** Policy problems of a new password, as field errors of `field`. Pure. */
function passwordFieldErrors(field: string, password: string, username: string): FieldError[] {
  return passwordProblems(password, username).map((code) =>
    fieldError(field, code, `${field} ${PASSWORD_PROBLEM_MESSAGES[code]}`),
  );
}

/** Display name, role and kecamatan rules shared by create and update. Kecamatan existence is checked by the caller. */
function profileErrors(input: { displayName: string; role: Role; kecamatanCode?: string | null }): FieldError[] {
  const errors: FieldError[] = [];
  const name = input.displayName.trim();
  if (name === '') errors.push(fieldError('displayName', 'REQUIRED', 'displayName is required'));
  else if (name.length > MAX_DISPLAY_NAME)
    errors.push(fieldError('displayName', 'TOO_LONG', `displayName must be at most ${MAX_DISPLAY_NAME} characters`));
  if (!ACCOUNT_ROLES.includes(input.role))
    errors.push(fieldError('role', 'INVALID_ROLE', 'role must be ADMIN, EVALUATOR, OPERATOR or INTEGRATOR'));
  const code = input.kecamatanCode?.trim() || null;
  if (input.role === Role.OPERATOR && !code)
    errors.push(fieldError('kecamatanCode', 'REQUIRED', 'kecamatanCode is required for an operator'));
  if (input.role !== Role.OPERATOR && code)
    errors.push(fieldError('kecamatanCode', 'NOT_ALLOWED', 'kecamatanCode is only for operators'));
  return errors;
}

async function kecamatanError(manager: EntityManager, code: string | null): Promise<FieldError | null> {
  if (!code) return null;
  const found = await manager.existsBy(Kecamatan, { code });
  return found
    ? null
    : fieldError('kecamatanCode', 'NOT_FOUND', `kecamatanCode ${code} is not a kecamatan of the city`);
}

function toAccount(row: UserEntity): UserAccount {
  return Object.assign(new UserAccount(), {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    kecamatan: row.kecamatan ?? null,
    active: row.active,
    mustChangePassword: row.mustChangePassword,
    lastLoginAt: row.lastLoginAt,
    createdAt: row.createdAt,
  });
}

/** What the audit trail keeps of an account: never a password hash. */
function auditView(
  row: Pick<UserEntity, 'username' | 'displayName' | 'role' | 'kecamatanCode' | 'active'>,
): Record<string, unknown> {
  return {
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    kecamatanCode: row.kecamatanCode,
    active: row.active,
  };
}

function assertAdmin(ctx: RequestContext): void {
  if (ctx.user?.role !== Role.ADMIN || isReadOnly(ctx.user)) throw forbidden('Only admins manage user accounts.');
}

function assertSignedInUser(
  ctx: RequestContext,
): asserts ctx is RequestContext & { user: NonNullable<RequestContext['user']> } {
  if (!ctx.user) throw forbidden('Sign in first.');
  if (isReadOnly(ctx.user)) throw forbidden('API tokens have no password or sessions.');
}

const notFound = () => new ValidationError([fieldError('id', 'NOT_FOUND', 'id does not name a user account')]);

/**
 * User accounts (admin) and the signed-in user's own password and sessions. Every change is
 * audited in its own transaction; the role is checked here, whatever the resolver says.
 */
export class AccountService {
  async list(ctx: RequestContext): Promise<UserAccount[]> {
    assertAdmin(ctx);
    const rows = await ctx.dataSource
      .getRepository(UserEntity)
      .find({ relations: { kecamatan: true }, order: { role: 'ASC', username: 'ASC' } });
    return rows.map(toAccount);
  }

  /** Creates an account whose password must be changed at first sign-in. */
  async create(ctx: RequestContext, input: CreateUserInput): Promise<UserAccount | ValidationError> {
    assertAdmin(ctx);
    const username = input.username.trim().toLowerCase();
    const errors: FieldError[] = [];
    if (!USERNAME_PATTERN.test(username))
      errors.push(
        fieldError('username', 'INVALID_USERNAME', 'username must be 3–60 characters of a–z, 0–9, ".", "_" or "-"'),
      );
    errors.push(...profileErrors(input));
    const integrator = input.role === Role.INTEGRATOR;
    if (integrator && input.password)
      errors.push(
        fieldError(
          'password',
          'NOT_ALLOWED',
          'password must be empty for an INTEGRATOR account: it reads through API tokens only',
        ),
      );
    if (!integrator) errors.push(...passwordFieldErrors('password', input.password ?? '', username));
    if (errors.length > 0) return new ValidationError(errors);
    const kecamatanCode = input.role === Role.OPERATOR ? input.kecamatanCode!.trim() : null;
    const passwordHash = integrator ? UNUSABLE_PASSWORD_HASH : await hashPassword(input.password!);
    return ctx.dataSource.transaction(async (manager) => {
      const refused = [
        (await manager.existsBy(UserEntity, { username }))
          ? fieldError('username', 'TAKEN', `username ${username} is already used`)
          : null,
        await kecamatanError(manager, kecamatanCode),
      ].filter((e): e is FieldError => e != null);
      if (refused.length > 0) return new ValidationError(refused);
      const id = randomUUID();
      const row = {
        id,
        username,
        displayName: input.displayName.trim(),
        passwordHash,
        role: input.role,
        kecamatanCode,
        active: true,
        mustChangePassword: !integrator,
      };
      await manager.insert(UserEntity, row);
      await recordAudit(manager, ctx, {
        action: 'USER_CREATED',
        entityType: 'User',
        entityId: id,
        after: auditView(row),
      });
      return toAccount(await manager.findOneOrFail(UserEntity, { where: { id }, relations: { kecamatan: true } }));
    });
  }

  async update(ctx: RequestContext, input: UpdateUserInput): Promise<UserAccount | ValidationError> {
    assertAdmin(ctx);
    if (!UUID.test(input.id)) return notFound();
    const errors = profileErrors(input);
    if (input.id === ctx.user!.id && input.role !== Role.ADMIN)
      errors.push(fieldError('role', 'SELF', 'you cannot take the ADMIN role from yourself'));
    if (errors.length > 0) return new ValidationError(errors);
    const kecamatanCode = input.role === Role.OPERATOR ? input.kecamatanCode!.trim() : null;
    return forgettingSessionsOf(input.id, () =>
      ctx.dataSource.transaction(async (manager) => {
        const row = await manager.findOne(UserEntity, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
        if (!row) return notFound();
        // A person's account has a password and sessions, an integrator's has tokens: neither becomes the other.
        if ((row.role === Role.INTEGRATOR) !== (input.role === Role.INTEGRATOR)) {
          return new ValidationError([
            fieldError(
              'role',
              'INTEGRATOR_FIXED',
              'an INTEGRATOR account stays one, and no other account becomes one: create a new account instead',
            ),
          ]);
        }
        const missing = await kecamatanError(manager, kecamatanCode);
        if (missing) return new ValidationError([missing]);
        const changes = { displayName: input.displayName.trim(), role: input.role, kecamatanCode };
        await manager.update(UserEntity, { id: row.id }, changes);
        // A new role or kecamatan changes what the user may do: end the sessions that carry the old one.
        if (row.role !== changes.role || row.kecamatanCode !== changes.kecamatanCode) {
          await manager.delete(SessionEntity, {
            userId: row.id,
            ...(row.id === ctx.user!.id && ctx.sessionTokenHash ? { tokenHash: Not(ctx.sessionTokenHash) } : {}),
          });
        }
        await recordAudit(manager, ctx, {
          action: 'USER_UPDATED',
          entityType: 'User',
          entityId: row.id,
          before: auditView(row),
          after: auditView({ ...row, ...changes }),
        });
        return toAccount(
          await manager.findOneOrFail(UserEntity, { where: { id: row.id }, relations: { kecamatan: true } }),
        );
      }),
    );
  }

  /** Deactivating ends every session of the user (for an integrator: stops its API tokens) at once; activating lets them in again. */
  async setActive(ctx: RequestContext, id: string, active: boolean): Promise<UserAccount | ValidationError> {
    assertAdmin(ctx);
    if (!UUID.test(id)) return notFound();
    if (id === ctx.user!.id && !active)
      return new ValidationError([fieldError('id', 'SELF', 'you cannot deactivate your own account')]);
    return forgettingSessionsOf(id, () =>
      ctx.dataSource.transaction(async (manager) => {
        const row = await manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!row) return notFound();
        if (row.active !== active) {
          await manager.update(UserEntity, { id }, { active });
          if (!active) await manager.delete(SessionEntity, { userId: id });
          await recordAudit(manager, ctx, {
            action: active ? 'USER_ACTIVATED' : 'USER_DEACTIVATED',
            entityType: 'User',
            entityId: id,
            before: { active: row.active },
            after: { active },
          });
        }
        return toAccount(await manager.findOneOrFail(UserEntity, { where: { id }, relations: { kecamatan: true } }));
      }),
    );
  }

  /** Sets a new password the user must change at next sign-in, and ends the user's sessions. */
  async resetPassword(ctx: RequestContext, id: string, newPassword: string): Promise<UserAccount | ValidationError> {
    assertAdmin(ctx);
    if (!UUID.test(id)) return notFound();
    const target = await ctx.dataSource.getRepository(UserEntity).findOne({ where: { id } });
    if (!target) return notFound();
    if (target.role === Role.INTEGRATOR)
      return new ValidationError([
        fieldError('id', 'INTEGRATOR', 'an INTEGRATOR account has no password: it reads through API tokens'),
      ]);
    const errors = passwordFieldErrors('newPassword', newPassword, target.username);
    if (errors.length > 0) return new ValidationError(errors);
    const passwordHash = await hashPassword(newPassword);
    return forgettingSessionsOf(id, () =>
      ctx.dataSource.transaction(async (manager) => {
        await manager.update(UserEntity, { id }, { passwordHash, mustChangePassword: true });
        await manager.delete(SessionEntity, {
          userId: id,
          ...(id === ctx.user!.id && ctx.sessionTokenHash ? { tokenHash: Not(ctx.sessionTokenHash) } : {}),
        });
        await recordAudit(manager, ctx, {
          action: 'PASSWORD_RESET',
          entityType: 'User',
          entityId: id,
          after: { mustChangePassword: true },
        });
        await notify(manager, {
          kind: NotificationKind.PASSWORD_RESET,
          to: { userId: id },
          params: { username: target.username },
          link: '/kata-sandi',
        });
        return toAccount(await manager.findOneOrFail(UserEntity, { where: { id }, relations: { kecamatan: true } }));
      }),
    );
  }

  /** The signed-in user's own change: clears mustChangePassword, keeps this session, ends the others. */
  async changePassword(
    ctx: RequestContext,
    currentPassword: string,
    newPassword: string,
  ): Promise<User | ValidationError> {
    assertSignedInUser(ctx);
    const row = await ctx.dataSource.getRepository(UserEntity).findOne({ where: { id: ctx.user.id } });
    if (!row) throw forbidden('Sign in first.');
    // Guessing the current password (e.g. from a stolen session) counts like failed sign-ins.
    const throttleKey: Array<[string, ThrottlePolicy]> = [[`user:${row.username}`, ACCOUNT_POLICY]];
    const wait = await currentWait(ctx.dataSource.manager, throttleKey, new Date());
    if (wait) {
      return new ValidationError([
        fieldError(
          'currentPassword',
          'TOO_MANY_ATTEMPTS',
          `too many wrong passwords: try again in ${wait.retryAfterSeconds} second(s)`,
        ),
      ]);
    }
    const errors: FieldError[] = [];
    if (currentPassword.length > 200 || !(await verifyPassword(row.passwordHash, currentPassword))) {
      await recordFailure(ctx.dataSource.manager, throttleKey);
      errors.push(fieldError('currentPassword', 'WRONG_PASSWORD', 'currentPassword is not your current password'));
    }
    errors.push(...passwordFieldErrors('newPassword', newPassword, row.username));
    if (errors.length === 0 && newPassword === currentPassword)
      errors.push(fieldError('newPassword', 'UNCHANGED', 'newPassword must differ from the current one'));
    if (errors.length > 0) return new ValidationError(errors);
    const passwordHash = await hashPassword(newPassword);
    const keep = ctx.sessionTokenHash;
    const saved = await forgettingSessionsOf(row.id, () =>
      ctx.dataSource.transaction(async (manager) => {
        await manager.update(UserEntity, { id: row.id }, { passwordHash, mustChangePassword: false });
        await manager.delete(SessionEntity, keep ? { userId: row.id, tokenHash: Not(keep) } : { userId: row.id });
        await recordAudit(manager, ctx, {
          action: 'PASSWORD_CHANGED',
          entityType: 'User',
          entityId: row.id,
          before: { mustChangePassword: row.mustChangePassword },
          after: { mustChangePassword: false },
        });
        return manager.findOneOrFail(UserEntity, { where: { id: row.id }, relations: { kecamatan: true } });
      }),
    );
    (ctx.user as SessionUser).mustChangePassword = false;
    // A class instance, so the ChangePasswordResult union resolves it as User.
    return Object.assign(new User(), toUser(saved));
  }

  /** Ends every session of the signed-in user, this one included. */
  async logoutEverywhere(ctx: RequestContext): Promise<boolean> {
    assertSignedInUser(ctx);
    const userId = ctx.user.id;
    await forgettingSessionsOf(userId, () =>
      ctx.dataSource.transaction(async (manager) => {
        await manager.delete(SessionEntity, { userId });
        await recordAudit(manager, ctx, { action: 'LOGOUT_EVERYWHERE', entityType: 'User', entityId: userId });
      }),
    );
    ctx.res?.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }
}
