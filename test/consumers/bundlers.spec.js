// Bundlers: each app type-checks (where it is TypeScript), builds without a warning and shows
// what a reader should see.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  APPS,
  bin,
  check,
  MAP_FALLBACK,
  operationsOf,
  recordSize,
  run,
  standingsOn,
  TIMELINE_FALLBACK,
} from './helpers.js';

const quotePage = {
  texts: [
    ['cst-quote:not(#bad)', 'Kassym-Jomart Tokayev'],
    ['cst-quote:not(#bad)', 'really working mechanism'],
  ],
  errors: ['document:cst-quote:invalid-value'],
};
/** The timeline page of the bundler apps: one timeline, and one with a bad value. */
const timelinePage = {
  fallbacks: [['#bad-timeline', TIMELINE_FALLBACK]],
  errors: ['document:cst-timeline:invalid-value'],
};

test('Vite (vanilla TypeScript): type-check, build, render', async ({ page }) => {
  const app = join(APPS, 'vite');
  run(bin('tsc'), ['-p', app]);
  run(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: app });
  recordSize('vite, quote by id', await check(page, join(app, 'dist'), quotePage));
});

test('Vite (vanilla TypeScript, a timeline): type-check, build, render', async ({ page }) => {
  const app = join(APPS, 'vite-timeline');
  run(bin('tsc'), ['-p', app]);
  run(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: app });
  const expected = {
    ...timelinePage,
    timelines: [['cst-timeline:not(#bad-timeline)', operationsOf('kz')]],
  };
  recordSize('vite, timeline', await check(page, join(app, 'dist'), expected));
});

test('Vite (vanilla TypeScript, a member map and a fact): type-check, build, render', async ({
  page,
}) => {
  const app = join(APPS, 'vite-map');
  run(bin('tsc'), ['-p', app]);
  run(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: app });
  const standings = standingsOn();
  const files = await check(page, join(app, 'dist'), {
    maps: [['cst-member-map:not(#bad-map)', { standings, highlight: 'am' }]],
    facts: [
      [
        '#sentence',
        { before: 'The CSTO has', value: String(standings.count), after: 'member states.' },
      ],
    ],
    fallbacks: [
      ['#bad-map', MAP_FALLBACK],
      ['#bad-fact', 'its Secretary General'],
    ],
    errors: ['document:cst-member-map:invalid-value', 'document:cst-fact:invalid-value'],
  });
  // One bad value each, one report each.
  expect((await page.evaluate(() => window.cstErrors)).sort()).toEqual([
    'document:cst-fact:invalid-value',
    'document:cst-member-map:invalid-value',
  ]);
  recordSize('vite, member map and fact', files);
});

test('esbuild (CommonJS-type package, default format): build, render', async ({ page }) => {
  const app = join(APPS, 'esbuild-cjs');
  rmSync(join(app, 'dist'), { recursive: true, force: true });
  const { output } = run('npm', ['run', 'build'], { cwd: app });
  if (/warning/i.test(output)) throw new Error(`esbuild warned:\n${output}`);
  recordSize('esbuild, quote by id', await check(page, app, quotePage));
  const expected = {
    ...timelinePage,
    timelines: [['cst-timeline:not(#bad-timeline)', operationsOf('kz')]],
  };
  recordSize('esbuild, timeline', await check(page, app, expected, 'timeline.html'));
});

test('webpack 5 (all.js, provider, quote by speaker, timeline, member map, fact): build, render', async ({
  page,
}) => {
  const app = join(APPS, 'webpack');
  const { output } = run(bin('webpack'), ['--config', 'webpack.config.mjs'], { cwd: app });
  if (
    /WARNING|ERROR/.test(output.replace(/asset size limit|entrypoint size limit|performance/gi, ''))
  )
    throw new Error(output);
  await check(page, app, {
    texts: [
      ['cst-member-list', 'Казахстан'],
      ['cst-quote:not(#bad)', 'Kassym-Jomart Tokayev'],
    ],
    // In the provider's Russian, the state named in Russian.
    timelines: [['cst-timeline:not(#bad-timeline)', operationsOf('kz', { lang: 'ru' })]],
    maps: [['cst-member-map', { standings: standingsOn({ lang: 'ru' }), highlight: 'am' }]],
    facts: [
      [
        '#sentence',
        {
          before: 'Государств — членов ОДКБ:',
          value: String(standingsOn().count),
          after: '.',
        },
      ],
    ],
    fallbacks: [['#bad-timeline', TIMELINE_FALLBACK]],
    errors: ['document:cst-quote:invalid-value', 'document:cst-timeline:invalid-value'],
  });
});
