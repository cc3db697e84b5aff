// The package as consumers install it (`npm run test:consumers`; run `npm run build` first).
//
// Packs the package, lints the tarball (publint, @arethetypeswrong/cli), installs it into the
// apps of test/consumers on top of the third-party packages of their lockfile, type-checks and
// builds each app, loads each build in headless Chromium from a loopback server, and checks what a
// reader sees (the text in the shadow roots), that a bad attribute dispatches `cst-error`, and
// that no page error occurs. A second, lean install (the tarball alone, in a temporary folder)
// checks that a project without React, Vue, Svelte or the server-rendering stack type-checks
// with skipLibCheck off and is told what to install for server rendering. The README's examples
// for bundlers, frameworks and server rendering must appear in the apps as written.
//
// Writes test-results/consumers-summary.json ({ passed, failed, skipped }) and
// test-results/consumers-sizes.json (what the quote-only pages load, minified and gzipped).
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const ROOT = resolve('.');
const APPS = resolve('test/consumers');
const OUT = resolve('test-results/consumers');
const bin = (name) => join(APPS, 'node_modules/.bin', name);
const started = Date.now();
const results = [];

/** Runs a command; throws with its output unless it exits as expected. */
function run(cmd, args, { cwd = APPS, fail = false } = {}) {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.error) throw r.error;
  if (fail ? r.status === 0 : r.status !== 0) {
    throw new Error(
      `${relative(ROOT, cwd) || '.'}$ ${cmd} ${args.join(' ')} exited ${r.status}${fail ? ' (expected to fail)' : ''}\n${output.slice(-6000)}`,
    );
  }
  return { ...r, output };
}

async function check(name, fn) {
  const t = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`ok - ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`not ok - ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)\n${indent(error)}`);
  }
}
const indent = (error) =>
  String(error?.stack ?? error)
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** Serves a folder on a loopback port and keeps the JavaScript files it sent. */
async function serve(root) {
  const sent = new Set();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end('not found');
    if (file.endsWith('.js')) sent.add(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    sent,
    close: () => new Promise((done) => server.close(done)),
  };
}

let browser;
/**
 * Loads a built app and waits until each selector's shadow root holds its text and each
 * `cst-error` marker has been recorded (`document:<code>` for any that reached the document;
 * apps record `<via>:<code>` from their own handlers). Fails on any page error.
 */
async function load(root, { texts, errors }) {
  browser ??= await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  const server = await serve(root);
  const context = await browser.newContext();
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.addInitScript(() => {
    window.cstErrors = [];
    document.addEventListener('cst-error', (e) =>
      window.cstErrors.push(`document:${e.detail.code}`),
    );
  });
  try {
    await page.goto(server.url);
    const state = () =>
      page.evaluate(
        (texts) => ({
          texts: texts.map(([selector]) => {
            const el = document.querySelector(selector);
            if (!el) return `${selector}: not in the page`;
            if (!customElements.get(el.localName)) return `${selector}: not defined`;
            return `${selector}: ${el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim()}`;
          }),
          errors: window.cstErrors,
        }),
        texts,
      );
    try {
      await page.waitForFunction(
        ({ texts, errors }) =>
          texts.every(([selector, text]) =>
            document.querySelector(selector)?.shadowRoot?.textContent?.includes(text),
          ) && errors.every((code) => window.cstErrors.includes(code)),
        { texts, errors },
        { timeout: 15_000 },
      );
    } catch {
      throw new Error(
        `the page did not show what was expected:\n${JSON.stringify(await state(), null, 2)}\n` +
          `expected: ${JSON.stringify({ texts, errors }, null, 2)}\npage errors: ${pageErrors.join('\n')}`,
      );
    }
    // Anything that goes wrong after the elements rendered counts too.
    await page.waitForTimeout(200);
    if (pageErrors.length) throw new Error(`page errors:\n${pageErrors.join('\n')}`);
    return [...server.sent];
  } finally {
    await context.close();
    await server.close();
  }
}

/** Minified and gzipped size of the JavaScript files a page loaded. */
function sizeOf(files) {
  let min = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    min += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.length, minified: min, gzip };
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const QUOTE = 'tokayev-2022-working-mechanism';
const quotePage = {
  texts: [
    [`cst-quote:not(#bad)`, 'Kassym-Jomart Tokayev'],
    [`cst-quote:not(#bad)`, 'really working mechanism'],
  ],
  errors: ['document:invalid-value'],
};
const sizes = {};

// --- the tarball -------------------------------------------------------------------------------
let tarball;
await check('npm pack', () => {
  if (!existsSync('dist/index.js')) throw new Error('dist/ is missing: run npm run build first');
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const { stdout } = run('npm', ['pack', '--json', '--pack-destination', OUT], { cwd: ROOT });
  tarball = join(OUT, JSON.parse(stdout)[0].filename);
});
if (!tarball) await finish();

