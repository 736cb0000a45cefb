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

  total() {
    return this.page.getByTestId('set-total');
  }

  publishButton() {
    return this.page.getByTestId('publish-set');
  }
}
