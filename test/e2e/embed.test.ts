/**
 * The iframe embed page (dist/embed) and the script snippet (with dist/cdn), in headless Chromium:
 * what a publisher pastes, as a reader sees it. Build first: `npx vite build --mode cdn` and
 * `npx vite build --mode embed`.
 */
import assert from 'node:assert/strict';
import { test } from '@playwright/test';
import type { Browser, Locator, Page } from 'playwright-core';
import { bundledDataset } from '../../src/data/index.js';
import { membersOn } from '../../src/data/queries/states.js';
import {
  EMBED_TAGS,
  fallbackHtml,
  iframeSnippet,
  scriptSnippet,
} from '../../src/embed/snippets.js';
import { CONTENT_ELEMENTS } from '../../src/registry.js';
import { expectedTimeline, stateById } from '../helpers/timeline-expected.js';
import { dateText, literal, readable } from '../node/text.js';
import { serve, type StaticServer } from '../../scripts/static-server.js';

const TAGS = CONTENT_ELEMENTS.map((e) => e.tag).join(', ');

const { meta, states } = bundledDataset;
const members = membersOn(states, meta.asOf);
/** How the default member list opens: its title, then how many states on which date. */
const listOpening = `CSTO member states ${members.length} member states as of ${dateText(meta.asOf, 'en')}`;
/** Armenia's steps in the Treaty and the Organization, from the data files: a short timeline. */
const armenia = expectedTimeline({ state: 'am', kinds: ['membership'] });
const armeniaName = stateById('am').name.en;

/**
 * Each element with what a reader reads in it and the page's title, matched against the text as
 * read (no-break spaces as spaces; see `readable`).
 */
const cases: [string, Record<string, string>, RegExp, RegExp][] = [
  [
    'cst-quote',
    { quote: 'lukashenko-2022-hybrid-war' },
    /Alexander Lukashenko/,
    /^Alexander Lukashenko, /,
  ],
  [
    'cst-member-list',
    { layout: 'table' },
    new RegExp(`^${listOpening}(?!\\d)`),
    /^CSTO member states$/,
  ],
  [
    'cst-summit-card',
    { summit: 'csc-2020-12-02', lang: 'ru', theme: 'dark' },
    new RegExp(
      `^Очередная сессия Совета коллективной безопасности ОДКБ ${literal(dateText('2020-12-02', 'ru'))} · В формате видеоконференции `,
    ),
    new RegExp(`^Очередная сессия .*, ${literal(dateText('2020-12-02', 'ru'))}$`),
  ],
  [
    'cst-treaty-article',
    { article: '4' },
    /Article 51 of the UN Charter/,
    /^Article 4 — Collective Security Treaty$/,
  ],
  [
    'cst-timeline',
    { state: 'am', kinds: 'membership', layout: 'compact' },
    new RegExp(
      `^${armeniaName} and the CSTO: timeline ${armenia.length} events, ` +
        `${armenia[0]!.date.slice(0, 4)}–${armenia.at(-1)!.date.slice(0, 4)} · ` +
        `as of ${literal(dateText(meta.asOf, 'en'))} ${armenia[0]!.date.slice(0, 4)} `,
    ),
    new RegExp(`^${armeniaName} and the CSTO: timeline$`),
  ],
];

