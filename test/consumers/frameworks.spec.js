// Client-side frameworks: React 19, Vue 3 and Svelte 5, type-checked strictly, built with Vite.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  APPS,
  bin,
  check,
  definedTags,
  MAP_FALLBACK,
  operationsOf,
  run,
  standingsOn,
  TIMELINE_FALLBACK,
} from './helpers.js';

test('React 19 (strict TypeScript, JSX and @lit/react wrappers): type-check, build, render only what it imports', async ({
  page,
}) => {
  const app = join(APPS, 'react');
  run(bin('tsc'), ['-p', app]);
  run(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: app });
  await check(page, join(app, 'dist'), {
    texts: [
      ['cst-quote:not([id])', 'really working mechanism'],
      ['#wrapped', 'Kassym-Jomart Tokayev'],
      ['cst-member-list', 'Kazakhstan'],
    ],
    timelines: [
      ['cst-timeline:not([id])', operationsOf('kz')],
      ['#wrapped-timeline', operationsOf('am', { layout: 'compact' })],
    ],
    maps: [['#wrapped-map', { standings: standingsOn({ asOf: '2012-12-31' }), highlight: 'am' }]],
    fallbacks: [
      ['#bad-timeline', TIMELINE_FALLBACK],
      ['#wrapped-timeline-bad', TIMELINE_FALLBACK],
      ['#wrapped-map-bad', MAP_FALLBACK],
    ],
    errors: [
      'document:cst-quote:invalid-value',
      'jsx:cst-quote:invalid-value',
      'wrapper:cst-quote:invalid-value',
      'document:cst-timeline:invalid-value',
      'jsx:cst-timeline:invalid-value',
      'wrapper:cst-timeline:invalid-value',
      'wrapper:cst-member-map:invalid-value',
    ],
  });
  // Four of the wrappers, from react.js: the other elements stay out of the bundle.
  expect(await definedTags(page)).toEqual([
    'cst-member-list',
    'cst-member-map',
    'cst-quote',
    'cst-timeline',
  ]);
});

test('Vue 3 (vue-tsc, strictTemplates): type-check, build, render', async ({ page }) => {
  const app = join(APPS, 'vue');
  run(bin('vue-tsc'), ['-p', app]);
  // A wrong value in a template: vue-tsc must fail on it (@vue-expect-error does not fail when
  // nothing is wrong, so the check runs the other way round).
  const { output } = run(bin('vue-tsc'), ['-p', join(app, 'type-errors')], { fail: true });
  expect(output.match(/error TS/g) ?? []).toHaveLength(1);
  expect(output).toMatch(/"bogus"' is not assignable/);
  run(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: app });
  await check(page, join(app, 'dist'), {
    texts: [
      ['cst-quote:not(#bad)', 'really working mechanism'],
      ['cst-member-list', 'Kazakhstan'],
    ],
    timelines: [['cst-timeline:not(#bad-timeline)', operationsOf('kz', { layout: 'compact' })]],
    fallbacks: [['#bad-timeline', TIMELINE_FALLBACK]],
    errors: [
      'document:cst-quote:invalid-value',
      'vue:cst-quote:invalid-value',
      'document:cst-timeline:invalid-value',
      'vue:cst-timeline:invalid-value',
    ],
  });
});

test('Svelte 5 (svelte-check): type-check, build, render', async ({ page }) => {
  const app = join(APPS, 'svelte');
  run(bin('svelte-check'), [
    '--workspace',
    app,
    '--tsconfig',
    './tsconfig.json',
    '--fail-on-warnings',
  ]);
  // The wrong value in markup, where no expect-error comment exists: the check must fail on it.
  const { output } = run(
    bin('svelte-check'),
    ['--workspace', join(app, 'type-errors'), '--tsconfig', './tsconfig.json'],
    { fail: true },
  );
  expect(output).toMatch(/found 1 error/);
  expect(output).toMatch(/"bogus"' is not assignable/);
  run(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: app });
  await check(page, join(app, 'dist'), {
    texts: [
      ['cst-quote:not(#bad)', 'really working mechanism'],
      ['cst-member-list', 'Kazakhstan'],
    ],
    timelines: [['cst-timeline:not(#bad-timeline)', operationsOf('am')]],
    fallbacks: [['#bad-timeline', TIMELINE_FALLBACK]],
    errors: [
      'document:cst-quote:invalid-value',
      'svelte:cst-quote:invalid-value',
      'document:cst-timeline:invalid-value',
      'svelte:cst-timeline:invalid-value',
    ],
  });
});
