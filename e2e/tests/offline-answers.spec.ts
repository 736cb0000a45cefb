import { expect, test, type Page } from '@playwright/test';
import { ApiClient } from '../pages/api-client.js';
import { LoginPage } from '../pages/login-page.js';
import { OfflineApp } from '../pages/offline-app.js';
import { OperatorFormPage } from '../pages/operator-form-page.js';
import { samplePdf } from '../pages/sample-files.js';

// Own kecamatan per project, answered by no other spec (operator-and-evaluator expects Jatiasih and
// Rawalumbu to start empty; the specs share one database).
const KECAMATAN = {
  desktop: { code: '32.75.10', operator: 'op-3275-10' },
  'phone-360': { code: '32.75.11', operator: 'op-3275-11' },
} as const;
const YEAR = 2026;
const COUNT = 'K2-11'; // number of facilities
const YES_NO = 'K3-17';
const OPTION = 'KEL-01';
const OPTION_VALUE = 'ADA_BELUM_ANGGARAN';
const CONFLICT = 'K4-20'; // number of facilities

async function serverAnswers(api: ApiClient, kecamatanCode: string) {
  const data = await api.graphql(
    `query ($y: Int!, $k: String!) { submissions(year: $y, kecamatanCode: $k) { indicatorCode version answer { count yes option } } }`,
    { y: YEAR, k: kecamatanCode },
  );
  return new Map<
    string,
    { version: number; answer: { count: number | null; yes: boolean | null; option: string | null } | null }
  >(data.submissions.map((s: { indicatorCode: string }) => [s.indicatorCode, s]));
}

function expectWaiting(page: Page, code: string) {
  return expect(page.getByTestId(`save-state-${code}`)).toHaveText('Menunggu koneksi');
}

test('answers changed offline wait on the phone, survive a reload without signal, and reach the server by themselves', async ({
  page,
  context,
  request,
}, testInfo) => {
  const kecamatan = KECAMATAN[testInfo.project.name as keyof typeof KECAMATAN];
  await new LoginPage(page).signIn(kecamatan.operator);
  const form = new OperatorFormPage(page);
  await expect(page.getByTestId('form-kecamatan')).toBeVisible();
  // Installed: the service worker serves the app and the form's data is kept on the device.
  const app = new OfflineApp(page);
  await app.waitForServiceWorker();
  await expect.poll(() => app.hasPersistedForm(), { timeout: 20_000 }).toBe(true);
  for (const code of [OPTION, COUNT, YES_NO]) await form.reveal(code);

  await context.setOffline(true);
  await form.input(COUNT, 'count').fill('7');
  await page.getByTestId(`save-${COUNT}`).click();
  await expectWaiting(page, COUNT);
  await page.getByTestId(`ind-${YES_NO}-yes`).check();
  await expectWaiting(page, YES_NO);
  await page.getByTestId(`ind-${OPTION}-option-${OPTION_VALUE}`).check();
  await expectWaiting(page, OPTION);
  await expect(page.getByTestId('outbox-status')).toHaveText('3 perubahan menunggu');
  // The header item fits a 360 px header: no sideways scrolling.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.locator('header.app-header').screenshot({ path: testInfo.outputPath('header-with-queue.png') });
  await expect(page.getByTestId(`save-queued-${COUNT}`)).toContainText('Tidak ada koneksi');
  await expect(page.locator('body')).not.toContainText('Failed to fetch');

  // A reload with no signal at all: the app comes from the service worker, the form from the
  // device, and the three changes are still there, waiting.
  await page.reload();
  await expect(page.getByTestId('offline-marker')).toBeVisible();
  for (const code of [OPTION, COUNT, YES_NO]) await form.reveal(code);
  await expect(page.getByTestId('outbox-status')).toHaveText('3 perubahan menunggu');
  await expect(form.input(COUNT, 'count')).toHaveValue('7');
  await expect(page.getByTestId(`ind-${YES_NO}-yes`)).toBeChecked();
  await expect(page.getByTestId(`ind-${OPTION}-option-${OPTION_VALUE}`)).toBeChecked();
  for (const code of [OPTION, COUNT, YES_NO]) await expectWaiting(page, code);
  const api = await new ApiClient(request).signIn(kecamatan.operator);
  expect((await serverAnswers(api, kecamatan.code)).get(COUNT)?.answer?.count ?? null).toBeNull();

  // The connection returns: no tap, the queue sends all three.
  await context.setOffline(false);
  await expect(page.getByTestId('outbox-status')).toHaveCount(0, { timeout: 20_000 });
  for (const code of [OPTION, COUNT, YES_NO]) await form.expectSaved(code);
  const answers = await serverAnswers(api, kecamatan.code);
  expect(answers.get(COUNT)?.answer?.count).toBe(7);
  expect(answers.get(YES_NO)?.answer?.yes).toBe(true);
  expect(answers.get(OPTION)?.answer?.option).toBe(OPTION_VALUE);
});

