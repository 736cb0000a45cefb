import type { Plugin } from 'vite';

/** Marker in index.html's inline script, replaced by the chunk lists at build time. */
const PLACEHOLDER = '/*APP_PRELOAD*/{}';

interface Chunk {
  type: 'chunk' | 'asset';
  fileName: string;
  facadeModuleId?: string | null;
  isEntry?: boolean;
  imports?: string[];
}

/**
 * The first-load entry imports the app proper (Apollo, router, routes) dynamically, so the sign-in
 * page stays small. A page that is not the sign-in page needs it at once: index.html's inline
 * script then adds modulepreload links for it (and on /isian for the operator form), so it
 * downloads in parallel with the entry instead of after it. The lists are filled in at build.
 */
export function appPreload(routes: Record<string, string>): Plugin {
  let base = '/';
  return {
    name: 'kecala:app-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !html.includes(PLACEHOLDER)) return html;
        const chunks = Object.values(ctx.bundle) as Chunk[];
        const closureOf = (start: Chunk | undefined): string[] => {
          if (!start) return [];
          const seen = new Set<string>();
          const visit = (fileName: string) => {
            if (seen.has(fileName)) return;
            seen.add(fileName);
            for (const imported of (ctx.bundle![fileName] as Chunk).imports ?? []) visit(imported);
          };
          visit(start.fileName);
          return [...seen];
        };
        const chunkOf = (suffix: string) => {
          const found = chunks.find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(suffix));
          if (!found) throw new Error(`app-preload: no chunk for ${suffix}`);
          return found;
        };
        // index.html already modulepreloads the entry's own imports.
        const entry = new Set(closureOf(chunks.find((c) => c.type === 'chunk' && c.isEntry)));
        const lists = Object.fromEntries(
          Object.entries(routes).map(([key, suffix]) => [
            key,
            closureOf(chunkOf(suffix))
              .filter((f) => !entry.has(f))
              .map((f) => base + f),
          ]),
        );
        return html.replace(PLACEHOLDER, JSON.stringify(lists));
      },
    },
  };
}
