// The package as consumers install it (`npm run test:consumers`; run `npm run build` first).
//
// Packs the package, lints the tarball (publint, @arethetypeswrong/cli), installs it into the
// apps of test/consumers on top of the third-party packages of their lockfile, type-checks and
// builds each app, loads each build in headless Chromium from a loopback server, and checks what a
// reader sees (the text in the shadow roots; of each <cst-timeline>, its list's accessible name,
// its year headings and its events' titles, worked out from data/*.json), that a bad attribute
// dispatches `cst-error` and shows the fallback content put inside the element, and that no page
// error occurs. A second, lean install (the tarball alone, in a temporary folder)
// checks that a project without React, Vue, Svelte or the server-rendering stack type-checks
// with skipLibCheck off and is told what to install for server rendering. The README's examples
// for bundlers, frameworks and server rendering must appear in the apps as written.
//
// Writes test-results/consumers-summary.json ({ passed, failed, skipped }) and
// test-results/consumers-sizes.json (what the quote-only and timeline-only pages load, minified
// and gzipped).
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
 * Loads a built app (`path` inside `root`) and waits until each selector's shadow root holds its
 * text, each element of `fallbacks` shows the fallback content put inside it, each timeline of
 * `timelines` has rendered, and each `cst-error` marker has been recorded
 * (`document:<tag>:<code>` for any that reached the document; apps record `<via>:<tag>:<code>`
 * from their own handlers). Then checks what a reader of each timeline finds in it. Fails on any
 * page error.
 */
