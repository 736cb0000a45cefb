import { GraphQLError, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import type { SessionUser } from '../../graphql/request-context.js';

export const PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED';
export const PASSWORD_CHANGE_REQUIRED_MESSAGE =
  'Your password was set by an admin: change it (changePassword) before doing anything else.';

/** What a user whose password was set by an admin may still do. */
const ALLOWED_WHILE_PASSWORD_MUST_CHANGE = new Set(['login', 'logout', 'logoutEverywhere', 'changePassword']);

export function mustChangePassword(ctx: RequestContext): boolean {
  return (ctx.user as SessionUser | null)?.mustChangePassword === true;
}

function passwordChangeRequired(): GraphQLError {
  return new GraphQLError(PASSWORD_CHANGE_REQUIRED_MESSAGE, {
    extensions: { code: 'FORBIDDEN', reason: PASSWORD_CHANGE_REQUIRED },
  });
}

/**
 * Wraps every root mutation except the few above so that a user who must change the password
 * first is refused (FORBIDDEN, `extensions.reason` PASSWORD_CHANGE_REQUIRED) before any resolver
 * runs. Applied to the built schema like refuseMutationsForReadOnly, so new mutations are covered.
 */
export function refuseMutationsUntilPasswordChanged(schema: GraphQLSchema): GraphQLSchema {
  const mutationType = schema.getMutationType();
  if (!mutationType) return schema;
  for (const field of Object.values(mutationType.getFields())) {
    if (ALLOWED_WHILE_PASSWORD_MUST_CHANGE.has(field.name)) continue;
    const resolve: GraphQLFieldResolver<unknown, RequestContext> | undefined = field.resolve;
    field.resolve = (source, args, context, info) => {
      if (mustChangePassword(context)) throw passwordChangeRequired();
      return resolve
        ? resolve(source, args, context, info)
        : (source as Record<string, unknown> | null)?.[info.fieldName];
    };
  }
  return schema;
}
