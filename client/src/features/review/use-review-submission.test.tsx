import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderHook } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { createCache } from '../../app/apollo';
import { KECAMATAN, YEAR, percentageAnswer, submission } from '../../test/fixtures';
import { SubmissionListDocument } from '../submission/submission.documents';
import {
  ReopenSubmissionDocument,
  ReturnSubmissionDocument,
  VerifySubmissionDocument,
  VerifySubmissionsDocument,
} from './review.documents';
import { useReviewSubmission } from './use-review-submission';

const submitted = submission({
  indicatorCode: 'K1-04',
  version: 4,
  status: 'SUBMITTED',
  answer: percentageAnswer(45, 60),
  points: 40,
});
const target = { id: submitted.id, version: 4 };

const returnVariables = { input: { submissionId: submitted.id, expectedVersion: 4, reason: 'Penyebut salah' } };
const verifyVariables = (correctedAnswer: unknown, note: string | null) => ({
  input: { submissionId: submitted.id, expectedVersion: 4, correctedAnswer, note },
});

function setup(mocks: MockLink.MockedResponse[]) {
  const cache = createCache();
  cache.writeQuery({
    query: SubmissionListDocument,
    variables: { year: YEAR, kecamatanCode: KECAMATAN },
    data: { submissions: [submitted] },
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MockedProvider mocks={mocks} cache={cache} mockLinkDefaultOptions={{ delay: 0 }}>
      {children}
    </MockedProvider>
  );
  const { result } = renderHook(() => useReviewSubmission(), { wrapper });
  const cached = () =>
    cache.readQuery({ query: SubmissionListDocument, variables: { year: YEAR, kecamatanCode: KECAMATAN } })!
      .submissions[0];
  return { review: result.current, cached };
}

const returnMock = (
  result: MockLink.MockedResponse['result'],
  extra: Partial<MockLink.MockedResponse> = {},
): MockLink.MockedResponse => ({
  request: { query: ReturnSubmissionDocument, variables: returnVariables },
  result,
  ...extra,
});

describe('useReviewSubmission', () => {
  it('returns an answer with its reason, based on the version seen, and the cache shows it returned', async () => {
    const returned = {
      ...submitted,
      version: 5,
      status: 'RETURNED' as const,
      statusReason: 'Penyebut salah',
      returnedVersion: {
        __typename: 'ReturnedVersion' as const,
        answer: percentageAnswer(45, 60),
        note: null,
        evidenceFileIds: [],
      },
    };
    const { review, cached } = setup([returnMock({ data: { returnSubmission: returned } })]);
    const outcome = await review.returnSubmission({ submission: target, reason: '  Penyebut salah ' });
    expect(outcome).toMatchObject({
      kind: 'reviewed',
      action: 'return',
      submission: { status: 'RETURNED', version: 5 },
    });
    expect(cached()).toMatchObject({ status: 'RETURNED', version: 5, statusReason: 'Penyebut salah' });
  });

  it('refuses an empty reason without sending anything', async () => {
    const resultFn = vi.fn(() => ({ data: { returnSubmission: submitted } }));
    const { review } = setup([returnMock(resultFn)]);
    expect(await review.returnSubmission({ submission: target, reason: '   ' })).toEqual({
      kind: 'invalid',
      source: 'client',
      message: 'reason is required',
      fieldErrors: [{ field: 'reason', code: 'REQUIRED', message: 'reason is required' }],
    });
    expect(await review.reopen({ submission: target, reason: '' })).toMatchObject({
      kind: 'invalid',
      source: 'client',
    });
    expect(resultFn).not.toHaveBeenCalled();
  });

  it('maps a ValidationError to field errors', async () => {
    const { review } = setup([
      returnMock({
        data: {
          returnSubmission: {
            __typename: 'ValidationError',
            code: 'VALIDATION_FAILED',
            message: 'Refused',
            fieldErrors: [
              { __typename: 'FieldError', field: 'reason', code: 'TOO_LONG', message: 'reason is too long' },
            ],
          },
        },
      }),
    ]);
    expect(await review.returnSubmission({ submission: target, reason: 'Penyebut salah' })).toEqual({
      kind: 'invalid',
      source: 'server',
      message: 'Refused',
      fieldErrors: [{ field: 'reason', code: 'TOO_LONG', message: 'reason is too long' }],
    });
  });

  it('names the state of an InvalidTransitionError', async () => {
    const { review } = setup([
      returnMock({
        data: {
          returnSubmission: {
            __typename: 'InvalidTransitionError',
            code: 'INVALID_TRANSITION',
            message: 'K1-04 is VERIFIED: it cannot be returned.',
            indicatorCode: 'K1-04',
            currentStatus: 'VERIFIED',
          },
        },
      }),
    ]);
    expect(await review.returnSubmission({ submission: target, reason: 'Penyebut salah' })).toEqual({
      kind: 'invalidTransition',
      message: 'K1-04 is VERIFIED: it cannot be returned.',
      indicatorCode: 'K1-04',
      currentStatus: 'VERIFIED',
    });
  });

  it('on a StaleVersionError gives the current submission and puts it in the cache (the row reloads)', async () => {
    const current = {
      ...submitted,
      version: 6,
      status: 'VERIFIED' as const,
      verifiedAnswer: percentageAnswer(45, 60),
      verifiedPoints: 40,
    };
    const { review, cached } = setup([
      returnMock({
        data: {
          returnSubmission: {
            __typename: 'StaleVersionError',
            code: 'STALE_VERSION',
            message: 'Changed meanwhile',
            current,
          },
        },
      }),
    ]);
    const outcome = await review.returnSubmission({ submission: target, reason: 'Penyebut salah' });
    expect(outcome).toMatchObject({
      kind: 'stale',
      message: 'Changed meanwhile',
      current: { version: 6, status: 'VERIFIED' },
    });
    expect(cached()).toMatchObject({ version: 6, status: 'VERIFIED' });
  });

  it('names a NotAllowedError and failures', async () => {
    const notAllowed = setup([
      returnMock({
        data: {
          returnSubmission: { __typename: 'NotAllowedError', code: 'NOT_ALLOWED', message: 'Only evaluators review.' },
        },
      }),
    ]);
    expect(await notAllowed.review.returnSubmission({ submission: target, reason: 'Penyebut salah' })).toEqual({
      kind: 'notAllowed',
      message: 'Only evaluators review.',
    });

    const offline = setup([returnMock(undefined, { error: new TypeError('Failed to fetch') })]);
    expect(await offline.review.returnSubmission({ submission: target, reason: 'Penyebut salah' })).toEqual({
      kind: 'failed',
      message: 'Failed to fetch',
      retryable: true,
      code: 'NETWORK',
    });

    const expired = setup([
      returnMock({ errors: [new GraphQLError('Sign in first.', { extensions: { code: 'UNAUTHENTICATED' } })] }),
    ]);
    expect(await expired.review.returnSubmission({ submission: target, reason: 'Penyebut salah' })).toMatchObject({
      kind: 'failed',
      retryable: false,
      code: 'UNAUTHENTICATED',
    });
  });

  it('verifies as entered, or corrected with a note; a correction without a note is not sent', async () => {
    const verified = {
      ...submitted,
      version: 5,
      status: 'VERIFIED' as const,
      verifiedAnswer: percentageAnswer(30, 60),
      verifiedPoints: 20,
      verificationNote: 'Data Disdukcapil',
    };
    const asEntered = vi.fn(() => ({
      data: {
        verifySubmission: {
          ...verified,
          verifiedAnswer: percentageAnswer(45, 60),
          verifiedPoints: 40,
          verificationNote: null,
        },
      },
    }));
    const { review, cached } = setup([
      { request: { query: VerifySubmissionDocument, variables: verifyVariables(null, null) }, result: asEntered },
      {
        request: {
          query: VerifySubmissionDocument,
          variables: verifyVariables({ numerator: 30, denominator: 60 }, 'Data Disdukcapil'),
        },
        result: { data: { verifySubmission: verified } },
      },
    ]);
    expect(
      await review.verify({ submission: target, correctedAnswer: { numerator: 30, denominator: 60 }, note: '  ' }),
    ).toMatchObject({
      kind: 'invalid',
      source: 'client',
      fieldErrors: [{ field: 'note', code: 'REQUIRED' }],
    });
    expect(await review.verify({ submission: target })).toMatchObject({
      kind: 'reviewed',
      action: 'verify',
      submission: { verifiedPoints: 40 },
    });
    expect(asEntered).toHaveBeenCalledTimes(1);
    const corrected = await review.verify({
      submission: target,
      correctedAnswer: { numerator: 30, denominator: 60 },
      note: 'Data Disdukcapil',
    });
    expect(corrected).toMatchObject({
      kind: 'reviewed',
      submission: { verifiedPoints: 20, verificationNote: 'Data Disdukcapil' },
    });
    expect(cached()).toMatchObject({ status: 'VERIFIED', verifiedPoints: 20 });
  });

  it('reopens a verified answer with a reason', async () => {
    const reopened = { ...submitted, version: 8, status: 'SUBMITTED' as const, statusReason: 'Cek ulang' };
    const { review } = setup([
      {
        request: {
          query: ReopenSubmissionDocument,
          variables: { input: { submissionId: submitted.id, expectedVersion: 7, reason: 'Cek ulang' } },
        },
        result: { data: { reopenSubmission: reopened } },
      },
    ]);
    expect(await review.reopen({ submission: { id: submitted.id, version: 7 }, reason: 'Cek ulang' })).toMatchObject({
      kind: 'reviewed',
      action: 'reopen',
      submission: { status: 'SUBMITTED', statusReason: 'Cek ulang' },
    });
  });

  describe('verifyMany (bulk, all or none)', () => {
    const bulk = (ids: string[], result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
      request: { query: VerifySubmissionsDocument, variables: { input: { submissionIds: ids } } },
      result,
    });

    it('returns the verified submissions and updates the cache', async () => {
      const { review, cached } = setup([
        bulk([submitted.id], {
          data: {
            verifySubmissions: {
              __typename: 'VerifySubmissionsSuccess',
              verified: [{ ...submitted, version: 5, status: 'VERIFIED' }],
            },
          },
        }),
      ]);
      const outcome = await review.verifyMany([submitted.id]);
      expect(outcome.kind).toBe('verified');
      expect(cached()).toMatchObject({ status: 'VERIFIED', version: 5 });
    });

    it('names the indicator and state that made the server refuse all', async () => {
      const { review, cached } = setup([
        bulk(['a', 'b'], {
          data: {
            verifySubmissions: {
              __typename: 'InvalidTransitionError',
              code: 'INVALID_TRANSITION',
              message: 'K2-08 is RETURNED: it cannot be verified.',
              indicatorCode: 'K2-08',
              currentStatus: 'RETURNED',
            },
          },
        }),
      ]);
      expect(await review.verifyMany(['a', 'b'])).toEqual({
        kind: 'invalidTransition',
        message: 'K2-08 is RETURNED: it cannot be verified.',
        indicatorCode: 'K2-08',
        currentStatus: 'RETURNED',
      });
      expect(cached().status).toBe('SUBMITTED');
    });

    it('maps ValidationError, NotAllowedError and refuses an empty selection locally', async () => {
      const { review } = setup([
        bulk(['x'], {
          data: {
            verifySubmissions: {
              __typename: 'ValidationError',
              code: 'VALIDATION_FAILED',
              message: 'Refused',
              fieldErrors: [
                {
                  __typename: 'FieldError',
                  field: 'submissionIds',
                  code: 'REQUIRED',
                  message: 'some submissionIds do not exist',
                },
              ],
            },
          },
        }),
        bulk(['y'], {
          data: {
            verifySubmissions: { __typename: 'NotAllowedError', code: 'NOT_ALLOWED', message: 'Only evaluators.' },
          },
        }),
      ]);
      expect(await review.verifyMany(['x'])).toMatchObject({
        kind: 'invalid',
        source: 'server',
        fieldErrors: [{ message: 'some submissionIds do not exist' }],
      });
      expect(await review.verifyMany(['y'])).toEqual({ kind: 'notAllowed', message: 'Only evaluators.' });
      expect(await review.verifyMany([])).toMatchObject({ kind: 'invalid', source: 'client' });
    });
  });
});
