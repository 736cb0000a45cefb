import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Generates typed documents from the checked-in contract. src/gql is git-ignored: the build,
 * typecheck and test commands regenerate it, so it can never drift from schema.graphql.
 */
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTimeISO: 'string' },
        defaultScalarType: 'unknown',
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
      },
    },
    // Members of every union and interface, for the cache's possibleTypes.
    'src/gql/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { useExplicitTyping: true },
    },
  },
  silent: true,
};

export default config;