const html = (body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title>` +
  `<link rel="icon" href="data:,"></head><body>${body}</body></html>`;

/** Console errors, warnings and uncaught exceptions of a page. */
function problems(tab: Page): string[] {
  const seen: string[] = [];
  tab.on('pageerror', (e) => seen.push(e.message));
  tab.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') seen.push(m.text());
  });
  return seen;
}

test.describe('iframe embed page', () => {
  let site: StaticServer;
  /** A second origin, as a publisher's page framing the embed page would be. */
  let publisher: StaticServer;
  let browser: Browser;
  const pages = new Map<string, string>();

  test.beforeAll(async ({ browser: shared }) => {
    site = await serve();
    publisher = await serve({
      route: (req, res) => {
        const body = pages.get(req.url ?? '');
        if (body === undefined) return false;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
        return true;
      },
    });
    browser = shared;
  });
  test.afterAll(async () => {
    await site?.close();
    await publisher?.close();
  });

  const embedUrl = () => `${site.url}/embed/index.html`;

  for (const [tag, attributes, content, title] of cases) {
    test(`renders <${tag}> alone, named after its content`, async () => {
      const tab = await browser.newPage();
      const seen = problems(tab);
      const query = new URLSearchParams({ el: tag, ...attributes });
      await tab.goto(`${embedUrl()}?${query}`);
      const element = tab.locator(tag);
      await element.locator('[part]').first().waitFor();
      assert.match(readable(await shown(element)), content);
      assert.match(readable(await tab.title()), title);
      // Nothing but the element: no page chrome around it.
      const page = await tab.evaluate(() =>
        [...document.body.querySelectorAll('*:not(noscript)')].map((el) => el.localName),
      );
      assert.deepEqual(page, ['main', tag]);
      for (const [name, value] of Object.entries(attributes)) {
        assert.equal(await element.getAttribute(name), value);
      }
      assert.equal(await tab.getAttribute('html', 'lang'), attributes.lang ?? 'en');
      assert.deepEqual(seen, []);
      await tab.close();
    });
  }

  test('keeps parameter values as attribute values and reads only the element’s attributes', async () => {
    const tab = await browser.newPage();
    const seen = problems(tab);
    const hostile = '"><img src=x onerror="window.pwned=1">';
    const query = new URLSearchParams({ el: 'cst-quote', quote: hostile, onclick: 'pwned=2' });
    await tab.goto(`${embedUrl()}?${query}`);
    const notice = tab.locator('cst-quote [role=note]');
    await notice.waitFor();
    assert.equal(await notice.innerText(), 'This content is not available.');
    assert.equal(await tab.locator('cst-quote').getAttribute('quote'), hostile);
    assert.equal(await tab.locator('cst-quote').getAttribute('onclick'), null);
    assert.equal(await tab.locator('img').count(), 0);
    assert.equal(await tab.evaluate(() => 'pwned' in window), false);
    assert.ok(
      seen.some((m) => /ignored "onclick"/.test(m)),
      seen.join('\n'),
    );
    // The element's own warning is worded by code it loads for it: it may follow the notice.
    const invalid = (m: string) => /<cst-quote> quote=.* is not valid/.test(m);
    for (let waited = 0; !seen.some(invalid) && waited < 5000; waited += 50) {
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok(seen.some(invalid), seen.join('\n'));
    await tab.close();
  });

  for (const query of ['el=cst-provider', 'el=script', '']) {
    test(`shows a notice, never a blank page, for "${query}"`, async () => {
      const tab = await browser.newPage();
      const seen = problems(tab);
      await tab.goto(`${embedUrl()}?${query}&lang=ru`);
      const notice = tab.locator('#embed [role=note]');
      await notice.waitFor();
      assert.equal(await notice.innerText(), 'Этот материал недоступен.');
      assert.equal(await tab.locator('cst-provider, script:not([src])').count(), 0);
      assert.ok(seen.some((m) => m.includes(`valid values: ${EMBED_TAGS.join(', ')}.`)));
      await tab.close();
    });
  }

  test('posts its height; the snippet’s listener sizes the frame to the content', async () => {
    const frames = await Promise.all(
      cases.map(([tag, attributes]) => iframeSnippet(tag, attributes, { embedUrl: embedUrl() })),
    );
    pages.set('/frames.html', html(frames.map((f) => `<div>${f}</div>`).join('\n<p>Text</p>\n')));
    const tab = await browser.newPage({ viewport: { width: 700, height: 800 } });
    const seen = problems(tab);
    await tab.goto(`${publisher.url}/frames.html`);
    const iframes = tab.locator('iframe');
    assert.equal(await iframes.count(), cases.length);
    for (let i = 0; i < cases.length; i++) {
      const iframe = iframes.nth(i);
      await iframe.scrollIntoViewIfNeeded();
      const frame = (await (await iframe.elementHandle())!.contentFrame())!;
      await frame.locator(cases[i]![0]).locator('[part]').first().waitFor();
      await matchHeights(tab, i);
    }
    // A narrower column makes the content taller: the frame follows.
    // (Chromium pauses rendering in cross-origin frames out of view: bring it back first.)
    await tab.locator('iframe').first().scrollIntoViewIfNeeded();
    const before = await frameHeight(tab, 0);
    await tab
      .locator('iframe')
      .first()
      .evaluate((f) => ((f as HTMLElement).style.width = '320px'));
    await tab.waitForFunction((h) => document.querySelector('iframe')!.offsetHeight !== h, before);
    await matchHeights(tab, 0);
    assert.ok((await frameHeight(tab, 0)) > before);
    assert.deepEqual(seen, []);
    await tab.close();
  });

  test('ignores height messages from other frames and other shapes', async () => {
    const snippet = await iframeSnippet(
      'cst-quote',
      { speaker: 'putin' },
      { embedUrl: embedUrl() },
    );
    pages.set('/spoof.html', html(`${snippet}<iframe id="other" srcdoc="<p>x</p>"></iframe>`));
    const tab = await browser.newPage();
    await tab.goto(`${publisher.url}/spoof.html`);
    const frame = tab.frameLocator('iframe[title]');
    await frame.locator('cst-quote [part=text]').waitFor();
    await matchHeights(tab, 0);
    const settled = await frameHeight(tab, 0);
    await tab.evaluate(() => {
      const spoof = [
        { type: 'cst-embed-height', height: 5 },
        { type: 'cst-embed-height', height: '999' },
        { type: 'other', height: 999 },
      ];
      // From the publisher's own window, and from another frame: neither is the embed page.
      for (const data of spoof) window.postMessage(data, '*');
      const other = document.querySelector<HTMLIFrameElement>('#other')!.contentWindow!;
      (other as Window & typeof globalThis).eval(
        `parent.postMessage(${JSON.stringify(spoof[0])}, '*')`,
      );
    });
    // A last message, sent after the others, says they have all been delivered.
    await tab.evaluate(
      () =>
        new Promise<void>((done) => {
          addEventListener('message', (e) => e.data === 'done' && done());
          postMessage('done', '*');
        }),
    );
    assert.equal(await frameHeight(tab, 0), settled);
    await tab.close();
  });

  test('follows the reader’s light or dark setting, or the theme it is given; never a white slab on a dark page', async () => {
    const dark = await browser.newContext({ colorScheme: 'dark' });
    try {
      // On its own: the reader's dark setting, light text on the frame's own dark canvas.
      const alone = await dark.newPage();
      await alone.goto(`${embedUrl()}?el=cst-quote&quote=tokayev-2022-first-use`);
      await alone.locator('cst-quote [part~="text"]').waitFor();
      const scheme = await alone.evaluate(() => ({
        root: getComputedStyle(document.documentElement).colorScheme,
        meta: document.querySelector('meta[name="color-scheme"]')?.getAttribute('content'),
        text: getComputedStyle(document.querySelector('cst-quote')!).color,
      }));
      assert.equal(scheme.meta, 'light dark');
      assert.equal(scheme.root, 'light dark');
      assert.equal(scheme.text, 'rgb(255, 255, 255)');
      // theme=light in a dark setting: the frame is light, and so is the element's own ground.
      await alone.goto(`${embedUrl()}?el=cst-quote&quote=tokayev-2022-first-use&theme=light`);
      await alone.locator('cst-quote [part~="text"]').waitFor();
      assert.equal(
        await alone.evaluate(() => getComputedStyle(document.documentElement).colorScheme),
        'light',
      );
      await alone.close();

      // Framed in a dark page: what the reader sees inside the frame is dark.
      const snippet = await iframeSnippet(
        'cst-quote',
        { quote: 'tokayev-2022-first-use' },
        { embedUrl: embedUrl() },
      );
      pages.set(
        '/dark.html',
        `<!doctype html><html lang="en" style="color-scheme: dark; background: rgb(20, 20, 24)"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,"></head><body>${snippet}</body></html>`,
      );
      const tab = await dark.newPage();
      await tab.goto(`${publisher.url}/dark.html`);
      await tab.frameLocator('iframe').locator('cst-quote [part~="text"]').waitFor();
      await matchHeights(tab, 0);
      const box = (await tab.locator('iframe').boundingBox())!;
      const shot = await tab.screenshot({
        clip: { x: box.x, y: box.y, width: box.width, height: box.height },
      });
      // What the frame shows, its pixels averaged (the page decodes the screenshot): far from white.
      const mean = await tab.evaluate(
        async (src) => {
          const image = new Image();
          image.src = src;
          await image.decode();
          const canvas = document.createElement('canvas');
          [canvas.width, canvas.height] = [image.width, image.height];
          const context = canvas.getContext('2d')!;
          context.drawImage(image, 0, 0);
          const { data } = context.getImageData(0, 0, image.width, image.height);
          let sum = 0;
          for (let i = 0; i < data.length; i += 4)
            sum += (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
          return sum / (data.length / 4);
        },
        `data:image/png;base64,${shot.toString('base64')}`,
      );
      assert.ok(mean < 80, `mean brightness ${mean.toFixed(0)}`);
      await tab.close();
    } finally {
      await dark.close();
    }
  });

  test('opens links in the top window', async () => {
    const snippet = await iframeSnippet(
      'cst-treaty-article',
      { article: '4' },
      { embedUrl: embedUrl() },
    );
    pages.set('/links.html', html(snippet));
    const context = await browser.newContext();
    // The source's site, answered locally: the test stays off the network.
    await context.route(/^https:\/\/zakonpravo\.kz\//, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Source</title>' }),
    );
    const tab = await context.newPage();
    await tab.goto(`${publisher.url}/links.html`);
    const frame = tab.frameLocator('iframe');
    // The sources are listed under the line of notes, which opens them.
    await frame.locator('cst-treaty-article [part~="sources-line"]').click();
    const link = frame.locator('cst-treaty-article a[href^="https://zakonpravo.kz"]').first();
    await link.waitFor();
    // Every link in the frame, shadow roots included, targets the top window.
    const targets = await frame.locator('body').evaluate((body) => {
      const links: HTMLAnchorElement[] = [];
      const walk = (root: ParentNode) => {
        for (const el of root.querySelectorAll('*')) {
          if (el instanceof HTMLAnchorElement) links.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(body);
      return links.map((a) => (a.target || document.querySelector('base')?.target) ?? '');
    });
    assert.ok(targets.length > 0);
    assert.deepEqual(new Set(targets), new Set(['_top']));
    await Promise.all([tab.waitForURL(/^https:\/\/zakonpravo\.kz\//), link.click()]);
    assert.equal(tab.mainFrame().url().startsWith('https://zakonpravo.kz/'), true);
    await context.close();
  });
});

test.describe('script snippet', () => {
  let site: StaticServer;
  let browser: Browser;
  const pages = new Map<string, string>();

  test.beforeAll(async ({ browser: shared }) => {
    site = await serve({
      route: (req, res) => {
        const body = pages.get(req.url ?? '');
        if (body === undefined) return false;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
        return true;
      },
    });
    browser = shared;
  });
  test.afterAll(async () => {
    await site?.close();
  });

  const cdnUrl = '/cdn/cst-elements.js';

  for (const [tag, attributes, content] of cases) {
    test(`pasted into a blank page, renders the same <${tag}> as the element itself`, async () => {
      const attrs = Object.entries(attributes)
        .map(([k, v]) => ` ${k}="${v}"`)
        .join('');
      pages.set(
        '/direct.html',
        html(`<script type="module" src="${cdnUrl}"></script><${tag}${attrs}></${tag}>`),
      );
      pages.set('/pasted.html', html(await scriptSnippet(tag, attributes, { cdnUrl })));
      const texts: string[] = [];
      for (const path of ['/direct.html', '/pasted.html']) {
        const tab = await browser.newPage();
        const seen = problems(tab);
        await tab.goto(site.url + path);
        const element = tab.locator(tag);
        await element.locator('[part]').first().waitFor();
        texts.push(await shown(element));
        assert.deepEqual(seen, []);
        await tab.close();
      }
      assert.match(readable(texts[0]!), content);
      assert.equal(texts[1], texts[0]);
    });
  }

  test('shows the fallback text when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    for (const [tag, attributes, content] of cases) {
      pages.set(
        '/nojs.html',
        html(await scriptSnippet(tag, attributes, { cdnUrl }), attributes.lang),
      );
      await tab.goto(`${site.url}/nojs.html`);
      const text = await shown(tab.locator(tag));
      assert.match(readable(text), content);
      // What shows is the fallback the snippet carries, word for word.
      const expected = await tab.evaluate(
        (markup) => {
          const probe = document.createElement('div');
          probe.innerHTML = markup;
          document.body.append(probe);
          const out = probe.innerText;
          probe.remove();
          return out;
        },
        await fallbackHtml(tag, attributes),
      );
      assert.equal(text.trim(), expected.trim());
      assert.equal(await tab.locator(TAGS).evaluate((el) => !!el.shadowRoot), false);
    }
    await context.close();
  });

  test('shows the fallback text when the script is blocked', async () => {
    const tab = await browser.newPage();
    await tab.route(/\/cdn\//, (route) => route.abort());
    pages.set('/blocked.html', html(await scriptSnippet('cst-member-list', {}, { cdnUrl })));
    await tab.goto(`${site.url}/blocked.html`);
    assert.ok(readable(await shown(tab.locator('cst-member-list'))).startsWith(listOpening));
    assert.equal(await tab.locator('cst-member-list li[data-state]').count(), members.length);
    await tab.close();
  });

  test('keeps the fallback’s flags the size of the text they stand beside, without the element’s styles', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 800, height: 900 },
    });
    const tab = await context.newPage();
    pages.set('/flags.html', html(await scriptSnippet('cst-member-list', {}, { cdnUrl })));
    await tab.goto(`${site.url}/flags.html`);
    const [lineHeight, flags] = await tab.evaluate(() => {
      const item = document.querySelector('cst-member-list li')!;
      const line = item.querySelector('span')!.getBoundingClientRect().height;
      return [
        line,
        [...document.querySelectorAll('cst-member-list svg')].map((svg) => {
          const box = svg.getBoundingClientRect();
          return [Math.round(box.width), Math.round(box.height)];
        }),
      ] as const;
    });
    assert.equal(flags.length, members.length);
    // A flag beside a state's name: no taller than its line of text, a few letters wide.
    for (const [width, height] of flags) {
      assert.ok(height! <= lineHeight * 1.5 && width! <= lineHeight * 3, `${width}×${height} px`);
    }
    await context.close();
  });
});

