import { defineConfig, defaultClientConditions, defaultServerConditions } from 'vite';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

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
