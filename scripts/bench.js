// Render and memory benchmark for the CDN build, in the system's headless Chromium (playwright-core),
// from the project's static server (scripts/static-server.js) on loopback.
//
// 1. article: a news article of about 1,500 words with five embeds (two quotes, a member list, a
//    summit card, a timeline), each the recommended script snippet, loaded through the CDN build;
//    beside the same article as static HTML (the snippets' fallback, no script). Under CPU ×4 and
//    Lighthouse's slow 4G, each run from a cold cache: first contentful paint, the time every
//    embed shows its content (its own view; on the static page, its fallback), total blocking
//    time and cumulative layout shift.
// 2. timeline: a page with one <cst-timeline> beside the same events in TimelineJS 3.9.11 (the
//    npm package, served from this server: its script path, styles and icon font are the local
//    copy; its font setting the one that loads no web font), under the same conditions: the time
//    until the timeline's content is rendered, the JavaScript, CSS and font bytes, blocking time.
// 3. map: a page with one <cst-member-map> (its default attributes) and one with
//    controls="years", under the same conditions: the time until the map's shapes are drawn in
//    its shadow root, the JavaScript bytes, blocking time; then, unthrottled, with either motion
//    setting, what a step of the slider costs: the time from setting the range input's value to
//    the element rendered, to the next frame drawn and to the end of the colour transitions it
//    started, and the main thread's time until each (DevTools protocol Performance metrics).
//    No other map stands beside it: the locator maps newsrooms embed (Datawrapper, Flourish)
//    are made and served by their services, which this benchmark cannot load on its own server.
// 4. mix: 1,000 elements taken from every element folder's examples (src/elements/examples.ts,
//    examples marked `notice` left out), loaded through the CDN build, beside the same content as
//    static HTML made from their rendered shadow roots; no throttling.
// 5. heap: 4,000 create / render / remove cycles of the same mix in one page; the JS heap after
//    garbage collection at cycle 0 (after a warm-up), 2,000 and 4,000; alone and inside a
//    <cst-provider> (the end-to-end tests run 10,000 cycles of each element).
//
// Prints a table per part and writes bench/results.json (a part left out by --only keeps what
// its last run wrote). A benchmark, not a test: it exits non-zero only when it cannot run. Run
// after `vite build --mode cdn` (`npm run bench` does both).
//
// Options: --only=article,timeline,map,mix,heap (default all), --runs=N (throttled runs per
// page, default 5), --map-steps=N (slider steps measured, default 30), --mix-runs=N (runs of
// each mix page, default 3), --count=N (elements in the mix, default 1000), --cycles=N (heap
// cycles, default 4000), --warmup=N (heap warm-up cycles, default 500), --root=DIR (the built
// site to serve, default dist: another checkout's build, to compare two), --out=FILE (default
// bench/results.json), --http=1.1 (plain HTTP/1.1 rather than HTTP/2 over TLS).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { bundleTests } from './bundle-tests.js';
import { chromiumOptions, serve } from './static-server.js';

