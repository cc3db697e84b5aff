// Astro 5, static output: the page is rendered at build time with the tags and their fallback,
// and the page's script defines the elements.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { APPS, bin, check, recordSize, run } from './helpers.js';

test('Astro 5 (static): build, server-rendered fallback, then the elements', async ({ page }) => {
  const app = join(APPS, 'astro');
  run(bin('astro'), ['build', '--silent'], { cwd: app });
  const html = readFileSync(join(app, 'dist/index.html'), 'utf8');
  expect(html).toContain('<cst-quote quote="tokayev-2022-working-mechanism" variant="card">');
  expect(html).toContain('Kassym-Jomart Tokayev on the CSTO, 2022.');
  const loaded = await check(page, join(app, 'dist'), {
    texts: [
      ['cst-quote', 'really working mechanism'],
      ['cst-member-list', 'Kazakhstan'],
    ],
  });
  expect(await page.evaluate(() => window.cstErrors)).toEqual([]);
  recordSize('astro, quote and member list', loaded);
});
