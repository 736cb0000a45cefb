import { expect, type Locator, type Page, test } from '@playwright/test';
import { AppHeader } from '../pages/app-header.js';
import { LoginPage } from '../pages/login-page.js';
import { OperatorFormPage } from '../pages/operator-form-page.js';
import { describeTargets, headerAndNavHeight, smallTapTargets } from '../pages/tap-targets.js';

/** At 360 × 740 the header and navigation take at most a quarter of the first screen. */
const HEADER_BUDGET = 185;

interface Visit {
  path: string;
  /** Visible once the page has its content (not its loading state). */
  ready: (page: Page) => Locator;
  /** Opens folded parts first, so what is inside them is measured too. */
  unfold?: (page: Page) => Promise<void>;
}

/** No other spec works on this kecamatan. */
const SEEDED_KECAMATAN = '32.75.12';

/** A draft answer in the queue: the operator of the seeded kecamatan saves one count. */
async function seedQueueRow(page: Page, value: number) {
  await new LoginPage(page).signIn('op-3275-12');
  await new OperatorFormPage(page).fillCount('K1-05', value);
  await new AppHeader(page).signOut();
}

const byTestId = (id: string) => (page: Page) => page.getByTestId(id);

async function openEveryCluster(page: Page) {
  for (const summary of await page.locator('summary.cluster-summary').all()) {
    const details = summary.locator('xpath=..');
    if ((await details.getAttribute('open')) === null) await summary.click();
    await expect(details).toHaveAttribute('open', '');
  }
}

const VISITS: Record<'operator' | 'evaluator' | 'admin', { username: string; pages: Visit[] }> = {
  operator: {
    username: 'op-3275-09',
    pages: [
      { path: '/isian', ready: byTestId('cluster-nav'), unfold: openEveryCluster },
      { path: '/isian/impor', ready: byTestId('import-file') },
      { path: '/kata-sandi', ready: byTestId('change-password-submit') },
    ],
  },
  evaluator: {
    username: 'evaluator',
    pages: [
      { path: '/skor', ready: byTestId('scoreboard-table') },
      { path: '/skor/kecamatan/32.75.09', ready: byTestId('total-score') },
      { path: '/peta', ready: byTestId('map-table') },
      { path: '/verifikasi', ready: (page) => page.getByTestId('queue-table').or(page.getByTestId('queue-empty')) },
      // A kecamatan with a saved answer (see `seedQueueRow`): the rows' own controls are measured too.
      { path: `/verifikasi?status=semua&kecamatan=${SEEDED_KECAMATAN}`, ready: byTestId('queue-table') },
    ],
  },
  admin: {
    username: 'admin',
    pages: [
      { path: '/admin/pengguna', ready: byTestId('users-table') },
      { path: '/admin/periode', ready: byTestId('periods-table') },
      { path: '/admin/instrumen', ready: byTestId('sets-table') },
      { path: '/admin/impor', ready: byTestId('import-file') },
    ],
  },
};

async function expectTapTargets(page: Page, where: string) {
  const small = await smallTapTargets(page);
  expect(small, `tap targets under 44 × 44 px on ${where}:\n${describeTargets(small)}`).toEqual([]);
}

async function expectCompactHeader(page: Page, where: string, phone: boolean) {
  if (!phone) return;
  const height = await headerAndNavHeight(page);
  expect(height, `header + navigation on ${where}: ${height} px`).toBeLessThanOrEqual(HEADER_BUDGET);
}

for (const [role, { username, pages }] of Object.entries(VISITS)) {
  test(`${role}: every control is at least 44 × 44 px; header and navigation stay compact`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    const phone = testInfo.project.name === 'phone-360';
    if (role === 'evaluator') await seedQueueRow(page, phone ? 3 : 2);
    await new LoginPage(page).signIn(username);
    for (const visit of pages) {
      await page.goto(visit.path);
      await expect(visit.ready(page).first()).toBeVisible();
      await expectCompactHeader(page, visit.path, phone);
      await visit.unfold?.(page);
      await expectTapTargets(page, visit.path);
    }
    // The account menu's own items (folded behind its button on a phone).
    await new AppHeader(page).openAccountMenu();
    await expectTapTargets(page, `${pages[pages.length - 1].path} with the account menu open`);
  });
}

test('signed out: the sign-in page has 44 × 44 px controls', async ({ page }) => {
  await page.goto('/masuk');
  await expect(page.getByTestId('login-submit')).toBeVisible();
  await expectTapTargets(page, '/masuk');
});
