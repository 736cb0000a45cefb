import { Field, ID, InputType, ObjectType, createUnionType } from 'type-graphql';
import { UserSummary, ValidationError } from '../../graphql/results.js';

@ObjectType({ description: 'The INTEGRATOR account an API token belongs to.' })
export class TokenIntegrator {
  @Field(() => ID, { description: 'UserAccount.id of the account.' })
  id: string;

  @Field(() => String, { description: 'Its username; audit entries of the token name it.' })
  username: string;

  @Field(() => String, { description: 'Name to show, e.g. "Satu Data Kota Bekasi".' })
  displayName: string;

  @Field(() => Boolean, { description: 'False once deactivated: then none of its tokens works.' })
  active: boolean;
}

@ObjectType({
  description:
    'A read-only API token of another system, belonging to its INTEGRATOR account. Its secret is never shown again after creation.',
})
export class ApiToken {
  @Field(() => ID, { description: 'Identifier, to revoke it.' })
  id: string;

  @Field(() => String, { description: 'What the token is for, e.g. "Satu Data Kota Bekasi".' })
  name: string;

  @Field(() => TokenIntegrator, {
    description:
      "The INTEGRATOR account the token acts as: its requests are that account's, and deactivating the account stops the token at once.",
  })
  integrator: TokenIntegrator;

  @Field(() => UserSummary, {
    nullable: true,
    description: 'The admin who created it (null when that account was deleted).',
  })
  createdBy: UserSummary | null;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was revoked; a revoked token authenticates nothing. Null while active.',
  })
  revokedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When it last authenticated a request, to within a minute; null if never used.',
  })
  lastUsedAt: Date | null;
}

@ObjectType({ description: 'A new API token and its secret.' })
export class ApiTokenCreated {
  @Field(() => ApiToken, { description: 'The token as listed by apiTokens.' })
  token: ApiToken;

  @Field(() => String, {
    description:
      'The secret (starts with "kct_"), shown only this once: send it as `Authorization: Bearer <secret>`. Only its SHA-256 is stored.',
  })
  secret: string;
}

@InputType({ description: 'A new API token for an INTEGRATOR account.' })
export class CreateApiTokenInput {
  @Field(() => String, { description: 'What it is for, 1–100 characters, e.g. "Satu Data Kota Bekasi".' })
  name: string;

  @Field(() => ID, {
    description:
      'UserAccount.id of the active INTEGRATOR account the token acts as (create one with createUser, role INTEGRATOR).',
  })
  integratorId: string;
}

export const CreateApiTokenResult = createUnionType({
  name: 'CreateApiTokenResult',
  description: 'The created token and its secret, or why the input was refused.',
  types: () => [ApiTokenCreated, ValidationError] as const,
});

export const RevokeApiTokenResult = createUnionType({
  name: 'RevokeApiTokenResult',
  description: 'The revoked token (revoking twice changes nothing), or ValidationError for an unknown id.',
  types: () => [ApiToken, ValidationError] as const,
});
