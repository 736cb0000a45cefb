import { useQuery } from '@apollo/client/react';
import type { Role, SessionUserFieldsFragment } from '../../gql/graphql';
import { MeDocument } from './auth.documents';

export type SessionUser = SessionUserFieldsFragment;

export interface Session {
  /** The signed-in user, null when signed out, undefined while the first answer is pending. */
  user: SessionUser | null | undefined;
  error: Error | undefined;
  refetch: () => void;
}

/** The current session from `me` (the httpOnly cookie travels with every same-origin request). */
export function useSession(): Session {
  const { data, error, refetch } = useQuery(MeDocument, { fetchPolicy: 'cache-first' });
  return {
    user: data === undefined ? undefined : (data.me ?? null),
    error,
    refetch: () => void refetch(),
  };
}

/** Where each role starts: operators on their form, evaluators and admins on the scores. */
export function homePathOf(role: Role): string {
  return role === 'OPERATOR' ? '/isian' : '/skor';
}
