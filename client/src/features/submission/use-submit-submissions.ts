import { useCallback } from 'react';
import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import type { SubmissionStatus } from '../../gql/graphql';
import { type MutationFailure, EMPTY_RESPONSE, failureOf } from '../../shared/mutation-failure';
import { type SaveFieldError, type SavedSubmission, writeSubmissionToCache } from './submission-saver';
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
  | { kind: 'invalidTransition'; message: string; indicatorCode: string; currentStatus: SubmissionStatus }
  | { kind: 'periodClosed'; message: string; year: number }
  | { kind: 'invalid'; message: string; fieldErrors: SaveFieldError[] }
  | { kind: 'notAllowed'; message: string }
  | MutationFailure;

export async function submitSubmissions(
  client: ApolloClient,
  request: SubmitSubmissionsRequest,
): Promise<SubmitSubmissionsOutcome> {
  let result;
  try {
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
    result = response.data?.submitSubmissions;
  } catch (error) {
    return failureOf(error);
  }
  if (!result) return EMPTY_RESPONSE;

  switch (result.__typename) {
    case 'SubmitSuccess':
      return { kind: 'submitted', submitted: result.submitted };
    case 'IncompleteSubmissionError':
      return {
        kind: 'incomplete',
        message: result.message,
        items: result.items.map(({ indicatorCode, answerMissing, unconfirmed, missingEvidence }) => ({
          indicatorCode,
          answerMissing,
          unconfirmed,
          missingEvidence,
        })),
      };
    case 'InvalidTransitionError':
      return {
        kind: 'invalidTransition',
        message: result.message,
        indicatorCode: result.indicatorCode,
        currentStatus: result.currentStatus,
      };
    case 'PeriodClosedError':
      return { kind: 'periodClosed', message: result.message, year: result.year };
    case 'ValidationError':
      return {
        kind: 'invalid',
        message: result.message,
        fieldErrors: result.fieldErrors.map(({ field, code, message }) => ({ field, code, message })),
      };
    case 'NotAllowedError':
      return { kind: 'notAllowed', message: result.message };
  }
}

export type SubmitSubmissionsFn = (request: SubmitSubmissionsRequest) => Promise<SubmitSubmissionsOutcome>;

/** The only way components submit answers for verification. */
export function useSubmitSubmissions(): SubmitSubmissionsFn {
  const client = useApolloClient();
  return useCallback((request: SubmitSubmissionsRequest) => submitSubmissions(client, request), [client]);
}
