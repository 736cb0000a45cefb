import { useOutcomeMutation } from '../../shared/use-outcome-mutation';
import { ApiTokensDocument, CreateApiTokenDocument, RevokeApiTokenDocument } from './account.documents';

/**
 * An integrator's API tokens: create (the secret comes back once) and revoke, each resolving to
 * its success, an `invalid` refusal or a failure (shared/mutation-outcome.ts).
 */

/** Creates a token for an integrator account; the token list is fetched again. */
export function useCreateApiToken() {
  const [run] = useOutcomeMutation(
    CreateApiTokenDocument,
    (d) => d.createApiToken,
    (created) => ({ kind: 'created' as const, name: created.token.name, secret: created.secret }),
    { refetchQueries: [ApiTokensDocument] },
  );
  return (input: { name: string; integratorId: string }) => run({ input });
}

/** Revokes a token: it stops working at once. */
export function useRevokeApiToken(tokenId: string) {
  const [run, loading] = useOutcomeMutation(
    RevokeApiTokenDocument,
    (d) => d.revokeApiToken,
    () => ({ kind: 'revoked' as const }),
  );
  return [() => run({ id: tokenId }), loading] as const;
}
