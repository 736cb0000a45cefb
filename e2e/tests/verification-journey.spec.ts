import { expect, test } from '@playwright/test';
import { LoginPage } from '../pages/login-page.js';
import { OperatorFormPage } from '../pages/operator-form-page.js';
import { QueuePage } from '../pages/queue-page.js';
import { ScoresPage } from '../pages/scores-page.js';

// Each project works on its own kecamatan so the runs do not meet.
const KECAMATAN = {
  desktop: { code: '32.75.03', operator: 'op-3275-03' },
  'phone-360': { code: '32.75.04', operator: 'op-3275-04' },
} as const;
const REASON = 'Gunakan data Disdukcapil per Desember 2026.';

test('answer with evidence, submit a cluster, return, fix, resubmit, verify, and see the verified score', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const kecamatan = KECAMATAN[testInfo.project.name as keyof typeof KECAMATAN];
  const { viewport, baseURL } = testInfo.project.use;

  // Operator: answers Klaster I with evidence and submits the cluster.
  await new LoginPage(page).signIn(kecamatan.operator);
  const form = new OperatorFormPage(page);
  await form.fillPercentage('K1-04', 95, 100);
  await form.fillCount('K1-05', 3);
  await form.fillPercentage('K1-06', 6, 6);
  for (const code of ['K1-04', 'K1-05', 'K1-06']) await form.attachEvidenceToEveryItem(code);
  await form.submitCluster('K1');
  for (const code of ['K1-04', 'K1-05', 'K1-06']) await form.expectStatus(code, 'SUBMITTED');

  // Evaluator: sees the evidence in the page and returns one indicator with a reason.
  const evaluatorContext = await browser.newContext({ viewport, baseURL });
  const evaluatorPage = await evaluatorContext.newPage();
  await new LoginPage(evaluatorPage).signIn('evaluator');
  const queue = new QueuePage(evaluatorPage);
  await queue.open(kecamatan.code);
  await queue.openRow(kecamatan.code, 'K1-04');
  await expect(evaluatorPage.getByTestId('review-evidence')).toBeVisible();
  await expect(evaluatorPage.getByTestId('evidence-viewer').first()).toBeVisible();
  await queue.returnWithReason('K1-04', REASON);

  // Operator: sees the reason, fixes the answer and resubmits.
  await page.reload();
  await expect(page.getByTestId('returned-summary')).toContainText(REASON);
  await form.reveal('K1-04');
  await expect(page.getByTestId('return-reason-K1-04')).toContainText(REASON);
  await form.fillPercentage('K1-04', 96, 100);
  await page.getByTestId('submit-K1-04').click();
  await form.expectStatus('K1-04', 'SUBMITTED');

  // Evaluator: sees what changed since the return, verifies it and the rest of the cluster.
  await queue.open(kecamatan.code);
  await queue.openRow(kecamatan.code, 'K1-04');
  const changes = evaluatorPage.getByTestId('changes-since-return');
  await expect(changes).toContainText('95');
  await expect(changes).toContainText('96');
  await queue.verify('K1-04');
  await queue.open(kecamatan.code);
  await queue.bulkVerify(kecamatan.code, ['K1-05', 'K1-06']);

  // The verified score shows in the chart: 96 % → 50, 3 facilities → 30, 100 % → 40.
  await evaluatorPage.goto('/skor');
  const scores = new ScoresPage(evaluatorPage);
  await scores.openKecamatan(kecamatan.code);
  await expect(evaluatorPage.getByTestId('score-mode')).toHaveAttribute('data-mode', 'verified');
  await scores.expectClusterScore('K1', 120);
  await expect(evaluatorPage.getByTestId('verified-total')).toContainText('120');
  await evaluatorContext.close();
});
