// Runs the Playwright suite, or explains loudly why it cannot: no browser outside CI is a skip,
// in CI it is a failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const browser = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!fs.existsSync(browser)) {
  const message = `Chromium not found at ${browser} (set CHROMIUM_PATH or apt-get install chromium)`;
  if (process.env.CI) {
    console.error(`ERROR: ${message}; CI does not skip browser tests.`);
    process.exit(1);
  }
  console.warn(`\n!!! ${message}: SKIPPING the end-to-end browser tests !!!\n`);
  process.exit(0);
}
const build = spawnSync('npm', ['run', 'build', '-w', '@kecala/client'], { cwd: '..', stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
const result = spawnSync(process.execPath, [cli, 'test', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
