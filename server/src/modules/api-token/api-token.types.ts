import { Field, ID, InputType, ObjectType, createUnionType } from 'type-graphql';
import { UserSummary, ValidationError } from '../submission/submission.types.js';

@ObjectType({ description: 'A read-only API token of another system. Its secret is never shown again after creation.' })
export class ApiToken {
  @Field(() => ID, { description: 'Identifier, to revoke it.' })
  id: string;

  @Field(() => String, { description: 'What the token is for, e.g. "Satu Data Kota Bekasi".' })
  name: string;

  @Field(() => UserSummary, { nullable: true, description: 'The admin who created it (null when that account was deleted).' })
  createdBy: UserSummary | null;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; a revoked token authenticates nothing. Null while active.' })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it last authenticated a request, to within a minute; null if never used.' })
  lastUsedAt: Date | null;
}

@ObjectType({ description: 'A new API token and its secret.' })
export class ApiTokenCreated {
  @Field(() => ApiToken, { description: 'The token as listed by apiTokens.' })
  token: ApiToken;

  @Field(() => String, {
    description: 'The secret (starts with "kct_"), shown only this once: send it as `Authorization: Bearer <secret>`. Only its SHA-256 is stored.',
  })
  secret: string;
}

@InputType({ description: 'A new API token.' })
export class CreateApiTokenInput {
  @Field(() => String, { description: 'What it is for, 1–100 characters, e.g. "Satu Data Kota Bekasi".' })
  name: string;
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