async function load(
  root,
  { path = '', texts = [], errors = [], fallbacks = [], timelines = [], defined },
) {
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
      window.cstErrors.push(`document:${e.target.localName}:${e.detail.code}`),
    );
    /** The fallback an element shows in its shadow root: the content slotted into it, as text. */
    window.cstFallback = (el) => {
      const part = el?.shadowRoot?.querySelector('[part~="fallback"]');
      if (!part) return null;
      const slot = part.querySelector('slot');
      const nodes = slot ? slot.assignedNodes({ flatten: true }) : [part];
      return nodes
        .map((n) => n.textContent)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
    };
  });
  const wanted = { texts, errors, fallbacks, timelines: timelines.map(([selector]) => selector) };
  try {
    await page.goto(server.url + path);
    const state = () =>
      page.evaluate(
        ({ texts, fallbacks, timelines }) => ({
          texts: [...texts, ...timelines.map((s) => [s])].map(([selector]) => {
            const el = document.querySelector(selector);
            if (!el) return `${selector}: not in the page`;
            if (!customElements.get(el.localName)) return `${selector}: not defined`;
            return `${selector}: ${el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim()}`;
          }),
          fallbacks: fallbacks.map(
            ([selector]) =>
              `${selector}: ${window.cstFallback(document.querySelector(selector)) ?? 'no fallback shown'}`,
          ),
          errors: window.cstErrors,
        }),
        wanted,
      );
    try {
      await page.waitForFunction(
        ({ texts, errors, fallbacks, timelines }) =>
          texts.every(([selector, text]) =>
            document.querySelector(selector)?.shadowRoot?.textContent?.includes(text),
          ) &&
          fallbacks.every(
            ([selector, text]) => window.cstFallback(document.querySelector(selector)) === text,
          ) &&
          timelines.every((selector) =>
            document.querySelector(selector)?.shadowRoot?.querySelector('[part~="list"]'),
          ) &&
          errors.every((code) => window.cstErrors.includes(code)),
        wanted,
        { timeout: 15_000 },
      );
    } catch {
      throw new Error(
        `the page did not show what was expected:\n${JSON.stringify(await state(), null, 2)}\n` +
          `expected: ${JSON.stringify(wanted, null, 2)}\npage errors: ${pageErrors.join('\n')}`,
      );
    }
    for (const [selector, text] of fallbacks) {
      if (!(await page.locator(selector).getByText(text, { exact: true }).isVisible()))
        throw new Error(`${selector}: its fallback "${text}" is not visible`);
    }
    for (const [selector, expected] of timelines) await readTimeline(page, selector, expected);
    if (defined) {
      // The page defines the elements it imports and no other: what it did not ask for, it did
      // not download either.
      const found = await page.evaluate(
        (tags) => tags.filter((tag) => customElements.get(tag)),
        TAGS,
      );
      if (JSON.stringify(found) !== JSON.stringify([...defined].sort()))
        throw new Error(`defined elements: ${found.join(', ')}; expected ${defined.join(', ')}`);
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

/**
 * What a reader of a rendered <cst-timeline> finds, as assistive technology exposes it: a list
 * named by the timeline's title, which names the state; a heading per year; the events' titles.
 */
async function readTimeline(page, selector, expected) {
  const timeline = page.locator(selector);
  const fail = (what, got) =>
    new Error(
      `${selector}: ${what}\n  got:      ${JSON.stringify(got)}\n  expected: ${JSON.stringify(expected)}`,
    );
  const title = (await timeline.locator('[part~="title"]').innerText()).trim();
  if (!title.includes(expected.state)) throw fail('the title does not name the state', title);
  const named = await timeline.getByRole('list', { name: title, exact: true }).count();
  if (named !== 1) throw fail(`${named} lists are named by the title`, title);
  const years = await timeline.getByRole('heading').allInnerTexts();
  if (JSON.stringify(years.map((y) => y.trim())) !== JSON.stringify(expected.years))
    throw fail('the year headings differ', years);
  // The list layout gives each event a title of its own; the compact one, a line.
  const compact = expected.layout === 'compact';
  const events = await timeline
    .locator(compact ? '[part~="event"]' : '[part~="event-title"]')
    .allInnerTexts();
  const titles = events.map((t) => t.replace(/\s+/g, ' ').trim());
  if (
    titles.length !== expected.titles.length ||
    titles.some((t, i) => (compact ? !t.includes(expected.titles[i]) : t !== expected.titles[i]))
  )
    throw fail('the events differ', titles);
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
/** Every tag the package defines, sorted, from its manifest. */
const TAGS = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'))
  .modules.flatMap((m) => m.exports ?? [])
  .filter((e) => e.kind === 'custom-element-definition')
  .map((e) => e.name)
  .sort();
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const QUOTE = 'tokayev-2022-working-mechanism';
const quotePage = {
  texts: [
    [`cst-quote:not(#bad)`, 'Kassym-Jomart Tokayev'],
    [`cst-quote:not(#bad)`, 'really working mechanism'],
  ],
  errors: ['document:cst-quote:invalid-value'],
};
const sizes = {};

// --- what a timeline shows, from the data files ----------------------------------------------------
const dataFile = (name) => JSON.parse(readFileSync(join(ROOT, 'data', `${name}.json`), 'utf8'));
const META = dataFile('meta');
const EVENTS = dataFile('events');
const STATES = dataFile('states');
/** What the apps put inside a <cst-timeline> with a bad attribute, to be shown instead. */
const TIMELINE_FALLBACK = 'The CSTO timeline cannot be shown here.';

/**
 * What `<cst-timeline state="…" kinds="operations">` shows: the entries of data/events.json of
 * that kind that involve the state, up to the data's own date, oldest first; the state's name and
 * each event's title in the timeline's language.
 */
function operationsOf(state, { lang = 'en', layout = 'list' } = {}) {
  const items = EVENTS.filter(
    (e) => e.kind === 'operations' && e.date <= META.asOf && e.states.includes(state),
  ).sort((a, b) => a.date.localeCompare(b.date) || (a.id < b.id ? -1 : 1));
  const record = STATES.find((s) => s.id === state);
  if (!record || !items.length) throw new Error(`data/events.json has no operation of ${state}`);
  return {
    state: record.name[lang],
    years: [...new Set(items.map((e) => e.date.slice(0, 4)))],
    titles: items.map((e) => e.title[lang]),
    layout,
  };
}

/** The timeline page of the bundler apps: one timeline, and one with a bad value. */
const timelinePage = {
  timelines: [['cst-timeline:not(#bad-timeline)', operationsOf('kz')]],
  fallbacks: [['#bad-timeline', TIMELINE_FALLBACK]],
  errors: ['document:cst-timeline:invalid-value'],
};

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

await check('Vite (vanilla TypeScript, a timeline): type-check, build, render', async () => {
  const app = join(APPS, 'vite-timeline');
  run(bin('tsc'), ['-p', app]);
  run(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: app });
  sizes['vite, timeline'] = sizeOf(await load(join(app, 'dist'), timelinePage));
});

await check('esbuild (CommonJS-type package, default format): build, render', async () => {
  const app = join(APPS, 'esbuild-cjs');
  rmSync(join(app, 'dist'), { recursive: true, force: true });
  const { output } = run('npm', ['run', 'build'], { cwd: app });
  if (/warning/i.test(output)) throw new Error(`esbuild warned:\n${output}`);
  sizes['esbuild, quote by id'] = sizeOf(await load(app, quotePage));
  sizes['esbuild, timeline'] = sizeOf(await load(app, { ...timelinePage, path: 'timeline.html' }));
});

await check('webpack 5 (all.js, provider, quote by speaker, timeline): build, render', async () => {
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
    // In the provider's Russian, the state named in Russian.
    timelines: [['cst-timeline:not(#bad-timeline)', operationsOf('kz', { lang: 'ru' })]],
    fallbacks: [['#bad-timeline', TIMELINE_FALLBACK]],
    errors: ['document:cst-quote:invalid-value', 'document:cst-timeline:invalid-value'],
  });
});

