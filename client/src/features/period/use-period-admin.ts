import type { AdminPeriodFieldsFragment } from '../../gql/graphql';
import { useOutcomeMutation } from '../../shared/use-outcome-mutation';
import { PeriodsDocument } from './period.documents';
import {
  AdminPeriodsDocument,
  ClosePeriodDocument,
  OpenPeriodDocument,
  ReopenPeriodDocument,
  SetPeriodDeadlineDocument,
} from './period-admin.documents';

/**
 * The admin's period mutations (open, deadline, close, reopen), each resolving to an outcome:
 * `{ kind: 'saved', period }`, an `invalid` refusal or a failure (shared/mutation-outcome.ts).
 */

const saved = (period: AdminPeriodFieldsFragment) => ({ kind: 'saved' as const, period });

export interface OpenPeriodRequest {
  year: number;
  indicatorSetCode: string;
  deadline: string;
}

/** Opens a new evaluation year; the lists of periods are fetched again. */
export function useOpenPeriod() {
  const [open] = useOutcomeMutation(OpenPeriodDocument, (data) => data.openPeriod, saved, {
    refetchQueries: [AdminPeriodsDocument, PeriodsDocument],
  });
  return open;
}

export type PeriodAction = 'deadline' | 'close' | 'reopen';

/** One period's deadline, close (optional reason) and reopen (reason required). */
export function usePeriodActions(year: number) {
  const options = { refetchQueries: [PeriodsDocument] };
  const [setDeadline] = useOutcomeMutation(SetPeriodDeadlineDocument, (d) => d.setPeriodDeadline, saved, options);
  const [close] = useOutcomeMutation(ClosePeriodDocument, (d) => d.closePeriod, saved, options);
  const [reopen] = useOutcomeMutation(ReopenPeriodDocument, (d) => d.reopenPeriod, saved, options);
  return (action: PeriodAction, values: { deadline: string | null; reason: string }) => {
    const reason = values.reason.trim();
    if (action === 'deadline') return setDeadline({ year, deadline: values.deadline });
    if (action === 'close') return close({ year, reason: reason || null });
    return reopen({ year, reason });
  };
}
