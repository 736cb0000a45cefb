import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface AppServer {
  url: string;
  stop(): Promise<void>;
}

/** `npm run build -w @kecala/client`, as `npm start` does first. */
export function buildClient(root: string, log: (message: string) => void): void {
  log('building the client (npm run build -w @kecala/client)');
  const build = spawnSync('npm', ['run', 'build', '-w', '@kecala/client'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) throw new Error(`client build failed (exit ${build.status})`);
}

async function waitForHealth(url: string, child: ChildProcess, limitMs: number): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    if (child.exitCode != null) throw new Error(`the app exited with ${child.exitCode} before answering /healthz`);
    const healthy = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) return;
    await sleep(250);
  }
  throw new Error(`the app did not answer ${url}/healthz within ${limitMs / 1000} s`);
}

/** Ends the app's process group (tsx and its node child), forcefully if it lingers. */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode != null || child.pid == null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  const done = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
  if (!done && child.exitCode == null) process.kill(-child.pid, 'SIGKILL');
}

/**
 * The app as `npm start` runs it (server/src/main.ts through tsx, the built SPA, the embedded
 * database) on a fresh temporary data folder and its own port. Its files are removed on stop.
 */
export async function startAppServer(root: string, port: number, log: (message: string) => void): Promise<AppServer> {
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'kecala-bench-web-'));
  const env = {
    ...process.env,
    PORT: String(port),
    KECALA_DATA_DIR: path.join(data, 'pglite'),
    KECALA_UPLOAD_DIR: path.join(data, 'uploads'),
    KECALA_EVIDENCE_DIR: path.join(data, 'evidence'),
  };
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, ['src/main.ts'], {
    cwd: path.join(root, 'server'),
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout!.on('data', (chunk: Buffer) => log(`app: ${chunk.toString().trim()}`));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopGroup(child);
    fs.rmSync(data, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, child, 180_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
