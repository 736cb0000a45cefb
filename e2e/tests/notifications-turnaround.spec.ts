import { expect, test } from '@playwright/test';
import { LoginPage } from '../pages/login-page.js';
import { OperatorFormPage } from '../pages/operator-form-page.js';
import { QueuePage } from '../pages/queue-page.js';

// Each project works on its own kecamatan so the runs do not meet.
const KECAMATAN = {
  desktop: { code: '32.75.01', operator: 'op-3275-01' },
  'phone-360': { code: '32.75.02', operator: 'op-3275-02' },
} as const;
const REASON = 'Lampirkan register kelahiran terbaru.';
const REPLY = 'Register terbaru sudah kami unggah.';

test('a returned answer reaches the operator through the bell, lands on its card, is answered with a comment, fixed and resubmitted; the evaluator sees the comment and the turnaround move', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const kecamatan = KECAMATAN[testInfo.project.name as keyof typeof KECAMATAN];
  const { viewport, baseURL } = testInfo.project.use;

  // Operator: answers one indicator with its evidence and submits it.
  await new LoginPage(page).signIn(kecamatan.operator);
  const form = new OperatorFormPage(page);
  await form.fillPercentage('K1-04', 95, 100);
  await form.attachEvidenceToEveryItem('K1-04');
  await page.getByTestId('submit-K1-04').click();
  await form.expectStatus('K1-04', 'SUBMITTED');
  // Other journeys of this kecamatan may have left notices in its inbox: count from here.
  const bell = page.getByTestId('notification-bell');
  await expect(bell).toHaveAttribute('data-loaded', 'true');
  const before = Number(await bell.getAttribute('data-count'));

  // Evaluator: the kecamatan's row waits, nothing decided yet.
  const evaluatorContext = await browser.newContext({ viewport, baseURL });
  const evaluatorPage = await evaluatorContext.newPage();
  await new LoginPage(evaluatorPage).signIn('evaluator');
  await evaluatorPage.goto('/skor');
  const turnaroundRow = evaluatorPage.getByTestId(`turnaround-row-${kecamatan.code}`);
  const medianCell = turnaroundRow.locator('td').first();
  await expect(medianCell).toHaveText('–');

  // Evaluator returns it with a reason.
  const queue = new QueuePage(evaluatorPage);
  await queue.open(kecamatan.code);
  await expect(queue.row(kecamatan.code, 'K1-04').getByTestId('queue-waiting')).toContainText('menunggu');
  await queue.openRow(kecamatan.code, 'K1-04');
  await queue.returnWithReason('K1-04', REASON);

  // Evaluator: the decision counts now, in working days.
  await evaluatorPage.goto('/skor');
  await expect(medianCell).toContainText('hari kerja');

  // Operator: the bell counts it; the notification names the reason and opens the card.
  await page.reload();
  await expect(bell).toHaveAttribute('data-count', String(before + 1));
  await expect(page.getByTestId('notification-count')).toHaveText(String(before + 1));
  await bell.click();
  const notice = page.getByTestId('notification-ANSWER_RETURNED').filter({ hasText: REASON }).first();
  await expect(notice).toContainText(REASON);
  await notice.getByRole('button').click();
  await expect(page).toHaveURL(/\/isian\?tahun=\d+#indicator-card-K1-04$/);
  await expect(page.getByTestId('return-reason-K1-04')).toBeVisible();
  await expect(page.getByTestId('return-reason-K1-04')).toContainText(REASON);
  await expect(bell).toHaveAttribute('data-count', String(before));

  // Operator replies on the card with a comment.
  const conversation = page.getByTestId('conversation-K1-04');
  await conversation.locator('summary').click();
  await conversation.getByTestId('comment-input').fill(REPLY);
  await conversation.getByTestId('comment-send').click();
  await expect(conversation.getByTestId('conversation')).toContainText(REPLY);

  // Operator fixes and resubmits.
  await form.fillPercentage('K1-04', 96, 100);
  await page.getByTestId('submit-K1-04').click();
  await form.expectStatus('K1-04', 'SUBMITTED');

  // Evaluator: the resubmission figure moves too.
  await evaluatorPage.goto('/skor');
  await expect(turnaroundRow.locator('td').last()).toContainText('hari kerja');

  // Evaluator: told of the reply, which the review panel shows beside the answer.
  await evaluatorPage.reload();
  await evaluatorPage.getByTestId('notification-bell').click();
  await expect(evaluatorPage.getByTestId('notification-COMMENT_POSTED').first()).toBeVisible();
  await evaluatorPage.goto(`/verifikasi?kecamatan=${kecamatan.code}&status=semua`);
  await queue.openRow(kecamatan.code, 'K1-04');
  await expect(evaluatorPage.getByTestId('review-panel').getByTestId('conversation')).toContainText(REPLY);
  await evaluatorContext.close();
});
