import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.js';

// Chromium refuses to start as root without --no-sandbox; CI machines run as root.
const needsNoSandbox = process.getuid?.() === 0 || Boolean(process.env.CI);
// These flags keep Chromium from reaching for the network at start-up on closed machines.
const chromiumArgs = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  ...(needsNoSandbox ? ['--no-sandbox'] : []),
];

const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const only = process.env.BROWSERS?.split(',') ?? ['chromium', 'firefox'];

const browsers = [];
if (only.includes('chromium')) {
  browsers.push(chromeLauncher({ launchOptions: { headless: true, args: chromiumArgs } }));
}
if (only.includes('firefox')) {
  browsers.push(
    chromeLauncher({
      launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
    }),
  );
}

export default {
  files: ['test/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  browsers,
  // One page at a time per browser: background tabs get no animation frames, which fixtures await.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
  middleware: [
    // Publisher files for the tests, with the status, delay and content type a test asks for.
    // (Files under test/ are served as modules, so JSON fixtures go through here.)
    function fixtures(context, next) {
      const url = new URL(context.url, 'http://localhost');
      if (!url.pathname.startsWith('/__fixtures__/')) return next();
      const delay = Number(url.searchParams.get('delay') ?? 0);
      const status = Number(url.searchParams.get('status') ?? 200);
      const type = url.searchParams.get('type') ?? 'application/json';
      const file = url.searchParams.get('file');
      const body = file
        ? readFileSync(new URL(`./test/fixtures/${basename(file)}`, import.meta.url), 'utf8')
        : (url.searchParams.get('body') ?? '{}');
      return new Promise((resolve) =>
        setTimeout(() => {
          context.status = status;
          context.type = type;
          context.body = body;
          resolve();
        }, delay),
      );
    },
  ],
};
