import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../graphql/request-context.js';
import { forbidden } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { Role, UserEntity } from '../auth/user.entity.js';
import { ValidationError } from '../../graphql/results.js';
import { ApiTokenEntity } from './api-token.entity.js';
import { generateApiTokenSecret, hashApiTokenSecret } from './api-token-auth.js';
import { ApiToken, ApiTokenCreated, TokenIntegrator, type CreateApiTokenInput } from './api-token.types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_TOKEN_NAME_LENGTH = 100;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

function invalid(field: string, code: string, message: string): ValidationError {
  return new ValidationError([{ field, code, message }]);
}

/** Checks an API token name: required, at most 100 characters, one line. Pure. */
export function tokenNameErrors(name: string): ValidationError | null {
  const trimmed = name.trim();
  if (trimmed === '') return invalid('name', 'REQUIRED', 'name is required: say what the token is for');
  if (trimmed.length > MAX_TOKEN_NAME_LENGTH)
    return invalid('name', 'TOO_LONG', `name must be at most ${MAX_TOKEN_NAME_LENGTH} characters`);
  if (CONTROL_CHARACTERS.test(trimmed)) return invalid('name', 'INVALID_CHARACTERS', 'name must be one line of text');
  return null;
}

/** Admin-managed API tokens. Services check the role themselves, whatever the resolver says. */
export class ApiTokenService {
  async list(ctx: RequestContext): Promise<ApiToken[]> {
    assertAdmin(ctx);
    const rows = await ctx.dataSource
      .getRepository(ApiTokenEntity)
      .find({ relations: { createdBy: true, user: true }, order: { createdAt: 'DESC', id: 'ASC' } });
    return rows.map(toApiToken);
  }

  /** Creates a token; the secret is returned once and only its hash is stored. Audited in the same transaction. */
  async create(ctx: RequestContext, input: CreateApiTokenInput): Promise<ApiTokenCreated | ValidationError> {
    assertAdmin(ctx);
    const refused = tokenNameErrors(input.name);
    if (refused) return refused;
    if (!UUID.test(input.integratorId))
      return invalid('integratorId', 'NOT_FOUND', 'integratorId does not name a user account');
    const secret = generateApiTokenSecret();
    const id = randomUUID();
    const name = input.name.trim();
    const row = await ctx.dataSource.transaction(async (manager) => {
      // Locked so that a concurrent deactivation cannot slip between the check and the insert.
      const account = await manager.findOne(UserEntity, {
        where: { id: input.integratorId },
        lock: { mode: 'pessimistic_read' },
      });
      if (!account) return invalid('integratorId', 'NOT_FOUND', 'integratorId does not name a user account');
      if (account.role !== Role.INTEGRATOR)
        return invalid(
          'integratorId',
          'NOT_INTEGRATOR',
          `${account.username} is not an INTEGRATOR account: tokens belong to integrator accounts only`,
        );
      if (!account.active)
        return invalid('integratorId', 'INACTIVE', `${account.username} is deactivated: reactivate it first`);
      await manager.insert(ApiTokenEntity, {
        id,
        name,
        tokenHash: hashApiTokenSecret(secret),
        userId: account.id,
        createdById: ctx.user!.id,
      });
      await recordAudit(manager, ctx, {
        action: 'API_TOKEN_CREATED',
        entityType: 'ApiToken',
        entityId: id,
        after: { name, integrator: account.username },
      });
      return manager.findOneOrFail(ApiTokenEntity, { where: { id }, relations: { createdBy: true, user: true } });
    });
    if (row instanceof ValidationError) return row;
    return Object.assign(new ApiTokenCreated(), { token: toApiToken(row), secret });
  }

  /** Revokes a token at once (the next request with it is anonymous). Revoking twice changes nothing. */
  async revoke(ctx: RequestContext, id: string): Promise<ApiToken | ValidationError> {
    assertAdmin(ctx);
    if (!UUID.test(id)) return invalid('id', 'NOT_FOUND', 'id does not name an API token');
    return ctx.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(ApiTokenEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) return invalid('id', 'NOT_FOUND', 'id does not name an API token');
      if (!row.revokedAt) {
        const revokedAt = new Date();
        await manager.update(ApiTokenEntity, { id }, { revokedAt });
        await recordAudit(manager, ctx, {
          action: 'API_TOKEN_REVOKED',
          entityType: 'ApiToken',
          entityId: id,
          before: { name: row.name, revokedAt: null },
          after: { name: row.name, revokedAt: revokedAt.toISOString() },
        });
      }
      return toApiToken(
        await manager.findOneOrFail(ApiTokenEntity, { where: { id }, relations: { createdBy: true, user: true } }),
      );
    });
  }
}

function assertAdmin(ctx: RequestContext): void {
  if (ctx.user?.role !== Role.ADMIN) throw forbidden('Only admins manage API tokens.');
}

function toApiToken(row: ApiTokenEntity): ApiToken {
  return Object.assign(new ApiToken(), {
    id: row.id,
    name: row.name,
    integrator: Object.assign(new TokenIntegrator(), {
      id: row.user.id,
      username: row.user.username,
      displayName: row.user.displayName,
      active: row.user.active,
    }),
    createdBy: row.createdBy ? { username: row.createdBy.username, displayName: row.createdBy.displayName } : null,
    createdAt: row.createdAt,
    revokedAt: row.revokedAt,
    lastUsedAt: row.lastUsedAt,
  });
}
