import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, LoginPage } from '../pages/login-page.js';
import { OperatorFormPage } from '../pages/operator-form-page.js';

const OPERATOR = { username: 'op-3275-09', kecamatan: 'Jatiasih' };

// What the HTML paints before the JavaScript arrives is the subject here: the service worker would
// serve the held script from its precache, past page.route (offline-shell.spec.ts covers the worker).
test.use({ serviceWorkers: 'block' });

/** Holds the app's entry script until `release()`: the page shows only what index.html paints. */
async function holdAppScript(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('the sign-in form paints from the HTML; what was typed before the script arrived is kept, with the focus', async ({
  page,
}) => {
  const release = await holdAppScript(page);
  // The module script is held, so neither DOMContentLoaded nor load can happen yet.
  await page.goto('/masuk', { waitUntil: 'commit' });
  const staticForm = page.locator('#static-sign-in');
  await expect(staticForm).toBeVisible();
  await expect(page.getByLabel('Nama pengguna')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.locator('html')).not.toHaveAttribute('data-app', 'ready');

  await page.getByLabel('Nama pengguna').fill(OPERATOR.username);
  await page.getByLabel('Kata sandi').click();
  await page.keyboard.type(DEMO_PASSWORD.slice(0, 4));

  release();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(staticForm).toHaveCount(0);
  await expect(page.getByTestId('login-username')).toHaveValue(OPERATOR.username);
  await expect(page.getByTestId('login-password')).toHaveValue(DEMO_PASSWORD.slice(0, 4));
  await expect(page.getByTestId('login-password')).toBeFocused();

  // Typing goes on in the React form, where the caret was.
  await page.keyboard.type(DEMO_PASSWORD.slice(4));
  await page.keyboard.press('Enter');
  await new OperatorFormPage(page).expectKecamatan(OPERATOR.kecamatan);
  await expect(page).toHaveURL(/\/isian$/);
});

test('a sign-in submitted before the script arrived is carried out when it does', async ({ page }) => {
  const release = await holdAppScript(page);
  await page.goto('/', { waitUntil: 'commit' });
  await page.getByLabel('Nama pengguna').fill(OPERATOR.username);
  await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
  await page.getByLabel('Kata sandi').press('Enter');
  // Nothing left the page: the static form only noted the submit (no password in any URL).
  await expect(page.locator('#static-sign-in')).toHaveAttribute('data-submitted', 'true');
  expect(new URL(page.url()).search).toBe('');

  release();
  await new OperatorFormPage(page).expectKecamatan(OPERATOR.kecamatan);
  await expect(page).toHaveURL(/\/isian$/);
});

test('a signed-in user opening /isian sees the neutral app shell, never the sign-in form', async ({ page }) => {
  await new LoginPage(page).signIn(OPERATOR.username);
  await new OperatorFormPage(page).expectKecamatan(OPERATOR.kecamatan);

  const release = await holdAppScript(page);
  await page.goto('/isian', { waitUntil: 'commit' });
  await expect(page.locator('#static-app-loading')).toBeVisible();
  await expect(page.locator('#static-app-loading')).toHaveText('Memuat…');
  await expect(page.locator('#static-sign-in-page')).toBeHidden();
  // The same on / (the hint says this browser is signed in).
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.locator('#static-sign-in-page')).toBeHidden();

  release();
  await new OperatorFormPage(page).expectKecamatan(OPERATOR.kecamatan);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.getByTestId('login-username')).toHaveCount(0);
});
