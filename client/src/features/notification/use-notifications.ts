import { useApolloClient, useMutation } from '@apollo/client/react';
import type { NotificationKind } from '../../gql/graphql';
import type { MutationFailure } from '../../shared/mutation-failure';
import { type InvalidOutcome, mutationOutcome } from '../../shared/mutation-outcome';
import {
  MarkNotificationsReadDocument,
  NotificationPreferencesDocument,
  NotificationsDocument,
  NotificationEmailDocument,
  SetNotificationEmailDocument,
  SetNotificationPreferenceDocument,
  UnreadNotificationCountDocument,
} from './notification.documents';

export type MarkReadOutcome = { kind: 'marked'; unreadCount: number } | InvalidOutcome | MutationFailure;
export type EmailOutcome = { kind: 'saved' } | InvalidOutcome | MutationFailure;
export type PreferenceOutcome = { kind: 'saved'; email: boolean } | InvalidOutcome | MutationFailure;

/** Marks notifications read (some, or all) and brings the bell and the inbox up to date. */
export function useMarkNotificationsRead() {
  const client = useApolloClient();
  const [mark] = useMutation(MarkNotificationsReadDocument);
  return async (ids: string[] | null): Promise<MarkReadOutcome> => {
    const outcome = await mutationOutcome(
      async () => (await mark({ variables: { ids, all: ids == null } })).data?.markNotificationsRead,
      (marked) => ({ kind: 'marked' as const, unreadCount: marked.unreadCount }),
    );
    if (outcome.kind === 'marked') {
      client.writeQuery({
        query: UnreadNotificationCountDocument,
        data: { unreadNotificationCount: outcome.unreadCount },
      });
      await client.refetchQueries({ include: [NotificationsDocument] });
    }
    return outcome;
  };
}

/** Chooses whether a kind of notification also comes by e-mail. */
export function useNotificationPreference() {
  const [save] = useMutation(SetNotificationPreferenceDocument, { refetchQueries: [NotificationPreferencesDocument] });
  return (kind: NotificationKind, email: boolean): Promise<PreferenceOutcome> =>
    mutationOutcome(
      async () => (await save({ variables: { kind, email } })).data?.setNotificationPreference,
      (saved) => ({ kind: 'saved' as const, email: saved.email }),
    );
}

/** Sets where the e-mail digests go: an address, or null for none. */
export function useNotificationEmail() {
  const [save] = useMutation(SetNotificationEmailDocument, { refetchQueries: [NotificationEmailDocument] });
  return (email: string | null): Promise<EmailOutcome> =>
    mutationOutcome(
      async () => (await save({ variables: { email } })).data?.setNotificationEmail,
      () => ({ kind: 'saved' as const }),
    );
}
