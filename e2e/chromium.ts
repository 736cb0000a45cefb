import fs from 'node:fs';

/** Debian's chromium, or the one named by CHROMIUM_PATH (Playwright's own download is not possible here). */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export function chromiumAvailable(): boolean {
  return fs.existsSync(chromiumPath());
}
