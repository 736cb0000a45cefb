import type { CreateUserInput, UpdateUserInput, UserAccountFieldsFragment } from '../../gql/graphql';
import { useOutcomeMutation } from '../../shared/use-outcome-mutation';
import {
  ApiTokensDocument,
  CreateUserDocument,
  ResetPasswordDocument,
  SetUserActiveDocument,
  UpdateUserDocument,
  UsersDocument,
} from './account.documents';

/**
 * The admin's account mutations, each resolving to `{ kind: 'saved', user }`, an `invalid`
 * refusal naming the fields, or a failure (shared/mutation-outcome.ts).
 */

const saved = (user: UserAccountFieldsFragment) => ({ kind: 'saved' as const, user });

/** Creates an account (the list is fetched again) or edits one (`id` given). */
export function useSaveUser() {
  const [create] = useOutcomeMutation(CreateUserDocument, (d) => d.createUser, saved, {
    refetchQueries: [UsersDocument],
  });
  const [update] = useOutcomeMutation(UpdateUserDocument, (d) => d.updateUser, saved);
  return {
    create: (input: CreateUserInput) => create({ input }),
    update: (input: UpdateUserInput) => update({ input }),
  };
}

/** Deactivates or activates an account; an integrator's tokens (which show it) are fetched again. */
export function useSetUserActive(user: Pick<UserAccountFieldsFragment, 'id' | 'role'>) {
  const [run, loading] = useOutcomeMutation(SetUserActiveDocument, (d) => d.setUserActive, saved, {
    refetchQueries: user.role === 'INTEGRATOR' ? [ApiTokensDocument] : [],
  });
  return [(active: boolean) => run({ id: user.id, active }), loading] as const;
}

/** Sets a new password for someone else's account. */
export function useResetPassword(userId: string) {
  const [run] = useOutcomeMutation(ResetPasswordDocument, (d) => d.resetPassword, saved);
  return (newPassword: string) => run({ id: userId, newPassword });
}
