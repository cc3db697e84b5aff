// The packed package in the apps of this folder, run by Playwright Test (`npm run test:consumers`).
// setup.js packs and installs the tarball once; each *.spec.js builds its apps and loads them in
// the system's Chromium (Playwright downloads no browser here). Results: the list on the console
// and test-results/consumers.json, which .ci/run adds to its closing count.
import { defineConfig } from '@playwright/test';
import { chromiumOptions } from '../../scripts/static-server.js';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.js',
  globalSetup: './setup.js',
  outputDir: '../../test-results/consumers/output',
  // Builds are most of the time: two at once on two cores.
  workers: 2,
  timeout: 240_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: '../../test-results/consumers.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions: chromiumOptions(),
  },
});
