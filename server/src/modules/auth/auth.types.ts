import { Field, ID, ObjectType, createUnionType } from 'type-graphql';
import { Kecamatan } from '../region/kecamatan.entity.js';
import { Role } from './user.entity.js';
import { ErrorResult } from '../../graphql/error-result.js';

@ObjectType({ description: 'A signed-in person.' })
export class User {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  username: string;

  @Field(() => String)
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => Kecamatan, { nullable: true, description: 'The kecamatan an operator enters data for.' })
  kecamatan: Kecamatan | null;
}

@ObjectType({ description: 'Sign-in succeeded; the session cookie is set as well.' })
export class LoginSuccess {
  @Field(() => User)
  user: User;

  @Field(() => String, { description: 'Session token, for clients that send `Authorization: Bearer` instead of the cookie.' })
  token: string;

  @Field(() => Date)
  expiresAt: Date;
}

@ObjectType({ implements: ErrorResult, description: 'Unknown username, wrong password or inactive account.' })
export class InvalidCredentialsError extends ErrorResult {}

export const LoginResult = createUnionType({
  name: 'LoginResult',
  types: () => [LoginSuccess, InvalidCredentialsError] as const,
});