const started = performance.now();
const argument = (name) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const option = (name, fallback) => {
  const text = argument(name);
  const value = text === undefined ? fallback : Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a positive integer`);
  return value;
};
const PARTS = ['article', 'timeline', 'map', 'mix', 'heap'];
const ONLY = argument('only')?.split(',') ?? PARTS;
for (const part of ONLY)
  if (!PARTS.includes(part)) throw new Error(`--only takes ${PARTS.join(', ')}; got "${part}"`);
const RUNS = option('runs', 5);
const MIX_RUNS = option('mix-runs', 3);
const COUNT = option('count', 1000);
const CYCLES = option('cycles', 4000);
const WARMUP = option('warmup', 500);
const MAP_STEPS = option('map-steps', 30);
/** The built site served (another checkout's `dist`, to compare two builds), and the report. */
const ROOT = argument('root') ?? 'dist';
const OUT = argument('out') ?? 'bench/results.json';
/** HTTP/2 over TLS, as CDNs serve (HTTP/1.1 lets a page ask one host for six files at a time). */
const HTTP2 = argument('http') !== '1.1';

/** Lighthouse's mobile conditions: CPU slowed 4 times, "slow 4G" (its throttling constants). */
const THROTTLING = {
  cpu: 4,
  latency: 562.5,
  downloadKbps: 1474.56,
  uploadKbps: 675,
};
/** Lighthouse's mobile screen. */
const MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true };
/** How long a page is watched after its last embed rendered, for late long tasks and shifts. */
const SETTLE_MS = 1000;
const GOALS = {
  renderedAfterPaint: 1500,
  blockingTime: 300,
  layoutShift: 0,
  mixRatio: 2.5,
  heapNoiseBytes: 1024 * 1024,
  heapNoiseShare: 0.05,
};
const TIMELINEJS = 'node_modules/@knight-lab/timelinejs/dist';
const CDN = '/cdn/cst-elements.js';

// ---------------------------------------------------------------------------------------------
// What the project's sources say: the examples of every element folder, the snippets. They are
// TypeScript: bundled for Node once, as the tests are.

async function loadSources() {
  const [examples, snippets] = await bundleTests(
    ['src/elements/examples.ts', 'src/embed/snippets.ts'],
    'test-results/bench',
  );
  const load = (file) => import(pathToFileURL(resolve(file)).href);
  return { ...(await load(examples)), ...(await load(snippets)) };
}

const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const attributeList = (attrs) =>
  Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');

const shell = (title, head, body, lang = 'en') => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
${head}
</head>
<body>
${body}
</body>
</html>
`;

// ---------------------------------------------------------------------------------------------
// 1. The article. Its paragraphs say nothing of their own: they stand for the reporting around
// the embeds, with the length and rhythm of a news story.

const SENTENCES = [
  'This paragraph stands for the reporting that surrounds the embedded elements on a news page.',
  'It has the length of an ordinary paragraph, so that the page reads, wraps and scrolls as an article would.',
  'Readers move through several screens of text before and after each element, and the browser lays out every line of it.',
  'Nothing in these sentences is a claim about the organization; the facts are in the elements, with their sources and dates.',
  'A reporter would write background here, a quotation from an interview there, and a short explanation of why the story matters.',
  'The text is long enough that the elements below the first screen load while the reader is still on the first lines.',
];

/** Paragraph `n` of the article: about a hundred words. */
const paragraph = (n) =>
  `<p>${Array.from({ length: 5 }, (_, i) => SENTENCES[(n + i) % SENTENCES.length]).join(' ')}</p>`;

/** The five embeds: each the first example of its folder but the second quote (a pull quote). */
function articleEmbeds(EXAMPLES) {
  const first = (tag) => EXAMPLES[tag].find((e) => !e.notice);
  const quotes = EXAMPLES['cst-quote'].filter((e) => !e.notice && e.attributes.quote);
  return [
    ['cst-quote', quotes[0].attributes],
    ['cst-member-list', first('cst-member-list').attributes],
    ['cst-quote', quotes.find((q) => q.attributes.variant === 'pull').attributes],
    ['cst-summit-card', first('cst-summit-card').attributes],
    ['cst-timeline', first('cst-timeline').attributes],
  ];
}

/** After which paragraph each embed comes (15 paragraphs, about 1,500 words). */
const EMBED_AFTER = [2, 5, 8, 11, 13];
const PARAGRAPHS = 15;

const ARTICLE_STYLE = `<style>
body { max-width: 42rem; margin: 0 auto; padding: 0 1rem 2rem; font: 18px/1.6 Georgia, serif; }
h1 { font-size: 1.8rem; line-height: 1.25; }
</style>`;

async function articlePages(EXAMPLES, scriptSnippet) {
  const embeds = articleEmbeds(EXAMPLES);
  const body = async (withScript) => {
    const snippets = await Promise.all(
      embeds.map(([tag, attributes], i) =>
        scriptSnippet(tag, attributes, { cdnUrl: CDN, script: withScript && i === 0 }),
      ),
    );
    let html = '<h1>A news article with five embedded elements</h1>\n';
    for (let n = 0; n < PARAGRAPHS; n++) {
      html += `${paragraph(n)}\n`;
      const at = EMBED_AFTER.indexOf(n + 1);
      if (at >= 0) html += `${snippets[at]}\n`;
    }
    return html;
  };
  const elements = shell('Article: elements', ARTICLE_STYLE, await body(true));
  const fallback = shell('Article: static fallback', ARTICLE_STYLE, await body(false));
  const countWords = (html) =>
    html
      .replace(/<style>[\s\S]*?<\/style>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .split(/\s+/)
      .filter((w) => /\w/.test(w)).length;
  // The article's own text, and with the embeds' fallback text.
  const words = countWords(Array.from({ length: PARAGRAPHS }, (_, n) => paragraph(n)).join(' '));
  return { embeds, elements, fallback, words, wordsWithFallback: countWords(fallback) };
}

// ---------------------------------------------------------------------------------------------
// The probe each throttled page runs from its first script on (addInitScript): long tasks,
// layout shifts, and the time (performance.now(), in the animation frame that paints it) when
// each watched element first shows its content.

function probe({ selector, expected, mode }) {
  const bench = { longtasks: [], shifts: [], shown: [], done: false };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longtasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) bench.shifts.push(e.value);
  }).observe({ type: 'layout-shift', buffered: true });
  const text = (node) => (node?.textContent ?? '').trim().length > 0;
  const shows = {
    // An element's own view: its shadow root has content and no fallback.
    element: (el) =>
      el.shadowRoot && !el.shadowRoot.querySelector('[part~="fallback"]') && text(el.shadowRoot),
    // The static page: the fallback text is laid out.
    fallback: (el) => el.getClientRects().length > 0 && text(el),
    // A map: its own view, with the shapes drawn in its image.
    map: (el) =>
      el.shadowRoot &&
      !el.shadowRoot.querySelector('[part~="fallback"]') &&
      el.shadowRoot.querySelector('[part~="map"] path[d]'),
    // TimelineJS: the first slide's headline and the markers of the time axis.
    timelinejs: (el) =>
      text(el.querySelector('.tl-slide .tl-headline')) &&
      el.querySelector('.tl-timenav .tl-timemarker') &&
      !el.querySelector('.tl-message-full:not(.tl-message-hidden), .tl-loading-icon:not(:empty)'),
  }[mode];
  const seen = new Map();
  const frame = () => {
    const now = performance.now();
    const els = [...document.querySelectorAll(selector)];
    for (const el of els) if (!seen.has(el) && shows(el)) seen.set(el, now);
    if (els.length === expected && seen.size === expected) {
      bench.shown = els.map((el) => seen.get(el));
      bench.done = true;
    } else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

const median = (xs) => {
  const s = xs.filter((x) => x !== undefined).sort((a, b) => a - b);
  if (!s.length) return undefined;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (n, d = 0) => (n === undefined ? undefined : Math.round(n * 10 ** d) / 10 ** d);

/** Which kind of file a resource is, for the byte counts. */
function kindOf(entry) {
  const path = new URL(entry.name).pathname;
  if (/\.(woff2?|ttf|otf|eot)$/.test(path)) return 'font';
  if (/\.css$/.test(path)) return 'css';
  if (/\.m?js$/.test(path)) return 'js';
  if (/\.json$/.test(path)) return 'data';
  return 'other';
}

/**
 * Loads `url` in a fresh context (cold cache) under the throttling, waits until every element
 * `selector` matches shows its content, watches it for SETTLE_MS more, and reads the figures.
 */
async function throttledLoad(browser, origin, url, watch) {
  const context = await browser.newContext(MOBILE);
  const page = await context.newPage();
  const problems = [];
  const outside = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') problems.push(m.text());
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) outside.push(r.url());
  });
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpu });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: THROTTLING.latency,
      downloadThroughput: (THROTTLING.downloadKbps * 1024) / 8,
      uploadThroughput: (THROTTLING.uploadKbps * 1024) / 8,
    });
    await page.addInitScript(probe, watch);
    await page.goto(url, { waitUntil: 'commit' });
    await page
      .waitForFunction(() => window.__bench?.done, null, { timeout: 60_000 })
      .catch(async () => {
        const state = await page.evaluate(() => JSON.stringify(window.__bench)).catch(String);
        throw new Error(
          `${url}: not every element showed its content within 60 s: ${state} ${problems.join(' | ')}`,
        );
      });
    await page.waitForTimeout(SETTLE_MS);
    const raw = await page.evaluate(() => {
      const paint = (name) => performance.getEntriesByName(name)[0]?.startTime;
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        fcp: paint('first-contentful-paint'),
        fp: paint('first-paint'),
        ...window.__bench,
        resources: [
          {
            name: nav.name,
            encodedBodySize: nav.encodedBodySize,
            document: true,
            start: nav.startTime,
            end: nav.responseEnd,
          },
          ...performance.getEntriesByType('resource').map((r) => ({
            name: r.name,
            encodedBodySize: r.encodedBodySize,
            start: r.startTime,
            end: r.responseEnd,
          })),
        ],
      };
    });
    if (outside.length) throw new Error(`${url} asked for other hosts: ${outside.join(' ')}`);
    if (problems.length) throw new Error(`${url}: ${problems.slice(0, 3).join(' | ')}`);
    const rendered = Math.max(...raw.shown);
    // Total blocking time as Lighthouse counts it: the part of each long task after the first
    // contentful paint that goes beyond 50 ms, here up to the end of the watch.
    const blocking = raw.longtasks.reduce((sum, [start, duration]) => {
      const from = Math.max(start, raw.fcp);
      return sum + Math.max(0, start + duration - from - 50);
    }, 0);
    const bytes = { html: 0, js: 0, css: 0, font: 0, data: 0, other: 0 };
    for (const r of raw.resources) bytes[r.document ? 'html' : kindOf(r)] += r.encodedBodySize;
    return {
      firstPaint: raw.fcp,
      shown: raw.shown,
      rendered,
      renderedAfterPaint: rendered - raw.fcp,
      blockingTime: blocking,
      layoutShift: raw.shifts.reduce((a, b) => a + b, 0),
      requests: raw.resources.length,
      // The request chain: each file's path, when it was asked for and when it arrived.
      waterfall: raw.resources.map((r) => [
        new URL(r.name).pathname,
        Math.round(r.start),
        Math.round(r.end),
      ]),
      bytes,
    };
  } finally {
    await context.close();
  }
}

