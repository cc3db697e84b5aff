import assert from 'node:assert/strict';
import { test } from '@playwright/test';
import type { Browser } from 'playwright-core';
import '../../src/define/all.js';
import { bundledDataset } from '../../src/data/index.js';
import { membersOn } from '../../src/data/queries/states.js';
import { renderElement } from '../../src/ssr/index.js';
import { expectedTimeline, stateById } from '../helpers/timeline-expected.js';
import { dateText, readable } from '../node/text.js';
import { serve, type StaticServer } from '../../scripts/static-server.js';

const cases: [string, Record<string, string>][] = [
  ['cst-quote', { quote: 'tokayev-2022-working-mechanism' }],
  ['cst-quote', { speaker: 'lukashenko', lang: 'ru', variant: 'pull' }],
  ['cst-member-list', { layout: 'table' }],
  ['cst-summit-card', { summit: '2020-12-02' }],
  ['cst-treaty-article', { article: '4' }],
  // Short enough to show every event, and long enough to collapse behind a control.
  ['cst-timeline', { state: 'am', from: '2022' }],
  ['cst-timeline', {}],
];
/** What the data files say the two timelines hold. */
const armenia2022 = expectedTimeline({ state: 'am', from: '2022' });
const everything = expectedTimeline();

test.describe('hydration of server-rendered elements', () => {
  let server: StaticServer;
  let browser: Browser;
  // The same server-rendered page, loading the library through each CDN entry.
  const pages: Record<string, string> = {};
  const entries = { '/ssr.html': 'cst-elements', '/ssr-all.html': 'cst-elements-all' };

  test.beforeAll(async ({ browser: shared }) => {
    const rendered = await Promise.all(cases.map(([tag, attrs]) => renderElement(tag, attrs)));
    for (const [path, entry] of Object.entries(entries)) {
      pages[path] = `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <link rel="icon" href="data:,"><script type="module" src="/cdn/${entry}.js"></script></head>
      <body>${rendered.map((html, i) => `<div id="case-${i}">${html}</div>`).join('\n')}</body></html>`;
    }
    server = await serve({
      route: (req, res) => {
        const page = pages[req.url ?? ''];
        if (!page) return false;
        res.writeHead(200, { 'content-type': 'text/html' }).end(page);
        return true;
      },
    });
    browser = shared;
  });
  test.afterAll(async () => {
    await server?.close();
  });

  test('shows the server-rendered text before any script runs', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${server.url}/ssr.html`);
    // What each shadow root shows, its styles left out.
    const text = await tab.evaluate(() =>
      [...document.querySelectorAll('[id^=case-] > *')].map((el) =>
        [...(el.shadowRoot?.children ?? [])]
          .filter((child) => child.localName !== 'style')
          .map((child) => (child as HTMLElement).innerText)
          .join('\n'),
      ),
    );
    assert.match(text[0]!, /really working mechanism/);
    const { meta, states } = bundledDataset;
    assert.ok(
      readable(text[2]!).startsWith(
        `CSTO member states ${membersOn(states, meta.asOf).length} member states as of ${dateText(meta.asOf, 'en')}`,
      ),
      text[2],
    );
    assert.ok(readable(text[3]!).includes('December 2, 2020 · By videoconference'), text[3]);
    assert.match(readable(text[4]!), /^Article 4 Collective Security Treaty /);
    assert.ok(
      readable(text[5]!).startsWith(
        `${stateById('am').name.en} and the CSTO: timeline ${armenia2022.length} events, 2022–` +
          `${armenia2022.at(-1)!.date.slice(0, 4)} · as of ${dateText(meta.asOf, 'en')}`,
      ),
      text[5],
    );
    // Read without scripting, a long timeline shows every event, and no element shows a control
    // that needs script (the timeline's "Show all", the quote's copy button).
    const shown = await tab.evaluate(() => {
      const visible = (el: Element) => el.getClientRects().length > 0;
      const roots = [...document.querySelectorAll('[id^=case-] > *')].map((el) => el.shadowRoot!);
      return {
        events: [...roots[6]!.querySelectorAll('[part~="event"]')].filter(visible).length,
        buttons: roots.flatMap((root) => [...root.querySelectorAll('button')].filter(visible))
          .length,
      };
    });
    assert.deepEqual(shown, { events: everything.length, buttons: 0 });
    assert.ok(!readable(text[6]!).includes('Show all'), text[6]);
    await context.close();
  });

  test("a hydrated timeline's control shows every event, then only the latest again", async () => {
    const tab = await browser.newPage();
    const problems: string[] = [];
    tab.on('pageerror', (e) => problems.push(e.message));
    await tab.goto(`${server.url}/ssr.html`);
    await tab.evaluate(() => customElements.whenDefined('cst-timeline'));
    const timeline = tab.locator('#case-6 cst-timeline');
    const shown = () => timeline.locator('[part~="event"]:visible').count();
    const toggle = timeline.getByRole('button');
    await tab.waitForFunction(
      () =>
        (document.querySelector('#case-6 cst-timeline') as HTMLElement & { hasUpdated?: boolean })
          ?.hasUpdated,
    );
    assert.equal(await shown(), 10);
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(await shown(), everything.length);
    await toggle.click();
    assert.equal(await shown(), 10);
    assert.deepEqual(problems, []);
    await tab.close();
  });

  for (const [path, entry] of Object.entries(entries)) {
    test(`hydrates every element in place through ${entry}.js: same nodes, no errors, no second render`, async () => {
      const tab = await browser.newPage();
      const problems: string[] = [];
      tab.on('pageerror', (e) => problems.push(e.message));
      tab.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
      });
      // Mark every server-rendered node before the library loads: hydration keeps them.
      await tab.addInitScript(() => {
        document.addEventListener('readystatechange', () => {
          if (document.readyState !== 'interactive') return;
          for (const el of document.querySelectorAll('[id^=case-] > *')) {
            for (const node of el.shadowRoot?.querySelectorAll('*') ?? []) {
              (node as Element & { ssr?: boolean }).ssr = true;
            }
          }
        });
      });
      await tab.goto(`${server.url}${path}`);
      const result = await tab.evaluate(async () => {
        const els = [...document.querySelectorAll('[id^=case-] > *')] as (HTMLElement & {
          updateComplete?: Promise<unknown>;
        })[];
        await Promise.all(els.map((el) => customElements.whenDefined(el.localName)));
        await Promise.all(els.map((el) => el.updateComplete));
        return els.map((el) => {
          const nodes = [...(el.shadowRoot?.querySelectorAll('*') ?? [])];
          return {
            tag: el.localName,
            nodes: nodes.length,
            kept: nodes.filter((n) => (n as Element & { ssr?: boolean }).ssr).length,
            text: el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 60) ?? '',
          };
        });
      });
      assert.deepEqual(problems, []);
      for (const r of result) {
        assert.ok(r.nodes > 0, `${r.tag} has content`);
        assert.equal(r.kept, r.nodes, `${r.tag}: ${r.nodes - r.kept} nodes were rendered again`);
      }
      await tab.close();
    });
  }
});
