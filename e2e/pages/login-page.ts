import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'kecala2026';

export class LoginPage {
  constructor(private readonly page: Page) {}

  async signIn(username: string, password = DEMO_PASSWORD) {
    await this.page.goto('/');
    await this.page.getByTestId('login-username').fill(username);
    await this.page.getByTestId('login-password').fill(password);
    await this.page.getByTestId('login-submit').click();
    await expect(this.page.getByTestId('login-submit')).toHaveCount(0);
  }
}