await check('install the tarball into test/consumers', () => {
  // The third-party packages come from the lockfile (one install for every app); the tarball is
  // added on top without touching package.json or the lockfile.
  run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline']);
  run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefer-offline', tarball]);
});

await check('publint: the tarball', () => {
  const { output } = run(bin('publint'), ['run', tarball, '--strict']);
  if (!/All good!/.test(output)) throw new Error(output);
});

await check('@arethetypeswrong/cli: the tarball (ESM-only profile)', () => {
  // The package is ESM only: node10 resolution and require() from CommonJS are out of scope.
  run(bin('attw'), [
    tarball,
    '--profile',
    'esm-only',
    '--no-definitely-typed',
    '--format',
    'ascii',
  ]);
});

// --- bundlers ----------------------------------------------------------------------------------
await check('Vite (vanilla TypeScript): type-check, build, render', async () => {
  const app = join(APPS, 'vite');
  run(bin('tsc'), ['-p', app]);
  run(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: app });
  const loaded = await load(join(app, 'dist'), quotePage);
  sizes['vite, quote by id'] = sizeOf(loaded);
});

await check('esbuild (CommonJS-type package, default format): build, render', async () => {
  const app = join(APPS, 'esbuild-cjs');
  rmSync(join(app, 'dist'), { recursive: true, force: true });
  const { output } = run('npm', ['run', 'build'], { cwd: app });
  if (/warning/i.test(output)) throw new Error(`esbuild warned:\n${output}`);
  const loaded = await load(app, quotePage);
  sizes['esbuild, quote by id'] = sizeOf(loaded);
});

await check('webpack 5 (all.js, provider, quote by speaker): build, render', async () => {
  const app = join(APPS, 'webpack');
  const { output } = run(bin('webpack'), ['--config', 'webpack.config.mjs'], { cwd: app });
  if (
    /WARNING|ERROR/.test(output.replace(/asset size limit|entrypoint size limit|performance/gi, ''))
  )
    throw new Error(output);
  await load(app, {
    texts: [
      ['cst-member-list', 'Казахстан'],
      ['cst-quote:not(#bad)', 'Kassym-Jomart Tokayev'],
    ],
    errors: ['document:invalid-value'],
  });
});

// --- frameworks --------------------------------------------------------------------------------
await check(
  'React 19 (strict TypeScript, JSX and @lit/react wrappers): type-check, build, render',
  async () => {
    const app = join(APPS, 'react');
    run(bin('tsc'), ['-p', app]);
    run(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: app });
    await load(join(app, 'dist'), {
      texts: [
        ['cst-quote:not([id])', 'really working mechanism'],
        ['#wrapped', 'Kassym-Jomart Tokayev'],
        ['cst-member-list', 'Kazakhstan'],
      ],
      errors: ['document:invalid-value', 'jsx:invalid-value', 'wrapper:invalid-value'],
    });
  },
);

await check('Vue 3 (vue-tsc, strictTemplates): type-check, build, render', async () => {
  const app = join(APPS, 'vue');
  run(bin('vue-tsc'), ['-p', app]);
  // A wrong value in a template: vue-tsc must fail on it (@vue-expect-error does not fail when
  // nothing is wrong, so the check runs the other way round).
  const { output } = run(bin('vue-tsc'), ['-p', join(app, 'type-errors')], { fail: true });
  if ((output.match(/error TS/g) ?? []).length !== 1 || !/"bogus"' is not assignable/.test(output))
    throw new Error(`vue-tsc did not report "bogus" alone:\n${output}`);
  run(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: app });
  await load(join(app, 'dist'), {
    texts: [
      ['cst-quote:not(#bad)', 'really working mechanism'],
      ['cst-member-list', 'Kazakhstan'],
    ],
    errors: ['document:invalid-value', 'vue:invalid-value'],
  });
});

await check('Svelte 5 (svelte-check): type-check, build, render', async () => {
  const app = join(APPS, 'svelte');
  run(bin('svelte-check'), [
    '--workspace',
    app,
    '--tsconfig',
    './tsconfig.json',
    '--fail-on-warnings',
  ]);
  // The wrong value in markup, where no expect-error comment exists: the check must fail on it.
  const { output } = run(
    bin('svelte-check'),
    ['--workspace', join(app, 'type-errors'), '--tsconfig', './tsconfig.json'],
    {
      fail: true,
    },
  );
  if (!/found 1 error/.test(output) || !/"bogus"' is not assignable/.test(output))
    throw new Error(`svelte-check did not report "bogus" alone:\n${output}`);
  run(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: app });
  await load(join(app, 'dist'), {
    texts: [
      ['cst-quote:not(#bad)', 'really working mechanism'],
      ['cst-member-list', 'Kazakhstan'],
    ],
    errors: ['document:invalid-value', 'svelte:invalid-value'],
  });
});

// --- Node ----------------------------------------------------------------------------------------
await check('Node: cst-elements/data.js and cst-elements/ssr.js', () => {
  run('node', ['data.mjs'], { cwd: join(APPS, 'node') });
  run('node', ['ssr.mjs'], { cwd: join(APPS, 'node') });
});

