import assert from 'node:assert/strict';
import { test } from '@playwright/test';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { serve, type StaticServer } from '../../scripts/static-server.js';

/**
 * 10,000 create/remove cycles of each element, on the CDN build, in Chromium: the heap after a
 * full garbage collection (asked for over the DevTools protocol) must not grow with the number of
 * cycles, and nothing may stay on the page's shared targets. A leak check, not a benchmark: no time is
 * asserted. Needs `npx vite build --mode cdn` first.
 */

const CYCLES = 10_000;
const EARLY = 2_000;
/**
 * Growth allowed between 2,000 and 10,000 cycles. A live element holds 1 KB (provider) to 24 KB
 * (member list) of JS heap, so 8,000 kept elements would cost 9 to 190 MB; runs vary by up to
 * about 0.5 MB.
 */
const ALLOWED = 2 * 1024 * 1024;

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="/cdn/cst-elements.js"></script></head><body>
<div id="warm">
  <cst-provider><cst-quote quote="tokayev-2022-first-use"></cst-quote></cst-provider>
  <cst-member-list></cst-member-list><cst-summit-card summit="latest"></cst-summit-card>
  <cst-treaty-article article="4"></cst-treaty-article>
</div>
<div id="stage"></div>
</body></html>`;

const ELEMENTS: [string, Record<string, string>][] = [
  ['cst-quote', { quote: 'tokayev-2022-first-use' }],
  ['cst-member-list', {}],
  ['cst-summit-card', { summit: 'latest' }],
  ['cst-treaty-article', { article: '4' }],
  ['cst-provider', {}],
];

interface Measure {
  cycles: number;
  heap: number;
}

test.describe('churn: heap after garbage collection', () => {
  let server: StaticServer;
  let browser: Browser;
  let tab: Page;
  let cdp: CDPSession;

  test.beforeAll(async ({ browser: shared }) => {
    server = await serve({
      route: (req, res) => {
        if (req.url !== '/churn.html') return false;
        res.writeHead(200, { 'content-type': 'text/html' }).end(page);
        return true;
      },
    });
    browser = shared;
    tab = await browser.newPage();
    cdp = await tab.context().newCDPSession(tab);
    await tab.goto(`${server.url}/churn.html`);
    await tab.waitForFunction(() =>
      [
        'cst-provider',
        'cst-quote',
        'cst-member-list',
        'cst-summit-card',
        'cst-treaty-article',
      ].every((tag) => customElements.get(tag)),
    );
    await tab.evaluate(() => document.getElementById('warm')!.remove());
  });
  test.afterAll(async () => {
    await server?.close();
  });

  /** Listeners on window, document and <html>, as the debugger counts them. */
  async function pageListeners(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const [name, expression] of [
      ['window', 'window'],
      ['document', 'document'],
      ['html', 'document.documentElement'],
    ]) {
      const { result } = await cdp.send('Runtime.evaluate', { expression });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
        objectId: result.objectId!,
      });
      for (const l of listeners)
        counts[`${name} ${l.type}`] = (counts[`${name} ${l.type}`] ?? 0) + 1;
      await cdp.send('Runtime.releaseObject', { objectId: result.objectId! });
    }
    return counts;
  }

  /** The JS heap in use after garbage collection, with no script of the page running. */
  async function heap(): Promise<number> {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  }

  /** Runs `cycles` create/remove cycles of `tag`. */
  function churn(tag: string, attributes: Record<string, string>, cycles: number) {
    return tab.evaluate(
      async ({ tag, attributes, cycles }) => {
        type El = HTMLElement & { updateComplete: Promise<unknown> };
        const stage = document.getElementById('stage')!;
        for (let done = 0; done < cycles; done += 250) {
          const batch: El[] = [];
          for (let i = 0; i < 250; i++) {
            const el = document.createElement(tag) as El;
            for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
            batch.push(el);
          }
          stage.append(...batch);
          await Promise.all(batch.map((el) => el.updateComplete));
          for (const el of batch) el.remove();
          // A new task, as between a page's own updates: what the browser keeps for the
          // duration of a task (weak references read in it, say) is let go.
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
      },
      { tag, attributes, cycles },
    );
  }

  for (const [tag, attributes] of ELEMENTS) {
    test(`<${tag}>: ${CYCLES.toLocaleString('en')} cycles keep the heap flat`, async () => {
      await churn(tag, attributes, 1000); // warm-up: compiled code, caches, Lit's templates
      const listeners = await pageListeners();
      const measures: Measure[] = [];
      for (const [cycles, more] of [
        [EARLY, EARLY],
        [CYCLES, CYCLES - EARLY],
      ]) {
        await churn(tag, attributes, more!);
        measures.push({ cycles: cycles!, heap: await heap() });
      }
      const [early, late] = measures as [Measure, Measure];
      const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
      console.log(
        `<${tag}> heap after ${EARLY}: ${kb(early.heap)}, after ${CYCLES}: ${kb(late.heap)} ` +
          `(growth ${kb(late.heap - early.heap)})`,
      );
      assert.ok(
        late.heap - early.heap < ALLOWED,
        `heap grew by ${kb(late.heap - early.heap)} between ${EARLY} and ${CYCLES} cycles`,
      );
      assert.deepEqual(await pageListeners(), listeners);
    });
  }
});
