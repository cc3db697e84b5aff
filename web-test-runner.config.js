import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { testRunnerCompile } from './scripts/compile.js';
import { countReporter } from './scripts/count-reporter.js';
import { designSheet } from './scripts/design-sheet.js';
import { tailwindCss } from './scripts/tailwind-css.js';
import { webkitLauncher } from './scripts/webkit-launcher.js';

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

// Chromium sees only the fonts CI installs, and draws text without anti-aliasing
// (test/fonts.conf): design measurements and screenshots come out the same on any machine
// with those fonts, whatever else it has installed.
const browsers = [];
// A page opens (and, after its tests, leaves for about:blank) within two minutes rather than
// puppeteer's thirty seconds: a test file that loads two copies of the library can take longer
// on a shared two-core machine, although its tests pass.
const createPage = async ({ context }) => {
  const page = await context.newPage();
  page.setDefaultNavigationTimeout(120000);
  return page;
};
const chromium = only.includes('chromium')
  ? chromeLauncher({
      createPage,
      launchOptions: {
        headless: true,
        args: chromiumArgs,
        env: { ...process.env, FONTCONFIG_FILE: resolve('test/fonts.conf') },
      },
    })
  : undefined;
if (chromium) browsers.push(chromium);
if (only.includes('firefox')) {
  browsers.push(
    chromeLauncher({
      createPage,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
    }),
  );
}
// Opt-in (BROWSERS=webkit): WebKitWebDriver and MiniBrowser from Debian's webkit2gtk-driver.
if (only.includes('webkit')) browsers.push(webkitLauncher());

// Screenshot tests (test/visual/) compare against Chromium baselines, so they run in Chromium
// only, as a group of their own: `npm run test:visual` (`--group visual`), which CI runs after
// the others, counting into a summary of its own. Each shot is one variant or one page, and a
// capture that stalls (headless Chromium on a busy two-core machine now and then does) is
// retried once (test/helpers/visual.ts).
const visualAsked = process.argv.includes('--group');
const groups =
  chromium && visualAsked
    ? [{ name: 'visual', files: 'test/visual/*.test.ts', browsers: [chromium] }]
    : [];

// `--update-visual-baseline` (npm run test:visual:update) writes the screenshots as baselines.
const updateBaselines = process.argv.includes('--update-visual-baseline');
const failedDir = resolve('test-results/visual');

