import { expect, type Page } from '@playwright/test';

/** The evaluator's views: the city scoreboard and one kecamatan's clusters. */
export class ScoresPage {
  constructor(private readonly page: Page) {}

  async openKecamatan(code: string) {
    await expect(this.page.getByTestId('scoreboard-table')).toBeVisible();
    await this.page.getByTestId(`scoreboard-row-${code}`).getByRole('link').first().click();
    await expect(this.page.getByTestId('kecamatan-score-chart')).toBeVisible();
  }

  async expectClusterScore(clusterCode: string, score: number) {
    await expect(this.page.getByTestId(`cluster-score-${clusterCode}`)).toHaveText(
      new RegExp(`^\\s*${score}(,0+)?\\s*$`),
    );
  }

  async expectTotal(total: number) {
    await expect(this.page.getByTestId('total-score')).toContainText(String(total));
  }
}
