import { expect, type Locator, type Page } from '@playwright/test';
import { samplePdf } from './sample-files.js';

/** The operator's form: one card per indicator, each saved on its own. */
export class OperatorFormPage {
  constructor(private readonly page: Page) {}

  card(code: string): Locator {
    return this.page.getByTestId(`indicator-${code}`);
  }

  input(code: string, field: 'count' | 'numerator' | 'denominator'): Locator {
    return this.page.getByTestId(`ind-${code}-${field}`);
  }

  async expectKecamatan(name: string) {
    await expect(this.page.getByTestId('form-kecamatan')).toContainText(name);
  }

  /** Opens the cluster section holding a card if it is collapsed. */
  async reveal(code: string) {
    const card = this.card(code);
    if (!(await card.isVisible())) {
      const clusterCode = code.split('-')[0];
      await this.page.getByTestId(`cluster-${clusterCode}`).locator('button, summary').first().click();
    }
    await expect(card).toBeVisible();
  }

  async fillCount(code: string, count: number) {
    await this.reveal(code);
    await this.input(code, 'count').fill(String(count));
    await this.save(code);
  }

  async fillPercentage(code: string, numerator: number, denominator: number) {
    await this.reveal(code);
    await this.input(code, 'numerator').fill(String(numerator));
    await this.input(code, 'denominator').fill(String(denominator));
    await this.save(code);
  }

  async save(code: string) {
    await this.page.getByTestId(`save-${code}`).click();
    await this.expectSaved(code);
  }

  /** Attaches a PDF to every checklist item of an indicator and waits until each is listed. */
  async attachEvidenceToEveryItem(code: string) {
    await this.reveal(code);
    const inputs = this.page.locator(`[data-testid^="evidence-input-${code}-"]`);
    await expect(inputs.first()).toBeAttached();
    const count = await inputs.count();
    for (let i = 0; i < count; i++) {
      const input = inputs.nth(i);
      const requirement = (await input.getAttribute('data-testid'))!.slice(`evidence-input-${code}-`.length);
      await input.setInputFiles({
        name: `bukti-${code}-${requirement}.pdf`,
        mimeType: 'application/pdf',
        buffer: samplePdf(`${code} ${requirement}`),
      });
      await expect(this.page.getByTestId(`evidence-file-${code}-${requirement}`).first()).toBeVisible({
        timeout: 20_000,
      });
    }
  }

  async submitCluster(clusterCode: string) {
    await this.page.getByTestId(`submit-cluster-${clusterCode}`).click();
    await this.page.getByTestId(`confirm-submit-cluster-${clusterCode}`).click();
  }

  async expectStatus(code: string, status: 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'VERIFIED') {
    await expect(this.page.getByTestId(`status-${code}`)).toHaveAttribute('data-status', status);
  }

  async expectSaved(code: string) {
    await expect(this.page.getByTestId(`save-state-${code}`)).toHaveAttribute('data-state', 'saved');
  }
}
