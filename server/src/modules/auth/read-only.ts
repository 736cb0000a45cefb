import { GraphQLUnionType, getNamedType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { AuthUser, RequestContext } from '../../graphql/request-context.js';
import { forbidden } from '../../graphql/errors.js';
import { NotAllowedError } from '../../graphql/results.js';
import { Role } from './user.entity.js';

export const READ_ONLY_MESSAGE = 'API tokens are read-only: this mutation is refused.';

/** Identities that may read but never change anything: API tokens. */
export function isReadOnly(user: AuthUser | null | undefined): boolean {
  return user?.role === Role.INTEGRATOR;
}

/**
 * Wraps every root mutation field so that a read-only identity is refused before any resolver,
 * auth check or service runs: with a typed NotAllowedError where the mutation's result union has
 * one, a FORBIDDEN error otherwise. Applied to the built schema, so a mutation added later is
 * covered without anyone remembering to.
 */
export function refuseMutationsForReadOnly(schema: GraphQLSchema): GraphQLSchema {
  const mutationType = schema.getMutationType();
  if (!mutationType) return schema;
  for (const field of Object.values(mutationType.getFields())) {
    const resolve: GraphQLFieldResolver<unknown, RequestContext> | undefined = field.resolve;
    const returnType = getNamedType(field.type);
    const typed =
      returnType instanceof GraphQLUnionType && returnType.getTypes().some((t) => t.name === 'NotAllowedError');
    field.resolve = (source, args, context, info) => {
      if (isReadOnly(context.user)) {
        if (typed) return new NotAllowedError(READ_ONLY_MESSAGE);
        throw forbidden(READ_ONLY_MESSAGE);
      }
      return resolve
        ? resolve(source, args, context, info)
        : (source as Record<string, unknown> | null)?.[info.fieldName];
    };
  }
  return schema;
}
