// SvelteKit 2 with adapter-node: pages rendered by the server, then hydrated. One page renders
// an element to declarative shadow DOM with cst-elements/ssr.js and puts it in with {@html}:
// hydrated in place on a fresh load, and rendered afresh after client-side navigation, where
// {@html} goes through innerHTML and the template stays inert.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { APPS, bin, expectPage, freePort, run, start, watch } from './helpers.js';

const app = join(APPS, 'sveltekit');

test('SvelteKit 2 (server-rendered, hydrated; {@html} of server-rendered elements)', async ({
  page,
}) => {
  run(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: app });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const server = await start('node', ['build'], {
    cwd: app,
    url,
    env: { PORT: String(port), HOST: '127.0.0.1' },
  });
  try {
    const ssr = await (await fetch(`${url}server-rendered`)).text();
    const rendered =
      /<cst-member-list\s+as-of="2022-05-16"><template shadowroot="open" shadowrootmode="open">/;
    expect(rendered.test(ssr), 'the element rendered on the server').toBe(true);
    expect(ssr.includes('Kazakhstan'), 'with its content').toBe(true);

    const seen = await watch(page);
    await page.goto(url);
    await expectPage(page, seen, { texts: [['cst-quote', 'really working mechanism']] });
    // Client-side navigation: the server-rendered element comes in through innerHTML.
    await page.getByRole('link', { name: 'Rendered on the server' }).click();
    await expectPage(page, seen, { texts: [['cst-member-list', 'Kazakhstan']] });
    expect(await page.locator('cst-member-list > template').count(), 'an inert template').toBe(0);
    expect(await page.evaluate(() => window.cstErrors)).toEqual([]);

    // A fresh load: the element is hydrated in place, the server's shadow root kept.
    await page.goto(`${url}server-rendered`);
    await expectPage(page, seen, { texts: [['cst-member-list', 'Kazakhstan']] });
    expect(await page.evaluate(() => window.cstErrors)).toEqual([]);
    expect(seen.console.filter((m) => !/declarative Shadow DOM/i.test(m))).toEqual([]);
  } finally {
    await server.stop();
  }
});
