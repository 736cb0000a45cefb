import { expect, test } from '@playwright/test';
import { LoginPage } from '../pages/login-page.js';
import { OperatorFormPage } from '../pages/operator-form-page.js';
import { ChangePasswordPage, UsersPage } from '../pages/users-page.js';
import { ImportPage } from '../pages/import-page.js';

test('the admin creates an operator for Jatiasih, who must change the password at first sign-in, then fills the form from the Excel template', async ({
  page,
  browser,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'account administration is an office task: desktop only');
  const { viewport, baseURL } = testInfo.project.use;
  const initialPassword = 'Jatiasih-Ramah-Anak-7';
  const ownPassword = 'Sepeda-Biru-Kalimalang-42';

  await new LoginPage(page).signIn('admin');
  const users = new UsersPage(page);
  await users.open();
  await users.createUser({
    username: 'op-jatiasih-2',
    displayName: 'Operator Jatiasih Dua',
    role: 'OPERATOR',
    kecamatanCode: '32.75.09',
    password: initialPassword,
  });
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
  const form = new OperatorFormPage(operatorPage);
  await form.expectKecamatan('Jatiasih');

  // The operator fills the form from the Excel template. The answers chosen score 0 points, so the
  // later journeys that read Jatiasih's scores are not affected.
  const importPage = new ImportPage(operatorPage);
  await importPage.openFromForm();
  const template = await importPage.downloadTemplate();
  // First a file with a mistake: the dry run names its row and column, and nothing can be imported.
  await importPage.upload(await ImportPage.fill(template, { 'K2-10': { E: 30, F: 20 }, 'K2-08': { H: 'Tidak' } }));
  const [[problemRow, column, code]] = await importPage.problems();
  expect([column, code]).toEqual(['E', 'NUMERATOR_GT_DENOMINATOR']);
  expect(Number(problemRow)).toBeGreaterThan(2);
  await expect(operatorPage.getByTestId('import-problem')).toContainText(
    'Pembilang tidak boleh lebih besar dari penyebut',
  );
  await expect(operatorPage.getByTestId('import-apply')).toBeDisabled();
  // The corrected file imports in one click.
  await importPage.upload(
    await ImportPage.fill(template, {
      'K2-10': { E: 3, F: 20, J: 'Data Puskesmas 2025' },
      'K2-08': { H: 'Tidak' },
      'K2-09': { G: 0 },
    }),
  );
  expect(await importPage.problems()).toEqual([]);
  await importPage.expectReady(3);
  await importPage.apply(3);
  await importPage.backToForm();
  await form.reveal('K2-10');
  await expect(form.input('K2-10', 'numerator')).toHaveValue('3');
  await expect(form.input('K2-10', 'denominator')).toHaveValue('20');
  await expect(operatorPage.getByTestId('ind-K2-10-note')).toHaveValue('Data Puskesmas 2025');
  await form.reveal('K2-09');
  await expect(form.input('K2-09', 'count')).toHaveValue('0');
  await form.reveal('K2-08');
  await expect(operatorPage.getByTestId('ind-K2-08-no')).toBeChecked();

  // The admin's list no longer asks for a change.
  await page.reload();
  await expect(page.getByTestId('user-row-op-jatiasih-2')).not.toContainText('wajib ganti kata sandi');

  // The admin's template covers every kecamatan of the city, with Jatiasih's imported answers in it.
  const adminImport = new ImportPage(page);
  await adminImport.openAsAdmin();
  const city = await ImportPage.read(await adminImport.downloadTemplate(), 'K2-10');
  expect(city.size).toBe(12);
  expect(city.get('32.75.09 Jatiasih')).toMatchObject({ E: 3, F: 20, J: 'Data Puskesmas 2025' });
  await operatorContext.close();
});
