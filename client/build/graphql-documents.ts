import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';
import babel from 'vite-plugin-babel';
import { type DocumentNode, Kind, print, visit } from 'graphql';
import documentImports, { DOCUMENT_QUERY } from './document-imports.ts';

/** `…/gql/graphql.ts?document-text=LoginDocument`: that document's text (see documentTextModule). */
const DOCUMENT_TEXT_QUERY = 'document-text';

const require = createRequire(import.meta.url);
// client-preset ships its Babel plugin next to its entry but does not list it in `exports`.
const clientPresetBabel = path.join(path.dirname(require.resolve('@graphql-codegen/client-preset')), 'babel.js');
const syntaxTypescript = require.resolve('@babel/plugin-syntax-typescript');

type TransformResult = ReturnType<Extract<Plugin['transform'], (...args: never[]) => unknown>>;
type BabelTransform = (code: string, id: string) => TransformResult;

/** vite-plugin-babel with client-preset's plugin (and ours after it), parsing TypeScript (JSX in .tsx). */
function babelTransformOf(artifactDirectory: string, isTSX: boolean): { plugin: Plugin; transform: BabelTransform } {
  const plugin = babel({
    include: isTSX ? /\.tsx$/ : /\.ts$/,
    babelConfig: {
      configFile: false,
      sourceMaps: true,
      plugins: [
        [syntaxTypescript, { isTSX }],
        [clientPresetBabel, { artifactDirectory, gqlTagName: 'graphql' }],
        documentImports,
      ],
    },
  });
  return { plugin, transform: plugin.transform as BabelTransform };
}

/** `export const MeDocument = {…} as unknown as DocumentNode<…>;` → the literal `{…}`. */
async function documentLiteral(file: string, name: string): Promise<string> {
  const source = await fs.readFile(file, 'utf8');
  const line = source.split('\n').find((l) => l.startsWith(`export const ${name} = {`));
  const literal = line?.match(/^export const \w+ = (\{.*\}) as unknown as DocumentNode<.*>;$/)?.[1];
  if (!literal) throw new Error(`graphql-documents: no document ${name} in ${file} (run npm run codegen)`);
  return literal;
}

/** That one document as a module. */
async function documentModule(file: string, name: string): Promise<string> {
  return `export const ${name} = ${await documentLiteral(file, name)};\n`;
}

/**
 * That one document as printed text (its default export), with the `__typename` Apollo adds to
 * every selection but the operation's own: for a request sent without Apollo whose answer goes
 * into Apollo's cache later (the sign-in page's first load).
 */
export async function documentTextModule(file: string, name: string): Promise<string> {
  const document = JSON.parse(await documentLiteral(file, name)) as DocumentNode;
  const typename = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } } as const;
  const withTypenames = visit(document, {
    SelectionSet(node, _key, parent) {
      const root = parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION;
      const has = node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename');
      return root || has ? undefined : { ...node, selections: [typename, ...node.selections] };
    },
  });
  return `export default ${JSON.stringify(print(withTypenames))};\n`;
}

/**
 * GraphQL Code Generator's client-preset Babel plugin: every `graphql(`…`)` call becomes an import
 * of that one generated document, so the `graphql()` lookup map in src/gql/gql.ts (every document of
 * the app) is never bundled and each lazy route carries only its own operations. Babel runs only on
 * source files that call `graphql(` (a hook filter: other modules never reach it) and only parses
 * TypeScript; the usual transform runs afterwards. `…/gql/graphql.ts?document=X` loads document X.
 */
export function graphqlDocuments(srcDir: string): Plugin {
  const artifactDirectory = path.join(srcDir, 'gql');
  const generated = path.join(artifactDirectory, 'graphql.ts');
  const ts = babelTransformOf(artifactDirectory, false);
  const tsx = babelTransformOf(artifactDirectory, true);
  const documentId = new RegExp(`^${escapeRegExp(generated)}\\?${DOCUMENT_QUERY}=(\\w+)$`);
  const documentTextId = new RegExp(`^${escapeRegExp(generated)}\\?${DOCUMENT_TEXT_QUERY}=(\\w+)$`);
  return {
    name: 'kecala:graphql-documents',
    enforce: 'pre',
    configResolved(config) {
      for (const { plugin } of [ts, tsx]) (plugin.configResolved as (c: typeof config) => void)(config);
    },
    load: {
      filter: { id: [documentId, documentTextId] },
      handler(id) {
        this.addWatchFile(generated);
        const text = documentTextId.exec(id);
        return text ? documentTextModule(generated, text[1]) : documentModule(generated, documentId.exec(id)![1]);
      },
    },
    transform: {
      filter: { id: new RegExp(`^${escapeRegExp(srcDir)}/(?!gql/).*\\.tsx?$`), code: 'graphql(' },
      handler: (code, id) => (id.endsWith('x') ? tsx : ts).transform(code, id),
    },
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
