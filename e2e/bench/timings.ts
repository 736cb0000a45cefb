import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS } from '../chromium.js';
import { cardSaved, markFirstEvent, markOf, operatorFormUsable, signInUsable } from './page-conditions.js';
import { OPERATOR } from './session.js';
import { countCacheUse, countScriptBytes, emulateSlow4G, type CacheUse, type ScriptBytes } from './slow-network.js';
import type { CDPSession } from '@playwright/test';

export interface Timings {
  signInMs: number;
  operatorFormMs: number;
  saveMs: number;
  repeatVisitMs: number;
  /** Whether a service worker controlled the repeat visit. */
  serviceWorker: boolean;
  /** Responses of the repeat visit, and how many came without the network. */
  repeatCache: CacheUse;
  firstLoadJs: ScriptBytes;
}

const WAIT = { polling: 'raf' as const, timeout: 120_000 };

async function waitFor(page: Page, condition: (arg: string) => number | false, arg = ''): Promise<number> {
  const handle = await page.waitForFunction(condition, arg, WAIT);
  return (await handle.jsonValue()) as number;
}

/** (b) From the click on "Masuk" (marked in the page) until the operator form is usable. */
async function signInToForm(page: Page): Promise<number> {
  await page.getByTestId('login-username').fill(OPERATOR.username);
  await page.getByTestId('login-password').fill(OPERATOR.password);
  await page.evaluate(markFirstEvent, ['click', '[data-testid="login-submit"]', 'submit'] as [string, string, string]);
  await page.getByTestId('login-submit').click();
  const usableAt = await waitFor(page, operatorFormUsable);
  const clickedAt = await page.evaluate(markOf, 'submit');
  if (clickedAt == null) throw new Error('the sign-in click was not seen by the page (did it reload?)');
  return usableAt - clickedAt;
}

/** (d) From the first keystroke in a count field until its card shows "saved". */
async function saveOneCount(page: Page, value: number): Promise<number> {
  const input = page.locator('[data-testid^="ind-"][data-testid$="-count"]').first();
  // Sections mount their cards when opened: open them in order until a count field is there.
  for (const summary of await page.locator('details.cluster-details > summary').all()) {
    if ((await input.count()) > 0) break;
    await summary.click();
    await page.waitForFunction(
      () => document.querySelector('details.cluster-details[open] [data-placeholder]') === null,
      undefined,
      WAIT,
    );
  }
  const testId = (await input.getAttribute('data-testid'))!;
  const code = testId.slice('ind-'.length, -'-count'.length);
  await page.evaluate(markFirstEvent, ['input', `[data-testid="${testId}"]`, 'save'] as [string, string, string]);
  await input.fill(String(value));
  await page.waitForFunction(
    (c) => document.querySelector(`[data-testid="save-state-${c}"]`)?.getAttribute('data-state') !== 'saved',
    code,
    WAIT,
  );
  await page.getByTestId(`save-${code}`).click();
  const savedAt = await waitFor(page, cardSaved, code);
  return savedAt - (await page.evaluate(markOf, 'save'))!;
}

/** (c) A second navigation to /isian in the same context (HTTP cache, cookie, service worker if any). */
async function repeatVisit(
  page: Page,
  cdp: CDPSession,
  baseUrl: string,
): Promise<{ ms: number; serviceWorker: boolean; cache: CacheUse }> {
  const serviceWorker = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker?.getRegistration();
    if (registration) await navigator.serviceWorker.ready;
    return registration != null;
  });
  const cache = countCacheUse(cdp);
  await page.goto(`${baseUrl}/isian`, { waitUntil: 'commit' });
  const ms = await waitFor(page, operatorFormUsable);
  const controlled = serviceWorker && (await page.evaluate(() => navigator.serviceWorker.controller != null));
  return { ms, serviceWorker: controlled, cache: cache.stop() };
}

/** One cold run at 360 × 740 under Slow 4G: (a) sign-in usable and (e) its JS, then (b), (d), (c). */
async function measureOnce(browser: Browser, baseUrl: string, run: number): Promise<Timings> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'id-ID',
  });
  try {
    const page = await context.newPage();
    const cdp = await emulateSlow4G(page);
    const scripts = countScriptBytes(cdp);
    await page.goto(`${baseUrl}/masuk`, { waitUntil: 'commit' });
    const signInMs = await waitFor(page, signInUsable);
    await page.waitForLoadState('networkidle');
    const firstLoadJs = scripts.stop();
    const operatorFormMs = await signInToForm(page);
    const saveMs = await saveOneCount(page, 40 + run);
    const repeat = await repeatVisit(page, cdp, baseUrl);
    return {
      signInMs,
      operatorFormMs,
      saveMs,
      repeatVisitMs: repeat.ms,
      serviceWorker: repeat.serviceWorker,
      repeatCache: repeat.cache,
      firstLoadJs,
    };
  } finally {
    await context.close();
  }
}

export async function measureTimings(
  baseUrl: string,
  chromePath: string,
  runs: number,
  log: (message: string) => void,
): Promise<Timings[]> {
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_FLAGS });
  try {
    const results: Timings[] = [];
    for (let run = 1; run <= runs; run++) {
      results.push(await measureOnce(browser, baseUrl, run));
      const last = results[results.length - 1];
      log(
        `timings run ${run}/${runs}: sign-in ${last.signInMs.toFixed(0)} ms, form ${last.operatorFormMs.toFixed(0)} ms, save ${last.saveMs.toFixed(0)} ms, repeat ${last.repeatVisitMs.toFixed(0)} ms (${last.repeatCache.fromCache}/${last.repeatCache.responses} from cache), JS ${(last.firstLoadJs.transferred / 1024).toFixed(1)} KB`,
      );
    }
    return results;
  } finally {
    await browser.close();
  }
}
