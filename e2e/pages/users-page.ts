import { expect, type Page } from '@playwright/test';

/** Admin → Pengguna: the account list and the create form. */
export class UsersPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByTestId('nav-users').click();
    await expect(this.page.getByTestId('users-table')).toBeVisible();
  }

  async createUser(user: {
    username: string;
    displayName: string;
    role: 'ADMIN' | 'EVALUATOR' | 'OPERATOR';
    kecamatanCode?: string;
    password: string;
  }) {
    await this.page.getByTestId('create-user').click();
    await this.page.getByTestId('user-username').fill(user.username);
    await this.page.getByTestId('user-displayname').fill(user.displayName);
    await this.page.getByTestId('user-role').selectOption(user.role);
    if (user.kecamatanCode) await this.page.getByTestId('user-kecamatan').selectOption(user.kecamatanCode);
    await this.page.getByTestId('user-password').fill(user.password);
    await this.page.getByTestId('user-submit').click();
    await expect(this.page.getByTestId(`user-row-${user.username}`)).toBeVisible();
  }

  /** An INTEGRATOR account: no password, no kecamatan. */
  async createIntegrator(username: string, displayName: string) {
    await this.page.getByTestId('create-user').click();
    await this.page.getByTestId('user-username').fill(username);
    await this.page.getByTestId('user-displayname').fill(displayName);
    await this.page.getByTestId('user-role').selectOption('INTEGRATOR');
    await expect(this.page.getByTestId('user-password')).toHaveCount(0);
    await this.page.getByTestId('user-submit').click();
    await expect(this.page.getByTestId(`user-row-${username}`)).toBeVisible();
  }

  /** Creates an API token for an integrator account (by its display name) and returns the secret, shown once. */
  async createToken(integratorDisplayName: string, name: string): Promise<string> {
    const select = this.page.getByTestId('token-integrator');
    const label = await select.locator('option', { hasText: integratorDisplayName }).textContent();
    await select.selectOption({ label: label! });
    await this.page.getByTestId('token-name').fill(name);
    await this.page.getByTestId('token-submit').click();
    const secret = this.page.getByTestId('token-secret').locator('code');
    await expect(secret).toHaveText(/^kct_/);
    await expect(this.page.getByTestId(`token-row-${name}`)).toBeVisible();
    return (await secret.textContent())!;
  }

  async setActive(username: string, active: boolean) {
    await this.page.getByTestId(`user-deactivate-${username}`).click();
    await this.page.getByTestId(`user-confirm-${username}`).click();
    await expect(this.page.getByTestId(`user-row-${username}`)).toContainText(active ? 'Aktif' : 'Nonaktif');
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
