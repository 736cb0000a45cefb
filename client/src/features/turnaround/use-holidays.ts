import { useApolloClient, useMutation } from '@apollo/client/react';
import type { HolidayFieldsFragment, HolidayInput } from '../../gql/graphql';
import type { MutationFailure } from '../../shared/mutation-failure';
import { type InvalidOutcome, mutationOutcome } from '../../shared/mutation-outcome';
import { DeleteHolidayDocument, HolidaysDocument, SetHolidayDocument } from './turnaround.documents';

export type HolidayOutcome =
  | { kind: 'saved'; holiday: HolidayFieldsFragment }
  | { kind: 'deleted'; date: string }
  | InvalidOutcome
  | MutationFailure;

/** Admin: add, change and delete holidays; after a change every list of holidays on screen is refetched. */
export function useHolidays() {
  const client = useApolloClient();
  const [setHoliday] = useMutation(SetHolidayDocument);
  const [deleteHoliday] = useMutation(DeleteHolidayDocument);
  const refetched = async (outcome: HolidayOutcome): Promise<HolidayOutcome> => {
    if (outcome.kind === 'saved' || outcome.kind === 'deleted')
      await client.refetchQueries({ include: [HolidaysDocument] });
    return outcome;
  };
  return {
    save: async (input: HolidayInput): Promise<HolidayOutcome> =>
      refetched(
        await mutationOutcome(
          async () => (await setHoliday({ variables: { input } })).data?.setHoliday,
          (holiday) => ({ kind: 'saved' as const, holiday }),
        ),
      ),
    remove: async (date: string): Promise<HolidayOutcome> =>
      refetched(
        await mutationOutcome(
          async () => (await deleteHoliday({ variables: { date } })).data?.deleteHoliday,
          (deleted) => ({ kind: 'deleted' as const, date: deleted.date }),
        ),
      ),
  };
}
