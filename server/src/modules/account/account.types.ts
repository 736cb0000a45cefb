import { Field, ID, InputType, ObjectType, createUnionType } from 'type-graphql';
import { Kecamatan } from '../region/kecamatan.entity.js';
import { Role } from '../auth/user.entity.js';
import { User } from '../auth/auth.types.js';
import { ValidationError } from '../../graphql/results.js';

@ObjectType({ description: 'A user account as an admin manages it.' })
export class UserAccount {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => String, { description: 'Sign-in name, lower-case, e.g. "op-3275-09".' })
  username: string;

  @Field(() => String, { description: 'Name to show.' })
  displayName: string;

  @Field(() => Role, { description: 'ADMIN, EVALUATOR, OPERATOR or INTEGRATOR (another system: API tokens only).' })
  role: Role;

  @Field(() => Kecamatan, { nullable: true, description: 'The kecamatan of an operator; null for other roles.' })
  kecamatan: Kecamatan | null;

  @Field(() => Boolean, { description: 'False once deactivated: cannot sign in, and its sessions were ended.' })
  active: boolean;

  @Field(() => Boolean, { description: 'True until the user replaces a password an admin set.' })
  mustChangePassword: boolean;

  @Field(() => Date, {
    nullable: true,
    description:
      'Last successful sign-in (for an INTEGRATOR: last use of one of its tokens, to within a minute); null if never.',
  })
  lastLoginAt: Date | null;

  @Field(() => Date, { description: 'When the account was created.' })
  createdAt: Date;
}

@InputType({
  description: 'A new user account. Its password must be changed at first sign-in; an INTEGRATOR account has none.',
})
export class CreateUserInput {
  @Field(() => String, {
    description: 'Sign-in name: 3–60 characters of a–z, 0–9, ".", "_", "-" (stored lower-case); unique.',
  })
  username: string;

  @Field(() => String, { description: 'Name to show, 1–200 characters.' })
  displayName: string;

  @Field(() => Role, {
    description:
      'ADMIN, EVALUATOR, OPERATOR, or INTEGRATOR for another system (no password, no kecamatan; the admin then creates its API tokens).',
  })
  role: Role;

  @Field(() => String, {
    nullable: true,
    description: 'Kecamatan code, e.g. "32.75.09": required for OPERATOR, must be empty otherwise.',
  })
  kecamatanCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Initial password: at least 10 characters, not a common password, not the username. Required for every role except INTEGRATOR, for which it must be empty.',
  })
  password?: string | null;
}

@InputType({ description: 'Changes to a user account (the username never changes).' })
export class UpdateUserInput {
  @Field(() => ID, { description: 'UserAccount.id.' })
  id: string;

  @Field(() => String, { description: 'Name to show, 1–200 characters.' })
  displayName: string;

  @Field(() => Role, {
    description:
      'ADMIN, EVALUATOR or OPERATOR; an INTEGRATOR account keeps INTEGRATOR (no other role can change into or out of it).',
  })
  role: Role;

  @Field(() => String, {
    nullable: true,
    description: 'Kecamatan code: required for OPERATOR, must be empty otherwise.',
  })
  kecamatanCode?: string | null;
}

export const UserAccountResult = createUnionType({
  name: 'UserAccountResult',
  description: 'The account as saved, or why the input was refused (nothing changed).',
  types: () => [UserAccount, ValidationError] as const,
});

export const ChangePasswordResult = createUnionType({
  name: 'ChangePasswordResult',
  description: 'The signed-in user (mustChangePassword now false), or why the new password was refused.',
  types: () => [User, ValidationError] as const,
});
