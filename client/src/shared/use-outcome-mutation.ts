import { useCallback } from 'react';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { MutationFailure } from './mutation-failure';
import { type RefusalOf, type SuccessOf, mutationOutcome } from './mutation-outcome';

/** What one mutation came to: its success, a typed refusal of its result union, or a failure. */
export type OutcomeOf<Result, Success> = Success | RefusalOf<Result> | MutationFailure;

/**
 * `useMutation` with its result mapped once (mutation-outcome.ts): `run(variables)` resolves to
 * the outcome and never throws; `pick` names the field of the answer, `success` the success.
 * Feature hooks (`use-<thing>.ts`) are built on it; components call those hooks only.
 */
export function useOutcomeMutation<
  Data,
  Variables extends OperationVariables,
  Result extends { __typename?: string },
  Success,
>(
  document: TypedDocumentNode<Data, Variables>,
  pick: (data: Data) => Result | null | undefined,
  success: (result: SuccessOf<Result>) => Success,
  options?: Pick<useMutation.Options<Data, Variables>, 'refetchQueries' | 'awaitRefetchQueries' | 'update'>,
): [(variables: Variables) => Promise<OutcomeOf<Result, Success>>, boolean] {
  const [mutate, { loading }] = useMutation(document, options as never);
  const run = useCallback(
    (variables: Variables) =>
      mutationOutcome(async () => {
        const send = mutate as (options: { variables: Variables }) => Promise<{ data?: Data | null }>;
        const { data } = await send({ variables });
        return data ? pick(data) : null;
      }, success),
    // `pick` and `success` are pure mappings of the answer; only the mutation itself changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [mutate],
  );
  return [run, loading];
}
