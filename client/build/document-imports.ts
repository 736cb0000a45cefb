import type { PluginObj, types as t } from '@babel/core';

/** The query that names one document of src/gql/graphql.ts: `…/gql/graphql?document=MeDocument`. */
export const DOCUMENT_QUERY = 'document';

/**
 * Runs after client-preset's Babel plugin, which imports each generated document under its
 * generated name (`import { MeDocument } from '…/gql/graphql'`) and puts that name where the
 * `graphql(…)` call was. Two fixes on the imports it added (nodes without a source location):
 * - each imports from `…/gql/graphql?document=<name>`, a module holding only that document, so a
 *   document lands in the chunk of the routes that use it (one module cannot be split over chunks);
 * - each gets a unique local name, or `export const MeDocument = graphql(…)` would become the
 *   self-reference `export const MeDocument = MeDocument`.
 */
export default function documentImports({ types }: { types: typeof t }): PluginObj {
  return {
    name: 'kecala:document-imports',
    visitor: {
      Program: {
        exit(program) {
          const renamed = new Map<string, string>();
          for (const statement of program.get('body')) {
            if (!statement.isImportDeclaration() || statement.node.loc) continue;
            const [specifier, ...others] = statement.node.specifiers;
            if (others.length > 0 || !types.isImportSpecifier(specifier) || !types.isIdentifier(specifier.imported))
              continue;
            const name = specifier.imported.name;
            const local = renamed.get(name) ?? program.scope.generateUidIdentifier(name).name;
            renamed.set(name, local);
            specifier.local = types.identifier(local);
            statement.node.source = types.stringLiteral(`${statement.node.source.value}?${DOCUMENT_QUERY}=${name}`);
          }
          if (renamed.size === 0) return;
          program.traverse({
            Identifier(identifier) {
              const local = renamed.get(identifier.node.name);
              if (local && !identifier.node.loc && identifier.isReferencedIdentifier())
                identifier.replaceWith(types.identifier(local));
            },
          });
        },
      },
    },
  };
}
