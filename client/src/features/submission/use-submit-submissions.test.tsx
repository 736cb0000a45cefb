import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderHook } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { createCache } from '../../app/apollo';
import { KECAMATAN, YEAR, percentageAnswer, submission } from '../../test/fixtures';
import { SubmissionListDocument, SubmitSubmissionsDocument } from './submission.documents';
import { type SubmitSubmissionsRequest, useSubmitSubmissions } from './use-submit-submissions';

const clusterRequest: SubmitSubmissionsRequest = { year: YEAR, kecamatanCode: KECAMATAN, clusterCode: 'K1' };
const clusterVariables = { input: { year: YEAR, kecamatanCode: KECAMATAN, indicatorCodes: null, clusterCode: 'K1' } };

type SubmitVariables = {
  input: { year: number; kecamatanCode: string; indicatorCodes: string[] | null; clusterCode: string | null };
};

function mockSubmit(
  result: MockLink.MockedResponse['result'],
  extra: Partial<MockLink.MockedResponse> = {},
  variables: SubmitVariables = clusterVariables,
): MockLink.MockedResponse {
  return { request: { query: SubmitSubmissionsDocument, variables }, result, ...extra };
}

const draftK104 = submission({ indicatorCode: 'K1-04', version: 3, answer: percentageAnswer(45, 60), points: 40 });
const draftK105 = submission({
  indicatorCode: 'K1-05',
  version: 1,
  status: 'RETURNED',
  statusReason: 'Lengkapi',
  answer: percentageAnswer(1, 2),
});

