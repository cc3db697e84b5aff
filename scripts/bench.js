// Render and memory benchmark for the CDN build, in headless Chromium (playwright-core).
//
// 1. Render: page A holds 1,000 mixed elements loaded through dist/cdn/cst-elements.js; page B
//    holds the same visible content as static HTML, made from A once it has rendered (each
//    element's shadow-root markup moved into its light DOM, the element styles in one shared
//    <style>). Both are timed from navigation start until every element shows its content and
//    layout is done; the report gives medians over several runs and the ratio A/B.
// 2. Heap: 10,000 create / render / remove cycles of mixed elements in one page; the JS heap after
//    garbage collection is read at cycle 0 (after a warm-up), 5,000 and 10,000. Twice: elements
//    on their own (the common case) and inside a <cst-provider>.
//
// Prints a table and writes bench/results.json. A benchmark, not a test: it exits non-zero only
// when it cannot run. Run after `vite build --mode cdn` (`npm run bench` does both).
//
// Options: --runs=N (timed runs per page, default 5), --count=N (elements per page, default
// 1000), --cycles=N (create/remove cycles, default 10000), --warmup=N (cycles, default 500).
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';

const started = performance.now();
const option = (name, fallback) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.slice(name.length + 3)) : fallback;
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a positive integer`);
  return value;
};
const RUNS = option('runs', 5);
const COUNT = option('count', 1000);
const CYCLES = option('cycles', 10000);
const WARMUP = option('warmup', 500);
const TARGET = 2.5;
const NOISE_BYTES = 1024 * 1024;
const NOISE_SHARE = 0.05;

// ---------------------------------------------------------------------------------------------
// The mix of elements, from the bundled data (no ids are written here by hand).

const read = (name) => JSON.parse(readFileSync(`data/${name}.json`, 'utf8'));
const quotes = read('quotes');
const sessions = read('sessions');
const treaty = read('documents').find((d) => d.id === 'treaty');
const speakers = [...new Set(quotes.map((q) => q.speaker).filter(Boolean))];

const quoteVariants = ['card', 'pull', 'inline'];
const quoteConfigs = [
  ...quotes.map((q, i) => ({ quote: q.id, variant: quoteVariants[i % 3] })),
  ...speakers.map((speaker) => ({ speaker })),
];
const summitConfigs = [
  ...sessions.map((s, i) => ({ summit: s.id, variant: i % 2 ? 'compact' : 'full' })),
  { summit: 'latest' },
];
const articleConfigs = treaty.articles.map((a) => ({ article: String(a.number) }));
const listConfigs = ['current', 'former', 'all'].flatMap((status) =>
  ['list', 'grid', 'table'].map((layout) => ({ status, layout })),
);

// In every ten elements: four quotes, three treaty articles, two summit cards, one member list.
const PATTERN = [
  ['cst-quote', quoteConfigs],
  ['cst-treaty-article', articleConfigs],
  ['cst-summit-card', summitConfigs],
  ['cst-quote', quoteConfigs],
  ['cst-treaty-article', articleConfigs],
  ['cst-quote', quoteConfigs],
  ['cst-member-list', listConfigs],
  ['cst-summit-card', summitConfigs],
  ['cst-treaty-article', articleConfigs],
  ['cst-quote', quoteConfigs],
];

/** The `n` first elements of the mix, as { tag, attrs }; every fifth one is in Russian. */
function mix(n) {
  const used = new Map();
  const out = [];
  for (let i = 0; i < n; i++) {
    const [tag, configs] = PATTERN[i % PATTERN.length];
    const k = used.get(tag) ?? 0;
    used.set(tag, k + 1);
    const attrs = { ...configs[k % configs.length] };
    if (i % 5 === 4) attrs.lang = 'ru';
    out.push({ tag, attrs });
  }
  return out;
}

const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const markup = ({ tag, attrs }) =>
  `<${tag}${Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('')}></${tag}>`;

// ---------------------------------------------------------------------------------------------
// Pages. Both report through the same small script: `ready` is performance.now() (milliseconds
// since navigation start) once every element shows its content and a forced layout is done;
// `frame` is the next animation frame after that.

const REPORT = `const done = () => {
    const content = performance.now();
    document.body.offsetHeight;
    const ready = performance.now();
    requestAnimationFrame(() => {
      const dcl = performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? 0;
      window.__bench = { content, ready, dcl, frame: performance.now() };
    });
  };`;

const WAIT_ELEMENTS = `<script>
  ${REPORT}
  (async () => {
    const els = [...document.querySelectorAll('main > *')];
    const tags = [...new Set(els.map((e) => e.localName))];
    await Promise.all(tags.map((t) => customElements.whenDefined(t)));
    await Promise.all(els.map((e) => e.updateComplete));
    const rendered = (e) =>
      e.shadowRoot && e.shadowRoot.childElementCount > 0 && !e.shadowRoot.querySelector('[part=fallback]');
    while (!els.every(rendered)) await new Promise((r) => requestAnimationFrame(r));
    done();
  })().catch((e) => { window.__bench = { error: String(e) }; });
