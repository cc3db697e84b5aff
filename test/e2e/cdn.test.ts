import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium, serve, type StaticServer } from './harness.js';

const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="/cdn/cst-elements.js"></script></head><body>${body}</body></html>`;

describe('CDN loader', () => {
  let server: StaticServer;
  let browser: Browser;
  const pages: Record<string, string> = {
    '/one-quote.html': page('<cst-quote speaker="tokayev"><p>Fallback</p></cst-quote>'),
    '/later.html': page('<main></main>'),
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

  it('loads only the code of the elements on the page', async () => {
    const tab = await browser.newPage();
    const scripts: string[] = [];
    tab.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
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

  it('upgrades elements added after the page loaded', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${server.url}/later.html`);
    await tab.evaluate(() => {
      document.querySelector('main')!.innerHTML = '<cst-member-list></cst-member-list>';
    });
    const caption = await tab.waitForFunction(() =>
      document.querySelector('cst-member-list')?.shadowRoot?.textContent?.match(/6 member states/),
    );
    assert.ok(caption);
    await tab.close();
  });
});