/** Runs each page `RUNS` times, the pages in turn, each from a cold cache; the medians. */
async function comparePages(browser, origin, pages) {
  const runs = Object.fromEntries(pages.map((p) => [p.name, []]));
  for (let i = 0; i < RUNS; i++) {
    const order = i % 2 ? [...pages].reverse() : pages;
    for (const p of order) runs[p.name].push(await throttledLoad(browser, origin, p.url, p.watch));
  }
  return Object.fromEntries(
    pages.map((p) => {
      const list = runs[p.name];
      const med = (f) => median(list.map(f));
      return [
        p.name,
        {
          what: p.what,
          median: {
            firstPaint: round(med((r) => r.firstPaint)),
            rendered: round(med((r) => r.rendered)),
            renderedAfterPaint: round(med((r) => r.renderedAfterPaint)),
            shown: list[0].shown.map((_, k) => round(med((r) => r.shown[k]))),
            blockingTime: round(med((r) => r.blockingTime)),
            layoutShift: round(
              med((r) => r.layoutShift),
              4,
            ),
            requests: med((r) => r.requests),
            bytes: Object.fromEntries(
              Object.keys(list[0].bytes).map((k) => [k, med((r) => r.bytes[k])]),
            ),
          },
          runs: list.map((r) => ({
            firstPaint: round(r.firstPaint),
            rendered: round(r.rendered),
            blockingTime: round(r.blockingTime),
            layoutShift: round(r.layoutShift, 4),
            waterfall: r.waterfall,
          })),
        },
      ];
    }),
  );
}

const goal = (what, value, limit, met) => ({ what, value, limit, met });

/** The goals of an embedded element's page (`m`, its medians): rendered soon, little blocking. */
const renderGoals = (m, subject) => [
  goal(
    `${subject} rendered within 1.5 s of first paint`,
    m.renderedAfterPaint,
    GOALS.renderedAfterPaint,
    m.renderedAfterPaint <= GOALS.renderedAfterPaint,
  ),
  goal(
    'total blocking time ≤ 300 ms',
    m.blockingTime,
    GOALS.blockingTime,
    m.blockingTime <= GOALS.blockingTime,
  ),
];

