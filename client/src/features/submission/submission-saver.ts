import type { ApolloCache, ApolloClient } from '@apollo/client';
import type { MeasureType } from '@kecala/domain';
import type { AnswerInput, SaveSubmissionInput, SubmissionFieldsFragment } from '../../gql/graphql';
import { type SubmissionDraft, answerOfMeasure, normalizeNote, validateDraft } from './answer-draft';
import {
  CarryForwardSubmissionsDocument,
  ConfirmCarriedForwardDocument,
  SaveSubmissionDocument,
  SubmissionListDocument,
} from './submission.documents';
import { SubmissionEvidenceFragment } from '../evidence/evidence.documents';
import type { MutationFailure } from '../../shared/mutation-failure';
import {
  type FieldError,
  type InvalidOutcome,
  type InvalidTransitionOutcome,
  type NotAllowedOutcome,
  type PeriodClosedOutcome,
  type StaleOutcome,
  clientInvalid,
  mutationOutcome,
} from '../../shared/mutation-outcome';

/**
 * THE save path. Every answer a user saves goes through `saveSubmission` (components reach it via
 * `useSaveSubmission`), so validation, the mutation, the cache update and the mapping of every
 * outcome live here once — and an offline queue can later wrap this one function.
 */

export type SavedSubmission = SubmissionFieldsFragment;

/** Everything needed to save one answer; plain data, so it can be queued and replayed. */
export interface SaveSubmissionRequest {
  year: number;
  kecamatanCode: string;
  indicatorCode: string;
  measureType: MeasureType;
  /** Option values of an OPTIONS indicator, for the client-side check. */
  optionValues: readonly string[];
  /** Whether 0 / 0 ("no cases") is a valid answer of this PERCENTAGE indicator. */
  allowNoCases?: boolean;
  draft: SubmissionDraft;
  /** The version the user's edit is based on; 0 when the answer was never saved. */
  expectedVersion: number;
}

export type SaveFieldError = FieldError;

export type SaveSubmissionOutcome =
  | { kind: 'saved'; submission: SavedSubmission }
  | InvalidOutcome
  /** Someone saved in between; nothing was saved. `current` is what the server holds now. */
  | StaleOutcome<SavedSubmission>
  | PeriodClosedOutcome
  | NotAllowedOutcome
  /** The answer is submitted or verified: the operator may not change it now. */
  | InvalidTransitionOutcome
  /**
   * The request did not produce a result. `retryable` is true for network trouble and server
   * outages (an offline queue keeps these), false when the server rejected the request.
   */
  | MutationFailure;

export function toSaveSubmissionInput(request: SaveSubmissionRequest): SaveSubmissionInput {
  const answer = answerOfMeasure(request.measureType, request.draft.answer);
  const plausibilityNote = normalizeNote(request.draft.plausibilityNote);
  return {
    year: request.year,
    kecamatanCode: request.kecamatanCode,
    indicatorCode: request.indicatorCode,
    answer: answer as AnswerInput | null,
    note: normalizeNote(request.draft.note),
    // Sent only when there is one: no note and none sent mean the same to the server (cleared).
    ...(plausibilityNote != null ? { plausibilityNote } : {}),
    expectedVersion: request.expectedVersion,
  };
}

/**
 * Puts a submission the server returned into the cached list of its kecamatan and year (when
 * that list is loaded). Changes to an existing submission need nothing more: it is normalized by
 * id, so every query showing it updates. No refetch of the form.
 */
export function writeSubmissionToCache(cache: ApolloCache, submission: SavedSubmission): void {
  cache.updateQuery(
    { query: SubmissionListDocument, variables: { year: submission.year, kecamatanCode: submission.kecamatanCode } },
    (data) => {
      if (!data) return undefined;
      if (data.submissions.some((item) => item.id === submission.id)) return undefined;
      // The list also shows each submission's files, which mutation results do not carry (see
      // SubmissionEvidenceFragment): keep what the cache has, else none — a submission first
      // created by a save has no files yet.
      const cached = cache.readFragment({
        fragment: SubmissionEvidenceFragment,
        fragmentName: 'SubmissionEvidence',
        id: cache.identify(submission),
      });
      return {
        ...data,
        submissions: [
          ...data.submissions.filter((item) => item.indicatorCode !== submission.indicatorCode),
          { ...submission, evidence: cached?.evidence ?? [] },
        ],
      };
    },
  );
}

