import { AuthenticationError, type AuthCheckerFn } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { forbidden } from '../../graphql/errors.js';
import { READ_ONLY_MESSAGE, isReadOnly } from './read-only.js';
import { Role } from './user.entity.js';

/**
 * `@Authorized()` needs a signed-in user; `@Authorized([roles])` one of those roles.
 * An API token (INTEGRATOR) reads wherever an EVALUATOR reads and never passes on a mutation
 * (refuseMutationsForReadOnly refuses those first; this is the second line).
 */
export const authChecker: AuthCheckerFn<RequestContext> = ({ context, info }, roles) => {
  if (!context.user) throw new AuthenticationError('Sign in first.');
  if (isReadOnly(context.user)) {
    if (info.parentType === info.schema.getMutationType()) throw forbidden(READ_ONLY_MESSAGE);
    if (roles.length > 0 && !roles.includes(Role.EVALUATOR) && !roles.includes(Role.INTEGRATOR)) {
      throw forbidden(`This needs one of the roles: ${roles.join(', ')}.`);
    }
    return true;
  }
  if (roles.length > 0 && !roles.includes(context.user.role))
    throw forbidden(`This needs one of the roles: ${roles.join(', ')}.`);
  return true;
};
