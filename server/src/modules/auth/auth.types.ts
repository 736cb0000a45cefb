import { Field, ID, Int, ObjectType, createUnionType } from 'type-graphql';
import { Kecamatan } from '../region/kecamatan.entity.js';
import { Role } from './user.entity.js';
import { ErrorResult } from '../../graphql/error-result.js';

@ObjectType({ description: 'A signed-in person.' })
export class User {
  @Field(() => ID, { description: "Identifier (for an API token: its INTEGRATOR account's)." })
  id: string;

  @Field(() => String, { description: "Sign-in name (for an API token: its INTEGRATOR account's username)." })
  username: string;

  @Field(() => String, { description: 'Name to show.' })
  displayName: string;

  @Field(() => Role, { description: 'What they may do.' })
  role: Role;

  @Field(() => Kecamatan, { nullable: true, description: 'The kecamatan an operator enters data for.' })
  kecamatan: Kecamatan | null;

  @Field(() => Boolean, {
    description:
      'True after an admin created the account or reset its password: only changePassword, logout and logoutEverywhere are accepted until a new password is chosen.',
  })
  mustChangePassword: boolean;
}

@ObjectType({ description: 'Sign-in succeeded; the session cookie is set as well.' })
export class LoginSuccess {
  @Field(() => User, { description: 'Who signed in.' })
  user: User;

  @Field(() => String, {
    description: 'Session token, for clients that send `Authorization: Bearer` instead of the cookie.',
  })
  token: string;

  @Field(() => Date, { description: 'When the session ends.' })
  expiresAt: Date;
}

@ObjectType({
  implements: ErrorResult,
  description:
    'Unknown username, wrong password or inactive account (code INVALID_CREDENTIALS), or an integrator account, which never signs in (code INTEGRATOR_NO_LOGIN).',
})
export class InvalidCredentialsError extends ErrorResult {}

@ObjectType({
  implements: ErrorResult,
  description: 'Too many failed sign-ins: wait, or the account or address is locked for a while.',
})
export class TooManyAttemptsError extends ErrorResult {
  @Field(() => Int, { description: 'Seconds until the next attempt is accepted.' })
  retryAfterSeconds: number;

  @Field(() => Boolean, { description: 'True when locked (after many failures), false when only slowed down.' })
  locked: boolean;

  constructor(retryAfterSeconds: number, locked: boolean) {
    super(
      'TOO_MANY_ATTEMPTS',
      locked
        ? `Too many failed sign-ins: locked for ${Math.ceil(retryAfterSeconds / 60)} minute(s).`
        : `Too many failed sign-ins: try again in ${retryAfterSeconds} second(s).`,
    );
    this.retryAfterSeconds = retryAfterSeconds;
    this.locked = locked;
  }
}

export const LoginResult = createUnionType({
  name: 'LoginResult',
  description: 'A session, or why sign-in was refused.',
  types: () => [LoginSuccess, InvalidCredentialsError, TooManyAttemptsError] as const,
});
