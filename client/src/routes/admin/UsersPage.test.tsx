import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import type { MockLink } from '@apollo/client/testing';
import {
  ApiTokensDocument,
  CreateApiTokenDocument,
  CreateUserDocument,
  ResetPasswordDocument,
  SetUserActiveDocument,
  UsersDocument,
} from '../../features/account/account.documents';
import type { ApiTokenFieldsFragment, UserAccountFieldsFragment } from '../../gql/graphql';
import { renderWithApollo } from '../../test/render';
import { UsersPage } from './UsersPage';

const jatiasih = { __typename: 'Kecamatan' as const, code: '32.75.09', name: 'Jatiasih' };
const account = (overrides: Partial<UserAccountFieldsFragment>): UserAccountFieldsFragment => ({
  __typename: 'UserAccount',
  id: 'u-op',
  username: 'op-3275-09',
  displayName: 'Operator Jatiasih',
  role: 'OPERATOR',
  kecamatan: jatiasih,
  active: true,
  mustChangePassword: false,
  lastLoginAt: null,
  ...overrides,
});
const operator = account({});
const admin = account({
  id: 'u-admin',
  username: 'admin',
  displayName: 'Admin DP3A',
  role: 'ADMIN',
  kecamatan: null,
  lastLoginAt: '2026-03-01T02:00:00.000Z',
});

function usersMock(users: UserAccountFieldsFragment[]): MockLink.MockedResponse {
  return { request: { query: UsersDocument }, result: { data: { users, kecamatans: [jatiasih] } }, maxUsageCount: 3 };
}

function tokenOf(overrides: Partial<ApiTokenFieldsFragment>): ApiTokenFieldsFragment {
  return {
    __typename: 'ApiToken',
    id: 't',
    name: 'token',
    integrator: {
      __typename: 'TokenIntegrator',
      id: 'u-int',
      username: 'satu-data',
      displayName: 'Satu Data',
      active: true,
    },
    createdAt: '2026-03-01T02:00:00.000Z',
    revokedAt: null,
    lastUsedAt: null,
    ...overrides,
  };
}

function tokensMock(apiTokens: ApiTokenFieldsFragment[]): MockLink.MockedResponse {
  return { request: { query: ApiTokensDocument }, result: { data: { apiTokens } } };
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  return renderWithApollo(
    <MemoryRouter>
      <UsersPage />
    </MemoryRouter>,
    { mocks },
  );
}

