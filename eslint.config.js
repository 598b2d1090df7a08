// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

/** Network and DOM globals that the framework-free packages must never touch. */
const domAndNetworkGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
  'HTMLElement',
].map((name) => ({ name, message: 'core and symbols are DOM-free and make no network requests.' }));

/** Imports that would break the direction of dependencies (DESIGN.md §5). */
const reactImports = [
  'react',
  'react-dom',
  'react-dom/*',
  'react/*',
  '@tanstack/*',
  'react-i18next',
  '@react-pdf/*',
];
const restricted = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      'test-results/**',
      'playwright-report/**',
      'packages/symbols/src/pictures.generated.ts',
      '**/*.generated.*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
      // We match control characters on purpose: to strip them from hostile text.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'react/no-danger': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'User text must render as inert text.',
        },
      ],
    },
  },
  {
    files: ['packages/core/src/**', 'packages/symbols/src/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...domAndNetworkGlobals],
      ...restricted(
        [
          ...reactImports,
          '@wholepicture/react',
          '@wholepicture/pdf',
          '@wholepicture/symbols',
          '@wholepicture/core',
        ],
        'core and symbols depend on nothing of ours and on no React.',
      ),
    },
  },
  {
    files: ['packages/react/src/**'],
    rules: restricted(
      ['@wholepicture/pdf', '@wholepicture/*/src/*', '@react-pdf/*'],
      'react never imports pdf, nor deep paths of other packages.',
    ),
  },
  {
    files: ['packages/pdf/src/**'],
    rules: restricted(
      ['@wholepicture/react', '@wholepicture/*/src/*', 'react-dom', 'react-dom/*', '@tanstack/*'],
      'pdf never imports react (the form), nor deep paths of other packages.',
    ),
  },
  {
    files: ['**/*.{ts,tsx}'],
    ignores: ['packages/**'],
    rules: {
      ...restricted(
        ['@wholepicture/*/src/*', '../packages/*', '../../packages/*'],
        'Import packages by name through their exports map.',
      ),
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**', 'scripts/**', '.storybook/**', 'stories/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Playwright fixtures take a `use` callback that is not React's `use` hook.
    files: ['tests/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off', 'no-empty-pattern': 'off' },
  },
);
