import 'reflect-metadata';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../../graphql/request-context.js';
import { undescribedSchemaElements } from '../../graphql/schema-descriptions.js';
import { authChecker } from '../auth/auth-checker.js';
import { Role } from '../auth/user.entity.js';
import {
  API_TOKEN_PREFIX,
  generateApiTokenSecret,
  hashApiTokenSecret,
  integratorOf,
  lastUsedIsStale,
} from './api-token-auth.js';
import { tokenNameErrors } from './api-token.service.js';

describe('API token secrets', () => {
  it('are prefixed, random, and stored as a SHA-256', () => {
    const a = generateApiTokenSecret();
    expect(a.startsWith(API_TOKEN_PREFIX)).toBe(true);
    expect(a).not.toBe(generateApiTokenSecret());
    expect(hashApiTokenSecret(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiTokenSecret(a)).not.toContain(a.slice(4));
  });
  it('refresh lastUsedAt at most once a minute', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    expect(lastUsedIsStale(null, now)).toBe(true);
    expect(lastUsedIsStale(new Date(now.getTime() - 59_999), now)).toBe(false);
    expect(lastUsedIsStale(new Date(now.getTime() - 60_000), now)).toBe(true);
  });
  it('check names', () => {
    expect(tokenNameErrors('Satu Data')).toBeNull();
    expect(tokenNameErrors(' ')?.fieldErrors[0]).toMatchObject({ field: 'name', code: 'REQUIRED' });
    expect(tokenNameErrors('x'.repeat(101))?.fieldErrors[0]).toMatchObject({ code: 'TOO_LONG' });
  });
});

describe('authChecker with an API token', () => {
  const query = new GraphQLObjectType({ name: 'Query', fields: { a: { type: GraphQLString } } });
  const mutation = new GraphQLObjectType({ name: 'Mutation', fields: { b: { type: GraphQLString } } });
  const schema = new GraphQLSchema({ query, mutation });
  const context = { user: integratorOf({ id: 't', username: 'satu-data', displayName: 'probe' }) } as RequestContext;
  const check = (parentType: GraphQLObjectType, roles: string[]) =>
    authChecker({ context, info: { parentType, schema } } as any, roles);

  it('reads wherever an evaluator reads', () => {
    expect(context.user!.role).toBe(Role.INTEGRATOR);
    expect(check(query, [])).toBe(true);
    expect(check(query, [Role.EVALUATOR, Role.ADMIN])).toBe(true);
  });
  it('is refused admin-only reads and every mutation', () => {
    expect(() => check(query, [Role.ADMIN])).toThrowError(
      expect.objectContaining({ extensions: { code: 'FORBIDDEN' } }),
    );
    expect(() => check(mutation, [])).toThrowError(/read-only/);
    expect(() => check(mutation, [Role.EVALUATOR])).toThrowError(/read-only/);
  });
});

describe('undescribedSchemaElements', () => {
  it('lists every type, field, argument and enum value without a description', () => {
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        description: 'Reads.',
        fields: {
          a: { type: GraphQLString, args: { x: { type: GraphQLString } } },
          b: { type: GraphQLString, description: 'B.' },
        },
      }),
    });
    expect(undescribedSchemaElements(schema)).toEqual(['Query.a', 'Query.a(x)']);
  });
});