/** The text a reader sees in an element: its rendered view, else its light-DOM content. */
function shown(element: Locator): Promise<string> {
  return element.evaluate((el) =>
    el.shadowRoot
      ? [...el.shadowRoot.children]
          .map((child) => (child instanceof HTMLElement ? child.innerText : ''))
          .join('\n')
          .trim()
      : (el as HTMLElement).innerText.trim(),
  );
}

/** The iframe's height on the publisher's page. */
function frameHeight(tab: Page, index: number): Promise<number> {
  return tab
    .locator('iframe')
    .nth(index)
    .evaluate((f) => (f as HTMLElement).offsetHeight);
}

/** Waits until the index-th iframe is exactly as tall as the content of the page inside it. */
async function matchHeights(tab: Page, index: number): Promise<void> {
  const iframe = tab.locator('iframe').nth(index);
  const frame = (await (await iframe.elementHandle())!.contentFrame())!;
  const content = () =>
    frame.evaluate(() =>
      Math.ceil(document.getElementById('embed')!.getBoundingClientRect().height),
    );
  await tab.waitForFunction(
    ([i, wanted]) =>
      (document.querySelectorAll('iframe')[i as number] as HTMLElement).offsetHeight === wanted,
    [index, await content()],
  );
  const height = await content();
  assert.ok(height > 50, `content height ${height}`);
  assert.equal(await frameHeight(tab, index), height);
  // The frame shows all of it: nothing to scroll inside.
  assert.equal(
    await frame.evaluate(() => document.scrollingElement!.scrollHeight <= innerHeight),
    true,
  );
}