async function benchArticle(browser, origin, pages, sources) {
  const article = await articlePages(sources.EXAMPLES, sources.scriptSnippet);
  pages.set('/bench/article.html', article.elements);
  pages.set('/bench/article-static.html', article.fallback);
  const selector = [...new Set(article.embeds.map(([tag]) => tag))].join(',');
  const expected = article.embeds.length;
  const results = await comparePages(browser, origin, [
    {
      name: 'elements',
      what: 'the article with its five snippets, loaded through the CDN build',
      url: `${origin}/bench/article.html`,
      watch: { selector, expected, mode: 'element' },
    },
    {
      name: 'static',
      what: "the same article as static HTML: the snippets' fallback, no script",
      url: `${origin}/bench/article-static.html`,
      watch: { selector, expected, mode: 'fallback' },
    },
  ]);
  const m = results.elements.median;
  return {
    date: new Date().toISOString(),
    words: article.words,
    wordsWithFallback: article.wordsWithFallback,
    embeds: article.embeds.map(([tag, attrs]) => `<${tag}${attributeList(attrs)}>`),
    pages: results,
    goals: [
      ...renderGoals(m, 'every embed'),
      goal('layout shift 0', m.layoutShift, GOALS.layoutShift, m.layoutShift === 0),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// 2. One timeline, and the same events in TimelineJS.

/** The events a rendered <cst-timeline> shows, as TimelineJS's JSON format holds them. */
async function timelineData(browser, url) {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() =>
      document.querySelector('cst-timeline')?.shadowRoot?.querySelector('[part~="list"]'),
    );
    return await page.evaluate(() => {
      const root = document.querySelector('cst-timeline').shadowRoot;
      const text = (el) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const date = (iso) => {
        const [year, month, day] = iso.split('-');
        return { year, month, day };
      };
      return {
        title: {
          text: {
            headline: text(root.querySelector('[part~="title"]')),
            text: `<p>${text(root.querySelector('[part~="lede"]'))}</p>`,
          },
        },
        events: [...root.querySelectorAll('[part~="event"]')].map((event) => ({
          start_date: date(event.querySelector('time').getAttribute('datetime')),
          text: {
            headline: text(event.querySelector('[part~="event-title"]')),
            text: [...event.querySelectorAll('.summary, .states, .caveat')]
              .map((p) => `<p>${text(p)}</p>`)
              .join(''),
          },
        })),
      };
    });
  } finally {
    await page.close();
  }
}

async function benchTimeline(browser, origin, pages, sources) {
  const { attributes } = sources.EXAMPLES['cst-timeline'].find((e) => !e.notice);
  const element = `<cst-timeline${attributeList(attributes)}></cst-timeline>`;
  const own = shell(
    'One timeline',
    `<script type="module" src="${CDN}"></script>`,
    `<h1>One timeline</h1>\n${element}`,
  );
  pages.set('/bench/timeline.html', own);
  const data = await timelineData(browser, `${origin}/bench/timeline.html`);
  // The embed as TimelineJS documents it for a self-hosted copy: its CSS and script, a container,
  // and the data as a JavaScript object.
  const theirs = shell(
    'One timeline: TimelineJS',
    `<link rel="stylesheet" href="/timelinejs/css/timeline.css">
<script src="/timelinejs/js/timeline.js"></script>`,
    `<h1>One timeline</h1>
<div id="timeline-embed" style="width: 100%; height: 600px"></div>
<script>
new TL.Timeline('timeline-embed', ${JSON.stringify(data)}, {
  script_path: new URL('/timelinejs/js/', location.href).href,
  font: 'georgia-helvetica',
});
</script>`,
  );
  pages.set('/bench/timelinejs.html', theirs);
  const results = await comparePages(browser, origin, [
    {
      name: 'element',
      what: `${element} through the CDN build`,
      url: `${origin}/bench/timeline.html`,
      watch: { selector: 'cst-timeline', expected: 1, mode: 'element' },
    },
    {
      name: 'timelinejs',
      what: 'TimelineJS 3.9.11 from the npm package, the same events',
      url: `${origin}/bench/timelinejs.html`,
      watch: { selector: '#timeline-embed', expected: 1, mode: 'timelinejs' },
    },
  ]);
  const ours = results.element.median.rendered;
  const theirsRendered = results.timelinejs.median.rendered;
  return {
    date: new Date().toISOString(),
    events: data.events.length,
    pages: results,
    goals: [
      goal(
        'the timeline page rendered sooner than TimelineJS’s',
        ours,
        theirsRendered,
        ours < theirsRendered,
      ),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// 3. One map: its render time under the throttling, then what a step of its slider costs.

/**
 * Installed in the page once the map has rendered: `drawn` waits until a frame has been drawn;
 * `step` sets the range input's value and dispatches `input` (`idle`: the value it has, which
 * redraws nothing, for the cost of the measuring itself), then reads the time until the element
 * has rendered and its layout is done (`update`) and until the next frame has been drawn
 * (`frame`); `settle` waits until the map's transitions (if the step started any) have ended and
 * a frame has been drawn after them, and reads the time since the step began (`settled`).
 */
function mapSlider() {
  const el = document.querySelector('cst-member-map');
  const root = el.shadowRoot;
  const input = root.querySelector('[part~="years"] input[type="range"]');
  const label = () => root.querySelector('[part~="map"]').getAttribute('aria-label');
  const drawn = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  let t0 = 0;
  let frame = 0;
  window.__mapSlider = {
    max: Number(input.max),
    drawn,
    async step(at, idle) {
      const before = label();
      t0 = performance.now();
      input.value = String(idle ? input.value : at);
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      root.querySelector('[part~="map"]').getBoundingClientRect();
      const update = performance.now() - t0;
      await drawn();
      frame = performance.now() - t0;
      if ((label() !== before) === Boolean(idle))
        throw new Error(`step to ${at}: the map ${idle ? 'changed' : 'did not change'}`);
      return { update, frame };
    },
    async settle() {
      const running = root.getAnimations();
      if (!running.length) return frame;
      await Promise.all(running.map((a) => a.finished));
      await drawn();
      return performance.now() - t0;
    },
  };
}

/**
 * Steps the slider of the map at `url` `count` times, unthrottled, with the reader's motion
 * setting `motion`, after one sweep there and back as a warm-up: the medians of each time, and
 * of the main-thread time (the renderer's task time, from the DevTools protocol's Performance
 * metrics) from the step to the next frame drawn and to the end of its transitions.
 */
async function mapSteps(browser, url, motion, count) {
  const context = await browser.newContext({ ...MOBILE, reducedMotion: motion });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') problems.push(m.text());
  });
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const taskTime = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'TaskDuration').value * 1000;
    };
    await page.goto(url);
    await page.waitForFunction(
      () =>
        document
          .querySelector('cst-member-map')
          ?.shadowRoot?.querySelector('[part~="years"] input[type="range"]'),
      null,
      { timeout: 30_000 },
    );
    await page.evaluate(mapSlider);
    const step = async (at, idle) => {
      await page.evaluate(() => window.__mapSlider.drawn());
      const t0 = await taskTime();
      const times = await page.evaluate(
        ([at, idle]) => window.__mapSlider.step(at, idle),
        [at, idle],
      );
      const t1 = await taskTime();
      const settled = await page.evaluate(() => window.__mapSlider.settle());
      const t2 = await taskTime();
      return { ...times, settled, mainThread: t1 - t0, mainThreadSettled: t2 - t0 };
    };
    const max = await page.evaluate(() => window.__mapSlider.max);
    const idle = [];
    for (let i = 0; i < 6; i++) idle.push(await step(0, true));
    // Back and forth from the last year, where the slider starts.
    const positions = [];
    for (let at = max, by = -1; positions.length < 2 * max + count;) {
      if (at + by < 0 || at + by > max) by = -by;
      positions.push((at += by));
    }
    const steps = [];
    for (const [i, at] of positions.entries()) {
      const result = await step(at, false);
      if (i >= 2 * max) steps.push(result);
    }
    if (problems.length) throw new Error(`${url}: ${problems.slice(0, 3).join(' | ')}`);
    const summary = (list) =>
      Object.fromEntries(
        ['update', 'mainThread', 'frame', 'mainThreadSettled', 'settled'].map((k) => [
          k,
          round(median(list.map((r) => r[k])), 1),
        ]),
      );
    return {
      motion,
      years: max + 1,
      steps: steps.length,
      ...summary(steps),
      maxMainThread: round(Math.max(...steps.map((r) => r.mainThread)), 1),
      maxSettled: round(Math.max(...steps.map((r) => r.settled)), 1),
      idle: summary(idle.slice(1)),
    };
  } finally {
    await context.close();
  }
}

