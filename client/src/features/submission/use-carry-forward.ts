import { useCallback } from 'react';
import { useApolloClient } from '@apollo/client/react';
import {
  type CarryForwardOutcome,
  type ConfirmCarriedForwardOutcome,
  type ConfirmCarriedForwardRequest,
  carryForwardSubmissions,
  confirmCarriedForward,
} from './submission-saver';

export type {
  CarryForwardCounts,
  CarryForwardOutcome,
  ConfirmCarriedForwardOutcome,
  ConfirmCarriedForwardRequest,
} from './submission-saver';

export type CarryForwardFn = (request: { year: number; kecamatanCode: string }) => Promise<CarryForwardOutcome>;
export type ConfirmCarriedForwardFn = (request: ConfirmCarriedForwardRequest) => Promise<ConfirmCarriedForwardOutcome>;

/** The only way components prefill a year from last year's verified answers. */
export function useCarryForward(): CarryForwardFn {
  const client = useApolloClient();
  return useCallback(
    (request: { year: number; kecamatanCode: string }) => carryForwardSubmissions(client, request),
    [client],
  );
}

/** The only way components confirm carried-forward answers ("Tidak berubah"). */
export function useConfirmCarriedForward(): ConfirmCarriedForwardFn {
  const client = useApolloClient();
  return useCallback((request: ConfirmCarriedForwardRequest) => confirmCarriedForward(client, request), [client]);
}
