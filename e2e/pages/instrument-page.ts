import { expect, type Page } from '@playwright/test';

/** Admin → Instrumen: indicator sets, the copy dialog and the editor of a draft. */
export class InstrumentPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByTestId('nav-instrument').click();
    await expect(this.page.getByTestId('sets-table')).toBeVisible();
  }

  async copySet(sourceCode: string, code: string, name: string) {
    await this.page.getByTestId(`copy-set-${sourceCode}`).click();
    await this.page.getByTestId('copy-code').fill(code);
    await this.page.getByTestId('copy-name').fill(name);
    await this.page.getByTestId('copy-submit').click();
    await expect(this.page.getByTestId(`set-row-${code}`)).toContainText('Draf');
  }

  editor(indicatorCode: string) {
    return this.page.getByTestId(`indicator-editor-${indicatorCode}`);
  }

  /** Sets a YES_NO indicator's maxPoints and its "yes" points together (the rule must give maxPoints). */
  async setYesNoPoints(indicatorCode: string, points: number) {
    await this.page.getByTestId(`max-points-${indicatorCode}`).fill(String(points));
    await this.page.getByTestId(`rule-yes-${indicatorCode}`).fill(String(points));
    await this.page.getByTestId(`save-indicator-${indicatorCode}`).click();
    await expect(this.page.getByTestId(`indicator-message-${indicatorCode}`)).toHaveText('Tersimpan.');
  }

  /** "Tambah indikator": a Ya/Tidak indicator worth `points` at the end of `cluster`. */
  async addYesNoIndicator(code: string, cluster: string, points: number) {
    await this.page.getByTestId('add-indicator').click();
    const form = this.page.getByTestId('add-indicator-form');
    await this.page.getByTestId('cluster-new').selectOption(cluster);
    await this.page.getByTestId('new-indicator-code').fill(code);
    await form.getByLabel('Nama', { exact: true }).fill(`Indikator uji ${code}`);
    await form.getByLabel('Nama singkat', { exact: true }).fill(`Uji ${code}`);
    await form.getByLabel('Nama (Inggris)').fill(`Test indicator ${code}`);
    await form.getByLabel('Nilai maks.').fill(String(points));
    await this.page.getByTestId('rule-yes-new').fill(String(points));
    await this.page.getByTestId('add-indicator-submit').click();
    await expect(this.page.getByTestId('set-notice')).toHaveText(`Indikator ${code} ditambahkan.`);
    await expect(this.editor(code)).toBeVisible();
  }

  /** "Hapus indikator", confirmed. */
  async deleteIndicator(code: string) {
    await this.page.getByTestId(`delete-indicator-${code}`).click();
    await this.page.getByTestId(`confirm-delete-indicator-${code}`).click();
    await expect(this.editor(code)).toHaveCount(0);
  }

  total() {
    return this.page.getByTestId('set-total');
  }

  publishButton() {
    return this.page.getByTestId('publish-set');
  }
}
