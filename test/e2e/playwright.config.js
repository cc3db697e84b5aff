// The end-to-end tests: the built site, the CDN build and the command in the system's Chromium,
// run by Playwright Test (`npm run test:e2e`, after `npm run build`). The tests are TypeScript
// that imports the project's sources and data files: they are bundled first (in the runner's main
// process only; its workers load this file too), as the Node tests are. Results: the list on the
// console and test-results/e2e.json, which .ci/run adds to its closing count.
import { defineConfig } from '@playwright/test';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleTests, testFiles } from '../../scripts/bundle-tests.js';
import { chromiumOptions } from '../../scripts/static-server.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bundled = resolve(root, 'test-results/e2e-bundled');
if (!process.env.TEST_WORKER_INDEX) {
  await bundleTests(testFiles(resolve(root, 'test/e2e')), bundled, resolve(root, 'test/e2e'), {
    // Playwright Test reads them: its report names the lines of the TypeScript files.
    sourcemap: 'inline',
  });
}

export default defineConfig({
  testDir: bundled,
  testMatch: '*.test.mjs',
  outputDir: resolve(root, 'test-results/e2e'),
  workers: 2,
  // Ten thousand create/remove cycles, or a site built on a busy machine, take minutes.
  timeout: 300_000,
  reporter: [['list'], ['json', { outputFile: resolve(root, 'test-results/e2e.json') }]],
  use: { browserName: 'chromium', launchOptions: chromiumOptions() },
});
