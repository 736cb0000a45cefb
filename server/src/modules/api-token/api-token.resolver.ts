import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { Role } from '../auth/user.entity.js';
import { ApiTokenService } from './api-token.service.js';
import { ApiToken, CreateApiTokenInput, CreateApiTokenResult, RevokeApiTokenResult } from './api-token.types.js';

@Resolver()
export class ApiTokenResolver {
  constructor(private readonly tokens: ApiTokenService) {}

  @Authorized([Role.ADMIN])
  @Query(() => [ApiToken], { description: 'Admin: every API token, newest first, revoked ones included.' })
  apiTokens(@Ctx() ctx: RequestContext): Promise<ApiToken[]> {
    return this.tokens.list(ctx);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => CreateApiTokenResult, {
    description:
      'Admin: create a read-only API token for an INTEGRATOR account; its secret is in the reply only. Audited.',
  })
  createApiToken(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateApiTokenInput, { description: 'Name of the token and its INTEGRATOR account.' })
    input: CreateApiTokenInput,
  ): Promise<typeof CreateApiTokenResult> {
    return this.tokens.create(ctx, input);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => RevokeApiTokenResult, { description: 'Admin: revoke an API token; it stops working at once.' })
  revokeApiToken(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'ApiToken.id of the token to revoke.' }) id: string,
  ): Promise<typeof RevokeApiTokenResult> {
    return this.tokens.revoke(ctx, id);
  }
}
