import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { test } from '@playwright/test';
import type { Browser, Page } from 'playwright-core';
import { serve, type StaticServer } from '../../scripts/static-server.js';

/**
 * The CDN build on a page with the strictest policy a publisher is likely to send: scripts and
 * styles from the page's origin only, and Trusted Types enforced with the one policy Lit creates.
 * Needs `npx vite build --mode cdn` first.
 */
const STRICT =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
/** For pages with more than one copy of Lit: each copy creates its own `lit-html` policy. */
const DUPLICATES = `${STRICT} 'allow-duplicates'`;

const publisher = readFileSync('test/fixtures/publisher.json', 'utf8');

/** Records every policy violation, from a same-origin script since inline ones are blocked. */
const watch = `
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || ''));
});
document.addEventListener('cst-load', () => (window.__loaded = true));
document.addEventListener('cst-error', (e) => (window.__errors ??= []).push(e.detail.code));
`;

const body = `
<cst-provider src="/csp/data.json">
  <cst-quote quote="tokayev-2022-first-use"><p>Fallback quote</p></cst-quote>
  <cst-quote quote="publisher-sample" variant="inline"></cst-quote>
  <cst-member-list layout="table"></cst-member-list>
  <cst-summit-card summit="latest"></cst-summit-card>
  <cst-treaty-article article="4"></cst-treaty-article>
</cst-provider>`;

const page = (scripts: string[]) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Strict CSP</title>
<script type="module" src="/csp/watch.js"></script>
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
</head><body>${body}</body></html>`;

const routes: Record<string, { type: string; body: string; csp?: string }> = {
  '/csp/watch.js': { type: 'text/javascript', body: watch },
  '/csp/data.json': { type: 'application/json', body: publisher },
  '/csp/one.html': { type: 'text/html', body: page(['/cdn/cst-elements.js']) },
  '/csp/two.html': {
    type: 'text/html',
    body: page(['/cdn/cst-elements.js', '/copy/cdn/cst-elements.js']),
  },
  '/csp/two-allowed.html': {
    type: 'text/html',
    body: page(['/cdn/cst-elements.js', '/copy/cdn/cst-elements.js']),
    csp: DUPLICATES,
  },
};

/** What a page showed and reported. */
interface Report {
  violations: string[];
  console: string[];
  errors: string[];
}

test.describe('strict Content-Security-Policy and Trusted Types', () => {
  let server: StaticServer;
  let browser: Browser;

  test.beforeAll(async ({ browser: shared }) => {
    const cdn = resolve('dist/cdn');
    server = await serve({
      headers: { 'Content-Security-Policy': STRICT },
      route: (req, res) => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        const known = routes[path];
        if (known) {
          if (known.csp) res.setHeader('Content-Security-Policy', known.csp);
          res.writeHead(200, { 'content-type': known.type }).end(known.body);
          return true;
        }
        // The CDN build again under another path: a second copy, with a Lit of its own.
        if (path.startsWith('/copy/cdn/')) {
          const file = normalize(join(cdn, path.slice('/copy/cdn/'.length)));
          if (!file.startsWith(cdn) || extname(file) !== '.js') return false;
          res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
          return true;
        }
        return false;
      },
    });
    browser = shared;
  });
  test.afterAll(async () => {
    await server?.close();
  });

  /**
   * Opens a page, waits until every element rendered its data (and, with two copies, until the
   * second copy has run), and collects what went wrong.
   */
  async function open(path: string, copies = 1): Promise<{ tab: Page; report: Report }> {
    const tab = await browser.newPage();
    const report: Report = { violations: [], console: [], errors: [] };
    let secondCopyRan: () => void = () => {};
    const secondCopy = new Promise<void>((done) => (secondCopyRan = done));
    tab.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') report.console.push(m.text());
      // The second copy either finds the tags taken and says so once (its Lit has loaded), or,
      // when its Lit cannot create its policy, says it could not load the elements.
      if (/another copy of cst-elements|could not load </.test(m.text())) secondCopyRan();
    });
    tab.on('pageerror', (e) => report.errors.push(e.message));
    await tab.goto(`${server.url}${path}`);
    await tab.waitForFunction(() => {
      const shadow = (selector: string) => document.querySelector(selector)?.shadowRoot;
      return (
        (window as { __loaded?: boolean }).__loaded &&
        shadow('cst-quote')?.querySelector('blockquote') &&
        shadow('cst-quote[variant="inline"]')?.textContent?.includes('A sample line') &&
        shadow('cst-member-list')?.querySelector('table') &&
        shadow('cst-summit-card')?.querySelector('[part="card"]') &&
        shadow('cst-treaty-article')?.querySelector('[part="card"]')
      );
    });
    if (copies > 1) {
      const waited = await Promise.race([
        secondCopy.then(() => true),
        new Promise<boolean>((done) => setTimeout(() => done(false), 15_000)),
      ]);
      assert.ok(waited, `the second copy never ran: ${JSON.stringify(report.console)}`);
    }
    report.violations = await tab.evaluate(
      () => (window as { __violations?: string[] }).__violations ?? [],
    );
    return { tab, report };
  }

  const policyMessages = (report: Report) =>
    report.console.filter((text) => /Content.Security.Policy|Trusted.?Type/i.test(text));

  test('renders every element, with publisher data from src, and no violation', async () => {
    const { tab, report } = await open('/csp/one.html');
    assert.deepEqual(report.violations, []);
    assert.deepEqual(policyMessages(report), []);
    assert.deepEqual(report.errors, []);
    // The styles applied: the quote's card has its border, which an inline <style> would not get.
    const border = await tab.evaluate(() => {
      const card = document.querySelector('cst-quote')!.shadowRoot!.querySelector('.card')!;
      return getComputedStyle(card).borderTopStyle;
    });
    assert.equal(border, 'solid');
    const errors = await tab.evaluate(() => (window as { __errors?: string[] }).__errors ?? []);
    assert.deepEqual(errors, []);
    await tab.close();
  });

  test("with two copies of Lit on the page, needs 'allow-duplicates' and nothing else", async () => {
    // With the strict policy the second copy cannot create its own `lit-html` policy: the page
    // still works through the first copy, but the browser reports the refusal.
    const strict = await open('/csp/two.html', 2);
    assert.ok(
      strict.report.violations.some((v) => v.startsWith('trusted-types')),
      `violations: ${JSON.stringify(strict.report.violations)}`,
    );
    await strict.tab.close();

    const allowed = await open('/csp/two-allowed.html', 2);
    assert.deepEqual(allowed.report.violations, []);
    assert.deepEqual(policyMessages(allowed.report), []);
    assert.deepEqual(allowed.report.errors, []);
    await allowed.tab.close();
  });
});