</script>`;

const WAIT_STATIC = `<script>
  ${REPORT}
  addEventListener('DOMContentLoaded', done);
</script>`;

const shell = (title, head, body, tail) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
${head}
</head>
<body>
<main>
${body}
</main>
${tail}
</body>
</html>
`;

const elements = mix(COUNT);
const pageA = shell(
  'bench A: elements',
  '<script type="module" src="/cdn/cst-elements.js"></script>',
  elements.map(markup).join('\n'),
  WAIT_ELEMENTS,
);
const heapPage = shell(
  'bench: heap',
  '<script type="module" src="/cdn/cst-elements.js"></script>',
  '',
  '',
);

/**
 * Static CSS for page B: each element's shadow styles nested under its tag name, with `:host`
 * turned into `&`, so the rules reach the same nodes once the markup lives in the light DOM.
 */
function scopeCss(tag, css) {
  const hosted = css
    .replace(/:host\(((?:[^()]|\([^()]*\))*)\)/g, '&$1')
    .replace(/:host(?![\w-])/g, '&');
  return `${tag} {\n${hosted}\n}`;
}

// ---------------------------------------------------------------------------------------------
// A static server for dist/ on a loopback port, with the bench pages as extra routes.

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

function serve(root, routes) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (routes.has(path)) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      res.end(routes.get(path));
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done({ server, port: server.address().port })),
  );
}

// ---------------------------------------------------------------------------------------------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (n, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