export default {
  // WebKit under Xvfb takes more than five minutes for the 12,000 create/remove cycles of
  // churn.test.ts: a WebKit-only run leaves them to Chromium and Firefox.
  files: [
    'test/*.test.ts',
    ...(only.length === 1 && only[0] === 'webkit' ? ['!test/churn.test.ts'] : []),
  ],
  groups,
  nodeResolve: { exportConditions: ['development'] },
  browsers,
  // One page at a time per browser: background tabs get no animation frames, which fixtures await.
  concurrency: 1,
  // One browser at a time: on two cores, Chromium's screenshots and Firefox side by side starve
  // each other (a page that takes more than the start timeout to open fails its whole file).
  concurrentBrowsers: 1,
  browserStartTimeout: 120000,
  // Generous, as the machines are shared: a test that never settles still fails.
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 300000,
  // TypeScript through the same compilation as the builds (scripts/compile.js); JSON as modules.
  plugins: [
    testRunnerCompile(),
    esbuildPlugin({ json: true }),
    visualRegressionPlugin({
      update: updateBaselines,
      baseDir: 'test/visual/baselines',
      getBaselineName: ({ name }) => name,
      // What failed, and where it differs, goes with the other results (not committed).
      getFailedName: ({ name }) => join(failedDir, name),
      getDiffName: ({ name }) => join(failedDir, `${name}-diff`),
      // A pixel differs when its colour is more than 5% away (pixelmatch), not counting
      // anti-aliased edge pixels (a rounded corner redrawn a shade apart). A shot fails when more
      // than 20 pixels differ: stray pixels pass; a moved box, a changed colour, a dashed badge
      // border (some 80 pixels) or a line of text does not.
      diffOptions: { threshold: 0.05, includeAA: false },
      failureThresholdType: 'pixel',
      failureThreshold: 20,
    }),
  ],
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    // .ci/run keeps the WebKit run's count (WTR_SUMMARY) and the screenshot run's apart from the
    // main run's.
    countReporter({
      file:
        process.env.WTR_SUMMARY ?? (visualAsked ? 'test-results/visual-summary.json' : undefined),
    }),
  ],
  middleware: [
    // The design sheet as the demo serves it: its sections written from the element folders.
    async function sheet(context, next) {
      if (new URL(context.url, 'http://localhost').pathname !== '/demo/design.html') return next();
      context.type = 'text/html';
      context.body = await designSheet();
    },
    // Publisher files for the tests, with the status, delay and content type a test asks for.
    // (Files under test/ are served as modules, so JSON fixtures go through here.)
    function fixtures(context, next) {
      const url = new URL(context.url, 'http://localhost');
      if (!url.pathname.startsWith('/__fixtures__/')) return next();
      const delay = Number(url.searchParams.get('delay') ?? 0);
      const status = Number(url.searchParams.get('status') ?? 200);
      const type = url.searchParams.get('type') ?? 'application/json';
      const file = url.searchParams.get('file');
      // `hex`: the body's bytes as they are (text that is not UTF-8, say).
      const hex = url.searchParams.get('hex');
      const body = file
        ? readFileSync(new URL(`./test/fixtures/${basename(file)}`, import.meta.url), 'utf8')
        : hex
          ? Buffer.from(hex, 'hex')
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
    limits,
    // Tailwind's preflight, compiled, with the utilities a host-page test names (`classes`).
    async function tailwind(context, next) {
      const url = new URL(context.url, 'http://localhost');
      if (url.pathname !== '/__tailwind__.css') return next();
      context.type = 'text/css';
      context.body = await tailwindCss((url.searchParams.get('classes') ?? '').split(/\s+/));
    },
    // `/__copy2__/src/…` serves `/src/…` under a second address: relative imports stay under the
    // prefix, so the browser evaluates a second copy of the library (test/copies.test.ts).
    function secondCopy(context, next) {
      if (context.url.startsWith('/__copy2__/'))
        context.url = context.url.slice('/__copy2__'.length);
      return next();
    },
  ],
};

/** Requests the limits routes answered, by the `id` a test gives. */
const seen = new Map();

/**
 * Hostile publisher files for test/limits.test.ts. Each ends by itself or when the browser drops
 * the request, so none can hold up the run.
 */
function limits(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (!url.pathname.startsWith('/__limits__/')) return next();
  const id = url.searchParams.get('id') ?? '';
  const route = url.pathname.slice('/__limits__/'.length);
  if (route === 'seen') {
    context.body = { requests: seen.get(id) ?? 0 };
    return;
  }
  seen.set(id, (seen.get(id) ?? 0) + 1);
  context.type = 'application/json';
  if (route === 'huge' || route === 'endless') {
    // A valid dataset padded to `bytes`, sent with its length, or streamed without one. "Endless"
    // streams until the browser hangs up, or 1 GB (more than a browser takes as one string).
    const bytes = route === 'endless' ? 2 ** 30 : Number(url.searchParams.get('bytes'));
    const head = '{"meta":{"asOf":"2024-06-01"},"padding":"';
    if (url.searchParams.has('length')) {
      context.body = head + 'x'.repeat(bytes - head.length - 2) + '"}';
      return;
    }
    const chunk = 'x'.repeat(65536);
    context.body = Readable.from(
      (function* () {
        yield head;
        for (let sent = head.length; sent < bytes - 2; sent += chunk.length) yield chunk;
        yield '"}';
      })(),
    );
    return;
  }
  if (route === 'nested') {
    const depth = Number(url.searchParams.get('depth'));
    context.body = `{"quotes":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    return;
  }
  if (route === 'silent') {
    // Never answers: waits until the browser gives up (or 30 s pass).
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, 30000);
      context.req.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
    }).then(() => {
      context.status = 204;
    });
  }
  if (route === 'redirect') {
    context.redirect(url.searchParams.get('to'));
    return;
  }
  if (route === 'target') {
    if (url.searchParams.has('cors')) context.set('access-control-allow-origin', '*');
    context.body = readFileSync(new URL('./test/fixtures/publisher.json', import.meta.url), 'utf8');
    return;
  }
  context.status = 404;
}