/** Validates with the shared domain rules, saves, updates the cache, and names the outcome. */
export async function saveSubmission(
  client: ApolloClient,
  request: SaveSubmissionRequest,
): Promise<SaveSubmissionOutcome> {
  const clientErrors = validateDraft(request.measureType, request.optionValues, request.draft, request.allowNoCases);
  if (clientErrors.length > 0) return clientInvalid(clientErrors);
  return mutationOutcome(
    async () => {
      const response = await client.mutate({
        mutation: SaveSubmissionDocument,
        variables: { input: toSaveSubmissionInput(request) },
        update(cache, { data }) {
          const saved = data?.saveSubmission;
          if (saved?.__typename === 'Submission') writeSubmissionToCache(cache, saved);
          // The server's current value is the truth too: the form keeps the user's text regardless.
          if (saved?.__typename === 'StaleVersionError') writeSubmissionToCache(cache, saved.current);
        },
      });
      return response.data?.saveSubmission;
    },
    (submission): SaveSubmissionOutcome => ({ kind: 'saved', submission }),
  );
}

/** Counts of a carry-forward (the contract's CarryForwardCounts). */
export interface CarryForwardCounts {
  fromYear: number | null;
  prefilled: number;
  alreadyAnswered: number;
  noVerifiedAnswer: number;
  incompatible: number;
  notInNewSet: number;
}

export type CarryForwardOutcome =
  | { kind: 'prefilled'; counts: CarryForwardCounts; prefilled: SavedSubmission[] }
  | PeriodClosedOutcome
  | InvalidOutcome
  | NotAllowedOutcome
  | MutationFailure;

/**
 * Prefills the unanswered indicators of a year from last year's verified answers. The prefilled
 * submissions carry their evidence files, which the mutation result does not: the form's queries
 * (and the offer) are refetched once, a one-off action.
 */
export async function carryForwardSubmissions(
  client: ApolloClient,
  request: { year: number; kecamatanCode: string },
): Promise<CarryForwardOutcome> {
  return mutationOutcome(
    async () => {
      const response = await client.mutate({
        mutation: CarryForwardSubmissionsDocument,
        variables: { input: { year: request.year, kecamatanCode: request.kecamatanCode } },
        // By name: the form's query lives in its route; queries not on screen are skipped.
        refetchQueries: ['OperatorForm', 'CarryForwardOffer'],
        awaitRefetchQueries: true,
      });
      return response.data?.carryForwardSubmissions;
    },
    ({ counts: { __typename: _, ...counts }, prefilled }): CarryForwardOutcome => ({
      kind: 'prefilled',
      counts,
      prefilled,
    }),
  );
}

export interface ConfirmCarriedForwardRequest {
  items: ReadonlyArray<{ submissionId: string; expectedVersion: number }>;
}

export type ConfirmCarriedForwardOutcome =
  | { kind: 'confirmed'; confirmed: SavedSubmission[] }
  /** Someone changed one of them since it was loaded; nothing was confirmed. `current` is the server's. */
  | StaleOutcome<SavedSubmission>
  | InvalidTransitionOutcome
  | PeriodClosedOutcome
  | InvalidOutcome
  | NotAllowedOutcome
  | MutationFailure;

/** Confirms carried-forward answers as unchanged ("Tidak berubah"); submissions update in the cache by id. */
export async function confirmCarriedForward(
  client: ApolloClient,
  request: ConfirmCarriedForwardRequest,
): Promise<ConfirmCarriedForwardOutcome> {
  const items = request.items.map(({ submissionId, expectedVersion }) => ({ submissionId, expectedVersion }));
  return mutationOutcome(
    async () => {
      const response = await client.mutate({
        mutation: ConfirmCarriedForwardDocument,
        variables: { input: { items } },
      });
      return response.data?.confirmCarriedForward;
    },
    ({ confirmed }): ConfirmCarriedForwardOutcome => ({ kind: 'confirmed', confirmed }),
  );
}