async function benchMap(browser, origin, pages) {
  const pageOf = (attributes) =>
    shell(
      'One map',
      `<script type="module" src="${CDN}"></script>`,
      `<h1>One map</h1>\n<cst-member-map${attributeList(attributes)}></cst-member-map>`,
    );
  const variants = [
    { name: 'element', attributes: {}, path: '/bench/map.html' },
    { name: 'years', attributes: { controls: 'years' }, path: '/bench/map-years.html' },
  ];
  for (const v of variants) pages.set(v.path, pageOf(v.attributes));
  const results = await comparePages(
    browser,
    origin,
    variants.map((v) => ({
      name: v.name,
      what: `<cst-member-map${attributeList(v.attributes)}> through the CDN build`,
      url: `${origin}${v.path}`,
      watch: { selector: 'cst-member-map', expected: 1, mode: 'map' },
    })),
  );
  const years = `${origin}/bench/map-years.html`;
  const slider = [];
  for (const motion of ['no-preference', 'reduce'])
    slider.push(await mapSteps(browser, years, motion, MAP_STEPS));
  const m = results.element.median;
  return {
    date: new Date().toISOString(),
    anchor:
      'none: the locator maps newsrooms embed (Datawrapper, Flourish) are made and served by their services',
    pages: results,
    slider: {
      what: 'controls="years": the range input set and `input` dispatched, one step at a time back and forth over the years; unthrottled; medians',
      runs: slider,
    },
    goals: renderGoals(m, 'the map'),
  };
}

// ---------------------------------------------------------------------------------------------
// 4. The mix: 1,000 elements from every folder's examples, beside static HTML.

/**
 * The `n` first elements of the mix: the tags in turn, each tag's examples in turn (those marked
 * `notice` left out); one in five in Russian. A provider holds the element after it; an element
 * that runs in text stands in its sentence.
 */
function mix(EXAMPLES, n) {
  const tags = Object.keys(EXAMPLES);
  const usable = Object.fromEntries(tags.map((t) => [t, EXAMPLES[t].filter((e) => !e.notice)]));
  const used = new Map();
  const out = [];
  for (let i = 0; i < n; i++) {
    const tag = tags[i % tags.length];
    const k = used.get(tag) ?? 0;
    used.set(tag, k + 1);
    const example = usable[tag][k % usable[tag].length];
    const attrs = { ...example.attributes };
    if (i % 5 === 4 && !attrs.lang) attrs.lang = 'ru';
    out.push({ tag, attrs, fallback: example.fallback, sentence: example.sentence });
  }
  return out;
}

/** The mix as markup: a provider wraps the next element (or the next sentence). */
function mixMarkup(items) {
  const parts = [];
  for (let i = 0; i < items.length; i++) {
    const { tag, attrs, fallback = '', sentence } = items[i];
    const element = `<${tag}${attributeList(attrs)}>${fallback}</${tag}>`;
    if (tag === 'cst-provider' && i + 1 < items.length) {
      const inner = mixMarkup([items[++i]]);
      parts.push(`<${tag}${attributeList(attrs)}>${inner}</${tag}>`);
    } else parts.push(sentence ? `<p>${sentence.replace('{}', element)}</p>` : element);
  }
  return parts.join('\n');
}

// Page A reports once every element shows its content and a forced layout is done; page B (no
// script of its own) once the DOM is loaded. `ready` is performance.now(), `frame` the next frame.
const REPORT = `const done = () => {
    const content = performance.now();
    document.body.offsetHeight;
    const ready = performance.now();
    requestAnimationFrame(() => {
      window.__bench = { content, ready, frame: performance.now() };
    });
  };`;

const WAIT_ELEMENTS = `<script>
  ${REPORT}
  (async () => {
    const els = [...document.querySelectorAll('main *')].filter((e) => e.localName.startsWith('cst-'));
    await Promise.all([...new Set(els.map((e) => e.localName))].map((t) => customElements.whenDefined(t)));
    await Promise.all(els.map((e) => e.updateComplete));
    const rendered = (e) => e.shadowRoot && !e.shadowRoot.querySelector('[part~="fallback"]') &&
      (e.localName === 'cst-provider' || e.shadowRoot.textContent.trim());
    while (!els.every(rendered)) await new Promise((r) => requestAnimationFrame(r));
    done();
  })().catch((e) => { window.__bench = { error: String(e) }; });
</script>`;

const WAIT_STATIC = `<script>
  ${REPORT}
  addEventListener('DOMContentLoaded', done);
</script>`;

/**
 * What page A shows once rendered, read in the page: the composed tree as static HTML (each
 * shadow root in place of its host's children, slots replaced by what they show), each tag's
 * shadow styles, the text a reader gets, the number of elements and the page height.
 */
