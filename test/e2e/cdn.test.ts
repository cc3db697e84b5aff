import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { bundledDataset } from '../../src/data/index.js';
import { membersOn } from '../../src/data/queries/states.js';
import { expectedTimeline, stateById } from '../helpers/timeline-expected.js';
import { dateText, readable } from '../node/text.js';
import { launchChromium, serve, type StaticServer } from './harness.js';

/** What the default member list says of itself: "6 member states as of November 27, 2025". */
const { meta, states } = bundledDataset;
const listLede = `${membersOn(states, meta.asOf).length} member states as of ${dateText(meta.asOf, 'en')}`;
/** How a timeline of Armenia's events from 2022 opens, from the data files. */
const armenia = expectedTimeline({ state: 'am', from: '2022' });
const armeniaOpening =
  `${stateById('am').name.en} and the CSTO: timeline ${armenia.length} events, ` +
  `${armenia[0]!.date.slice(0, 4)}–${armenia.at(-1)!.date.slice(0, 4)} · as of ${dateText(meta.asOf, 'en')}`;

const page = (body: string, entry = 'cst-elements') => `<!doctype html><html lang="en"><head>
<meta charset="utf-8"><script type="module" src="/cdn/${entry}.js"></script></head>
<body>${body}</body></html>`;

describe('CDN loader', () => {
  let server: StaticServer;
  let browser: Browser;
  const pages: Record<string, string> = {
    '/one-quote.html': page('<cst-quote speaker="tokayev"><p>Fallback</p></cst-quote>'),
    '/later.html': page('<main></main>'),
    '/shadow.html': page(
      `<x-early><template shadowrootmode="open"><p>A card</p>
        <cst-quote speaker="tokayev"></cst-quote></template></x-early>`,
    ),
    '/timeline.html': page('<cst-timeline state="am" from="2022"><p>Fallback</p></cst-timeline>'),
    '/quote-by-id.html': page(
      '<cst-quote quote="tokayev-2022-first-use"><p>Fallback</p></cst-quote>',
    ),
    '/all-in-one.html': page(
      `<cst-quote quote="tokayev-2022-first-use"></cst-quote><cst-member-list></cst-member-list>
      <main></main>`,
      'cst-elements-all',
    ),
  };

  before(async () => {
    server = await serve({
      route: (req, res) => {
        const body = pages[req.url ?? ''];
        if (!body) return false;
        res.writeHead(200, { 'content-type': 'text/html' }).end(body);
        return true;
      },
    });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A new tab that records the scripts it requests (paths) and its uncaught errors. */
  async function track() {
    const tab = await browser.newPage();
    const scripts: string[] = [];
    const errors: string[] = [];
    tab.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    tab.on('pageerror', (e) => errors.push(e.message));
    return { tab, scripts, errors };
  }

  it('loads only the code of the elements on the page', async () => {
    const { tab, scripts, errors } = await track();
    await tab.goto(`${server.url}/one-quote.html`);
    await tab.waitForFunction(() =>
      document.querySelector('cst-quote')?.shadowRoot?.querySelector('blockquote'),
    );
    assert.deepEqual(errors, []);
    assert.ok(
      scripts.some((s) => /\/chunks\/quote-[\w-]+\.js$/.test(s)),
      scripts.join(' '),
    );
    for (const other of ['summit-card', 'treaty-article', 'member-list', 'documents', 'sessions']) {
      assert.ok(!scripts.some((s) => s.includes(`/${other}-`)), `${other} was loaded: ${scripts}`);
    }
    await tab.close();
  });

  it('upgrades a timeline with its own code and data, no other element’s', async () => {
    const { tab, scripts, errors } = await track();
    await tab.goto(`${server.url}/timeline.html`);
    // Once its list is there, what its box says.
    const shown = await tab.waitForFunction(
      () =>
        document.querySelector('cst-timeline')?.shadowRoot?.querySelector('[part~="list"]') &&
        document.querySelector('cst-timeline')!.shadowRoot!.querySelector('[part~="base"]')!
          .textContent,
    );
    assert.ok(readable(String(await shown.jsonValue())).startsWith(armeniaOpening));
    assert.equal(await tab.locator('cst-timeline [part~="event"]').count(), armenia.length);
    assert.deepEqual(errors, []);
    assert.ok(
      scripts.some((s) => /\/chunks\/timeline-[\w-]+\.js$/.test(s)),
      scripts.join(' '),
    );
    for (const other of ['quote', 'summit-card', 'treaty-article', 'member-list', 'all']) {
      assert.ok(!scripts.some((s) => s.includes(`/${other}-`)), `${other} was loaded: ${scripts}`);
    }
    await tab.close();
  });

  it('a quote chosen by id loads that quote, not all of them', async () => {
    const { tab, scripts } = await track();
    await tab.goto(`${server.url}/quote-by-id.html`);
    const text = await tab.waitForFunction(
      () =>
        document.querySelector('cst-quote')?.shadowRoot?.querySelector('figcaption')?.textContent,
    );
    assert.match(String(await text.jsonValue()), /Kassym-Jomart Tokayev/);
    // The element's own chunk and one quote's file (chunks/quote-<id>-<hash>.js); no chunk holding every
    // quote, nor the file of another.
    const quoteFiles = scripts.filter((s) => /\/chunks\/quote-/.test(s));
    assert.equal(quoteFiles.length, 2, scripts.join(' '));
    assert.equal(quoteFiles.filter((s) => s.includes('tokayev-2022-first-use')).length, 1);
    assert.ok(!scripts.some((s) => /\/chunks\/quote\.data-/.test(s)), scripts.join(' '));
    await tab.close();
  });

  it('upgrades elements added after the page loaded', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${server.url}/later.html`);
    await tab.evaluate(() => {
      document.querySelector('main')!.innerHTML = '<cst-member-list></cst-member-list>';
    });
    // Wait for its view (its caption is there), then read what it says.
    const shown = await tab.waitForFunction(
      () =>
        document.querySelector('cst-member-list')?.shadowRoot?.querySelector('[part~="caption"]')
          ?.textContent,
    );
    assert.ok(readable(String(await shown.jsonValue())).startsWith(listLede));
    await tab.close();
  });

  /** The text of the first `<cst-quote>` inside the open shadow root of `host`, once it shows `words`. */
  const quoteInShadow = (tab: import('playwright-core').Page, host: string, words: string) =>
    tab.waitForFunction(
      ({ host, words }) => {
        const root = document.querySelector(host)?.shadowRoot;
        const text = root?.querySelector('cst-quote')?.shadowRoot?.textContent ?? '';
        return text.includes(words) && text;
      },
      { host, words },
      { timeout: 10000 },
    );

  it("finds tags inside other components' shadow roots, attached before it loaded and after", async () => {
    const { tab, errors } = await track();
    await tab.goto(`${server.url}/shadow.html`);
    // A design system's card attached its shadow root before the loader ran (declarative shadow
    // DOM), and one defined after the page loaded renders the tag into its own.
    await tab.evaluate(() => {
      customElements.define(
        'x-card',
        class extends HTMLElement {
          connectedCallback() {
            this.attachShadow({ mode: 'open' });
            setTimeout(() => {
              this.shadowRoot!.innerHTML =
                '<cst-quote quote="tokayev-2022-working-mechanism"></cst-quote>';
            }, 50);
          }
        },
      );
      document.body.append(document.createElement('x-card'));
    });
    await quoteInShadow(tab, 'x-early', 'Kassym-Jomart Tokayev');
    await quoteInShadow(tab, 'x-card', 'really working mechanism');
    assert.deepEqual(errors, []);
    await tab.close();
  });

  it('upgrades tags written after document.open()', async () => {
    const { tab, errors } = await track();
    await tab.goto(`${server.url}/later.html`);
    await tab.evaluate(() => {
      document.open();
      document.write('<!doctype html><html lang="en"><body><cst-member-list></cst-member-list>');
      document.close();
    });
    const shown = await tab.waitForFunction(
      () =>
        document.querySelector('cst-member-list')?.shadowRoot?.querySelector('[part~="caption"]')
          ?.textContent,
      undefined,
      { timeout: 10000 },
    );
    assert.ok(readable(String(await shown.jsonValue())).startsWith(listLede));
    assert.deepEqual(errors, []);
    await tab.close();
  });

  it('the all-in-one entry renders every element from one chunk and loads nothing more for them', async () => {
    const { tab, scripts, errors } = await track();
    await tab.goto(`${server.url}/all-in-one.html`);
    await tab.waitForFunction(() =>
      document.querySelector('cst-quote')?.shadowRoot?.textContent?.includes('peacekeeping'),
    );
    const before = scripts.length;
    await tab.evaluate(() => {
      document.querySelector('main')!.innerHTML =
        '<cst-summit-card summit="csc-2022-05-16"></cst-summit-card><cst-treaty-article article="4"></cst-treaty-article>' +
        '<cst-timeline state="am" from="2022"></cst-timeline>';
    });
    const texts = await tab.waitForFunction(() => {
      const shown = [
        'cst-member-list',
        'cst-summit-card',
        'cst-treaty-article',
        'cst-timeline',
      ].map((tag) => document.querySelector(tag)?.shadowRoot?.textContent ?? '');
      return shown.every((t) => t.trim()) && shown;
    });
    const [list, card, article, timeline] = (await texts.jsonValue()) as string[];
    assert.ok(readable(list!).startsWith(`CSTO member states ${listLede}`), list);
    assert.match(readable(card!), /Anniversary session .* May 16, 2022 · Kremlin, Moscow, Russia/);
    assert.match(readable(article!), /^Article 4 Collective Security Treaty /);
    assert.ok(readable(timeline!).includes(armeniaOpening), timeline);
    assert.deepEqual(errors, []);
    assert.equal(scripts.length, before, `loaded more: ${scripts.slice(before)}`);
    // Every element and all the data come in the one chunk: no element's or quote's own chunk.
    assert.ok(scripts.includes('/cdn/cst-elements-all.js'), scripts.join(' '));
    assert.equal(scripts.filter((s) => /\/chunks\/all-[\w-]+\.js$/.test(s)).length, 1);
    for (const own of [
      'provider',
      'member-list',
      'summit-card',
      'treaty-article',
      'quote',
      'q',
      'timeline',
    ]) {
      assert.ok(!scripts.some((s) => s.includes(`/${own}-`)), `${own}: ${scripts.join(' ')}`);
    }
    await tab.close();
  });
});
