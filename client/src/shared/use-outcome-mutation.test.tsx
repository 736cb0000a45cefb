import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderHook } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import type { TFunction } from 'i18next';
import { GraphQLError } from 'graphql';
import { createCache } from '../app/apollo';
import { useOpenPeriod } from '../features/period/use-period-admin';
import { OpenPeriodDocument } from '../features/period/period-admin.documents';
import { useSetUserActive } from '../features/account/use-user-account';
import { SetUserActiveDocument } from '../features/account/account.documents';
import { failureText, placeFieldErrors, refusalText } from './outcome-text';

const request = { year: 2027, indicatorSetCode: 'KLA-24', deadline: '2027-03-31T16:59:00.000Z' };
const openMock = (result: MockLink.MockedResponse['result'], extra: Partial<MockLink.MockedResponse> = {}) => ({
  request: { query: OpenPeriodDocument, variables: request },
  result,
  ...extra,
});

function wrapperOf(mocks: MockLink.MockedResponse[]) {
  return ({ children }: { children: ReactNode }) => (
    <MockedProvider mocks={mocks} cache={createCache()} mockLinkDefaultOptions={{ delay: 0 }}>
      {children}
    </MockedProvider>
  );
}

const fieldError = (field: string, code: string, message: string) => ({
  __typename: 'FieldError' as const,
  field,
  code,
  message,
});

// A stand-in for i18next's `t`: the key and its options, so the mapping is visible.
const t = ((key: string, options?: Record<string, unknown>) =>
  options?.message
    ? `${key}:${String(options.message)}`
    : options?.defaultValue
      ? `${key}|${String(options.defaultValue)}`
      : key) as unknown as TFunction;

describe('useOutcomeMutation (through the period and account hooks)', () => {
  it('names the success of a result union', async () => {
    const period = {
      __typename: 'Period' as const,
      id: 'p-2027',
      year: 2027,
      status: 'OPEN' as const,
      deadline: request.deadline,
      statusReason: null,
      demo: false,
      indicatorSet: { __typename: 'IndicatorSet' as const, id: 's', code: 'KLA-24', name: 'KLA 24' },
    };
    const { result } = renderHook(() => useOpenPeriod(), {
      wrapper: wrapperOf([openMock({ data: { openPeriod: period } })]),
    });
    expect(await result.current(request)).toMatchObject({ kind: 'saved', period: { year: 2027 } });
  });

  it('maps a ValidationError to an invalid outcome naming the fields', async () => {
    const refused = {
      __typename: 'ValidationError' as const,
      code: 'VALIDATION',
      message: 'invalid input',
      fieldErrors: [fieldError('year', 'DUPLICATE', 'year 2027 already exists')],
    };
    const { result } = renderHook(() => useOpenPeriod(), {
      wrapper: wrapperOf([openMock({ data: { openPeriod: refused } })]),
    });
    const outcome = await result.current(request);
    expect(outcome).toEqual({
      kind: 'invalid',
      source: 'server',
      message: 'invalid input',
      fieldErrors: [{ field: 'year', code: 'DUPLICATE', message: 'year 2027 already exists' }],
    });
    expect(refusalText(t, outcome as never)).toBe('account.fieldError.DUPLICATE|year 2027 already exists');
  });

  it('turns a GraphQL error and a network error into failures instead of throwing', async () => {
    const { result } = renderHook(() => useOpenPeriod(), {
      wrapper: wrapperOf([
        openMock({ errors: [new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN' } })] }),
        openMock(undefined, { error: new TypeError('Failed to fetch') }),
      ]),
    });
    const refused = await result.current(request);
    expect(refused).toMatchObject({ kind: 'failed', retryable: false, code: 'FORBIDDEN', message: 'Forbidden' });
    expect(refusalText(t, refused as never)).toBe('common.errorWithMessage:Forbidden');
    const offline = await result.current(request);
    expect(offline).toMatchObject({ kind: 'failed', retryable: true, code: 'NETWORK' });
    expect(refusalText(t, offline as never)).toBe('errors.network');
  });

  it('sends the variables a feature hook builds (deactivating an account)', async () => {
    const user = { id: 'u1', role: 'OPERATOR' as const };
    const account = {
      __typename: 'UserAccount' as const,
      id: 'u1',
      username: 'op-3275-09',
      displayName: 'Operator Jatiasih',
      role: 'OPERATOR' as const,
      kecamatan: null,
      active: false,
      mustChangePassword: false,
      lastLoginAt: null,
    };
    const mocks = [
      {
        request: { query: SetUserActiveDocument, variables: { id: 'u1', active: false } },
        result: { data: { setUserActive: account } },
      },
    ];
    const { result } = renderHook(() => useSetUserActive(user), { wrapper: wrapperOf(mocks) });
    expect(await result.current[0](false)).toMatchObject({ kind: 'saved', user: { active: false } });
  });
});

describe('outcome-text', () => {
  it('puts each field error beside its field and returns the others on one line', () => {
    const setError = vi.fn();
    const rest = placeFieldErrors(
      t,
      [
        { field: 'name', code: 'REQUIRED', message: 'name is required' },
        { field: 'input', code: 'TOO_LONG', message: 'too long' },
      ],
      ['name', 'integratorId'] as const,
      setError,
    );
    expect(setError).toHaveBeenCalledWith('name', { message: 'account.fieldError.REQUIRED|name is required' });
    expect(rest).toBe('account.fieldError.TOO_LONG|too long');
    expect(placeFieldErrors(t, [], ['name'] as const, setError)).toBeNull();
  });

  it('words a failure: no connection for network trouble, the message otherwise', () => {
    expect(failureText(t, { kind: 'failed', message: 'Failed to fetch', retryable: true, code: 'NETWORK' })).toBe(
      'errors.network',
    );
    expect(failureText(t, { kind: 'failed', message: 'Bad Gateway', retryable: true, code: 'HTTP_502' })).toBe(
      'common.errorWithMessage:Bad Gateway',
    );
  });
});
