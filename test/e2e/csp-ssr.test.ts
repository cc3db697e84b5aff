import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import '../../src/define/all.js';
import { renderElement } from '../../src/ssr/index.js';
import { launchChromium, serve, type StaticServer } from './harness.js';

/**
 * Server-rendered elements and the iframe embed page under the policies the README gives, in
 * headless Chromium. Needs `npx vite build --mode cdn` and `npx vite build --mode embed` first.
 */

/** Scripts and styles from the page's origin only: the README's policy for server rendering. */
const SELF = "default-src 'self'; script-src 'self'; style-src 'self'";
const NONCE = 'r4nd0m-n0nce';
/** The same, with the nonce the server sent the styles of the shadow roots with. */
const WITH_NONCE = `default-src 'self'; script-src 'self'; style-src 'self' 'nonce-${NONCE}'`;

const watch = `
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) =>
  window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || '')));
`;

const page = (body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Server-rendered</title>
<link rel="icon" href="/favicon.svg">
<script src="/csp/watch.js"></script>
<script type="module" src="/cdn/cst-elements.js"></script>
</head><body>${body}</body></html>`;

/** How the server-rendered quote and member list look: what their styles set. */
async function looks(tab: Page) {
  return tab.evaluate(() => {
    const quote = document.querySelector('cst-quote')!;
    const card = quote.shadowRoot!.querySelector('.card')!;
    const list = document.querySelector('cst-member-list')!;
    return {
      text: card.textContent ?? '',
      display: getComputedStyle(quote).display,
      border: getComputedStyle(card).borderTopStyle,
      listDisplay: getComputedStyle(list).display,
    };
  });
}

describe('server rendering and the embed page under a Content-Security-Policy', () => {
  let server: StaticServer;
  let browser: Browser;
  const routes: Record<string, { body: string; csp?: string; type?: string }> = {};

  before(async () => {
    const elements = async (options = {}) =>
      (
        await Promise.all([
          renderElement('cst-quote', { quote: 'tokayev-2022-working-mechanism' }, options),
          renderElement('cst-member-list', {}, options),
        ])
      ).join('\n');
    routes['/csp/watch.js'] = { body: watch, type: 'text/javascript' };
    routes['/favicon.svg'] = {
      body: '<svg xmlns="http://www.w3.org/2000/svg"/>',
      type: 'image/svg+xml',
    };
    routes['/csp/self.html'] = { body: page(await elements()), csp: SELF };
    routes['/csp/nonce.html'] = {
      body: page(await elements({ styleNonce: NONCE })),
      csp: WITH_NONCE,
    };
    server = await serve({
      route: (req, res) => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        const known = routes[path];
        if (known) {
          if (known.csp) res.setHeader('Content-Security-Policy', known.csp);
          res.writeHead(200, { 'content-type': known.type ?? 'text/html' }).end(known.body);
          return true;
        }
        // The embed page and its files, under the strictest policy there is.
        if (path.startsWith('/embed/'))
          res.setHeader('Content-Security-Policy', "default-src 'self'");
        return false;
      },
    });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it("styles server-rendered elements once hydrated under style-src 'self'", async () => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(`${server.url}/csp/self.html`);
    // The inline styles of the shadow roots are blocked: the host is not yet a block.
    await tab.waitForFunction(() => document.querySelector('cst-quote')?.shadowRoot);
    // Once the script hydrates the elements, their styles apply as constructable style sheets.
    await tab.waitForFunction(
      () => getComputedStyle(document.querySelector('cst-quote')!).display === 'block',
      undefined,
      { timeout: 15_000 },
    );
    const seen = await looks(tab);
    assert.match(seen.text, /really working mechanism/);
    assert.deepEqual(
      { display: seen.display, border: seen.border, list: seen.listDisplay },
      { display: 'block', border: 'solid', list: 'block' },
    );
    // What the browser refused is the inline <style> of each shadow root, and nothing else.
    const violations = await tab.evaluate(
      () => (window as { __violations?: string[] }).__violations ?? [],
    );
    assert.ok(violations.length > 0, 'the inline styles are refused');
    for (const v of violations) assert.match(v, /^style-src-elem inline$/, v);
    assert.deepEqual(errors, []);
    await tab.close();
  });

  it('styles them before any script runs when the styles carry the policy’s nonce', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${server.url}/csp/nonce.html`);
    const seen = await looks(tab);
    assert.match(seen.text, /really working mechanism/);
    assert.equal(seen.display, 'block');
    assert.equal(seen.border, 'solid');
    await context.close();
    // And with scripts, the page hydrates with no refusal at all.
    const tab2 = await browser.newPage();
    await tab2.goto(`${server.url}/csp/nonce.html`);
    await tab2.waitForFunction(() =>
      customElements.get('cst-quote') ? document.querySelector('cst-quote')!.shadowRoot : null,
    );
    await tab2.waitForTimeout(200);
    const violations = await tab2.evaluate(
      () => (window as { __violations?: string[] }).__violations ?? [],
    );
    assert.deepEqual(violations, []);
    await tab2.close();
  });

  it("runs the embed page under default-src 'self', with no refusal", async () => {
    const tab = await browser.newPage();
    const refused: string[] = [];
    tab.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) refused.push(m.text());
    });
    await tab.goto(`${server.url}/embed/index.html?el=cst-quote&quote=tokayev-2022-first-use`);
    await tab.waitForFunction(
      () => document.querySelector('cst-quote')?.shadowRoot?.querySelector('blockquote'),
      undefined,
      { timeout: 15_000 },
    );
    const border = await tab.evaluate(() => {
      const card = document.querySelector('cst-quote')!.shadowRoot!.querySelector('.card')!;
      return getComputedStyle(card).borderTopStyle;
    });
    assert.equal(border, 'solid');
    assert.deepEqual(refused, []);
    await tab.close();
  });
});
