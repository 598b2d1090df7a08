import { defineConfig, defaultClientConditions, defaultServerConditions } from 'vite';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const react18 = `${root}tests/react18/node_modules/`;

// Packages expose their sources under the custom `source` export condition, so tests run
// against the code through the same `exports` map consumers use, with no build step.
const resolve = { conditions: ['source', ...defaultClientConditions] };
const ssr = {
  resolve: { conditions: ['source', ...defaultServerConditions], externalConditions: ['source'] },
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        ssr,
        test: {
          name: 'unit',
          include: [
            'packages/core/src/**/*.test.ts',
            'packages/symbols/src/**/*.test.ts',
            'packages/pdf/src/**/*.test.{ts,tsx}',
            'tests/integration/**/*.test.{ts,tsx}',
            'tests/packaging/**/*.test.ts',
            'scripts/**/*.test.{ts,mjs}',
          ],
          environment: 'node',
          setupFiles: [`${root}scripts/vitest-setup-console.ts`],
          testTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        resolve,
        ssr,
        test: {
          name: 'unit-dom',
          include: ['packages/react/src/**/*.test.{ts,tsx}', 'apps/demo/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: [`${root}scripts/vitest-setup-console.ts`, `${root}scripts/vitest-setup-dom.ts`],
          testTimeout: 30_000,
        },
      },
      {
        // The components under React 18, which the packages' peer range promises. Every import
        // of react or react-dom, ours and our dependencies' (run through Vite for this), is sent
        // to tests/react18's copies, so one React 18 renders everything.
        plugins: [react()],
        resolve: {
          ...resolve,
          alias: [
            { find: /^react(\/.*)?$/, replacement: `${react18}react$1` },
            { find: /^react-dom(\/.*)?$/, replacement: `${react18}react-dom$1` },
            {
              find: /^use-sync-external-store\/shim$/,
              replacement: `${root}tests/react18/useSyncExternalStoreShim.ts`,
            },
          ],
        },
        ssr,
        test: {
          name: 'react18',
          include: ['tests/react18/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: [`${root}scripts/vitest-setup-console.ts`, `${root}tests/react18/setup.ts`],
          server: { deps: { inline: [/@tanstack\//, /react-i18next/, /@testing-library\/react/] } },
          testTimeout: 30_000,
        },
      },
      {
        plugins: [storybookTest({ configDir: `${root}.storybook` })],
        resolve,
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
            instances: [{ browser: 'chromium' }],
          },
          setupFiles: [`${root}.storybook/vitest.setup.ts`],
        },
      },
    ],
  },
});