async function timeLoad(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') errors.push(m.text());
  });
  try {
    await page.goto(url);
    await page
      .waitForFunction(() => window.__bench, null, { timeout: 30000 })
      .catch(async () => {
        const missing = await page.evaluate(
          () =>
            [...document.querySelectorAll('main > *')].filter(
              (e) =>
                !e.shadowRoot?.childElementCount || e.shadowRoot.querySelector('[part=fallback]'),
            ).length,
        );
        throw new Error(`${url}: ${missing} elements did not render within 30 s`);
      });
    const result = await page.evaluate(() => window.__bench);
    if (result.error) throw new Error(`${url}: ${result.error}`);
    if (errors.length) throw new Error(`${url}: ${errors.slice(0, 3).join(' | ')}`);
    return { result, page, context };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** After page A has rendered: page B's HTML, and what A shows (to check that B matches). */
async function snapshot(page) {
  return page.evaluate(() => {
    const els = [...document.querySelectorAll('main > *')];
    const styles = {};
    const escape = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    const body = els.map((el) => {
      const tag = el.localName;
      styles[tag] ??= el.shadowRoot.adoptedStyleSheets
        .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
        .join('\n');
      const attrs = [...el.attributes].map((a) => ` ${a.name}="${escape(a.value)}"`).join('');
      // Lit's comment markers are bookkeeping, not content: static HTML would not carry them.
      const inner = el.shadowRoot.innerHTML.replace(/<!--[\s\S]*?-->/g, '');
      return `<${tag}${attrs}>${inner}</${tag}>`;
    });
    const text = els.map((el) => el.shadowRoot.textContent.replace(/\s+/g, ' ').trim()).join('\n');
    const nodes = els.reduce((n, el) => n + 1 + el.shadowRoot.querySelectorAll('*').length, 0);
    return { body, styles, text, nodes, height: document.documentElement.scrollHeight };
  });
}

async function describeStatic(page) {
  return page.evaluate(() => {
    const els = [...document.querySelectorAll('main > *')];
    const text = els.map((el) => el.textContent.replace(/\s+/g, ' ').trim()).join('\n');
    const nodes = document.querySelectorAll('main *').length;
    return { text, nodes, height: document.documentElement.scrollHeight };
  });
}

async function heap(browser, url, configs, inProvider) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') errors.push(m.text());
  });
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  // Loads every element's code through the CDN loader, then installs the cycle function.
  const firstOfEach = [...new Map(configs.map((c) => [c.tag, c])).values()];
  await page.evaluate(
    async ({ configs, preload, inProvider }) => {
      const main = document.querySelector('main');
      const tags = [...new Set(configs.map((c) => c.tag))];
      main.innerHTML = preload;
      await Promise.all(tags.map((t) => customElements.whenDefined(t)));
      main.replaceChildren();
      const parent = inProvider ? main.appendChild(document.createElement('cst-provider')) : main;
      if (inProvider) await customElements.whenDefined('cst-provider');
      let next = 0;
      window.__cycle = async (n) => {
        for (let i = 0; i < n; i++) {
          const { tag, attrs } = configs[next++ % configs.length];
          const el = document.createElement(tag);
          for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
          parent.append(el);
          await el.updateComplete;
          if (!el.shadowRoot?.childElementCount || el.shadowRoot.querySelector('[part=fallback]')) {
            throw new Error(`<${tag}> did not render in cycle ${next}`);
          }
          el.remove();
        }
        return next;
      };
    },
    {
      configs,
      preload: [...firstOfEach.map(markup), inProvider ? '<cst-provider></cst-provider>' : ''].join(
        '',
      ),
      inProvider,
    },
  );

  const measure = async () => {
    // gc() is there through --js-flags=--expose-gc; a full collection through the DevTools
    // protocol follows, after pending tasks have had a turn.
    await page.evaluate(async () => {
      for (let i = 0; i < 3; i++) {
        globalThis.gc?.();
        await new Promise((r) => setTimeout(r, 20));
      }
    });
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
    const counters = await cdp.send('Memory.getDOMCounters');
    return { usedSize, totalSize, nodes: counters.nodes, listeners: counters.jsEventListeners };
  };

  const t0 = performance.now();
  await page.evaluate((n) => window.__cycle(n), WARMUP);
  const points = [{ cycle: 0, ...(await measure()) }];
  const half = Math.floor(CYCLES / 2);
  await page.evaluate((n) => window.__cycle(n), half);
  points.push({ cycle: half, ...(await measure()) });
  await page.evaluate((n) => window.__cycle(n), CYCLES - half);
  points.push({ cycle: CYCLES, ...(await measure()) });
  const seconds = (performance.now() - t0) / 1000;
  await context.close();
  if (errors.length) throw new Error(`heap page: ${errors.slice(0, 3).join(' | ')}`);
  return { points, seconds };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const root = resolve('dist');
  if (!existsSync(join(root, 'cdn/cst-elements.js'))) {
    throw new Error('dist/cdn/cst-elements.js is missing: run `vite build --mode cdn` first');
  }
  const routes = new Map([
    ['/bench/a.html', pageA],
    ['/bench/heap.html', heapPage],
  ]);
  const { server, port } = await serve(root, routes);
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--js-flags=--expose-gc',
      ...(process.getuid?.() === 0 || process.env.CI ? ['--no-sandbox'] : []),
    ],
  });

  try {
    // The warm-up load of A also yields page B.
    const first = await timeLoad(browser, `${base}/bench/a.html`);
    const shot = await snapshot(first.page);
    await first.context.close();
    const css = Object.entries(shot.styles)
      .map(([tag, text]) => scopeCss(tag, text))
      .join('\n');
    routes.set(
      '/bench/b.html',
      shell('bench B: static HTML', `<style>\n${css}\n</style>`, shot.body.join('\n'), WAIT_STATIC),
    );
    const warmB = await timeLoad(browser, `${base}/bench/b.html`);
    const staticShot = await describeStatic(warmB.page);
    await warmB.context.close();
    if (staticShot.text !== shot.text) throw new Error('page B does not carry the text of page A');

    const runs = { A: [], B: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const name of i % 2 ? ['B', 'A'] : ['A', 'B']) {
        const { result, context } = await timeLoad(
          browser,
          `${base}/bench/${name.toLowerCase()}.html`,
        );
        await context.close();
        runs[name].push(result);
      }
    }

    const heaps = {
      alone: await heap(browser, `${base}/bench/heap.html`, mix(COUNT), false),
      inProvider: await heap(browser, `${base}/bench/heap.html`, mix(COUNT), true),
    };
    const chromiumVersion = browser.version();

    const summary = (list) => ({
      ready: list.map((r) => round(r.ready)),
      frame: list.map((r) => round(r.frame)),
      contentInDom: list.map((r) => round(r.content)),
      domContentLoaded: list.map((r) => round(r.dcl)),
      median: round(median(list.map((r) => r.ready))),
      medianFrame: round(median(list.map((r) => r.frame))),
      min: round(Math.min(...list.map((r) => r.ready))),
      max: round(Math.max(...list.map((r) => r.ready))),
    });
    const A = summary(runs.A);
    const B = summary(runs.B);
    const ratio = round(median(runs.A.map((r) => r.ready)) / median(runs.B.map((r) => r.ready)), 2);
    const ratioFrame = round(
      median(runs.A.map((r) => r.frame)) / median(runs.B.map((r) => r.frame)),
      2,
    );

    const heapSummary = ({ points, seconds }) => {
      const growth = points.at(-1).usedSize - points[0].usedSize;
      const share = growth / points[0].usedSize;
      return {
        points,
        growthBytes: growth,
        growthPercent: round(share * 100, 2),
        bytesPerCycle: round(growth / CYCLES),
        // The second half alone leaves out one-off costs of the first cycles (compiled code,
        // hash tables reaching their working size).
        secondHalfBytesPerCycle: round(
          (points.at(-1).usedSize - points.at(-2).usedSize) /
            (points.at(-1).cycle - points.at(-2).cycle),
        ),
        withinNoise: growth < NOISE_BYTES || share < NOISE_SHARE,
        seconds: round(seconds),
      };
    };

    const counts = {};
    for (const { tag } of elements) counts[tag] = (counts[tag] ?? 0) + 1;

    const results = {
      date: new Date().toISOString(),
      machine: {
        cpu: os.cpus()[0]?.model?.trim(),
        cores: os.cpus().length,
        memoryGB: round(os.totalmem() / 1024 ** 3),
        platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      },
      chromium: chromiumVersion,
      node: process.version,
      render: {
        elements: COUNT,
        mix: counts,
        russian: elements.filter((e) => e.attrs.lang === 'ru').length,
        runs: RUNS,
        warmup: 1,
        metric:
          'ms from navigation start until every element shows its content and a forced layout is done (median)',
        pages: {
          A: {
            what: 'the elements in the HTML, loaded through dist/cdn/cst-elements.js',
            domElements: shot.nodes,
            textChars: shot.text.length,
            heightPx: shot.height,
            ...A,
          },
          B: {
            what: "A's rendered shadow-root markup inlined as light DOM of the same tags, element styles in one <style>; no script but the timer",
            domElements: staticShot.nodes,
            textChars: staticShot.text.length,
            heightPx: staticShot.height,
            htmlBytes: Buffer.byteLength(routes.get('/bench/b.html')),
            ...B,
          },
        },
        ratio,
        ratioFirstFrame: ratioFrame,
        target: TARGET,
        targetMet: ratio <= TARGET,
      },
      heap: {
        cycles: CYCLES,
        warmupCycles: WARMUP,
        metric:
          'V8 heap used (Runtime.getHeapUsage) after gc() and a DevTools-protocol collection; each cycle creates one element, appends it, awaits updateComplete and removes it',
        noise: `< ${NOISE_BYTES / 1024 / 1024} MB or < ${NOISE_SHARE * 100} %`,
        alone: heapSummary(heaps.alone),
        inProvider: heapSummary(heaps.inProvider),
      },
      totalSeconds: round((performance.now() - started) / 1000),
    };

    mkdirSync('bench', { recursive: true });
    writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
    print(results);
  } finally {
    await browser.close();
    server.close();
  }
}

