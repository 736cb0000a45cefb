import { useQuery } from '@apollo/client/react';
import type { SessionUserFieldsFragment } from '../../gql/graphql';
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

export { homePathOf } from './home-path';
