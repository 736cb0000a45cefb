import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderHook } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { createCache } from '../../app/apollo';
import { KECAMATAN, YEAR, percentageAnswer, submission } from '../../test/fixtures';
import { SaveSubmissionDocument, SubmissionListDocument } from './submission.documents';
import type { SaveSubmissionRequest } from './submission-saver';
import { useSaveSubmission } from './use-save-submission';

const request: SaveSubmissionRequest = {
  year: YEAR,
  kecamatanCode: KECAMATAN,
  indicatorCode: 'K1-04',
  measureType: 'PERCENTAGE',
  optionValues: [],
  draft: { answer: { numerator: 45, denominator: 60 }, note: 'Data Disdukcapil' },
  expectedVersion: 2,
};

const expectedVariables = {
  input: {
    year: YEAR,
    kecamatanCode: KECAMATAN,
    indicatorCode: 'K1-04',
    answer: { numerator: 45, denominator: 60 },
    note: 'Data Disdukcapil',
    expectedVersion: 2,
  },
};

function mockSave(
  result: MockLink.MockedResponse['result'],
  extra: Partial<MockLink.MockedResponse> = {},
): MockLink.MockedResponse {
  return { request: { query: SaveSubmissionDocument, variables: expectedVariables }, result, ...extra };
}

function setup(mocks: MockLink.MockedResponse[]) {
  const cache = createCache();
  cache.writeQuery({
    query: SubmissionListDocument,
    variables: { year: YEAR, kecamatanCode: KECAMATAN },
    data: { submissions: [submission({ indicatorCode: 'KEL-01', version: 4 })] },
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MockedProvider mocks={mocks} cache={cache} mockLinkDefaultOptions={{ delay: 0 }}>
      {children}
    </MockedProvider>
  );
  const { result } = renderHook(() => useSaveSubmission(), { wrapper });
  const listed = () =>
    cache.readQuery({ query: SubmissionListDocument, variables: { year: YEAR, kecamatanCode: KECAMATAN } })
      ?.submissions ?? [];
  return { save: result.current, cache, listed };
}

describe('useSaveSubmission', () => {
  it('returns the saved submission and adds it to the cached list without a refetch', async () => {
    const saved = submission({
      indicatorCode: 'K1-04',
      version: 3,
      answer: percentageAnswer(45, 60),
      note: 'Data Disdukcapil',
      points: 40,
    });
    const { save, listed } = setup([mockSave({ data: { saveSubmission: saved } })]);
    const outcome = await save(request);
    expect(outcome).toEqual({
      kind: 'saved',
      submission: expect.objectContaining({ id: 'sub-K1-04', version: 3, points: 40 }),
    });
    expect(listed().map((s) => [s.indicatorCode, s.version])).toEqual([
      ['KEL-01', 4],
      ['K1-04', 3],
    ]);
  });

  it('maps a ValidationError to field errors', async () => {
    const { save } = setup([
      mockSave({
        data: {
          saveSubmission: {
            __typename: 'ValidationError',
            code: 'VALIDATION_FAILED',
            message: 'The answer was refused',
            fieldErrors: [
              {
                __typename: 'FieldError',
                field: 'answer.numerator',
                code: 'NUMERATOR_EXCEEDS_DENOMINATOR',
                message: 'answer.numerator must not be greater than the denominator',
              },
            ],
          },
        },
      }),
    ]);
    const outcome = await save(request);
    expect(outcome).toEqual({
      kind: 'invalid',
      source: 'server',
      message: 'The answer was refused',
      fieldErrors: [
        {
          field: 'answer.numerator',
          code: 'NUMERATOR_EXCEEDS_DENOMINATOR',
          message: 'answer.numerator must not be greater than the denominator',
        },
      ],
    });
  });

  it('returns the current server value on a StaleVersionError and caches it', async () => {
    const current = submission({ indicatorCode: 'K1-04', version: 5, answer: percentageAnswer(50, 60) });
    const { save, listed } = setup([
      mockSave({
        data: {
          saveSubmission: {
            __typename: 'StaleVersionError',
            code: 'STALE_VERSION',
            message: 'Someone saved first',
            current,
          },
        },
      }),
    ]);
    const outcome = await save(request);
    expect(outcome.kind).toBe('stale');
    if (outcome.kind !== 'stale') return;
    expect(outcome.current.version).toBe(5);
    expect(outcome.current.answer?.numerator).toBe(50);
    expect(listed().find((s) => s.indicatorCode === 'K1-04')?.version).toBe(5);
  });

  it('names a closed period', async () => {
    const { save } = setup([
      mockSave({
        data: {
          saveSubmission: {
            __typename: 'PeriodClosedError',
            code: 'PERIOD_CLOSED',
            message: 'Period 2026 is closed',
            year: 2026,
          },
        },
      }),
    ]);
    expect(await save(request)).toEqual({ kind: 'periodClosed', message: 'Period 2026 is closed', year: 2026 });
  });

  it('names a refusal by role or scope', async () => {
    const { save } = setup([
      mockSave({
        data: {
          saveSubmission: {
            __typename: 'NotAllowedError',
            code: 'NOT_ALLOWED',
            message: 'Only operators enter answers.',
          },
        },
      }),
    ]);
    expect(await save(request)).toEqual({ kind: 'notAllowed', message: 'Only operators enter answers.' });
  });

  it('names a submitted or verified answer as locked, with its state', async () => {
    const { save } = setup([
      mockSave({
        data: {
          saveSubmission: {
            __typename: 'InvalidTransitionError',
            code: 'INVALID_TRANSITION',
            message: 'K1-04 is SUBMITTED: it cannot be changed.',
            currentStatus: 'SUBMITTED',
          },
        },
      }),
    ]);
    expect(await save(request)).toEqual({
      kind: 'invalidTransition',
      message: 'K1-04 is SUBMITTED: it cannot be changed.',
      currentStatus: 'SUBMITTED',
    });
  });

  it('reports network trouble as a retryable failure', async () => {
    const { save } = setup([mockSave(undefined, { error: new TypeError('Failed to fetch') })]);
    expect(await save(request)).toEqual({
      kind: 'failed',
      message: 'Failed to fetch',
      retryable: true,
      code: 'NETWORK',
    });
  });

  it('reports a GraphQL error (e.g. session expired) as a failure not to retry', async () => {
    const { save } = setup([
      mockSave({ errors: [new GraphQLError('Sign in first.', { extensions: { code: 'UNAUTHENTICATED' } })] }),
    ]);
    expect(await save(request)).toEqual({
      kind: 'failed',
      message: 'Sign in first.',
      retryable: false,
      code: 'UNAUTHENTICATED',
    });
  });

  it('refuses an invalid answer with the domain rules without sending anything', async () => {
    const resultFn = vi.fn(() => ({ data: { saveSubmission: submission({ indicatorCode: 'K1-04' }) } }));
    const { save } = setup([mockSave(resultFn)]);
    const outcome = await save({ ...request, draft: { answer: { numerator: 70, denominator: 60 }, note: null } });
    expect(outcome).toMatchObject({
      kind: 'invalid',
      source: 'client',
      fieldErrors: [{ field: 'answer.numerator', code: 'NUMERATOR_EXCEEDS_DENOMINATOR' }],
    });
    expect(resultFn).not.toHaveBeenCalled();
  });
});
