import { expect, type Page } from '@playwright/test';

/** The audit trail page and its filters. */
export class AuditPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/jejak-audit');
    await expect(this.page.getByRole('heading', { name: 'Jejak audit' })).toBeVisible();
  }

  async filter(values: { username?: string; kecamatanCode?: string; action?: string; role?: string }) {
    if (values.username != null) await this.page.getByTestId('audit-filter-username').fill(values.username);
    for (const key of ['kecamatanCode', 'action', 'role'] as const) {
      const value = values[key];
      if (value != null) await this.page.getByTestId(`audit-filter-${key}`).selectOption(value);
    }
    await this.page.getByTestId('audit-apply').click();
  }

  list() {
    return this.page.getByTestId('audit-list');
  }
}