// --- frameworks --------------------------------------------------------------------------------
await check(
  'React 19 (strict TypeScript, JSX and @lit/react wrappers): type-check, build, render only what it imports',
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
      timelines: [
        ['cst-timeline:not([id])', operationsOf('kz')],
        ['#wrapped-timeline', operationsOf('am', { layout: 'compact' })],
      ],
      fallbacks: [
        ['#bad-timeline', TIMELINE_FALLBACK],
        ['#wrapped-timeline-bad', TIMELINE_FALLBACK],
      ],
      errors: [
        'document:cst-quote:invalid-value',
        'jsx:cst-quote:invalid-value',
        'wrapper:cst-quote:invalid-value',
        'document:cst-timeline:invalid-value',
        'jsx:cst-timeline:invalid-value',
        'wrapper:cst-timeline:invalid-value',
      ],
      // Three of the wrappers, from react.js: the other elements stay out of the bundle.
      defined: ['cst-member-list', 'cst-quote', 'cst-timeline'],
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
    timelines: [['cst-timeline:not(#bad-timeline)', operationsOf('kz', { layout: 'compact' })]],
    fallbacks: [['#bad-timeline', TIMELINE_FALLBACK]],
    errors: [
      'document:cst-quote:invalid-value',
      'vue:cst-quote:invalid-value',
      'document:cst-timeline:invalid-value',
      'vue:cst-timeline:invalid-value',
    ],
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
    timelines: [['cst-timeline:not(#bad-timeline)', operationsOf('am')]],
    fallbacks: [['#bad-timeline', TIMELINE_FALLBACK]],
    errors: [
      'document:cst-quote:invalid-value',
      'svelte:cst-quote:invalid-value',
      'document:cst-timeline:invalid-value',
      'svelte:cst-timeline:invalid-value',
    ],
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
  // The timeline, in its shadow root and in the fallback after it: the same words, which hold
  // each year and each event's title.
  const start = stdout.indexOf('<cst-timeline');
  const [shadow, light] = stdout
    .slice(start, stdout.indexOf('</cst-timeline>', start))
    .split('</template>')
    .map(visibleText);
  if (start < 0 || !light) throw new Error(`no rendered timeline:\n${stdout.slice(0, 2000)}`);
  if (shadow !== light)
    throw new Error(`the fallback says other words:\n  shadow: ${shadow}\n  light:  ${light}`);
  const { years, titles } = operationsOf('kz');
  for (const words of [...years, ...titles]) {
    if (!light.includes(words)) throw new Error(`the timeline lacks "${words}":\n${light}`);
  }
});

/** The text a reader of server-rendered HTML sees: tags, comments and styles removed. */
function visibleText(html) {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

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
