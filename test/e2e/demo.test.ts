// The built demo site (dist/demo beside dist/cdn, dist/ as the web root) in headless Chromium.
// Needs `npx vite build --mode cdn && npx vite build --mode embed && npx vite build --mode demo`
// first (`npm run build` does all three).
import assert from 'node:assert/strict';
import { test } from '@playwright/test';
import type { Browser, Frame, Page } from 'playwright-core';
import { attributeNames, CONTENT_ELEMENTS } from '../../src/registry.js';
import { stateById } from '../helpers/timeline-expected.js';
import { serve, type StaticServer } from '../../scripts/static-server.js';

const TAGS = CONTENT_ELEMENTS.map((e) => e.tag);

/** A tab that records console errors and warnings, page errors, failed requests and scripts. */
async function openTab(browser: Browser, viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  const scripts: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  return { page, problems, scripts };
}

/** Waits until every element on the page has rendered its own view (not its fallback). */
async function waitForElements(page: Page | Frame): Promise<number> {
  const selector = TAGS.join(',');
  await page.waitForFunction(
    (sel) =>
      // A busy region (the builder's preview) is still being written.
      !document.querySelector('[aria-busy="true"]') &&
      [...document.querySelectorAll(sel)].every(
        (el) =>
          el.shadowRoot &&
          !el.shadowRoot.querySelector('[part~="fallback"]') &&
          (el.shadowRoot.textContent ?? '').trim().length > 0,
      ),
    selector,
  );
  return page.locator(selector).count();
}

