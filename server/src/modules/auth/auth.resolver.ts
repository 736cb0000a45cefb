import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { AuthService } from './auth.service.js';
import { LoginResult, User } from './auth.types.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Ctx() ctx: RequestContext): Promise<User | null> {
    return this.auth.me(ctx);
  }

  @Mutation(() => LoginResult, { description: 'Signs in; sets an httpOnly session cookie and returns a bearer token.' })
  login(
    @Ctx() ctx: RequestContext,
    @Arg('username', () => String, { description: 'Username, e.g. "op-3275-09".' }) username: string,
    @Arg('password', () => String, { description: 'Password.' }) password: string,
  ): Promise<typeof LoginResult> {
    return this.auth.login(ctx, username, password);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session.' })
  logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.auth.logout(ctx);
  }
}
