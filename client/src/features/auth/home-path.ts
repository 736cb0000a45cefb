import type { Role } from '../../gql/graphql';

/** The only page of a user whose password was set by an admin, until they change it. */
export const CHANGE_PASSWORD_PATH = '/kata-sandi';

/** Where each role starts: operators on their form, evaluators and admins on the scores. */
export function homePathOf(role: Role): string {
  return role === 'OPERATOR' ? '/isian' : '/skor';
}

/** Where a user lands after signing in: back where they were sent from, or their start page. */
export function landingPathOf(user: { role: Role; mustChangePassword: boolean }, returnPath: string | null): string {
  if (user.mustChangePassword) return CHANGE_PASSWORD_PATH;
  return returnPath ?? homePathOf(user.role);
}

/** A return path carried in the router's location state (`{ from }`), if it is a safe in-app path. */
export function returnPathOf(state: unknown): string | null {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/masuk')
    ? from
    : null;
}
