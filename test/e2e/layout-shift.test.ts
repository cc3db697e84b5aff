/**
 * Layout stability of the recommended snippet, measured as Chromium measures CLS: a page with
 * several snippets above other content loads the CDN build (its chunks delayed, as on a real
 * network, so the fallback text is on screen first), then is scrolled to the end and back. Every
 * `layout-shift` entry is recorded. Build first: `npx vite build --mode cdn`.
 */
import assert from 'node:assert/strict';
import { createReadStream, existsSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { test } from '@playwright/test';
import type { Browser, Page } from 'playwright-core';
import { scriptSnippet } from '../../src/embed/snippets.js';
import { serve, type StaticServer } from '../../scripts/static-server.js';

const TAGS = 'cst-quote, cst-member-list, cst-summit-card, cst-treaty-article';
const cdnUrl = '/cdn/cst-elements.js';
/** How long each code chunk takes to arrive: enough for the page to paint its fallbacks first. */
const NETWORK_DELAY = 300;

const embeds: [string, Record<string, string>][] = [
  ['cst-quote', { quote: 'tokayev-2022-first-use' }],
  ['cst-member-list', {}],
  ['cst-summit-card', { summit: 'csc-2022-05-16' }],
  ['cst-quote', { speaker: 'lukashenko', variant: 'pull' }],
  ['cst-treaty-article', { article: '4' }],
  ['cst-summit-card', { summit: 'latest', variant: 'compact' }],
];

const paragraph =
  '<p>Paragraph of the article around the embeds. It is here so that there is text above, ' +
  'between and below the elements, as in a news story.</p>';

/** An article: a heading, then each snippet between paragraphs, then more of the article. */
async function article(reserve: boolean, extra = ''): Promise<string> {
  const snippets = await Promise.all(
    embeds.map(([tag, attributes], i) =>
      scriptSnippet(tag, attributes, { cdnUrl, reserve, script: i === 0 }),
    ),
  );
  const body = snippets.join(`\n${paragraph}\n`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title>
<link rel="icon" href="data:,">
<style>body { max-width: 42rem; margin: 1rem auto; padding: 0 1rem; font: 18px/1.6 Georgia, serif; }</style>
</head><body><h1>Headline</h1>${paragraph}\n${body}\n${paragraph.repeat(12)}${extra}</body></html>`;
}

interface Shift {
  value: number;
  hadRecentInput: boolean;
  sources: string[];
}

test.describe('layout shift of the script snippet', () => {
  let server: StaticServer;
  let browser: Browser;
  const pages = new Map<string, string>();
  const dist = resolve('dist');

  test.beforeAll(async ({ browser: shared }) => {
    server = await serve({
      route: (req, res) => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        const page = pages.get(path);
        if (page !== undefined) {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
          return true;
        }
        const file = normalize(join(dist, path));
        if (!path.startsWith('/cdn/chunks/') || !file.startsWith(dist) || !existsSync(file)) {
          return false;
        }
        setTimeout(() => {
          res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
          createReadStream(file).pipe(res);
        }, NETWORK_DELAY);
        return true;
      },
    });
    browser = shared;
    pages.set('/stable.html', await article(true));
    pages.set('/eager.html', await article(false));
    // A control: something that does shift the page, to show the measurement sees shifts.
    pages.set(
      '/control.html',
      await article(
        true,
        `<script type="module">await customElements.whenDefined('cst-quote');
document.querySelector('h1').insertAdjacentHTML('afterend', '<div style="height:200px"></div>');</script>`,
      ),
    );
  });
  test.afterAll(async () => {
    await server?.close();
  });

  /** Loads a page, reads it to the end and back to the top, and returns every layout shift. */
  async function read(path: string, viewport: { width: number; height: number }) {
    const tab = await browser.newPage({ viewport });
    const problems: string[] = [];
    tab.on('pageerror', (e) => problems.push(e.message));
    tab.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    await tab.addInitScript(() => {
      const shifts: Shift[] = [];
      (window as unknown as { shifts: Shift[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources?: { node?: Node }[];
        })[]) {
          shifts.push({
            value: entry.value,
            hadRecentInput: entry.hadRecentInput,
            sources: (entry.sources ?? []).map((s) =>
              s.node instanceof Element ? s.node.localName : String(s.node?.nodeName),
            ),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await tab.goto(server.url + path);
    await tab.evaluate(async (tags) => {
      await Promise.all(tags.split(', ').map((tag) => customElements.whenDefined(tag)));
    }, TAGS);
    const { height } = viewport;
    const end = await tab.evaluate(() => document.documentElement.scrollHeight);
    const positions = [];
    for (let y = 0; y <= end; y += height / 2) positions.push(y);
    for (const y of [...positions, ...positions.reverse()]) {
      await tab.evaluate((top) => scrollTo(0, top), y);
      await frames(tab, 3);
    }
    // Every element has swapped its fallback for its view by now.
    await tab.waitForFunction(
      (tags) =>
        [...document.querySelectorAll(tags)].every(
          (el) => el.shadowRoot?.querySelector('[part]') && !el.getAttribute('style'),
        ),
      TAGS,
    );
    await frames(tab, 3);
    const shifts = await tab.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts);
    const views = await tab.evaluate(
      (tags) => [...document.querySelectorAll(tags)].map((el) => el.shadowRoot?.textContent ?? ''),
      TAGS,
    );
    await tab.close();
    return { shifts, cls: shifts.reduce((sum, s) => sum + s.value, 0), problems, views };
  }

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    test(`moves nothing while the elements upgrade (${viewport.width}×${viewport.height})`, async () => {
      const { shifts, cls, problems, views } = await read('/stable.html', viewport);
      note('CLS with the recommended snippet', String(cls));
      assert.deepEqual(problems, []);
      assert.equal(views.length, embeds.length);
      for (const view of views) assert.ok(view.trim().length > 0);
      assert.deepEqual(shifts, []);
      assert.equal(cls, 0);

      // For the record: the same snippets without no-shift swap as soon as the code arrives.
      const eager = await read('/eager.html', viewport);
      note('CLS without no-shift', eager.cls.toFixed(4));
    });
  }

  test('sees a layout shift when there is one', async () => {
    const { cls } = await read('/control.html', { width: 1280, height: 720 });
    assert.ok(cls > 0, `CLS ${cls}`);
  });
});

/** Records a figure in the test's report (an annotation) and on the console. */
function note(type: string, description: string): void {
  test.info().annotations.push({ type, description });
  console.log(`${type}: ${description}`);
}

/** Waits for the browser to render `count` frames. */
async function frames(tab: Page, count: number): Promise<void> {
  await tab.evaluate(async (n) => {
    for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
  }, count);
}
