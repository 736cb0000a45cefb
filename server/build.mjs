// `npm run build -w @kecala/server`: the server as plain JavaScript in server/dist, runnable with
// `node dist/cluster.js` (or `node dist/main.js` for one process) and no TypeScript tooling.
//  1. tsc compiles server/src (decorator metadata included, which type-graphql and TypeORM read);
//  2. tsc compiles the shared rules (domain/src) into dist/node_modules/@kecala/domain, so that
//     `import '@kecala/domain'` from dist resolves to JavaScript there, while tsx, vitest and Vite
//     keep resolving the workspace package to its TypeScript source;
//  3. the seed data files (CSV, JSON) are copied beside the compiled seed code that reads them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, 'dist');
const domainDir = path.resolve(here, '..', 'domain');
const domainOut = path.join(dist, 'node_modules', '@kecala', 'domain');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

function run(args) {
  const result = spawnSync(process.execPath, [tsc, ...args], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

fs.rmSync(dist, { recursive: true, force: true });
run(['-p', path.join(here, 'tsconfig.build.json')]);
run(['-p', path.join(domainDir, 'tsconfig.build.json'), '--outDir', domainOut]);
const domainPackage = JSON.parse(fs.readFileSync(path.join(domainDir, 'package.json'), 'utf8'));
fs.writeFileSync(
  path.join(domainOut, 'package.json'),
  `${JSON.stringify(
    {
      name: domainPackage.name,
      version: domainPackage.version,
      private: true,
      type: 'module',
      exports: { '.': './index.js' },
    },
    null,
    2,
  )}\n`,
);
fs.cpSync(path.join(here, 'src', 'database', 'seed', 'data'), path.join(dist, 'database', 'seed', 'data'), {
  recursive: true,
});
console.log(`server built into ${path.relative(process.cwd(), dist) || '.'}`);