/** The relative luminance (WCAG 2) of an opaque `rgb(r, g, b)` colour. */
function luminance(colour: string): number {
  const channels = /^rgb\((\d+), (\d+), (\d+)\)$/.exec(colour);
  assert.ok(channels, `an opaque rgb() colour: ${colour}`);
  const [r, g, b] = channels.slice(1).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The WCAG contrast ratio of two opaque colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** What a reader sees of an element: the rendered text of its shadow root, spaces collapsed. */
const visibleText = (page: Page | Frame, selector: string) =>
  page.$eval(selector, (el) =>
    [...el.shadowRoot!.children]
      .map((child) => (child as HTMLElement).innerText ?? '')
      .join('\n')
      .replace(/\s+/g, ' ')
      .trim(),
  );

test.describe('demo site', () => {
  let server: StaticServer;
  let browser: Browser;
  /** The page a builder snippet is pasted into: blank but for the snippet. */
  let pasted = '';

  test.beforeAll(async ({ browser: shared }) => {
    server = await serve({
      route: (req, res) => {
        if (req.url !== '/pasted.html') return false;
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(
            `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title>` +
              `<link rel="icon" href="data:,"></head><body>\n${pasted}\n</body></html>`,
          );
        return true;
      },
    });
    browser = shared;
  });
  test.afterAll(async () => {
    await server?.close();
  });

  const expected: Record<string, number> = {
    index: 0,
    article: 21,
    cms: 8,
    plain: 4,
    theming: 10,
    builder: 1,
  };
  for (const [name, count] of Object.entries(expected)) {
    test(`${name}.html renders its elements with no console error`, async () => {
      const { page, problems } = await openTab(browser);
      await page.goto(`${server.url}/demo/${name}.html`);
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.equal(await waitForElements(page), count);
      assert.ok((await page.locator('h1').count()) === 1, 'one h1');
      // Every page links to the others.
      assert.ok(
        (await page.locator('a[href="./builder.html"], a[href="./index.html"]').count()) > 0,
      );
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  test('the design sheet shows every element, each timeline in its cell’s language, and warns only of the article the Treaty lacks', async () => {
    const { page, problems } = await openTab(browser);
    await page.goto(`${server.url}/demo/design.html`);
    // Its one bad row, on purpose: an article the Treaty does not have, which shows its notice.
    const bad = 'cst-treaty-article[article="12"]';
    await page.waitForFunction(
      ([selector, bad]) =>
        [...document.querySelectorAll(selector!)].every(
          (el) =>
            el.shadowRoot &&
            (el.shadowRoot.textContent ?? '').trim().length > 0 &&
            // The fallback where the sheet means it, and nowhere else.
            Boolean(el.shadowRoot.querySelector('[part~="fallback"]')) === el.matches(bad!),
        ),
      [TAGS.join(','), bad],
    );
    const count = (selector: string) => page.locator(selector).count();
    const bads = await count(bad);
    assert.ok(bads > 0);
    for (const tag of TAGS) assert.ok((await count(tag)) > 0, `${tag} is on the sheet`);
    assert.equal(
      problems.length,
      bads,
      `one warning per bad article, nothing more:\n${problems.join('\n')}`,
    );
    for (const problem of problems)
      assert.match(problem, /^warning: <cst-treaty-article> article="12" is out of range/);
    // Every timeline shows its list; Armenia's is titled with its name in the cell's language.
    const timelines = page.locator('cst-timeline');
    assert.equal(
      await page.locator('cst-timeline [part~="list"]').count(),
      await timelines.count(),
    );
    for (const lang of ['en', 'ru'] as const) {
      const titles = await page
        .locator(`[lang="${lang}"] > cst-timeline[state="am"] [part~="title"]`)
        .allInnerTexts();
      assert.ok(titles.length > 0, lang);
      for (const title of titles) assert.ok(title.startsWith(stateById('am').name[lang]!), title);
    }
    // The Kazakh cells speak Kazakh: titles, and dates with Kazakh month names in Chromium too.
    const kazakh = (selector: string) => page.locator(`[lang="kk"] > ${selector}`).allInnerTexts();
    const armenia = await kazakh('cst-timeline[state="am"] [part~="title"]');
    assert.ok(armenia.length > 0);
    for (const title of armenia) assert.equal(title, 'Армения және ҰҚШҰ: хроника');
    const lists = await kazakh('cst-member-list [part~="title"]');
    assert.ok(lists.length > 0);
    for (const title of lists) assert.match(title, /^(ҰҚШҰ-ға|Ұжымдық|Шарттың) .*мемлекеттер$/);
    // The dates a reader sees (a collapsed event's are hidden).
    const dates = (await kazakh('cst-timeline time')).filter(Boolean);
    assert.ok(dates.length > 0);
    // In full (`2022 ж. 10 қаңтар`) or, under a year's heading, the day and month (`8 мам.`).
    for (const date of dates) {
      assert.match(date, /^(\d{4}\sж\.\s)?\d{1,2}\s[а-яәғқңөұүһі]+\.?$/);
    }
    await page.close();
  });

  test('the article uses every element in the text and as sidebar widgets', async () => {
    const { page } = await openTab(browser);
    await page.goto(`${server.url}/demo/article.html`);
    await waitForElements(page);
    const tagsIn = (scope: string) =>
      page.$$eval(`${scope} :is(${TAGS.join(',')})`, (els) => [
        ...new Set(els.map((el) => el.localName)),
      ]);
    assert.deepEqual((await tagsIn('.article-body')).sort(), [...TAGS].sort());
    assert.deepEqual((await tagsIn('aside')).sort(), [...TAGS].sort());
    const quote = await visibleText(page, '.article-body cst-quote[variant="inline"]');
    assert.match(quote, /Kassym-Jomart Tokayev/);
    assert.match(quote, /May 16, 2022/);
    await page.close();
  });

  test('the CMS page shows the same elements in a 300 px sidebar and a 1200 px column, laid out for each', async () => {
    const { page } = await openTab(browser, { width: 1600, height: 1000 });
    await page.goto(`${server.url}/demo/cms.html`);
    await waitForElements(page);
    const width = (selector: string) =>
      page.$eval(selector, (el) => Math.round(el.getBoundingClientRect().width));
    assert.equal(await width('.cms-sidebar'), 300);
    assert.equal(await width('.cms-main'), 1200);
    assert.match((await page.textContent('#main-label')) ?? '', /1200 px wide/);

    // Container queries: in the column the session's labels sit beside their values and the
    // member cards stand side by side; in the sidebar the labels sit above and the cards in one
    // column.
    const labelBesideValue = (scope: string) =>
      page.$eval(`${scope} cst-summit-card`, (el) => {
        const dt = el.shadowRoot!.querySelector('dt')!.getBoundingClientRect();
        const dd = el.shadowRoot!.querySelector('dd')!.getBoundingClientRect();
        return Math.abs(dt.top - dd.top) < 2 && dd.left > dt.right;
      });
    assert.equal(await labelBesideValue('.cms-main'), true);
    assert.equal(await labelBesideValue('.cms-sidebar'), false);
    const cardColumns = (scope: string) =>
      page.$eval(`${scope} cst-member-list[layout="grid"]`, (el) => {
        const lefts = [...el.shadowRoot!.querySelectorAll('[part~="item"]')].map((item) =>
          Math.round(item.getBoundingClientRect().left),
        );
        return new Set(lefts).size;
      });
    assert.ok((await cardColumns('.cms-main')) > 1);
    assert.equal(await cardColumns('.cms-sidebar'), 1);
    // Same markup, same text.
    assert.equal(
      await visibleText(page, '.cms-main cst-quote'),
      await visibleText(page, '.cms-sidebar cst-quote'),
    );
    await page.close();
  });

  test('the plain page works from dist/cdn alone', async () => {
    const { page, problems, scripts } = await openTab(browser);
    await page.goto(`${server.url}/demo/plain.html`);
    assert.equal(await waitForElements(page), 4);
    assert.ok(scripts.includes('/cdn/cst-elements.js'), scripts.join(' '));
    assert.deepEqual(
      scripts.filter((s) => !s.startsWith('/cdn/')),
      [],
      'only scripts of the CDN build are loaded',
    );
    assert.match(await visibleText(page, 'cst-member-list'), /6 member states as of/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the plain page reads correctly with JavaScript disabled', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/demo/plain.html`);
    const text = await page.innerText('main');
    assert.match(text, /This is a really working mechanism/);
    assert.match(text, /Kassym-Jomart Tokayev/);
    assert.match(text, /Kremlin, Moscow, Russia/);
    assert.match(text, /6 member states as of November 27, 2025/);
    assert.match(text, /Article 4/);
    await context.close();
  });

  test('the theming page applies tokens, parts, dark mode and the print preview', async () => {
    const { page } = await openTab(browser);
    await page.goto(`${server.url}/demo/theming.html`);
    await waitForElements(page);
    const style = (selector: string, part: string, property: string) =>
      page.$eval(
        selector,
        (el, [p, prop]) =>
          getComputedStyle(el.shadowRoot!.querySelector(`[part~="${p}"]`)!).getPropertyValue(prop!),
        [part, property],
      );
    assert.equal(
      await style('.brand-tokens cst-quote', 'base', 'border-top-color'),
      'rgb(227, 183, 160)',
    );
    assert.equal(await style('.parts cst-quote', 'speaker', 'text-transform'), 'uppercase');
    // theme="dark" paints a dark ground of its own, with light text on it that reads well.
    const [ground, ink] = await Promise.all(
      ['background-color', 'color'].map((p) => style('cst-quote[theme="dark"]', 'base', p)),
    );
    assert.ok(luminance(ground!) < 0.05, ground);
    assert.ok(contrast(ground!, ink!) >= 7, `${ink} on ${ground}`);
    // The page's own dark scheme reaches theme="auto" elements through the inherited colour.
    const autoColour = () =>
      page.$eval('#dark ~ .swatch-grid cst-member-list', (el) => getComputedStyle(el).color);
    const light = await autoColour();
    await page.getByLabel('Dark', { exact: true }).check();
    assert.notEqual(await autoColour(), light);

    const toggle = page.getByRole('button', { name: 'Print preview' });
    assert.equal(await style('#print-area cst-quote', 'actions', 'display'), 'flex');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    assert.equal(await style('#print-area cst-quote', 'actions', 'display'), 'none');
    await page.close();
  });

  test.describe('embed-code builder', () => {
    /** Opens the builder with the clipboard stubbed, so a copy can be read back. */
    async function openBuilder() {
      const tab = await openTab(browser);
      await tab.page.addInitScript(() => {
        Object.defineProperty(navigator, 'clipboard', {
          value: {
            writeText: async (text: string) => {
              (window as unknown as { copied: string }).copied = text;
            },
          },
        });
      });
      await tab.page.goto(`${server.url}/demo/builder.html`);
      await waitForElements(tab.page);
      return tab;
    }
    const copied = (page: Page) =>
      page.evaluate(() => (window as unknown as { copied?: string }).copied);

    const cases: {
      name: string;
      choose: (page: Page) => Promise<void>;
      tag: string;
      attributes: Record<string, string>;
      text: RegExp;
    }[] = [
      {
        name: 'a compact session card in Russian',
        tag: 'cst-summit-card',
        choose: async (page) => {
          await page.getByLabel('Element', { exact: true }).selectOption('cst-summit-card');
          const fields = page.locator('fieldset[data-for="cst-summit-card"]');
          await fields.getByLabel('Session', { exact: true }).selectOption('csc-2022-05-16');
          await fields.getByLabel('Variant').selectOption('compact');
          await page.getByLabel('Language', { exact: true }).selectOption('ru');
        },
        attributes: { summit: 'csc-2022-05-16', variant: 'compact', lang: 'ru' },
        text: /Юбилейная сессия/,
      },
      {
        name: 'a member table on a date with two details',
        tag: 'cst-member-list',
        choose: async (page) => {
          await page.getByLabel('Element', { exact: true }).selectOption('cst-member-list');
          const fields = page.locator('fieldset[data-for="cst-member-list"]');
          await fields.getByLabel('Status', { exact: true }).selectOption('all');
          await fields.getByLabel('As of').fill('2000-01-01');
          await fields.getByLabel('Layout').selectOption('table');
          await fields.getByLabel('Flag').uncheck();
          await fields.getByLabel('Capital').uncheck();
        },
        attributes: {
          status: 'all',
          'as-of': '2000-01-01',
          layout: 'table',
          fields: 'joined status',
          lang: 'en',
        },
        text: /as of January 1, 2000/,
      },
      {
        name: 'a pull quote in dark colours, without a frame',
        tag: 'cst-quote',
        choose: async (page) => {
          const fields = page.locator('fieldset[data-for="cst-quote"]');
          await fields.getByLabel('Quote', { exact: true }).selectOption('zas-2020-medical-unit');
          await fields.getByLabel('Variant').selectOption('pull');
          await page.getByLabel('Theme', { exact: true }).selectOption('dark');
          await page.getByLabel('Frame', { exact: true }).selectOption('open');
        },
        attributes: {
          quote: 'zas-2020-medical-unit',
          variant: 'pull',
          lang: 'en',
          theme: 'dark',
          frame: 'open',
        },
        text: /Stanislav Zas/,
      },
      {
        name: 'an article of the Charter',
        tag: 'cst-treaty-article',
        choose: async (page) => {
          await page.getByLabel('Element', { exact: true }).selectOption('cst-treaty-article');
          const fields = page.locator('fieldset[data-for="cst-treaty-article"]');
          await fields.getByLabel('Document', { exact: true }).selectOption('charter');
          await fields.getByLabel('Article', { exact: true }).selectOption('3');
        },
        attributes: { document: 'charter', article: '3', lang: 'en' },
        text: /Article 3/,
      },
      {
        name: "a compact timeline of one state's part in the Treaty",
        tag: 'cst-timeline',
        choose: async (page) => {
          await page.getByLabel('Element', { exact: true }).selectOption('cst-timeline');
          const fields = page.locator('fieldset[data-for="cst-timeline"]');
          // The start is the folder's first example (Armenia since 2022): another state and
          // another span replace it.
          await fields.getByLabel('State', { exact: true }).selectOption('uz');
          await fields.getByLabel('From', { exact: true }).fill('');
          await fields.getByLabel('To', { exact: true }).fill('2012');
          await fields.getByLabel('Layout').selectOption('compact');
          await fields.getByLabel('sessions', { exact: true }).uncheck();
          await fields.getByLabel('operations', { exact: true }).uncheck();
        },
        attributes: {
          state: 'uz',
          to: '2012',
          layout: 'compact',
          kinds: 'treaty membership documents',
          lang: 'en',
        },
        text: /Uzbekistan: membership of the Organization suspended/,
      },
      {
        name: 'a fact on a state’s standing, an element the builder learns from its folder',
        tag: 'cst-fact',
        choose: async (page) => {
          await page.getByLabel('Element', { exact: true }).selectOption('cst-fact');
          const fields = page.locator('fieldset[data-for="cst-fact"]');
          await fields.getByLabel('State', { exact: true }).selectOption('am');
          await fields.getByLabel('Fact', { exact: true }).selectOption('status');
        },
        attributes: { fact: 'status', state: 'am', lang: 'en' },
        text: /participation frozen/i,
      },
      {
        name: 'a quote found by searching the list',
        tag: 'cst-quote',
        choose: async (page) => {
          const fields = page.locator('fieldset[data-for="cst-quote"]');
          await fields.getByLabel('Search the list of quotes').fill('lukashenko hybrid');
        },
        attributes: { quote: 'lukashenko-2022-hybrid-war', lang: 'en' },
        text: /Alexander Lukashenko/,
      },
    ];

    test('offers every element with content, with a control for each of its attributes', async () => {
      const { page } = await openBuilder();
      const offered = await page.$$eval('#tag option', (options) =>
        options.map((o) => (o as HTMLOptionElement).value),
      );
      assert.deepEqual(offered.sort(), [...TAGS].sort());
      for (const entry of CONTENT_ELEMENTS) {
        const fields = page.locator(`fieldset[data-for="${entry.tag}"]`);
        for (const name of attributeNames(entry)) {
          assert.ok((await fields.locator(`[name="${name}"]`).count()) > 0, `${entry.tag} ${name}`);
        }
      }
      await page.close();
    });

    for (const c of cases) {
      test(`${c.name}: the preview updates and the copied snippet renders the same element on a blank page`, async () => {
        const { page, problems } = await openBuilder();
        await c.choose(page);

        const preview = page.locator(`#preview:not([aria-busy]) > ${c.tag}`);
        await preview.waitFor();
        for (const [name, value] of Object.entries(c.attributes)) {
          assert.equal(await preview.getAttribute(name), value, name);
        }
        await waitForElements(page);
        const shown = await visibleText(page, `#preview > ${c.tag}`);
        assert.match(shown, c.text);

        await page.getByRole('button', { name: 'Copy snippet' }).click();
        await page.locator('#copy-status', { hasText: 'Copied to the clipboard.' }).waitFor();
        const snippet = await copied(page);
        assert.equal(snippet, await page.inputValue('#snippet'));
        assert.match(
          snippet!,
          /^<script type="module" src="http:\/\/[^"]+\/cdn\/cst-elements\.js">/,
        );
        const openTag = new RegExp(`<${c.tag}\\b[^>]*>`).exec(snippet!)?.[0] ?? '';
        for (const [name, value] of Object.entries(c.attributes)) {
          assert.ok(openTag.includes(` ${name}="${value}"`), `${name}: ${openTag}`);
        }
        assert.deepEqual(problems, []);
        await page.close();

        pasted = snippet!;
        const blank = await openTab(browser);
        await blank.page.goto(`${server.url}/pasted.html`);
        assert.equal(await waitForElements(blank.page), 1);
        assert.deepEqual(
          blank.scripts.filter((s) => !s.startsWith('/cdn/')),
          [],
          'the pasted page loads only the CDN build',
        );
        assert.equal(await visibleText(blank.page, c.tag), shown);
        assert.deepEqual(blank.problems, []);
        await blank.page.close();
      });
    }

    test('offers the iframe snippet with its resize listener', async () => {
      const { page } = await openBuilder();
      await page.getByLabel('Iframe, for a CMS that accepts only iframes').check();
      await waitForElements(page);
      const snippet = await page.inputValue('#snippet');
      const src = /<iframe src="([^"]+)" title="([^"]+)"/.exec(snippet);
      assert.ok(src, snippet);
      const url = new URL(src[1]!.replaceAll('&amp;', '&'));
      assert.equal(url.pathname, '/embed/index.html');
      assert.equal(url.searchParams.get('el'), 'cst-quote');
      assert.ok(url.searchParams.get('quote'));
      assert.match(snippet, /<script>[^<]*addEventListener\("message"/);
      assert.equal(await page.getAttribute('#embed-link', 'href'), url.href);
      assert.equal(await page.locator('#iframe-note').isVisible(), true);
      // By default the frame follows the reader's setting; a chosen scheme goes in its address.
      assert.equal(url.searchParams.get('theme'), null);
      await page.getByLabel('Theme', { exact: true }).selectOption('dark');
      await waitForElements(page);
      const dark = /<iframe src="([^"]+)"/.exec(await page.inputValue('#snippet'))!;
      assert.equal(new URL(dark[1]!.replaceAll('&amp;', '&')).searchParams.get('theme'), 'dark');
      await page.close();
    });

    test('the copied iframe snippet shows the same element, sized to its content', async () => {
      const { page } = await openBuilder();
      await page
        .locator('fieldset[data-for="cst-quote"]')
        .getByLabel('Quote', { exact: true })
        .selectOption('tokayev-2022-afghanistan');
      await page.getByLabel('Iframe, for a CMS that accepts only iframes').check();
      await waitForElements(page);
      const shown = await visibleText(page, '#preview > cst-quote');
      await page.getByRole('button', { name: 'Copy snippet' }).click();
      await page.locator('#copy-status', { hasText: 'Copied' }).waitFor();
      pasted = (await copied(page))!;
      await page.close();

      const blank = await openTab(browser);
      await blank.page.goto(`${server.url}/pasted.html`);
      const frame = blank.page.frameLocator('iframe');
      await frame.locator('cst-quote').waitFor();
      const inner = blank.page.frames().find((f) => f !== blank.page.mainFrame())!;
      assert.equal(await waitForElements(inner), 1);
      assert.equal(await visibleText(inner, 'cst-quote'), shown);
      // The snippet's listener sets the frame's height from the embed page's messages.
      const contentHeight = await inner.$eval('#embed', (el) =>
        Math.ceil(el.getBoundingClientRect().height),
      );
      await blank.page.waitForFunction(
        (h) => document.querySelector('iframe')!.getBoundingClientRect().height === h,
        contentHeight,
      );
      assert.equal(await blank.page.title(), 'Pasted');
      assert.match((await blank.page.getAttribute('iframe', 'title')) ?? '', /Tokayev/);
      assert.deepEqual(blank.problems, []);
      await blank.page.close();
    });

    test('labels every control and works from the keyboard', async () => {
      const { page } = await openBuilder();
      const unlabelled = await page.$$eval('select, input, textarea', (controls) =>
        controls
          .filter(
            (c) => !(c as HTMLInputElement).labels?.length && !c.getAttribute('aria-labelledby'),
          )
          .map((c) => c.id || c.outerHTML),
      );
      assert.deepEqual(unlabelled, []);

      await page.focus('#snippet');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'copy');
      await page.keyboard.press('Enter');
      await page.locator('#copy-status', { hasText: 'Copied' }).waitFor();
      assert.equal(await copied(page), await page.inputValue('#snippet'));
      await page.close();
    });
  });
});
