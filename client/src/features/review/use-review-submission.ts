import { useMemo } from 'react';
import type { ApolloCache, ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import type { AnswerInput, ReviewResultFieldsFragment } from '../../gql/graphql';
import type { MutationFailure } from '../../shared/mutation-failure';
import {
  type InvalidOutcome,
  type InvalidTransitionOutcome,
  type NotAllowedOutcome,
  type StaleOutcome,
  clientInvalid,
  mutationOutcome,
} from '../../shared/mutation-outcome';
import { type SavedSubmission, writeSubmissionToCache } from '../submission/submission-saver';
import {
  ReopenSubmissionDocument,
  ReturnSubmissionDocument,
  VerifySubmissionDocument,
  VerifySubmissionsDocument,
} from './review.documents';

/**
 * THE review path. Evaluators and admins verify, return and reopen answers only through
 * `useReviewSubmission` (this module), so the expectedVersion guard, the cache update and the
 * mapping of every member of the result unions live here once. Components never touch the cache.
 */

export type ReviewAction = 'verify' | 'return' | 'reopen';

/** The submission as the reviewer saw it: the version their decision is based on. */
export interface ReviewTarget {
  id: string;
  version: number;
}

export interface VerifyRequest {
  submission: ReviewTarget;
  /** The corrected value; null or omitted verifies the answer as entered. */
  correctedAnswer?: AnswerInput | null;
  /** Required by the server when the corrected value differs from the entered one. */
  note?: string | null;
}

export interface ReasonRequest {
  submission: ReviewTarget;
  reason: string;
}

export type ReviewOutcome =
  | { kind: 'reviewed'; action: ReviewAction; submission: SavedSubmission }
  | InvalidOutcome
  /** The submission is not (any more) in a state that allows this; nothing changed. */
  | (InvalidTransitionOutcome & { indicatorCode: string })
  /** Someone changed it since it was loaded; nothing changed. `current` is already in the cache. */
  | StaleOutcome<SavedSubmission>
  | NotAllowedOutcome
  | MutationFailure;

export type BulkVerifyOutcome =
  | { kind: 'verified'; verified: SavedSubmission[] }
  | InvalidOutcome
  /** One of them is not SUBMITTED (named): none was verified. */
  | (InvalidTransitionOutcome & { indicatorCode: string })
  | NotAllowedOutcome
  | MutationFailure;

/** The history of a reviewed submission grew: drop the cached one so an open timeline reloads. */
function forgetHistory(cache: ApolloCache, submissionId: string): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'submissionHistory', args: { submissionId } });
}

function updateCacheWith(
  cache: ApolloCache,
  result: ReviewResultFieldsFragment | undefined,
  submissionId: string,
): void {
  if (result?.__typename === 'Submission') writeSubmissionToCache(cache, result);
  // What the server holds now replaces the stale copy: the row "reloads" without a refetch.
  if (result?.__typename === 'StaleVersionError') writeSubmissionToCache(cache, result.current);
  if (result?.__typename === 'Submission' || result?.__typename === 'StaleVersionError')
    forgetHistory(cache, submissionId);
}

function reviewed(action: ReviewAction) {
  return (submission: SavedSubmission): ReviewOutcome => ({ kind: 'reviewed', action, submission });
}

/** Verify a SUBMITTED answer, as entered or corrected (a correction needs a note). */
export async function verifySubmission(client: ApolloClient, request: VerifyRequest): Promise<ReviewOutcome> {
  const note = request.note?.trim() ? request.note.trim() : null;
  if (request.correctedAnswer && !note)
    return clientInvalid([required('note', 'note is required when correcting a value')]);
  const input = {
    submissionId: request.submission.id,
    expectedVersion: request.submission.version,
    correctedAnswer: request.correctedAnswer ?? null,
    note,
  };
  return mutationOutcome(async () => {
    const { data } = await client.mutate({
      mutation: VerifySubmissionDocument,
      variables: { input },
      update: (cache, { data: payload }) => updateCacheWith(cache, payload?.verifySubmission, request.submission.id),
    });
    return data?.verifySubmission;
  }, reviewed('verify'));
}

function required(field: string, message: string) {
  return { field, code: 'REQUIRED', message };
}

async function reviewWithReason(
  client: ApolloClient,
  action: 'return' | 'reopen',
  request: ReasonRequest,
): Promise<ReviewOutcome> {
  const reason = request.reason.trim();
  if (!reason) return clientInvalid([required('reason', 'reason is required')]);
  const input = { submissionId: request.submission.id, expectedVersion: request.submission.version, reason };
  const id = request.submission.id;
  return mutationOutcome(async () => {
    if (action === 'return') {
      const { data } = await client.mutate({
        mutation: ReturnSubmissionDocument,
        variables: { input },
        update: (cache, { data: payload }) => updateCacheWith(cache, payload?.returnSubmission, id),
      });
      return data?.returnSubmission;
    }
    const { data } = await client.mutate({
      mutation: ReopenSubmissionDocument,
      variables: { input },
      update: (cache, { data: payload }) => updateCacheWith(cache, payload?.reopenSubmission, id),
    });
    return data?.reopenSubmission;
  }, reviewed(action));
}

/** Return a SUBMITTED answer to the operator; the reason is required. */
export function returnSubmission(client: ApolloClient, request: ReasonRequest): Promise<ReviewOutcome> {
  return reviewWithReason(client, 'return', request);
}

/** Reopen a VERIFIED answer (back to SUBMITTED); the reason is required. */
export function reopenSubmission(client: ApolloClient, request: ReasonRequest): Promise<ReviewOutcome> {
  return reviewWithReason(client, 'reopen', request);
}

/** Verify many SUBMITTED answers as entered, all or none. */
export async function verifySubmissions(
  client: ApolloClient,
  submissionIds: readonly string[],
): Promise<BulkVerifyOutcome> {
  if (submissionIds.length === 0) return clientInvalid([required('submissionIds', 'nothing selected')]);
  return mutationOutcome(
    async () => {
      const { data } = await client.mutate({
        mutation: VerifySubmissionsDocument,
        variables: { input: { submissionIds: [...submissionIds] } },
        update(cache, { data: payload }) {
          const verified = payload?.verifySubmissions;
          if (verified?.__typename !== 'VerifySubmissionsSuccess') return;
          for (const submission of verified.verified) {
            writeSubmissionToCache(cache, submission);
            forgetHistory(cache, submission.id);
          }
        },
      });
      return data?.verifySubmissions;
    },
    (result): BulkVerifyOutcome => ({ kind: 'verified', verified: result.verified }),
  );
}

export interface ReviewSubmissionActions {
  verify: (request: VerifyRequest) => Promise<ReviewOutcome>;
  returnSubmission: (request: ReasonRequest) => Promise<ReviewOutcome>;
  reopen: (request: ReasonRequest) => Promise<ReviewOutcome>;
  verifyMany: (submissionIds: readonly string[]) => Promise<BulkVerifyOutcome>;
}

/** The only way components review answers: the four review mutations bound to the app's client. */
export function useReviewSubmission(): ReviewSubmissionActions {
  const client = useApolloClient();
  return useMemo(
    () => ({
      verify: (request) => verifySubmission(client, request),
      returnSubmission: (request) => returnSubmission(client, request),
      reopen: (request) => reopenSubmission(client, request),
      verifyMany: (ids) => verifySubmissions(client, ids),
    }),
    [client],
  );
}
