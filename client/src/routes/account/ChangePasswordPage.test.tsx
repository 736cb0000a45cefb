import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { MockLink } from '@apollo/client/testing';
import { ChangePasswordDocument, LogoutEverywhereDocument, MeDocument } from '../../features/auth/auth.documents';
import { RequireRole } from '../../features/auth/RequireRole';
import { renderWithApollo } from '../../test/render';
import { ChangePasswordPage } from './ChangePasswordPage';

const newOperator = {
  __typename: 'User' as const,
  id: 'u-new',
  username: 'op-jatiasih-2',
  displayName: 'Operator Jatiasih Dua',
  role: 'OPERATOR' as const,
  kecamatan: { __typename: 'Kecamatan' as const, code: '32.75.09', name: 'Jatiasih' },
  mustChangePassword: true,
};

function renderAt(path: string, mocks: MockLink.MockedResponse[]) {
  return renderWithApollo(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route
          path="/isian"
          element={
            <RequireRole roles={['OPERATOR']}>
              <p data-testid="operator-form">isian</p>
            </RequireRole>
          }
        />
        <Route
          path="/kata-sandi"
          element={
            <RequireRole roles={['ADMIN', 'EVALUATOR', 'OPERATOR']}>
              <ChangePasswordPage />
            </RequireRole>
          }
        />
        <Route path="/masuk" element={<p data-testid="login-page">masuk</p>} />
      </Routes>
    </MemoryRouter>,
    { mocks },
  );
}

describe('ChangePasswordPage', () => {
  it('is the only page while the password must be changed, and leads to the form once changed', async () => {
    const user = userEvent.setup();
    renderAt('/isian', [
      { request: { query: MeDocument }, result: { data: { me: newOperator } } },
      {
        request: {
          query: ChangePasswordDocument,
          variables: { currentPassword: 'Jatiasih-Ramah-Anak-7', newPassword: 'Sepeda-Biru-Kalimalang-42' },
        },
        result: { data: { changePassword: { ...newOperator, mustChangePassword: false } } },
      },
    ]);
    expect(await screen.findByTestId('must-change-password')).toBeInTheDocument();
    expect(screen.queryByTestId('operator-form')).not.toBeInTheDocument();
    await user.type(screen.getByTestId('change-password-current'), 'Jatiasih-Ramah-Anak-7');
    await user.type(screen.getByTestId('change-password-new'), 'op-jatiasih-2');
    await user.click(screen.getByTestId('change-password-submit'));
    expect(await screen.findByText('Kata sandi tidak boleh sama dengan nama pengguna.')).toBeInTheDocument();
    await user.clear(screen.getByTestId('change-password-new'));
    await user.type(screen.getByTestId('change-password-new'), 'Sepeda-Biru-Kalimalang-42');
    await user.click(screen.getByTestId('change-password-submit'));
    expect(await screen.findByTestId('operator-form')).toBeInTheDocument();
  });

  it('shows a wrong current password beside its field', async () => {
    const user = userEvent.setup();
    renderAt('/kata-sandi', [
      { request: { query: MeDocument }, result: { data: { me: { ...newOperator, mustChangePassword: false } } } },
      {
        request: {
          query: ChangePasswordDocument,
          variables: { currentPassword: 'salah-sekali', newPassword: 'Sepeda-Biru-Kalimalang-42' },
        },
        result: {
          data: {
            changePassword: {
              __typename: 'ValidationError',
              code: 'VALIDATION_FAILED',
              message: 'x',
              fieldErrors: [
                {
                  __typename: 'FieldError',
                  field: 'currentPassword',
                  code: 'WRONG_PASSWORD',
                  message: 'currentPassword is not your current password',
                },
              ],
            },
          },
        },
      },
    ]);
    expect(screen.queryByTestId('must-change-password')).not.toBeInTheDocument();
    await user.type(await screen.findByTestId('change-password-current'), 'salah-sekali');
    await user.type(screen.getByTestId('change-password-new'), 'Sepeda-Biru-Kalimalang-42');
    await user.click(screen.getByTestId('change-password-submit'));
    expect(await screen.findByText('Kata sandi saat ini salah.')).toBeInTheDocument();
  });

  it('signs out on every device', async () => {
    const user = userEvent.setup();
    renderAt('/kata-sandi', [
      { request: { query: MeDocument }, result: { data: { me: { ...newOperator, mustChangePassword: false } } } },
      { request: { query: LogoutEverywhereDocument }, result: { data: { logoutEverywhere: true } } },
    ]);
    await user.click(await screen.findByTestId('logout-everywhere'));
    expect(await screen.findByTestId('login-page')).toBeInTheDocument();
  });
});
