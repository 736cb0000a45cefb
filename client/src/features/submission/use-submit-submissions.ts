import { useCallback } from 'react';
import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import type { MutationFailure } from '../../shared/mutation-failure';
import {
  type InvalidOutcome,
  type InvalidTransitionOutcome,
  type NotAllowedOutcome,
  type PeriodClosedOutcome,
  mutationOutcome,
} from '../../shared/mutation-outcome';
import { type SavedSubmission, writeSubmissionToCache } from './submission-saver';
import { SubmitSubmissionsDocument } from './submission.documents';

/**
 * THE submit path: an operator sends answers for verification only through `useSubmitSubmissions`
 * (one indicator from its card, a cluster, or everything). Like the save path it runs the
 * mutation, writes the returned submissions into the cache (no refetch of the form) and names
 * every outcome.
 */

/** What to submit: listed indicators, one cluster, or (neither given) everything of the kecamatan. */
export interface SubmitSubmissionsRequest {
  year: number;
  kecamatanCode: string;
  indicatorCodes?: readonly string[];
  clusterCode?: string;
}

/** What one indicator still lacks (the contract's MissingItem). */
export interface IncompleteItem {
  indicatorCode: string;
  answerMissing: boolean;
  /** Carried forward from last year and not yet confirmed ("belum dikonfirmasi"). */
  unconfirmed: boolean;
  /** Codes of required evidence items without an acceptable file. */
  missingEvidence: string[];
}

export type SubmitSubmissionsOutcome =
  /** These moved to SUBMITTED (empty when nothing was left to submit). */
  | { kind: 'submitted'; submitted: SavedSubmission[] }
  /** Some selected indicators lack an answer or required evidence: nothing was submitted. */
  | { kind: 'incomplete'; message: string; items: IncompleteItem[] }
  /** A listed indicator is already submitted or verified: nothing was submitted. */
  | (InvalidTransitionOutcome & { indicatorCode: string })
  | PeriodClosedOutcome
  | InvalidOutcome
  | NotAllowedOutcome
  | MutationFailure;

export async function submitSubmissions(
  client: ApolloClient,
  request: SubmitSubmissionsRequest,
): Promise<SubmitSubmissionsOutcome> {
  return mutationOutcome(
    async () => {
      const response = await client.mutate({
        mutation: SubmitSubmissionsDocument,
        variables: {
          input: {
            year: request.year,
            kecamatanCode: request.kecamatanCode,
            indicatorCodes: request.indicatorCodes ? [...request.indicatorCodes] : null,
            clusterCode: request.clusterCode ?? null,
          },
        },
        update(cache, { data }) {
          const payload = data?.submitSubmissions;
          if (payload?.__typename === 'SubmitSuccess')
            for (const submission of payload.submitted) writeSubmissionToCache(cache, submission);
        },
      });
      return response.data?.submitSubmissions;
    },
    (result): SubmitSubmissionsOutcome =>
      result.__typename === 'SubmitSuccess'
        ? { kind: 'submitted', submitted: result.submitted }
        : {
            kind: 'incomplete',
            message: result.message,
            items: result.items.map(({ indicatorCode, answerMissing, unconfirmed, missingEvidence }) => ({
              indicatorCode,
              answerMissing,
              unconfirmed,
              missingEvidence,
            })),
          },
  );
}

export type SubmitSubmissionsFn = (request: SubmitSubmissionsRequest) => Promise<SubmitSubmissionsOutcome>;

/** The only way components submit answers for verification. */
export function useSubmitSubmissions(): SubmitSubmissionsFn {
  const client = useApolloClient();
  return useCallback((request: SubmitSubmissionsRequest) => submitSubmissions(client, request), [client]);
}
