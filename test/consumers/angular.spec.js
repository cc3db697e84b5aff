// Angular 19, standalone, CUSTOM_ELEMENTS_SCHEMA: prerendered on the server (the tags, without
// the properties Angular binds), then hydrated in the browser, where the bindings arrive.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { APPS, bin, check, run } from './helpers.js';

test('Angular 19 (prerendered, hydrated): build, render, no false missing-attribute report', async ({
  page,
}) => {
  const app = join(APPS, 'angular');
  run(bin('ng', app), ['build'], { cwd: app });
  const html = readFileSync(join(app, 'dist/browser/index.html'), 'utf8');
  expect(html).toMatch(/<app-root [^>]*ngh=/);
  // `[quote]` is a property binding: the server's HTML has the tag without it.
  expect(html).toContain('<cst-quote variant="card"></cst-quote>');
  await check(page, join(app, 'dist/browser'), {
    texts: [
      ['cst-quote', 'really working mechanism'],
      ['cst-member-list', 'Kazakhstan'],
    ],
  });
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 3000 })));
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.cstErrors)).toEqual([]);
});
