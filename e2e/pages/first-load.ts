import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** What `npm run build -w client` left (e2e/run.mjs builds it before Playwright starts). */
export const CLIENT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../client');
const DIST = path.join(CLIENT_DIR, 'dist');

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export function readManifest(): Manifest {
  const file = path.join(DIST, '.vite', 'manifest.json');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: build the client (build.manifest must stay on)`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
}

/** The JS files index.html loads: its entry and the entry's static imports, recursively. */
export function firstLoadFiles(manifest: Manifest): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest has no chunk ${key}`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('index.html');
  return [...seen].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
}

export function readAsset(file: string): Buffer {
  return fs.readFileSync(path.join(DIST, file));
}

export function allJsFiles(): string[] {
  return fs
    .readdirSync(path.join(DIST, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
}

export function brotliSize(content: Buffer): number {
  return zlib.brotliCompressSync(content, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every GraphQL operation and fragment written in client/src, with the file that defines it. */
export function definedOperations(): { name: string; file: string }[] {
  const src = path.join(CLIENT_DIR, 'src');
  return sourceFiles(src).flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(/graphql\(`\s*(?:query|mutation|subscription|fragment)\s+(\w+)/g)].map(
      (m) => ({
        name: m[1],
        file: path.relative(src, file),
      }),
    ),
  );
}

/** The source files a route module pulls in statically (its own imports, recursively, within src). */
export function staticSourceGraph(entry: string): Set<string> {
  const src = path.join(CLIENT_DIR, 'src');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = fs.readFileSync(file, 'utf8');
    for (const m of code.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gms)) {
      const base = path.resolve(path.dirname(file), m[1]);
      const resolved = [base, `${base}.ts`, `${base}.tsx`].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
      if (resolved && resolved.startsWith(src) && !resolved.includes(`${path.sep}gql${path.sep}`)) visit(resolved);
    }
  };
  visit(path.join(src, entry));
  return new Set([...seen].map((f) => path.relative(src, f)));
}

/** Whether a built chunk carries a GraphQL document (AST or source text) of that operation. */
export function carriesOperation(code: string, name: string): boolean {
  return new RegExp(`value:["'\`]${name}["'\`]|(?:query|mutation|subscription|fragment) ${name}\\b`).test(code);
}

export function documentCount(code: string): number {
  return code.match(/kind:["'`]Document["'`]/g)?.length ?? 0;
}