await check('Node: npx cst-elements render', () => {
  const { stdout } = run('npx', ['--no-install', 'cst-elements', 'render', 'in.html'], {
    cwd: join(APPS, 'node'),
  });
  for (const expected of [/shadowrootmode="open"/, /Kassym-Jomart Tokayev/, /Казахстан/]) {
    if (!expected.test(stdout))
      throw new Error(`output lacks ${expected}:\n${stdout.slice(0, 2000)}`);
  }
});

// --- a lean install: the tarball alone ---------------------------------------------------------
await check('lean install: no framework, no SSR stack; types with skipLibCheck off', () => {
  const lean = mkdtempSync(join(tmpdir(), 'cst-elements-lean-'));
  try {
    cpSync(join(APPS, 'no-framework'), lean, { recursive: true });
    cpSync(join(APPS, 'node/in.html'), join(lean, 'in.html'));
    const lock = JSON.parse(readFileSync(join(APPS, 'package-lock.json'), 'utf8'));
    const typescript = lock.packages['node_modules/typescript'].version;
    run(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        tarball,
        `typescript@${typescript}`,
      ],
      {
        cwd: lean,
      },
    );
    const installed = readdirSync(join(lean, 'node_modules')).flatMap((d) =>
      d.startsWith('@') ? readdirSync(join(lean, 'node_modules', d)).map((p) => `${d}/${p}`) : [d],
    );
    for (const name of ['@lit-labs/ssr', 'parse5', 'react', '@lit/react', 'vue', 'svelte']) {
      if (installed.includes(name)) throw new Error(`a plain install brought ${name}`);
    }
    run(join(lean, 'node_modules/.bin/tsc'), ['-p', lean], { cwd: lean });
    const cli = run('npx', ['--no-install', 'cst-elements', 'render', 'in.html'], {
      cwd: lean,
      fail: true,
    });
    const wanted = 'npm install @lit-labs/ssr parse5';
    if (cli.status !== 1 || !cli.stderr.includes(wanted))
      throw new Error(`the command line did not ask for ${wanted}:\n${cli.output}`);
    const ssr = run(
      'node',
      [
        '--input-type=module',
        '-e',
        `import 'cst-elements/quote.js';
         import { renderElement } from 'cst-elements/ssr.js';
         await renderElement('cst-quote', { quote: '${QUOTE}' }).then(
           () => { throw new Error('rendered without @lit-labs/ssr'); },
           (e) => console.log(e.message));`,
      ],
      { cwd: lean },
    );
    if (!ssr.stdout.includes('npm install @lit-labs/ssr'))
      throw new Error(`ssr.js did not ask for @lit-labs/ssr:\n${ssr.output}`);
  } finally {
    rmSync(lean, { recursive: true, force: true });
  }
});

// --- the README's examples are the apps' code ----------------------------------------------------
await check(
  "README: each example of the bundler, framework and server sections is an app's code",
  () => {
    const readme = readFileSync('README.md', 'utf8');
    const sections = ['Use with a bundler', 'React', 'Vue', 'Svelte', 'Server rendering'];
    const sources = listFiles(APPS).map((f) => normalizeCode(readFileSync(f, 'utf8')));
    for (const title of sections) {
      const body = readme.split(/^#{2,3} /m).find((s) => s.startsWith(`${title}\n`));
      if (!body) throw new Error(`README has no section "${title}"`);
      const blocks = [...body.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].filter(
        ([, lang]) => lang !== 'sh',
      );
      if (!blocks.length) throw new Error(`README section "${title}" has no example`);
      for (const [, , code] of blocks) {
        if (!sources.some((s) => s.includes(normalizeCode(code))))
          throw new Error(
            `README section "${title}": no app holds this example as written:\n${code}`,
          );
      }
    }
  },
);

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (['node_modules', 'dist'].includes(e.name)) return [];
    const path = join(dir, e.name);
    return e.isDirectory()
      ? listFiles(path)
      : /\.(m?js|ts|tsx|vue|svelte|html)$/.test(e.name)
        ? [path]
        : [];
  });
}
/** Lines trimmed, blank lines dropped: indentation inside a README block may differ. */
function normalizeCode(code) {
  return code
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

finish();

async function finish() {
  await browser?.close();
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  mkdirSync('test-results', { recursive: true });
  writeFileSync(
    'test-results/consumers-summary.json',
    JSON.stringify({ passed, failed, skipped: 0 }) + '\n',
  );
  writeFileSync('test-results/consumers-sizes.json', JSON.stringify(sizes, null, 2) + '\n');
  for (const [name, s] of Object.entries(sizes))
    console.log(
      `size: ${name}: ${s.files} JS file(s), ${kb(s.minified)} minified, ${kb(s.gzip)} gzip`,
    );
  console.log(`consumers: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(`consumers: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
