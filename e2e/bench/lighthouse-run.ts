import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS } from '../chromium.js';

export interface LighthouseResult {
  /** Performance score, 0–100. */
  score: number;
  lcpMs: number;
  tbtMs: number;
  fcpMs: number;
}

function metric(lhr: { audits: Record<string, { numericValue?: number }> }, id: string): number {
  const value = lhr.audits[id]?.numericValue;
  if (typeof value !== 'number') throw new Error(`Lighthouse gave no ${id}`);
  return value;
}

/**
 * One Lighthouse run of the performance category: mobile form factor and its default simulated
 * throttling (Slow 4G, 4× CPU). `cookie` signs the page in (sent with every request).
 */
export async function runLighthouse(url: string, chromePath: string, cookie?: string): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_FLAGS, logLevel: 'error' });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      extraHeaders: cookie ? { Cookie: cookie } : undefined,
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    // A signed-out /isian would redirect to /masuk and measure the wrong page.
    if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname)
      throw new Error(`Lighthouse on ${url} ended on ${lhr.finalDisplayedUrl}`);
    const score = lhr.categories.performance?.score;
    if (typeof score !== 'number')
      throw new Error(`Lighthouse on ${url} gave no performance score (${lhr.runWarnings.join('; ')})`);
    return {
      score: Math.round(score * 100),
      lcpMs: metric(lhr, 'largest-contentful-paint'),
      tbtMs: metric(lhr, 'total-blocking-time'),
      fcpMs: metric(lhr, 'first-contentful-paint'),
    };
  } finally {
    chrome.kill();
  }
}