test('a queued answer that meets a newer server value shows both and overwrites nothing until the operator chooses', async ({
  page,
  context,
  request,
}, testInfo) => {
  const kecamatan = KECAMATAN[testInfo.project.name as keyof typeof KECAMATAN];
  await new LoginPage(page).signIn(kecamatan.operator);
  const form = new OperatorFormPage(page);
  await form.fillCount(CONFLICT, 3);

  await context.setOffline(true);
  await form.input(CONFLICT, 'count').fill('8');
  await page.getByTestId(`save-${CONFLICT}`).click();
  await expectWaiting(page, CONFLICT);

  // Meanwhile the same operator saves another value from another device.
  const api = await new ApiClient(request).signIn(kecamatan.operator);
  const before = (await serverAnswers(api, kecamatan.code)).get(CONFLICT)!;
  const saved = await api.graphql(
    `mutation ($input: SaveSubmissionInput!) { saveSubmission(input: $input) { __typename ... on Submission { version } } }`,
    {
      input: {
        year: YEAR,
        kecamatanCode: kecamatan.code,
        indicatorCode: CONFLICT,
        answer: { count: 12 },
        note: null,
        expectedVersion: before.version,
      },
    },
  );
  expect(saved.saveSubmission.__typename).toBe('Submission');

  await context.setOffline(false);
  const conflict = page.getByTestId(`conflict-${CONFLICT}`);
  await expect(conflict).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId(`conflict-server-${CONFLICT}`)).toContainText('12');
  await expect(page.getByTestId(`conflict-mine-${CONFLICT}`)).toContainText('8');
  await expect(page.getByTestId('outbox-status')).toHaveText('1 perubahan menunggu');
  expect((await serverAnswers(api, kecamatan.code)).get(CONFLICT)?.answer?.count).toBe(12);

  await conflict.getByRole('button', { name: 'Pakai nilai saya' }).click();
  await form.expectSaved(CONFLICT);
  await expect(page.getByTestId('outbox-status')).toHaveCount(0);
  expect((await serverAnswers(api, kecamatan.code)).get(CONFLICT)?.answer?.count).toBe(8);
});

test('an evidence file picked offline waits on the phone and uploads by itself when the connection returns', async ({
  page,
  context,
}, testInfo) => {
  const kecamatan = KECAMATAN[testInfo.project.name as keyof typeof KECAMATAN];
  await new LoginPage(page).signIn(kecamatan.operator);
  const form = new OperatorFormPage(page);
  await form.reveal(COUNT);
  const input = page.locator(`[data-testid^="evidence-input-${COUNT}-"]`).first();
  const testKey = (await input.getAttribute('data-testid'))!.slice('evidence-input-'.length);

  await context.setOffline(true);
  await input.setInputFiles({ name: 'bukti-offline.pdf', mimeType: 'application/pdf', buffer: samplePdf('offline') });
  await expect(page.getByTestId(`evidence-waiting-${testKey}`)).toContainText('Menunggu koneksi');
  await expect(page.getByTestId('outbox-status')).toHaveText('1 perubahan menunggu');

  // Reload while uploads cannot get through: the file is still kept (waiting, or retrying).
  await page.route('**/uploads**', (route) => route.abort('internetdisconnected'));
  await context.setOffline(false);
  await page.reload();
  await form.reveal(COUNT);
  await expect(page.getByTestId('outbox-status')).toHaveText('1 perubahan menunggu');
  await expect(
    page.getByTestId(`evidence-waiting-${testKey}`).or(page.getByTestId(`evidence-progress-${testKey}`)),
  ).toBeVisible();

  await context.setOffline(true);
  await page.unroute('**/uploads**');
  await context.setOffline(false);
  await expect(page.getByTestId(`evidence-file-${testKey}`).filter({ hasText: 'bukti-offline.pdf' })).toBeVisible({
    timeout: 40_000,
  });
  await expect(page.getByTestId('outbox-status')).toHaveCount(0);
});
