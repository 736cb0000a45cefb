// One lint configuration for every workspace: typescript-eslint for all TypeScript, React hooks and
// jsx-a11y rules for the client, Prettier owning the layout (eslint-config-prettier turns off the
// rules it would fight with).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      'client/src/gql/**',
      'client/dev-dist/**',
      '**/.data/**',
      '**/test-results/**',
      '**/playwright-report/**',
      'server/bench/profiles/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  { files: ['client/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    // A wide table's scroll box takes focus so the keyboard can scroll it (axe's
    // scrollable-region-focusable); a named region is the accessible pattern for that.
    files: ['client/**/*.tsx'],
    rules: { 'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'] }] },
  },
  {
    // Tests may use `any` to build hostile inputs; production code may not.
    files: ['**/*.test.{ts,tsx}', '**/*.spec.ts', '**/test/**', 'e2e/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // A function a reader can hold in their head: split what grows past 80 lines (hooks, pure
    // helpers, child components). Tests, migrations and generated code are exempt.
    files: ['domain/src/**/*.ts', 'server/src/**/*.ts', 'client/src/**/*.{ts,tsx}', 'client/build/**/*.ts'],
    ignores: ['**/*.test.{ts,tsx}', '**/*.spec.ts', '**/test/**', 'server/src/migrations/**'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  prettier,
);
