import { expect, type Page } from '@playwright/test';

/** The evaluators' verification queue and its review panel. */
export class QueuePage {
  constructor(private readonly page: Page) {}

  async open(kecamatanCode: string) {
    await this.page.goto(`/verifikasi?kecamatan=${encodeURIComponent(kecamatanCode)}`);
    await expect(this.page.getByTestId('queue-table')).toBeVisible();
  }

  row(kecamatanCode: string, indicatorCode: string) {
    return this.page.getByTestId(`queue-row-${kecamatanCode}-${indicatorCode}`);
  }

  async openRow(kecamatanCode: string, indicatorCode: string) {
    await this.page.getByTestId(`queue-open-${kecamatanCode}-${indicatorCode}`).click();
    await expect(this.page.getByTestId('review-panel')).toBeVisible();
  }

  async returnWithReason(indicatorCode: string, reason: string) {
    await this.page.getByTestId(`return-${indicatorCode}`).click();
    await this.page.getByTestId('reason-input').fill(reason);
    await this.page.getByTestId('confirm-return').click();
    await expect(this.page.getByTestId('review-status')).toHaveAttribute('data-status', 'RETURNED');
  }

  async verify(indicatorCode: string) {
    await this.page.getByTestId(`verify-${indicatorCode}`).click();
    await this.page.getByTestId('confirm-verify').click();
    await expect(this.page.getByTestId('review-status')).toHaveAttribute('data-status', 'VERIFIED');
  }

  async bulkVerify(kecamatanCode: string, indicatorCodes: string[]) {
    for (const code of indicatorCodes) await this.page.getByTestId(`queue-select-${kecamatanCode}-${code}`).check();
    await this.page.getByTestId('bulk-verify').click();
    await expect(this.page.getByTestId('bulk-result')).toHaveAttribute('data-tone', 'ok');
  }
}
