import { expect } from 'vitest';
import type { GqlClient } from './test-server.js';
import { JATIASIH, SAVE_MUTATION, YEAR, saveInput } from './fixtures.js';

const SUBMIT = `mutation ($input: SubmitSubmissionsInput!) { submitSubmissions(input: $input) {
  __typename ... on SubmitSuccess { submitted { id indicatorCode version } } } }`;
const REVIEW_FIELDS = `__typename ... on Submission { id indicatorCode version status }`;
export const RETURN_MUTATION = `mutation ($input: ReviewSubmissionInput!) { returnSubmission(input: $input) { ${REVIEW_FIELDS} } }`;
export const REOPEN_MUTATION = `mutation ($input: ReviewSubmissionInput!) { reopenSubmission(input: $input) { ${REVIEW_FIELDS} } }`;
export const VERIFY_MUTATION = `mutation ($input: VerifySubmissionInput!) { verifySubmission(input: $input) { ${REVIEW_FIELDS} } }`;

/** A submission as the workflow's mutations answer it. */
interface SubmissionStep {
  __typename?: string;
  id: string;
  indicatorCode: string;
  version: number;
}

/**
 * Takes Jatiasih's answers through the review workflow over the API: its operator saves and
 * submits, an evaluator returns, verifies or reopens. Each step remembers the submission's id and
 * current version by indicator code, so the next step names only the code.
 */
export class ReviewWorkflow {
  private readonly submissions = new Map<string, { id: string; version: number }>();

  constructor(
    private readonly operator: GqlClient,
    private readonly evaluator: GqlClient,
  ) {}

  /** The id of the indicator's submission (saved or submitted here before). */
  idOf(indicatorCode: string): string {
    return this.submissions.get(indicatorCode)!.id;
  }

  /** The operator saves an answer on the version last seen (0 for the first save). */
  async save(indicatorCode: string, answer: Record<string, unknown>): Promise<void> {
    const version = this.submissions.get(indicatorCode)?.version ?? 0;
    const result = await this.operator.request(SAVE_MUTATION, saveInput(indicatorCode, answer, version));
    this.remember(result.data.saveSubmission);
  }

  /** The operator submits the answers of these indicators. */
  async submit(indicatorCodes: string[]): Promise<void> {
    const result = await this.operator.request(SUBMIT, {
      input: { year: YEAR, kecamatanCode: JATIASIH, indicatorCodes },
    });
    expect(result.data?.submitSubmissions?.__typename, JSON.stringify(result)).toBe('SubmitSuccess');
    result.data.submitSubmissions.submitted.forEach((submitted: SubmissionStep) => this.remember(submitted));
  }

  /** The evaluator runs a review mutation (RETURN_, VERIFY_ or REOPEN_MUTATION) on the indicator's answer. */
  async review(mutation: string, indicatorCode: string, extra: Record<string, unknown> = {}): Promise<void> {
    const { id, version } = this.submissions.get(indicatorCode)!;
    const result = await this.evaluator.request(mutation, {
      input: { submissionId: id, expectedVersion: version, ...extra },
    });
    const submission = Object.values(result.data ?? {})[0] as SubmissionStep | undefined;
    expect(submission?.__typename, JSON.stringify(result)).toBe('Submission');
    this.remember(submission!);
  }

  private remember(submission: SubmissionStep): void {
    this.submissions.set(submission.indicatorCode, { id: submission.id, version: submission.version });
  }
}
