import fs from 'node:fs';

/** Debian's chromium, or the one named by CHROMIUM_PATH (Playwright's own download is not possible here). */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export function chromiumAvailable(): boolean {
  return fs.existsSync(chromiumPath());
}

/** Headless, without a sandbox, the GPU or Chromium's own background traffic: the e2e suite and the web benchmark. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