function print(r) {
  const ms = (n) => `${n.toFixed(1)} ms`.padStart(10);
  const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
  const { A, B } = r.render.pages;
  const mixText = Object.entries(r.render.mix)
    .map(([t, n]) => `${n} ${t}`)
    .join(', ');
  console.log(`\nChromium ${r.chromium}, Node ${r.node}, ${r.machine.cpu} × ${r.machine.cores}`);
  console.log(
    `\nRender: ${r.render.elements} elements (${mixText}; ${r.render.russian} in Russian)`,
  );
  console.log(`median of ${r.render.runs} runs after 1 warm-up, from navigation start\n`);
  console.log(
    `${'page'.padEnd(28)}${'median'.padStart(10)}${'min'.padStart(10)}${'max'.padStart(10)}${'1st frame'.padStart(10)}${'DOM'.padStart(8)}`,
  );
  for (const [name, p] of [
    ['A  elements (CDN build)', A],
    ['B  static HTML', B],
  ]) {
    console.log(
      `${name.padEnd(28)}${ms(p.median)}${ms(p.min)}${ms(p.max)}${ms(p.medianFrame)}${String(p.domElements).padStart(8)}`,
    );
  }
  console.log(
    `\nratio A/B: ${r.render.ratio.toFixed(2)}× (first frame ${r.render.ratioFirstFrame.toFixed(2)}×); ` +
      `target ≤ ${r.render.target}×: ${r.render.targetMet ? 'met' : 'NOT met'}`,
  );
  console.log(
    `\nHeap: ${r.heap.cycles} create/render/remove cycles after ${r.heap.warmupCycles} warm-up; JS heap after GC\n`,
  );
  const scenarios = [
    ['elements alone', r.heap.alone],
    ['inside <cst-provider>', r.heap.inProvider],
  ];
  console.log(
    `${'scenario'.padEnd(24)}${r.heap.alone.points.map((p) => `cycle ${p.cycle}`.padStart(13)).join('')}${'growth'.padStart(12)}${'per cycle'.padStart(11)}  verdict (${r.heap.noise})`,
  );
  for (const [name, h] of scenarios) {
    const kb = `${h.growthBytes >= 0 ? '+' : '−'}${(Math.abs(h.growthBytes) / 1024).toFixed(0)} KB`;
    console.log(
      `${name.padEnd(24)}${h.points.map((p) => mb(p.usedSize).padStart(13)).join('')}${kb.padStart(12)}${`${h.bytesPerCycle} B`.padStart(11)}  ${h.withinNoise ? 'within noise' : 'BEYOND noise'}`,
    );
  }
  const nodes = scenarios.flatMap(([, h]) => h.points.map((p) => p.nodes));
  console.log(`DOM nodes at each point: ${[...new Set(nodes)].join(', ')}`);
  console.log(`\nwrote bench/results.json in ${r.totalSeconds} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