function snapshot() {
  const VOID = new Set(['br', 'hr', 'img', 'input', 'wbr', 'col', 'meta', 'link', 'source']);
  const SKIP = new Set(['style', 'script', 'template']);
  const styles = {};
  let nodes = 0;
  let text = '';
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const escAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const write = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      text += node.data;
      return esc(node.data);
    }
    if (node.nodeType !== Node.ELEMENT_NODE || SKIP.has(node.localName)) return '';
    if (node.localName === 'slot') {
      const assigned = node.assignedNodes();
      return [...(assigned.length ? assigned : node.childNodes)].map(write).join('');
    }
    nodes += 1;
    const tag = node.localName;
    if (node.shadowRoot && !(tag in styles)) {
      styles[tag] = node.shadowRoot.adoptedStyleSheets
        .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
        .join('\n');
    }
    const attrs = [...node.attributes].map((a) => ` ${a.name}="${escAttr(a.value)}"`).join('');
    if (VOID.has(tag)) return `<${tag}${attrs}>`;
    const children = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    return `<${tag}${attrs}>${[...children].map(write).join('')}</${tag}>`;
  };
  const main = document.querySelector('main');
  const body = [...main.childNodes].map(write).join('');
  return {
    body,
    styles,
    text: text.replace(/\s+/g, ' ').trim(),
    nodes,
    height: document.documentElement.scrollHeight,
  };
}

