import { useQuery } from '@apollo/client/react';
import type { PeriodsQuery } from '../../gql/graphql';
import { PeriodsDocument } from './period.documents';

export type PeriodSummary = PeriodsQuery['periods'][number];

/** The period operators enter data for: the OPEN one with the highest year, or null. */
export function currentPeriodOf(periods: readonly PeriodSummary[]): PeriodSummary | null {
  return periods
    .filter((p) => p.status === 'OPEN')
    .reduce<PeriodSummary | null>((best, p) => (!best || p.year > best.year ? p : best), null);
}

/** The year to show by default: the current open one, else the most recent year there is. */
export function defaultPeriodOf(periods: readonly PeriodSummary[]): PeriodSummary | null {
  return (
    currentPeriodOf(periods) ??
    periods.reduce<PeriodSummary | null>((best, p) => (!best || p.year > best.year ? p : best), null)
  );
}

export function usePeriods() {
  const { data, error, refetch } = useQuery(PeriodsDocument, { fetchPolicy: 'cache-and-network' });
  const periods = data?.periods;
  return { periods, defaultPeriod: periods ? defaultPeriodOf(periods) : undefined, error, refetch };
}
