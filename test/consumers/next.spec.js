// Next.js 15, App Router: a Server Component page renders the @lit/react wrappers (client
// modules), a client component renders the tag in JSX; `next build`, then `next start`, then
// three fresh loads, none with a cst-error, a page error or a warning.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { APPS, bin, expectPage, freePort, run, start, watch } from './helpers.js';

const app = join(APPS, 'next');

test('Next.js 15 App Router: Server Component with wrappers, client component; next build, next start, three loads', async ({
  browser,
}) => {
  const build = run(bin('next'), ['build'], { cwd: app });
  expect(build.output).not.toMatch(/another copy|Error/);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const server = await start(bin('next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: app,
    url,
  });
  try {
    // The server sends the tags (the wrappers' properties may arrive with hydration only).
    const html = await (await fetch(url)).text();
    expect(html).toContain('<cst-quote id="wrapped"');
    expect(html).toContain('<cst-member-list id="members"');
    expect(html).toContain(
      '<cst-quote id="client" quote="tokayev-2022-working-mechanism" variant="card">',
    );
    for (let load = 1; load <= 3; load++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const seen = await watch(page);
      await page.goto(url);
      await expectPage(page, seen, {
        texts: [
          ['#wrapped', 'Kassym-Jomart Tokayev'],
          ['#client', 'really working mechanism'],
          ['#members', 'Kazakhstan'],
        ],
      });
      // Past the moment an element decides an attribute is missing (the page loaded, then idle).
      await page.waitForLoadState('load');
      await page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 3000 })));
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => window.cstErrors), `load ${load}: cst-error`).toEqual([]);
      expect(seen.console, `load ${load}: console`).toEqual([]);
      // No attribute the server did not send (a reflected default would differ from React's).
      expect(await page.locator('#client').evaluate((el) => el.getAttributeNames())).toEqual([
        'id',
        'quote',
        'variant',
      ]);
      await context.close();
    }
    expect(server.output()).not.toMatch(/another copy|Error/);
  } finally {
    await server.stop();
  }
});