function setup(mocks: MockLink.MockedResponse[]) {
  const cache = createCache();
  cache.writeQuery({
    query: SubmissionListDocument,
    variables: { year: YEAR, kecamatanCode: KECAMATAN },
    data: { submissions: [draftK104, draftK105] },
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MockedProvider mocks={mocks} cache={cache} mockLinkDefaultOptions={{ delay: 0 }}>
      {children}
    </MockedProvider>
  );
  const { result } = renderHook(() => useSubmitSubmissions(), { wrapper });
  const listed = () =>
    cache.readQuery({ query: SubmissionListDocument, variables: { year: YEAR, kecamatanCode: KECAMATAN } })
      ?.submissions ?? [];
  return { submit: result.current, listed };
}

describe('useSubmitSubmissions', () => {
  it('returns what moved and updates the cached submissions from the response, without a refetch', async () => {
    const moved = [
      { ...draftK104, version: 4, status: 'SUBMITTED' as const, statusChangedAt: '2026-05-01T02:00:00.000Z' },
      { ...draftK105, version: 2, status: 'SUBMITTED' as const },
    ];
    const refetch = vi.fn(() => ({ data: { submissions: [] } }));
    const { submit, listed } = setup([
      mockSubmit({ data: { submitSubmissions: { __typename: 'SubmitSuccess', submitted: moved } } }),
      {
        request: { query: SubmissionListDocument, variables: { year: YEAR, kecamatanCode: KECAMATAN } },
        result: refetch,
      },
    ]);
    const outcome = await submit(clusterRequest);
    expect(outcome.kind).toBe('submitted');
    if (outcome.kind !== 'submitted') return;
    expect(outcome.submitted.map((s) => [s.indicatorCode, s.status, s.version])).toEqual([
      ['K1-04', 'SUBMITTED', 4],
      ['K1-05', 'SUBMITTED', 2],
    ]);
    expect(listed().map((s) => [s.indicatorCode, s.status, s.version])).toEqual([
      ['K1-04', 'SUBMITTED', 4],
      ['K1-05', 'SUBMITTED', 2],
    ]);
    expect(refetch).not.toHaveBeenCalled();
  });

  it('sends the listed indicator codes of a single-card submit', async () => {
    const { submit } = setup([
      mockSubmit(
        { data: { submitSubmissions: { __typename: 'SubmitSuccess', submitted: [] } } },
        {},
        { input: { year: YEAR, kecamatanCode: KECAMATAN, indicatorCodes: ['K1-04'], clusterCode: null } },
      ),
    ]);
    expect(await submit({ year: YEAR, kecamatanCode: KECAMATAN, indicatorCodes: ['K1-04'] })).toEqual({
      kind: 'submitted',
      submitted: [],
    });
  });

  it('lists what is incomplete (answer and evidence codes), and nothing changes in the cache', async () => {
    const { submit, listed } = setup([
      mockSubmit({
        data: {
          submitSubmissions: {
            __typename: 'IncompleteSubmissionError',
            code: 'INCOMPLETE_SUBMISSION',
            message: '2 indicators are incomplete',
            items: [
              {
                __typename: 'MissingItem',
                indicatorCode: 'K1-04',
                answerMissing: false,
                unconfirmed: false,
                missingEvidence: ['SK_CAMAT'],
              },
              {
                __typename: 'MissingItem',
                indicatorCode: 'K1-06',
                answerMissing: true,
                unconfirmed: false,
                missingEvidence: ['DATA_ANAK', 'FOTO'],
              },
            ],
          },
        },
      }),
    ]);
    expect(await submit(clusterRequest)).toEqual({
      kind: 'incomplete',
      message: '2 indicators are incomplete',
      items: [
        { indicatorCode: 'K1-04', answerMissing: false, unconfirmed: false, missingEvidence: ['SK_CAMAT'] },
        { indicatorCode: 'K1-06', answerMissing: true, unconfirmed: false, missingEvidence: ['DATA_ANAK', 'FOTO'] },
      ],
    });
    expect(listed().map((s) => s.status)).toEqual(['DRAFT', 'RETURNED']);
  });

  it('names the indicator and state of an invalid transition', async () => {
    const { submit } = setup([
      mockSubmit({
        data: {
          submitSubmissions: {
            __typename: 'InvalidTransitionError',
            code: 'INVALID_TRANSITION',
            message: 'K1-04 is VERIFIED: it cannot be submitted.',
            indicatorCode: 'K1-04',
            currentStatus: 'VERIFIED',
          },
        },
      }),
    ]);
    expect(await submit(clusterRequest)).toEqual({
      kind: 'invalidTransition',
      message: 'K1-04 is VERIFIED: it cannot be submitted.',
      indicatorCode: 'K1-04',
      currentStatus: 'VERIFIED',
    });
  });

  it('maps a closed period, a refusal, a validation error and failures', async () => {
    const periodClosed = setup([
      mockSubmit({
        data: {
          submitSubmissions: { __typename: 'PeriodClosedError', code: 'PERIOD_CLOSED', message: 'closed', year: YEAR },
        },
      }),
    ]);
    expect(await periodClosed.submit(clusterRequest)).toEqual({ kind: 'periodClosed', message: 'closed', year: YEAR });

    const notAllowed = setup([
      mockSubmit({
        data: {
          submitSubmissions: {
            __typename: 'NotAllowedError',
            code: 'NOT_ALLOWED',
            message: 'Only your own kecamatan.',
          },
        },
      }),
    ]);
    expect(await notAllowed.submit(clusterRequest)).toEqual({
      kind: 'notAllowed',
      message: 'Only your own kecamatan.',
    });

    const invalid = setup([
      mockSubmit({
        data: {
          submitSubmissions: {
            __typename: 'ValidationError',
            code: 'VALIDATION_FAILED',
            message: 'Refused',
            fieldErrors: [
              { __typename: 'FieldError', field: 'clusterCode', code: 'REQUIRED', message: 'unknown cluster K9' },
            ],
          },
        },
      }),
    ]);
    expect(await invalid.submit(clusterRequest)).toEqual({
      kind: 'invalid',
      source: 'server',
      message: 'Refused',
      fieldErrors: [{ field: 'clusterCode', code: 'REQUIRED', message: 'unknown cluster K9' }],
    });

    const offline = setup([mockSubmit(undefined, { error: new TypeError('Failed to fetch') })]);
    expect(await offline.submit(clusterRequest)).toEqual({
      kind: 'failed',
      message: 'Failed to fetch',
      retryable: true,
      code: 'NETWORK',
    });

    const expired = setup([
      mockSubmit({ errors: [new GraphQLError('Sign in first.', { extensions: { code: 'UNAUTHENTICATED' } })] }),
    ]);
    expect(await expired.submit(clusterRequest)).toEqual({
      kind: 'failed',
      message: 'Sign in first.',
      retryable: false,
      code: 'UNAUTHENTICATED',
    });
  });
});
