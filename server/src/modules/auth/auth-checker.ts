import { AuthenticationError, type AuthChecker } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { forbidden } from '../../graphql/errors.js';

/** `@Authorized()` needs a signed-in user; `@Authorized([roles])` one of those roles. */
export const authChecker: AuthChecker<RequestContext> = ({ context }, roles) => {
  if (!context.user) throw new AuthenticationError('Sign in first.');
  if (roles.length > 0 && !roles.includes(context.user.role)) throw forbidden(`This needs one of the roles: ${roles.join(', ')}.`);
  return true;
};
