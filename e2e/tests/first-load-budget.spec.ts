import { expect, test } from '@playwright/test';
import {
  allJsFiles,
  brotliSize,
  carriesOperation,
  definedOperations,
  documentCount,
  firstLoadFiles,
  readAsset,
  readManifest,
  staticSourceGraph,
  type Manifest,
} from '../pages/first-load.js';

/** Compressed JavaScript the sign-in page may load (issue 10: at most 150 KB, brotli). */
const BUDGET_BYTES = 150_000;
/** What signing in needs: the Me query and the Login mutation (login-request.ts). */
const SIGN_IN_OPERATIONS = new Set(['Me', 'Login', 'SessionUserFields']);

const ADMIN_AND_EVALUATOR_PAGES = [
  'routes/admin/UsersPage.tsx',
  'routes/admin/PeriodsPage.tsx',
  'routes/admin/InstrumentPage.tsx',
  'routes/evaluator/ScoreboardPage.tsx',
  'routes/evaluator/KecamatanScorePage.tsx',
  'routes/evaluator/KecamatanPrintPage.tsx',
  'routes/evaluator/MapPage.tsx',
  'routes/evaluator/QueuePage.tsx',
];
const SHARED_PAGES = [
  'routes/login/LoginPage.tsx',
  'routes/operator/OperatorFormPage.tsx',
  'app/AppLayout.tsx',
  'app/start.tsx',
];

/** Operations written only for the admin and evaluator pages (derived from the source). */
function adminAndEvaluatorOperations(): string[] {
  const shared = new Set(SHARED_PAGES.flatMap((page) => [...staticSourceGraph(page)]));
  const theirs = new Set(
    ADMIN_AND_EVALUATOR_PAGES.flatMap((page) => [...staticSourceGraph(page)]).filter((file) => !shared.has(file)),
  );
  return definedOperations()
    .filter((op) => theirs.has(op.file))
    .map((op) => op.name);
}

/** A lazy chunk and everything it imports statically. */
function closureOf(manifest: Manifest, key: string): string[] {
  const seen = new Set<string>();
  const visit = (k: string) => {
    if (seen.has(k)) return;
    seen.add(k);
    for (const imported of manifest[k].imports ?? []) visit(imported);
  };
  visit(key);
  return [...seen].map((k) => manifest[k].file);
}

test.describe('first load of the sign-in page', () => {
  test(`stays within ${BUDGET_BYTES / 1000} KB of brotli-compressed JavaScript`, () => {
    const files = firstLoadFiles(readManifest());
    const sizes = files.map((file) => ({ file, brotli: brotliSize(readAsset(file)) }));
    const total = sizes.reduce((sum, { brotli }) => sum + brotli, 0);
    console.log(
      sizes.map(({ file, brotli }) => `${file}: ${(brotli / 1000).toFixed(1)} KB`).join('\n'),
      `\ntotal ${(total / 1000).toFixed(1)} KB`,
    );
    expect(total, JSON.stringify(sizes)).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  test('carries no admin or evaluator code or documents', () => {
    const manifest = readManifest();
    const firstLoad = new Set(firstLoadFiles(manifest));
    const theirChunks = Object.entries(manifest)
      .filter(([key]) => /^src\/routes\/(admin|evaluator|operator)\//.test(key))
      .map(([, chunk]) => chunk.file);
    expect(theirChunks.length).toBeGreaterThan(5);
    expect(theirChunks.filter((file) => firstLoad.has(file))).toEqual([]);

    const theirOperations = adminAndEvaluatorOperations();
    expect(theirOperations).toEqual(expect.arrayContaining(['Users', 'Scoreboard', 'ReviewQueue']));
    const allOperations = definedOperations().map((op) => op.name);
    for (const file of firstLoad) {
      const code = readAsset(file).toString('utf8');
      expect(
        theirOperations.filter((name) => carriesOperation(code, name)),
        file,
      ).toEqual([]);
      expect(
        allOperations.filter((name) => !SIGN_IN_OPERATIONS.has(name) && carriesOperation(code, name)),
        file,
      ).toEqual([]);
    }
  });

  test('no chunk holds the generated documents map; routes carry their own documents', () => {
    const all = definedOperations();
    expect(all.length).toBeGreaterThan(50);
    for (const file of allJsFiles()) {
      const code = readAsset(file).toString('utf8');
      expect(documentCount(code), file).toBeLessThan(all.length / 4);
      // The map in src/gql/gql.ts is keyed by each document's source text ("\n  query OperatorForm($year…").
      expect(/(\\n|\n)\s*query OperatorForm\(/.test(code), file).toBe(false);
    }
    const manifest = readManifest();
    const operatorForm = closureOf(manifest, 'src/routes/operator/OperatorFormPage.tsx').map((f) =>
      readAsset(f).toString('utf8'),
    );
    expect(operatorForm.some((code) => carriesOperation(code, 'OperatorForm'))).toBe(true);
    expect(operatorForm.some((code) => carriesOperation(code, 'SaveSubmission'))).toBe(true);
    const users = closureOf(manifest, 'src/routes/admin/UsersPage.tsx').map((f) => readAsset(f).toString('utf8'));
    expect(users.some((code) => carriesOperation(code, 'Users'))).toBe(true);
    expect(operatorForm.some((code) => carriesOperation(code, 'Users'))).toBe(false);
  });

  test('the browser fetches only those files for /masuk', async ({ page }) => {
    const expected = new Set(firstLoadFiles(readManifest()).map((file) => `/${file}`));
    const requested: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (request.resourceType() === 'script' || url.pathname.endsWith('.js')) requested.push(url.pathname);
    });
    await page.goto('/masuk');
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    await expect(page.getByTestId('login-username')).toBeEditable();
    await page.waitForLoadState('networkidle');
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !expected.has(url))).toEqual([]);
  });
});
