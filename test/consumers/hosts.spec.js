// Elements inside other components' shadow roots: apps whose components are built with Lit 2.8
// and Lit 3.1 (bundled with Vite), and a page on the CDN build whose cards hold the tags in their
// shadow roots, one server-rendered, one attached after the page loaded.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { APPS, bin, check, run, serve, expectPage, watch } from './helpers.js';

test('Lit 2.8 and Lit 3.1 hosts: elements in their shadow roots', async ({ page }) => {
  const app = join(APPS, 'lit-hosts');
  run(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: app });
  await check(page, join(app, 'dist'), {
    texts: [
      ['cst-quote', 'really working mechanism'],
      ['cst-member-list', 'Kazakhstan'],
    ],
  });
  // Lit 2's element class (lit-element 3) beside Lit 3's (lit-element 4, which the app's Lit 3.1
  // shares with the package's Lit), none in another's way.
  const versions = await page.evaluate(() => window.litElementVersions);
  expect(versions.map((v) => v.split('.')[0]).sort(), String(versions)).toEqual(['3', '4']);
});

test('CDN build: tags in shadow roots, server-rendered and attached later', async ({ page }) => {
  const server = await serve({ root: APPS });
  try {
    const seen = await watch(page);
    await page.goto(`${server.url}/lit-hosts/cdn.html`);
    await expectPage(page, seen, {
      texts: [
        ['cst-quote', 'Kassym-Jomart Tokayev'],
        ['cst-member-list', 'Kazakhstan'],
      ],
    });
    expect(await page.evaluate(() => window.cstErrors)).toEqual([]);
  } finally {
    await server.close();
  }
});
