import { expect, type Page } from '@playwright/test';

/** The header: on a phone the account items sit behind the menu button. */
export class AppHeader {
  constructor(private readonly page: Page) {}

  /** Opens the account menu when it is folded (phone widths); a no-op where the items stand in the header. */
  async openAccountMenu() {
    const toggle = this.page.getByTestId('account-menu');
    if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(this.page.getByTestId('logout')).toBeVisible();
  }

  async signOut() {
    await this.openAccountMenu();
    await this.page.getByTestId('logout').click();
    await expect(this.page.getByTestId('login-submit')).toBeVisible();
  }
}
