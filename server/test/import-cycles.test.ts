import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * No import circle in server/src, type-only imports included (as madge counts them), except
 * TypeORM's paired relations between entities (`*.entity.ts` ↔ `*.entity.ts`). The request context
 * types (`graphql/request-context.ts`) import only types that reach no service, so every service
 * can import them; shared result types live in `graphql/results.ts`, loaders beside their modules.
 */
const SRC = fileURLToPath(new URL('../src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The files of server/src a file imports (static, dynamic and type-only imports, re-exports). */
function localImports(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((imported) => imported.fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts')))
    .filter((target) => fs.existsSync(target));
}

/** Strongly connected components with more than one file (Tarjan): each one holds a circle. */
function circles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next);
    next += 1;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

describe('server/src imports', () => {
  it('form no circle but the paired relations of TypeORM entities', () => {
    const graph = new Map(sourceFiles(SRC).map((file) => [file, localImports(file)]));
    const offending = circles(graph)
      .filter((component) => !component.every((file) => file.endsWith('.entity.ts')))
      .map((component) => component.map((file) => path.relative(SRC, file)));
    expect(offending).toEqual([]);
  });

  it('sees the entity circles it allows (the check reads the imports at all)', () => {
    const graph = new Map(sourceFiles(SRC).map((file) => [file, localImports(file)]));
    const entityCircles = circles(graph).map((component) => component.map((file) => path.relative(SRC, file)));
    expect(entityCircles).toContainEqual(
      expect.arrayContaining([path.join('modules', 'region', 'kecamatan.entity.ts')]),
    );
  });
});
