import { expect, test } from '@playwright/test';
import { AppHeader } from '../pages/app-header.js';
import { LoginPage } from '../pages/login-page.js';
import { OfflineApp } from '../pages/offline-app.js';
import { OperatorFormPage } from '../pages/operator-form-page.js';

// Each project uses its own operator, whose kecamatan no other spec uses: the answer saved here must not
// change the scores other specs assert.
const OPERATOR = { desktop: 'op-3275-07', 'phone-360': 'op-3275-08' } as const;
const COUNT = { desktop: 37, 'phone-360': 23 } as const;

test('the installed app starts offline from the service worker and shows the last answers, marked offline', async ({
  page,
  context,
}, testInfo) => {
  const project = testInfo.project.name as keyof typeof OPERATOR;
  await new LoginPage(page).signIn(OPERATOR[project]);
  const form = new OperatorFormPage(page);
  await form.fillCount('K4-20', COUNT[project]);

  const app = new OfflineApp(page);
  await app.waitForServiceWorker();
  await expect.poll(() => app.persistedAnswer('K4-20'), { timeout: 20_000 }).toContain(String(COUNT[project]));
  await expect(page.getByTestId('offline-marker')).toHaveCount(0);

  await context.setOffline(true);
  try {
    await page.reload();
    // The app itself (from the service worker's precache), not the browser's error page.
    await expect(page.getByTestId('form-kecamatan')).toBeVisible();
    await expect(page.getByTestId('offline-marker')).toHaveText(/^Luring — data terakhir .+ WIB$/);
    await form.reveal('K4-20');
    await expect(form.input('K4-20', 'count')).toHaveValue(String(COUNT[project]));
    // A lazy route chunk opens offline too.
    await new AppHeader(page).openAccountMenu();
    await page.getByTestId('nav-change-password').click();
    await expect(page).toHaveURL(/\/kata-sandi$/);
    await expect(page.locator('main input[type="password"]').first()).toBeVisible();
  } finally {
    await context.setOffline(false);
  }

  // Signing out removes the private data from the device.
  await new AppHeader(page).signOut();
  await expect.poll(() => app.persistedAnswer('K4-20')).toBeNull();
});

test('the web app manifest is linked and names the app, its icons and standalone display', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const response = await page.request.get(href!);
  expect(response.ok()).toBe(true);
  const manifest = await response.json();
  expect(manifest).toMatchObject({
    name: 'KECALA Patriot — Kecamatan Layak Anak',
    short_name: 'KECALA',
    lang: 'id',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#0f5c4d',
  });
  expect(manifest.description).toMatch(/Kota Layak Anak/);
  const icons: { src: string; sizes: string; purpose?: string }[] = manifest.icons;
  expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(icons.some((i) => i.purpose === 'maskable' && i.sizes === '512x512')).toBe(true);
  for (const icon of icons) expect((await page.request.get(icon.src)).ok(), icon.src).toBe(true);
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', '#0f5c4d');
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', /apple-touch-icon/);
});
