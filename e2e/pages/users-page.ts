import { expect, type Page } from '@playwright/test';

/** Admin → Pengguna: the account list and the create form. */
export class UsersPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByTestId('nav-users').click();
    await expect(this.page.getByTestId('users-table')).toBeVisible();
  }

  async createUser(user: { username: string; displayName: string; role: 'ADMIN' | 'EVALUATOR' | 'OPERATOR'; kecamatanCode?: string; password: string }) {
    await this.page.getByTestId('create-user').click();
    await this.page.getByTestId('user-username').fill(user.username);
    await this.page.getByTestId('user-displayname').fill(user.displayName);
    await this.page.getByTestId('user-role').selectOption(user.role);
    if (user.kecamatanCode) await this.page.getByTestId('user-kecamatan').selectOption(user.kecamatanCode);
    await this.page.getByTestId('user-password').fill(user.password);
    await this.page.getByTestId('user-submit').click();
    await expect(this.page.getByTestId(`user-row-${user.username}`)).toBeVisible();
  }
}

/** "Ganti kata sandi": the forced first-sign-in page and the self-service one. */
export class ChangePasswordPage {
  constructor(private readonly page: Page) {}

  async expectForced() {
    await expect(this.page).toHaveURL(/\/kata-sandi$/);
    await expect(this.page.getByTestId('must-change-password')).toBeVisible();
  }

  async change(currentPassword: string, newPassword: string) {
    await this.page.getByTestId('change-password-current').fill(currentPassword);
    await this.page.getByTestId('change-password-new').fill(newPassword);
    await this.page.getByTestId('change-password-submit').click();
  }
}
