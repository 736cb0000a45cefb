import { useMemo } from 'react';
import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import type { EvidenceFileFieldsFragment, EvidenceVerdict } from '../../gql/graphql';
import type { MutationFailure } from '../../shared/mutation-failure';
import {
  type InvalidOutcome,
  type NotAllowedOutcome,
  type PeriodClosedOutcome,
  mutationOutcome,
} from '../../shared/mutation-outcome';
import { type SavedSubmission, writeSubmissionToCache } from '../submission/submission-saver';
import { SubmissionListDocument } from '../submission/submission.documents';
import { RemoveEvidenceDocument, SetEvidenceVerdictDocument } from './evidence.documents';

/**
 * THE evidence mutations (and the one reload an upload needs). Components change evidence only
 * through `useEvidenceActions()`, so the cache updates and the mapping of every member of the
 * result unions live here once; uploads themselves go through evidence-uploader.ts.
 */

export interface VerdictRequest {
  evidenceId: string;
  verdict: EvidenceVerdict;
  /** Required for INSUFFICIENT: what is missing or wrong (shown to the operator). */
  reason?: string | null;
  /** The file's submission: its cached history (which lists verdicts) is dropped so it reloads. */
  submissionId?: string;
}

export type VerdictOutcome =
  | { kind: 'judged'; file: EvidenceFileFieldsFragment }
  /** Refused for its content; `source: 'client'` means nothing was sent. */
  | InvalidOutcome
  /** Not an evaluator, or the submission is not SUBMITTED (any more). */
  | NotAllowedOutcome
  | MutationFailure;

export type RemoveEvidenceOutcome =
  | { kind: 'removed'; evidenceId: string; submission: SavedSubmission }
  | InvalidOutcome
  | NotAllowedOutcome
  | PeriodClosedOutcome
  | MutationFailure;

export interface SubmissionListKey {
  year: number;
  kecamatanCode: string;
}

/** Judges one file. INSUFFICIENT without a reason is refused here, before anything is sent. */
export async function setEvidenceVerdict(client: ApolloClient, request: VerdictRequest): Promise<VerdictOutcome> {
  const reason = request.reason?.trim() ? request.reason.trim() : null;
  if (request.verdict === 'INSUFFICIENT' && !reason) {
    const message = 'reason is required when the evidence is INSUFFICIENT';
    return {
      kind: 'invalid',
      source: 'client',
      message,
      fieldErrors: [{ field: 'reason', code: 'REQUIRED', message }],
    };
  }
  return mutationOutcome(
    async () => {
      const { data } = await client.mutate({
        mutation: SetEvidenceVerdictDocument,
        variables: {
          input: {
            evidenceId: request.evidenceId,
            verdict: request.verdict,
            reason: request.verdict === 'PENDING' ? null : reason,
          },
        },
        // The returned EvidenceFile is normalized by id: every list showing it updates by itself.
        update(cache, { data: payload }) {
          if (payload?.setEvidenceVerdict.__typename === 'EvidenceFile' && request.submissionId) {
            cache.evict({
              id: 'ROOT_QUERY',
              fieldName: 'submissionHistory',
              args: { submissionId: request.submissionId },
            });
          }
        },
      });
      return data?.setEvidenceVerdict;
    },
    (file): VerdictOutcome => ({ kind: 'judged', file }),
  );
}

/** Removes one file; the returned submission (its evidence list without the file) replaces the cached one. */
export async function removeEvidence(client: ApolloClient, evidenceId: string): Promise<RemoveEvidenceOutcome> {
  return mutationOutcome(
    async () => {
      const { data } = await client.mutate({
        mutation: RemoveEvidenceDocument,
        variables: { evidenceId },
        update(cache, { data: payload }) {
          const removed = payload?.removeEvidence;
          if (removed?.__typename !== 'EvidenceRemoved') return;
          writeSubmissionToCache(cache, removed.submission);
          cache.evict({
            id: 'ROOT_QUERY',
            fieldName: 'submissionHistory',
            args: { submissionId: removed.submission.id },
          });
        },
      });
      return data?.removeEvidence;
    },
    ({ evidenceId: removed, submission }): RemoveEvidenceOutcome => ({
      kind: 'removed',
      evidenceId: removed,
      submission,
    }),
  );
}

/**
 * After an upload: reloads the kecamatan's submissions (the list the form shows), so the card
 * sees the new file and — after a first upload created the submission — its id and version.
 * Only that list is fetched, not the form's catalog. Resolves false when the reload failed.
 */
export async function reloadSubmissionList(client: ApolloClient, key: SubmissionListKey): Promise<boolean> {
  try {
    await client.query({ query: SubmissionListDocument, variables: key, fetchPolicy: 'network-only' });
    return true;
  } catch {
    return false;
  }
}

export interface EvidenceActions {
  setVerdict: (request: VerdictRequest) => Promise<VerdictOutcome>;
  remove: (evidenceId: string) => Promise<RemoveEvidenceOutcome>;
  reloadSubmissions: (key: SubmissionListKey) => Promise<boolean>;
}

/** The only way components change evidence: the evidence mutations bound to the app's client. */
export function useEvidenceActions(): EvidenceActions {
  const client = useApolloClient();
  return useMemo(
    () => ({
      setVerdict: (request) => setEvidenceVerdict(client, request),
      remove: (evidenceId) => removeEvidence(client, evidenceId),
      reloadSubmissions: (key) => reloadSubmissionList(client, key),
    }),
    [client],
  );
}