/** The same reading of page B, which has no shadow roots. */
function describeStatic() {
  let text = '';
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.data;
    else if (node.nodeType === Node.ELEMENT_NODE && !['style', 'script'].includes(node.localName))
      node.childNodes.forEach(walk);
  };
  walk(document.querySelector('main'));
  return {
    text: text.replace(/\s+/g, ' ').trim(),
    nodes: document.querySelectorAll('main *').length,
    height: document.documentElement.scrollHeight,
  };
}

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
      .waitForFunction(() => window.__bench, null, { timeout: 60_000 })
      .catch(() => {
        throw new Error(`${url}: the elements did not render within 60 s`);
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

async function benchMix(browser, origin, pages, sources) {
  const items = mix(sources.EXAMPLES, COUNT);
  const wrap = (title, head, body, tail) => shell(title, head, `<main>\n${body}\n</main>\n${tail}`);
  pages.set(
    '/bench/a.html',
    wrap(
      'Mix A: elements',
      `<script type="module" src="${CDN}"></script>`,
      mixMarkup(items),
      WAIT_ELEMENTS,
    ),
  );
  // The warm-up load of A also yields page B.
  const first = await timeLoad(browser, `${origin}/bench/a.html`);
  const shot = await first.page.evaluate(snapshot);
  await first.context.close();
  const css = Object.entries(shot.styles)
    .map(([tag, text]) => scopeCss(tag, text))
    .join('\n');
  pages.set(
    '/bench/b.html',
    wrap('Mix B: static HTML', `<style>\n${css}\n</style>`, shot.body, WAIT_STATIC),
  );
  const warmB = await timeLoad(browser, `${origin}/bench/b.html`);
  const staticShot = await warmB.page.evaluate(describeStatic);
  await warmB.context.close();
  if (staticShot.text !== shot.text) throw new Error('page B does not carry the text of page A');

  const runs = { A: [], B: [] };
  for (let i = 0; i < MIX_RUNS; i++) {
    for (const name of i % 2 ? ['B', 'A'] : ['A', 'B']) {
      const { result, context } = await timeLoad(
        browser,
        `${origin}/bench/${name.toLowerCase()}.html`,
      );
      await context.close();
      runs[name].push(result);
    }
  }
  const summary = (list) => ({
    ready: list.map((r) => round(r.ready, 1)),
    frame: list.map((r) => round(r.frame, 1)),
    median: round(median(list.map((r) => r.ready)), 1),
    medianFrame: round(median(list.map((r) => r.frame)), 1),
    min: round(Math.min(...list.map((r) => r.ready)), 1),
    max: round(Math.max(...list.map((r) => r.ready)), 1),
  });
  const counts = {};
  for (const { tag } of items) counts[tag] = (counts[tag] ?? 0) + 1;
  const ratio = round(median(runs.A.map((r) => r.ready)) / median(runs.B.map((r) => r.ready)), 2);
  return {
    date: new Date().toISOString(),
    elements: COUNT,
    mix: counts,
    russian: items.filter((e) => e.attrs.lang === 'ru').length,
    runs: MIX_RUNS,
    metric:
      'ms from navigation start until every element shows its content and a forced layout is done (median)',
    pages: {
      A: {
        what: 'the elements in the HTML, loaded through dist/cdn/cst-elements.js',
        domElements: shot.nodes,
        textChars: shot.text.length,
        heightPx: shot.height,
        ...summary(runs.A),
      },
      B: {
        what: "A's rendered shadow-root markup as light DOM of the same tags, element styles in one <style>; no script but the timer",
        domElements: staticShot.nodes,
        textChars: staticShot.text.length,
        heightPx: staticShot.height,
        htmlBytes: Buffer.byteLength(pages.get('/bench/b.html')),
        ...summary(runs.B),
      },
    },
    ratio,
    ratioFirstFrame: round(
      median(runs.A.map((r) => r.frame)) / median(runs.B.map((r) => r.frame)),
      2,
    ),
    goals: [goal('A ≤ 2.5 × B', ratio, GOALS.mixRatio, ratio <= GOALS.mixRatio)],
  };
}

// ---------------------------------------------------------------------------------------------
// 5. Heap.

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
      let next = 0;
      window.__cycle = async (n) => {
        for (let i = 0; i < n; i++) {
          const { tag, attrs } = configs[next++ % configs.length];
          const el = document.createElement(tag);
          for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
          parent.append(el);
          await el.updateComplete;
          if (
            !el.shadowRoot?.childElementCount ||
            el.shadowRoot.querySelector('[part~="fallback"]')
          )
            throw new Error(`<${tag}> did not render in cycle ${next}`);
          el.remove();
        }
        return next;
      };
    },
    {
      configs,
      preload: firstOfEach.map((c) => `<${c.tag}${attributeList(c.attrs)}></${c.tag}>`).join(''),
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
  const growth = points.at(-1).usedSize - points[0].usedSize;
  const share = growth / points[0].usedSize;
  return {
    points,
    growthBytes: growth,
    growthPercent: round(share * 100, 2),
    bytesPerCycle: round(growth / CYCLES, 1),
    // The second half alone leaves out one-off costs of the first cycles (compiled code, hash
    // tables reaching their working size).
    secondHalfBytesPerCycle: round(
      (points.at(-1).usedSize - points.at(-2).usedSize) /
        (points.at(-1).cycle - points.at(-2).cycle),
      1,
    ),
    withinNoise: growth < GOALS.heapNoiseBytes || share < GOALS.heapNoiseShare,
    seconds: round(seconds, 1),
  };
}

async function benchHeap(browser, origin, pages, sources) {
  pages.set(
    '/bench/heap.html',
    shell('Heap', `<script type="module" src="${CDN}"></script>`, '<main></main>'),
  );
  // The providers of the mix stand alone here: each cycle is one element.
  const configs = mix(sources.EXAMPLES, COUNT);
  const alone = await heap(browser, `${origin}/bench/heap.html`, configs, false);
  const inProvider = await heap(browser, `${origin}/bench/heap.html`, configs, true);
  const noise = `< ${GOALS.heapNoiseBytes / 1024 / 1024} MB or < ${GOALS.heapNoiseShare * 100} %`;
  return {
    date: new Date().toISOString(),
    cycles: CYCLES,
    warmupCycles: WARMUP,
    metric:
      'V8 heap used (Runtime.getHeapUsage) after gc() and a DevTools-protocol collection; each cycle creates one element, appends it, awaits updateComplete and removes it',
    noise,
    alone,
    inProvider,
    goals: [
      goal(
        `elements alone: growth ${noise}`,
        alone.growthBytes,
        GOALS.heapNoiseBytes,
        alone.withinNoise,
      ),
      goal(
        `inside <cst-provider>: growth ${noise}`,
        inProvider.growthBytes,
        GOALS.heapNoiseBytes,
        inProvider.withinNoise,
      ),
    ],
  };
}

// ---------------------------------------------------------------------------------------------

const PART_RUNNERS = {
  article: benchArticle,
  timeline: benchTimeline,
  map: benchMap,
  mix: benchMix,
  heap: benchHeap,
};

async function main() {
  if (!existsSync(`${ROOT}/cdn/cst-elements.js`))
    throw new Error(`${ROOT}/cdn/cst-elements.js is missing: run \`vite build --mode cdn\` first`);
  if (ONLY.includes('timeline') && !existsSync(`${TIMELINEJS}/js/timeline.js`))
    throw new Error(`${TIMELINEJS} is missing: run npm install`);
  const sources = await loadSources();
  const pages = new Map();
  const server = await serve({
    root: ROOT,
    pages,
    gzip: true,
    http2: HTTP2,
    mounts: { '/timelinejs/': TIMELINEJS },
  });
  // The certificate is made for the run: the browser takes it without asking.
  const browser = await chromium.launch(
    chromiumOptions(['--js-flags=--expose-gc', ...(HTTP2 ? ['--ignore-certificate-errors'] : [])]),
  );
  const file = OUT;
  const previous = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const results = {
    ...(previous.parts && { parts: previous.parts }),
    date: new Date().toISOString(),
    build: ROOT,
    machine: {
      cpu: os.cpus()[0]?.model?.trim(),
      cores: os.cpus().length,
      memoryGB: round(os.totalmem() / 1024 ** 3, 1),
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      load: os.loadavg().map((n) => round(n, 2)),
    },
    chromium: browser.version(),
    node: process.version,
    conditions: {
      throttled: `CPU ×${THROTTLING.cpu}; ${THROTTLING.latency} ms latency, ${THROTTLING.downloadKbps} kbps down, ${THROTTLING.uploadKbps} kbps up (Lighthouse's slow 4G); ${MOBILE.viewport.width}×${MOBILE.viewport.height} at ${MOBILE.deviceScaleFactor}×; gzip; a cold cache each run`,
      runs: RUNS,
    },
  };
  results.parts ??= {};
  try {
    print.header(results);
    for (const part of PARTS.filter((p) => ONLY.includes(p))) {
      const t0 = performance.now();
      results.parts[part] = await PART_RUNNERS[part](browser, server.url, pages, sources);
      results.parts[part].seconds = round((performance.now() - t0) / 1000, 1);
      print[part](results.parts[part]);
      console.log(`  (${results.parts[part].seconds} s)`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  results.totalSeconds = round((performance.now() - started) / 1000, 1);
  mkdirSync(dirname(resolve(file)), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote ${file} in ${results.totalSeconds} s`);
}

// ---------------------------------------------------------------------------------------------
// The tables.

const ms = (n) => (n === undefined ? '—' : `${Math.round(n).toLocaleString('en')} ms`);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const row = (cells, widths) =>
  cells.map((c, i) => (i ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('');
const verdicts = (goals) => {
  for (const g of goals) console.log(`  ${g.met ? 'met    ' : 'NOT met'}  ${g.what}`);
};

const print = {
  header(r) {
    console.log(
      `Chromium ${r.chromium}, Node ${r.node}, ${r.machine.cpu} × ${r.machine.cores}, load ${r.machine.load.join(' ')}`,
    );
  },
  article(a) {
    console.log(
      `\nArticle: ${a.words.toLocaleString('en')} words of text (${a.wordsWithFallback.toLocaleString('en')} with the embeds' fallback), five embeds; ${a.pages.elements.runs.length} runs, median`,
    );
    console.log(`${a.pages.elements.what}; CPU ×4, slow 4G\n`);
    const w = [24, 13, 16, 18, 11, 8];
    console.log(
      row(['page', 'first paint', 'all rendered', 'after 1st paint', 'blocking', 'CLS'], w),
    );
    for (const [name, p] of [
      ['elements (CDN build)', a.pages.elements.median],
      ['static fallback HTML', a.pages.static.median],
    ]) {
      console.log(
        row(
          [
            name,
            ms(p.firstPaint),
            ms(p.rendered),
            ms(p.renderedAfterPaint),
            ms(p.blockingTime),
            p.layoutShift,
          ],
          w,
        ),
      );
    }
    const e = a.pages.elements.median;
    console.log(
      `\neach embed rendered at: ${a.embeds.map((tag, i) => `${tag.match(/^<([\w-]+)/)[1]} ${ms(e.shown[i])}`).join(', ')}`,
    );
    console.log(
      `elements page: ${e.requests} requests, ${kb(e.bytes.js)} JavaScript, ${kb(e.bytes.html)} HTML (gzip)`,
    );
    verdicts(a.goals);
  },
  timeline(t) {
    console.log(
      `\nTimeline: one timeline of ${t.events} events; ${t.pages.element.runs.length} runs, median; CPU ×4, slow 4G\n`,
    );
    const w = [26, 12, 10, 10, 10, 10, 11];
    console.log(row(['page', 'rendered', 'JS', 'CSS', 'fonts', 'HTML', 'blocking'], w));
    for (const [name, p] of [
      ['<cst-timeline>', t.pages.element.median],
      ['TimelineJS 3.9.11', t.pages.timelinejs.median],
    ]) {
      const b = p.bytes;
      console.log(
        row(
          [name, ms(p.rendered), kb(b.js), kb(b.css), kb(b.font), kb(b.html), ms(p.blockingTime)],
          w,
        ),
      );
    }
    console.log('(bytes as sent, gzip; fonts in woff2, which is not compressed again)');
    verdicts(t.goals);
  },
  map(m) {
    console.log(
      `\nMap: one <cst-member-map>; ${m.pages.element.runs.length} runs, median; CPU ×4, slow 4G`,
    );
    console.log(`No other map beside it: ${m.anchor.replace(/^none: /, '')}.\n`);
    const w = [40, 13, 12, 10, 10, 11];
    console.log(row(['page', 'first paint', 'rendered', 'JS', 'HTML', 'blocking'], w));
    for (const p of Object.values(m.pages)) {
      const r = p.median;
      console.log(
        row(
          [
            p.what.replace(/ through the CDN build$/, ''),
            ms(r.firstPaint),
            ms(r.rendered),
            kb(r.bytes.js),
            kb(r.bytes.html),
            ms(r.blockingTime),
          ],
          w,
        ),
      );
    }
    console.log('(bytes as sent, gzip)');
    verdicts(m.goals);
    const one = (n) => (n === undefined ? '—' : `${n.toFixed(1)} ms`);
    const first = m.slider.runs[0];
    console.log(
      `\nSlider (controls="years", ${first.years} years): ${first.steps} steps back and forth, unthrottled, median\n`,
    );
    const s = [18, 11, 13, 13, 11, 13, 12];
    console.log(
      row(
        [
          'motion setting',
          'rendered',
          'next frame',
          'main thread',
          'settled',
          'main thread',
          'idle step',
        ],
        s,
      ),
    );
    for (const r of m.slider.runs) {
      console.log(
        row(
          [
            r.motion,
            one(r.update),
            one(r.frame),
            one(r.mainThread),
            one(r.settled),
            one(r.mainThreadSettled),
            one(r.idle.mainThread),
          ],
          s,
        ),
      );
    }
    for (const line of [
      'from setting the value: rendered, until the element has rendered and laid out; next frame, until the',
      'next frame is drawn; settled, until the colour transitions the step started have ended (with none,',
      "the next frame); main thread, the renderer's task time until the moment on its left; idle step, the",
      'main thread of a step that redraws nothing (the cost of measuring)',
    ])
      console.log(line);
  },
  mix(m) {
    const mixText = Object.entries(m.mix)
      .map(([t, n]) => `${n} ${t}`)
      .join(', ');
    console.log(`\nMix: ${m.elements} elements (${mixText}; ${m.russian} in Russian)`);
    console.log(`median of ${m.runs} runs after 1 warm-up, from navigation start; no throttling\n`);
    const w = [28, 10, 10, 10, 10, 8];
    console.log(row(['page', 'median', 'min', 'max', '1st frame', 'DOM'], w));
    for (const [name, p] of [
      ['A  elements (CDN build)', m.pages.A],
      ['B  static HTML', m.pages.B],
    ]) {
      console.log(
        row([name, ms(p.median), ms(p.min), ms(p.max), ms(p.medianFrame), p.domElements], w),
      );
    }
    console.log(
      `\nratio A/B: ${m.ratio.toFixed(2)}× (first frame ${m.ratioFirstFrame.toFixed(2)}×)`,
    );
    verdicts(m.goals);
  },
  heap(h) {
    const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
    console.log(
      `\nHeap: ${h.cycles} create/render/remove cycles after ${h.warmupCycles} warm-up; JS heap after GC\n`,
    );
    const w = [24, 13, 13, 13, 12, 11];
    console.log(
      row(['scenario', ...h.alone.points.map((p) => `cycle ${p.cycle}`), 'growth', 'per cycle'], w),
    );
    for (const [name, s] of [
      ['elements alone', h.alone],
      ['inside <cst-provider>', h.inProvider],
    ]) {
      const growth = `${s.growthBytes >= 0 ? '+' : '−'}${(Math.abs(s.growthBytes) / 1024).toFixed(0)} KB`;
      console.log(
        row([name, ...s.points.map((p) => mb(p.usedSize)), growth, `${s.bytesPerCycle} B`], w),
      );
    }
    const nodes = [h.alone, h.inProvider].flatMap((s) => s.points.map((p) => p.nodes));
    console.log(`DOM nodes at each point: ${[...new Set(nodes)].join(', ')}`);
    verdicts(h.goals);
  },
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
