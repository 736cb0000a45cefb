import { expect, test } from '@playwright/test';
import { LoginPage } from '../pages/login-page.js';
import { ImportPage } from '../pages/import-page.js';
import { OperatorFormPage } from '../pages/operator-form-page.js';
import { ScoresPage } from '../pages/scores-page.js';

// Each project (desktop, 360 px phone) uses its own kecamatan, so the runs do not see each other's answers.
const KECAMATAN = {
  desktop: { code: '32.75.09', name: 'Jatiasih', operator: 'op-3275-09' },
  'phone-360': { code: '32.75.05', name: 'Rawalumbu', operator: 'op-3275-05' },
} as const;

test('an operator fills two clusters, they survive a reload, and the evaluator sees the cluster scores change', async ({
  page,
  browser,
}, testInfo) => {
  const kecamatan = KECAMATAN[testInfo.project.name as keyof typeof KECAMATAN];
  const { viewport, baseURL } = testInfo.project.use;

  // The evaluator, in a separate session, starts with an empty kecamatan.
  const evaluatorContext = await browser.newContext({ viewport, baseURL });
  const evaluatorPage = await evaluatorContext.newPage();
  await new LoginPage(evaluatorPage).signIn('evaluator');
  const scores = new ScoresPage(evaluatorPage);
  await scores.openKecamatan(kecamatan.code);
  await scores.expectClusterScore('KEL', 0);
  await scores.expectClusterScore('K1', 0);

  // The operator answers one indicator in Kelembagaan and one in Klaster I.
  await new LoginPage(page).signIn(kecamatan.operator);
  const form = new OperatorFormPage(page);
  await form.expectKecamatan(kecamatan.name);
  await form.fillCount('KEL-03', 5);
  await form.fillPercentage('K1-04', 90, 100);
  await expect(form.card('K1-04')).toContainText('90');

  await page.reload();
  await form.reveal('KEL-03');
  await expect(form.input('KEL-03', 'count')).toHaveValue('5');
  await form.reveal('K1-04');
  await expect(form.input('K1-04', 'numerator')).toHaveValue('90');
  await expect(form.input('K1-04', 'denominator')).toHaveValue('100');
  await form.expectSaved('KEL-03');

  // 5 institutions → 30 of 40 points; 90 % birth certificates → 40 of 50 points.
  await evaluatorPage.reload();
  await scores.expectClusterScore('KEL', 30);
  await scores.expectClusterScore('K1', 40);
  await scores.expectTotal(70);
  await evaluatorContext.close();
});

test('the form refuses a numerator above the denominator, names the field, and saves nothing', async ({
  page,
}, testInfo) => {
  const kecamatan = KECAMATAN[testInfo.project.name as keyof typeof KECAMATAN];
  await new LoginPage(page).signIn(kecamatan.operator);
  const form = new OperatorFormPage(page);
  await form.reveal('K3-12');
  await form.input('K3-12', 'numerator').fill('120');
  await form.input('K3-12', 'denominator').fill('100');
  await page.getByTestId('save-K3-12').click();
  await expect(form.card('K3-12').getByTestId('error-numerator')).toBeVisible();
  await expect(page.getByTestId('save-state-K3-12')).not.toHaveAttribute('data-state', 'saved');
  await page.reload();
  await form.reveal('K3-12');
  await expect(form.input('K3-12', 'numerator')).toHaveValue('');
});

test('pages fit a 360 px screen without sideways scrolling', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone-360', 'phone layout check');
  await page.goto('/');
  const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(await fits()).toBe(true);
  await new LoginPage(page).signIn('op-3275-05');
  await expect(page.getByTestId('form-kecamatan')).toBeVisible();
  expect(await fits()).toBe(true);
  // The Excel import with a dry-run report of problems (nothing is saved by a dry run).
  const importPage = new ImportPage(page);
  await importPage.openFromForm();
  const template = await importPage.downloadTemplate();
  await importPage.upload(await ImportPage.fill(template, { 'K1-04': { E: 9, F: 3 }, 'K1-05': { G: 'banyak' } }));
  await expect(page.getByTestId('import-problem')).toHaveCount(2);
  expect(await fits()).toBe(true);
});
