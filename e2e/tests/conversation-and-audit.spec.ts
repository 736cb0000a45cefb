import { expect, test, type Page } from '@playwright/test';
import { AuditPage } from '../pages/audit-page.js';
import { LoginPage } from '../pages/login-page.js';
import { OperatorFormPage } from '../pages/operator-form-page.js';
import { QueuePage } from '../pages/queue-page.js';

// Each project works on its own kecamatan so the runs do not meet.
const KECAMATAN = {
  desktop: { code: '32.75.01', operator: 'op-3275-01' },
  'phone-360': { code: '32.75.02', operator: 'op-3275-02' },
} as const;
const INDICATOR = 'K2-09';

async function postComment(scope: ReturnType<Page['getByTestId']>, text: string) {
  await scope.getByTestId('comment-input').fill(text);
  await scope.getByTestId('comment-send').click();
  await expect(scope.getByTestId('conversation')).toContainText(text);
}

test('an evaluator asks on a submission, the operator answers on the card, the evaluator resolves; the admin reads the audit trail in words', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(150_000);
  const kecamatan = KECAMATAN[testInfo.project.name as keyof typeof KECAMATAN];
  const { viewport, baseURL, isMobile, hasTouch } = testInfo.project.use;
  const question = `Mohon lampirkan SK fasilitas (${testInfo.project.name}).`;
  const reply = `SK sudah diunggah, terima kasih (${testInfo.project.name}).`;

  // Operator: enters an answer.
  await new LoginPage(page).signIn(kecamatan.operator);
  const form = new OperatorFormPage(page);
  await form.fillCount(INDICATOR, 7);

  // Evaluator: opens it from the queue (every state) and asks a question.
  const evaluatorContext = await browser.newContext({ viewport, baseURL, isMobile, hasTouch });
  const evaluatorPage = await evaluatorContext.newPage();
  await new LoginPage(evaluatorPage).signIn('evaluator');
  const queue = new QueuePage(evaluatorPage);
  await evaluatorPage.goto(`/verifikasi?kecamatan=${kecamatan.code}&status=semua`);
  await queue.openRow(kecamatan.code, INDICATOR);
  const panel = evaluatorPage.getByTestId('review-panel');
  await postComment(panel, question);

  // Operator: sees it on the card, folded with its count, and replies.
  await page.reload();
  await form.reveal(INDICATOR);
  const conversation = page.getByTestId(`conversation-${INDICATOR}`);
  await expect(conversation.getByTestId('conversation-open')).toHaveText('1 belum selesai');
  await conversation.locator('summary').click();
  await expect(conversation.getByTestId('conversation')).toContainText(question);
  await postComment(conversation, reply);
  await expect(conversation.locator('summary')).toContainText('Diskusi (2)');

  // Evaluator: sees the reply and marks the question resolved.
  await evaluatorPage.reload();
  await expect(panel.getByTestId('conversation')).toContainText(reply);
  const asked = panel.locator('[data-testid^="comment-"][data-resolved]', { hasText: question });
  await asked.getByTestId('comment-resolve').click();
  await expect(asked).toHaveAttribute('data-resolved', 'true');
  await expect(asked.getByTestId('comment-resolved')).toContainText('Selesai');
  await evaluatorContext.close();

  // The operator's card now counts one open comment (the reply), the question is resolved.
  await page.reload();
  await form.reveal(INDICATOR);
  await expect(conversation.getByTestId('conversation-open')).toHaveText('1 belum selesai');

  // Admin: filters the audit trail and reads each change in words, never JSON.
  const adminContext = await browser.newContext({ viewport, baseURL, isMobile, hasTouch });
  const adminPage = await adminContext.newPage();
  await new LoginPage(adminPage).signIn('admin');
  const audit = new AuditPage(adminPage);
  await audit.open();
  await audit.filter({ kecamatanCode: kecamatan.code, action: 'COMMENT_POSTED' });
  await expect(adminPage).toHaveURL(/tindakan=COMMENT_POSTED/);
  await expect(audit.list()).toContainText(`Komentar: ${question}`);
  await expect(audit.list()).toContainText(`Komentar: ${reply}`);
  await expect(audit.list().getByRole('listitem').filter({ hasText: 'Komentar ditulis' })).toHaveCount(2);
  await audit.filter({ action: 'SUBMISSION_CREATED', username: kecamatan.operator });
  await expect(audit.list()).toContainText('Nilai jumlah: 7');
  await expect(audit.list()).not.toContainText('{');
  await expect(audit.list()).not.toContainText('"');
  await adminContext.close();
});