describe('UsersPage', () => {
  it('lists the accounts with role, kecamatan, status and last sign-in', async () => {
    renderPage([usersMock([admin, operator])]);
    const row = await screen.findByTestId('user-row-op-3275-09');
    expect(row).toHaveTextContent('Operator Jatiasih');
    expect(row).toHaveTextContent('Jatiasih');
    expect(row).toHaveTextContent('Aktif');
    expect(row).toHaveTextContent('Belum pernah');
    expect(within(screen.getByTestId('users-table')).getAllByRole('row')).toHaveLength(3);
  });

  it('checks a new account with the shared password policy before sending, and requires a kecamatan for an operator', async () => {
    const user = userEvent.setup();
    renderPage([usersMock([admin])]);
    await user.click(await screen.findByTestId('create-user'));
    await user.type(screen.getByTestId('user-username'), 'op-baru');
    await user.type(screen.getByTestId('user-displayname'), 'Operator Baru');
    await user.type(screen.getByTestId('user-password'), 'bekasi123');
    await user.click(screen.getByTestId('user-submit'));
    expect(await screen.findByText('Minimal 10 karakter.')).toBeInTheDocument();
    expect(screen.getByText('Operator wajib punya kecamatan.')).toBeInTheDocument();
    await user.clear(screen.getByTestId('user-password'));
    await user.type(screen.getByTestId('user-password'), 'indonesia123');
    await user.click(screen.getByTestId('user-submit'));
    expect(await screen.findByText('Kata sandi ini terlalu umum; pilih yang lain.')).toBeInTheDocument();
    await user.clear(screen.getByTestId('user-password'));
    await user.type(screen.getByTestId('user-password'), 'op-baru-op-baru');
    await user.clear(screen.getByTestId('user-username'));
    await user.type(screen.getByTestId('user-username'), 'op-baru-op-baru');
    await user.click(screen.getByTestId('user-submit'));
    expect(await screen.findByText('Kata sandi tidak boleh sama dengan nama pengguna.')).toBeInTheDocument();
  });

  it('creates an operator and shows the server’s field errors beside their fields', async () => {
    const user = userEvent.setup();
    const input = {
      username: 'op-3275-09',
      displayName: 'Operator Dua',
      role: 'OPERATOR',
      kecamatanCode: '32.75.09',
      password: 'Jatiasih-Ramah-Anak-7',
    };
    renderPage([
      usersMock([admin, operator]),
      {
        request: { query: CreateUserDocument, variables: { input } },
        result: {
          data: {
            createUser: {
              __typename: 'ValidationError',
              code: 'VALIDATION_FAILED',
              message: 'username op-3275-09 is already used',
              fieldErrors: [
                {
                  __typename: 'FieldError',
                  field: 'username',
                  code: 'TAKEN',
                  message: 'username op-3275-09 is already used',
                },
              ],
            },
          },
        },
      },
    ]);
    await user.click(await screen.findByTestId('create-user'));
    await user.type(screen.getByTestId('user-username'), input.username);
    await user.type(screen.getByTestId('user-displayname'), input.displayName);
    await user.selectOptions(screen.getByTestId('user-kecamatan'), '32.75.09');
    await user.type(screen.getByTestId('user-password'), input.password);
    await user.click(screen.getByTestId('user-submit'));
    expect(await screen.findByText('Nama pengguna ini sudah dipakai.')).toBeInTheDocument();
    expect(screen.getByTestId('user-username')).toHaveAttribute('aria-invalid', 'true');
  });

  it('creates an account and shows it in the list', async () => {
    const user = userEvent.setup();
    const created = account({
      id: 'u-new',
      username: 'evaluator-2',
      displayName: 'Evaluator Dua',
      role: 'EVALUATOR',
      kecamatan: null,
      mustChangePassword: true,
    });
    renderPage([
      { request: { query: UsersDocument }, result: { data: { users: [admin], kecamatans: [jatiasih] } } },
      {
        request: {
          query: CreateUserDocument,
          variables: {
            input: {
              username: 'evaluator-2',
              displayName: 'Evaluator Dua',
              role: 'EVALUATOR',
              kecamatanCode: null,
              password: 'Kalimalang-Bersih-2026',
            },
          },
        },
        result: { data: { createUser: created } },
      },
      { request: { query: UsersDocument }, result: { data: { users: [admin, created], kecamatans: [jatiasih] } } },
    ]);
    await user.click(await screen.findByTestId('create-user'));
    await user.type(screen.getByTestId('user-username'), 'evaluator-2');
    await user.type(screen.getByTestId('user-displayname'), 'Evaluator Dua');
    await user.selectOptions(screen.getByTestId('user-role'), 'EVALUATOR');
    expect(screen.getByTestId('user-kecamatan')).toBeDisabled();
    await user.type(screen.getByTestId('user-password'), 'Kalimalang-Bersih-2026');
    await user.click(screen.getByTestId('user-submit'));
    expect(await screen.findByTestId('users-notice')).toHaveTextContent('Pengguna evaluator-2 dibuat');
    expect(await screen.findByTestId('user-row-evaluator-2')).toHaveTextContent('wajib ganti kata sandi');
  });

  it('creates an integrator account: no password, no kecamatan, no forced password change', async () => {
    const user = userEvent.setup();
    const created = account({
      id: 'u-int',
      username: 'satu-data',
      displayName: 'Satu Data',
      role: 'INTEGRATOR',
      kecamatan: null,
    });
    renderPage([
      { request: { query: UsersDocument }, result: { data: { users: [admin], kecamatans: [jatiasih] } } },
      tokensMock([]),
      {
        request: {
          query: CreateUserDocument,
          variables: {
            input: {
              username: 'satu-data',
              displayName: 'Satu Data',
              role: 'INTEGRATOR',
              kecamatanCode: null,
              password: null,
            },
          },
        },
        result: { data: { createUser: created } },
      },
      { request: { query: UsersDocument }, result: { data: { users: [admin, created], kecamatans: [jatiasih] } } },
    ]);
    await user.click(await screen.findByTestId('create-user'));
    await user.type(screen.getByTestId('user-username'), 'satu-data');
    await user.type(screen.getByTestId('user-displayname'), 'Satu Data');
    await user.selectOptions(screen.getByTestId('user-role'), 'INTEGRATOR');
    expect(screen.getByTestId('user-kecamatan')).toBeDisabled();
    expect(screen.queryByTestId('user-password')).not.toBeInTheDocument();
    expect(screen.getByTestId('integrator-hint')).toHaveTextContent('tidak bisa masuk');
    await user.click(screen.getByTestId('user-submit'));
    expect(await screen.findByTestId('users-notice')).toHaveTextContent('Akun integrator satu-data dibuat');
    const row = await screen.findByTestId('user-row-satu-data');
    expect(row).not.toHaveTextContent('wajib ganti kata sandi');
    expect(within(row).queryByTestId('user-reset-satu-data')).not.toBeInTheDocument();
  });

  it('creates an API token for a chosen integrator account and shows its secret once', async () => {
    const user = userEvent.setup();
    const integrator = account({
      id: 'u-int',
      username: 'satu-data',
      displayName: 'Satu Data',
      role: 'INTEGRATOR',
      kecamatan: null,
    });
    const inactive = account({
      id: 'u-old',
      username: 'lama',
      displayName: 'Sistem lama',
      role: 'INTEGRATOR',
      kecamatan: null,
      active: false,
    });
    const token = tokenOf({ id: 't1', name: 'Sinkron harian' });
    renderPage([
      usersMock([admin, operator, integrator, inactive]),
      tokensMock([]),
      {
        request: {
          query: CreateApiTokenDocument,
          variables: { input: { name: 'Sinkron harian', integratorId: 'u-int' } },
        },
        result: { data: { createApiToken: { __typename: 'ApiTokenCreated', secret: 'kct_rahasia-sekali', token } } },
      },
      tokensMock([token]),
    ]);
    const select = await screen.findByTestId('token-integrator');
    // Only active integrator accounts can be chosen.
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Pilih akun integrator…', 'Satu Data (satu-data)']);
    await user.click(screen.getByTestId('token-submit'));
    expect(await screen.findAllByText('Wajib diisi.')).toHaveLength(2);
    await user.selectOptions(select, 'u-int');
    await user.type(screen.getByTestId('token-name'), 'Sinkron harian');
    await user.click(screen.getByTestId('token-submit'));
    expect(await screen.findByTestId('token-secret')).toHaveTextContent('kct_rahasia-sekali');
    expect(await screen.findByTestId('token-row-Sinkron harian')).toHaveTextContent('Satu Data (satu-data)');
    expect(screen.getByTestId('token-name')).toHaveValue('');
  });

  it('deactivates only after a confirmation', async () => {
    const user = userEvent.setup();
    renderPage([
      usersMock([admin, operator]),
      {
        request: { query: SetUserActiveDocument, variables: { id: 'u-op', active: false } },
        result: { data: { setUserActive: { ...operator, active: false } } },
      },
    ]);
    await user.click(await screen.findByTestId('user-deactivate-op-3275-09'));
    expect(screen.getByText(/Semua sesinya langsung berakhir/)).toBeInTheDocument();
    await user.click(screen.getByTestId('user-confirm-op-3275-09'));
    const row = screen.getByTestId('user-row-op-3275-09');
    await waitFor(() => expect(row).toHaveTextContent('Nonaktif'));
    expect(within(row).getByTestId('user-deactivate-op-3275-09')).toHaveTextContent('Aktifkan');
  });

  it('resets a password with the policy checked first', async () => {
    const user = userEvent.setup();
    renderPage([
      usersMock([admin, operator]),
      {
        request: { query: ResetPasswordDocument, variables: { id: 'u-op', newPassword: 'Sepeda-Biru-Kalimalang-42' } },
        result: { data: { resetPassword: { ...operator, mustChangePassword: true } } },
      },
    ]);
    await user.click(await screen.findByTestId('user-reset-op-3275-09'));
    await user.type(screen.getByTestId('user-reset-password-op-3275-09'), 'pendek');
    await user.click(screen.getByTestId('user-reset-submit-op-3275-09'));
    expect(await screen.findByText('Minimal 10 karakter.')).toBeInTheDocument();
    await user.clear(screen.getByTestId('user-reset-password-op-3275-09'));
    await user.type(screen.getByTestId('user-reset-password-op-3275-09'), 'Sepeda-Biru-Kalimalang-42');
    await user.click(screen.getByTestId('user-reset-submit-op-3275-09'));
    expect(await screen.findByText('Kata sandi op-3275-09 diatur ulang.')).toBeInTheDocument();
    expect(screen.getByTestId('user-row-op-3275-09')).toHaveTextContent('wajib ganti kata sandi');
  });
});
