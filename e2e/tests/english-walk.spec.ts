import { expect, type Locator, type Page, test } from '@playwright/test';
import { ApiClient } from '../pages/api-client.js';
import { containsWord, pageText, translatedBahasaTexts } from '../pages/bahasa-texts.js';
import { LoginPage } from '../pages/login-page.js';

/** No other spec works on this kecamatan. */
const KECAMATAN = { code: '32.75.01', operator: 'op-3275-01' };
const BAHASA = translatedBahasaTexts();

interface Visit {
  path: string;
  /** Visible once the page has its content (not its loading state). */
  ready: (page: Page) => Locator;
  /** Opens what the page folds away (cluster sections, the review panel, an editor). */
  unfold?: (page: Page) => Promise<void>;
  /** English indicator texts the page must show: the walk sees the content, not an empty page. */
  english?: string[];
}

const byTestId = (id: string) => (page: Page) => page.getByTestId(id);

async function openEveryCluster(page: Page) {
  for (const summary of await page.locator('summary.cluster-summary').all()) {
    const details = summary.locator('xpath=..');
    if ((await details.getAttribute('open')) === null) await summary.click();
    await expect(details).toHaveAttribute('open', '');
  }
  await expect(page.getByTestId('indicator-K5-24')).toBeVisible();
}

async function openReview(page: Page) {
  await page.getByTestId(`queue-open-${KECAMATAN.code}-K1-04`).click();
  await expect(page.getByTestId('review-panel')).toBeVisible();
}

/** A draft copy of KLA-24 opened in the editor: every indicator's editor with its headings. */
async function openDraftEditor(page: Page) {
  await page.getByTestId('copy-set-KLA-24').click();
  await page.getByTestId('copy-code').fill('KLA-24-EN');
  await page.getByTestId('copy-name').fill('KLA 24 (EN walk)');
  await page.getByTestId('copy-submit').click();
  await page.getByTestId('edit-set-KLA-24-EN').click();
  await expect(page.getByTestId('indicator-editor-K5-24')).toBeAttached();
}

const VISITS: Record<'operator' | 'evaluator' | 'admin', { username: string; pages: Visit[] }> = {
  operator: {
    username: KECAMATAN.operator,
    pages: [
      {
        path: '/isian',
        ready: byTestId('cluster-nav'),
        unfold: openEveryCluster,
        english: ['4. Birth certificates', 'Children aged 0–17 with a birth certificate', 'organisations'],
      },
      { path: '/isian/impor', ready: byTestId('import-file') },
      { path: '/kata-sandi', ready: byTestId('change-password-submit') },
    ],
  },
  evaluator: {
    username: 'evaluator',
    pages: [
      { path: '/skor', ready: byTestId('scoreboard-table') },
      { path: `/skor/kecamatan/${KECAMATAN.code}`, ready: byTestId('total-score'), english: ['Birth certificates'] },
      {
        path: `/skor/kecamatan/${KECAMATAN.code}/cetak`,
        ready: byTestId('print-report'),
        english: ['Birth certificates'],
      },
      { path: '/peta', ready: byTestId('map-table') },
      {
        path: `/verifikasi?status=semua&kecamatan=${KECAMATAN.code}`,
        ready: byTestId('queue-table'),
        unfold: openReview,
        english: ['4. Birth certificates', 'Birth certificate ownership'],
      },
    ],
  },
  admin: {
    username: 'admin',
    pages: [
      { path: '/admin/pengguna', ready: byTestId('users-table') },
      { path: '/admin/periode', ready: byTestId('periods-table') },
      {
        path: '/admin/instrumen',
        ready: byTestId('sets-table'),
        unfold: openDraftEditor,
        english: ['K1-04 · Birth certificates', 'English texts'],
      },
      { path: '/admin/impor', ready: byTestId('import-file') },
    ],
  },
};

/** Answers of every measure type in the kecamatan, so cards, queue rows and tables show answers and units. */
test.beforeAll(async ({ playwright, baseURL }) => {
  const operator = await new ApiClient(await playwright.request.newContext({ baseURL })).signIn(KECAMATAN.operator);
  const year = (await operator.graphql(`{ periods { year status } }`)).periods.find(
    (p: any) => p.status === 'OPEN',
  ).year;
  const answers: Array<[string, Record<string, unknown>]> = [
    ['K1-04', { numerator: 45, denominator: 60 }],
    ['KEL-03', { count: 4 }],
    ['KEL-01', { option: 'ADA_BELUM_ANGGARAN' }],
    ['K2-08', { yes: true }],
  ];
  for (const [indicatorCode, answer] of answers) {
    const saved = await operator.graphql(
      `mutation ($input: SaveSubmissionInput!) { saveSubmission(input: $input) { __typename } }`,
      { input: { year, kecamatanCode: KECAMATAN.code, indicatorCode, answer, expectedVersion: 0 } },
    );
    // StaleVersionError: saved by an earlier worker of this file (a worker starts again after a failure);
    // InvalidTransitionError: another journey of this kecamatan already submitted it. Either way it is answered.
    expect(['Submission', 'StaleVersionError', 'InvalidTransitionError']).toContain(saved.saveSubmission.__typename);
  }
});

test('the seed has Bahasa texts with an English translation to look for', () => {
  expect(BAHASA.length).toBeGreaterThan(150);
  expect(BAHASA).toContain('Akta Kelahiran');
  expect(BAHASA).toContain('lembaga');
  expect(BAHASA).not.toContain('PMBA');
});

for (const [role, { username, pages }] of Object.entries(VISITS)) {
  test(`${role}: in English, no screen shows a Bahasa indicator text that has an English one`, async ({
    page,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'the texts do not depend on the width');
    test.setTimeout(120_000);
    await new LoginPage(page).signIn(username);
    if (role === 'operator') {
      // The same look in Bahasa finds the texts: the check sees what it looks for.
      await page.goto('/isian');
      await expect(page.getByTestId('cluster-nav')).toBeVisible();
      await openEveryCluster(page);
      expect(containsWord(await pageText(page), 'Akta Kelahiran')).toBe(true);
    }
    await page.getByTestId('lang-switch').click();
    await expect(page.getByTestId('lang-switch')).toHaveAttribute('data-lang', 'en');
    const found: string[] = [];
    for (const visit of pages) {
      await page.goto(visit.path);
      await expect(visit.ready(page).first()).toBeVisible();
      await visit.unfold?.(page);
      const text = await pageText(page);
      for (const english of visit.english ?? []) expect(text, `${visit.path} in English`).toContain(english);
      for (const bahasa of BAHASA) if (containsWord(text, bahasa)) found.push(`${visit.path}: "${bahasa}"`);
    }
    expect(found, `Bahasa texts on English screens:\n${found.join('\n')}`).toEqual([]);
  });
}
