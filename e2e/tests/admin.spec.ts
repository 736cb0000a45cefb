import { expect, test } from '@playwright/test';
import { LoginPage } from '../pages/login-page.js';
import { OperatorFormPage } from '../pages/operator-form-page.js';
import { ChangePasswordPage, UsersPage } from '../pages/users-page.js';

test('the admin creates an operator for Jatiasih, who must change the password at first sign-in and then lands on the form', async ({ page, browser }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'account administration is an office task: desktop only');
  const { viewport, baseURL } = testInfo.project.use;
  const initialPassword = 'Jatiasih-Ramah-Anak-7';
  const ownPassword = 'Sepeda-Biru-Kalimalang-42';

  await new LoginPage(page).signIn('admin');
  const users = new UsersPage(page);
  await users.open();
  await users.createUser({ username: 'op-jatiasih-2', displayName: 'Operator Jatiasih Dua', role: 'OPERATOR', kecamatanCode: '32.75.09', password: initialPassword });
  const row = page.getByTestId('user-row-op-jatiasih-2');
  await expect(row).toContainText('Jatiasih');
  await expect(row).toContainText('wajib ganti kata sandi');

  // The new operator, in a browser of their own.
  const operatorContext = await browser.newContext({ viewport, baseURL });
  const operatorPage = await operatorContext.newPage();
  await new LoginPage(operatorPage).signIn('op-jatiasih-2', initialPassword);
  const changePassword = new ChangePasswordPage(operatorPage);
  await changePassword.expectForced();
  // Any other page leads back here until the password is changed.
  await operatorPage.goto('/isian');
  await changePassword.expectForced();

  await changePassword.change(initialPassword, ownPassword);
  await expect(operatorPage).toHaveURL(/\/isian$/);
  await new OperatorFormPage(operatorPage).expectKecamatan('Jatiasih');

  // The admin's list no longer asks for a change.
  await page.reload();
  await expect(page.getByTestId('user-row-op-jatiasih-2')).not.toContainText('wajib ganti kata sandi');
  await operatorContext.close();
});
