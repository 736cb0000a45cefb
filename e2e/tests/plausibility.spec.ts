import { expect, test } from '@playwright/test';
import { LoginPage } from '../pages/login-page.js';
import { OperatorFormPage } from '../pages/operator-form-page.js';
import { QueuePage } from '../pages/queue-page.js';

// Each project works on its own kecamatan so the runs do not meet.
const KECAMATAN = {
  desktop: { code: '32.75.01', operator: 'op-3275-01' },
  'phone-360': { code: '32.75.02', operator: 'op-3275-02' },
} as const;
const NOTE = 'Benar: data KUA termasuk dispensasi kawin.';

test('an implausible value warns while typing, is saved with the operator’s note, and the evaluator sees both', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const kecamatan = KECAMATAN[testInfo.project.name as keyof typeof KECAMATAN];
  const { viewport, baseURL } = testInfo.project.use;

  // Operator: types a child-marriage rate of 69 % (312 of 450); the card warns before any save.
  await new LoginPage(page).signIn(kecamatan.operator);
  const form = new OperatorFormPage(page);
  await form.reveal('K2-07');
  await form.input('K2-07', 'numerator').fill('312');
  await form.input('K2-07', 'denominator').fill('450');
  const warning = page.getByTestId('ind-K2-07-plausibility');
  await expect(warning).toContainText('69,33 % di atas batas wajar 20 %');
  await page.getByTestId('ind-K2-07-plausibility-note').fill(NOTE);
  await form.save('K2-07');

  // After a reload the value, the warning and the note are still there (saved, not blocked).
  await page.reload();
  await form.reveal('K2-07');
  await expect(page.getByTestId('ind-K2-07-plausibility-note')).toHaveValue(NOTE);

  // Evaluator: the queue marks the row; the review panel shows the warning and the note.
  const evaluatorContext = await browser.newContext({ viewport, baseURL });
  const evaluatorPage = await evaluatorContext.newPage();
  await new LoginPage(evaluatorPage).signIn('evaluator');
  await evaluatorPage.goto(`/verifikasi?kecamatan=${encodeURIComponent(kecamatan.code)}&status=semua`);
  await expect(evaluatorPage.getByTestId(`queue-plausibility-${kecamatan.code}-K2-07`)).toBeVisible();
  await new QueuePage(evaluatorPage).openRow(kecamatan.code, 'K2-07');
  const review = evaluatorPage.getByTestId('review-plausibility');
  await expect(review).toContainText('69,33 % di atas batas wajar 20 %');
  await expect(evaluatorPage.getByTestId('review-plausibility-note')).toHaveText(NOTE);
  await evaluatorContext.close();
});
