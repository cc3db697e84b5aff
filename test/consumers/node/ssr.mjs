import assert from 'node:assert/strict';
import { bundledDataset } from 'cst-elements/data.js';

// From the README ("Server rendering"), as written:
import 'cst-elements/all.js';
import { renderElement } from 'cst-elements/ssr.js';

const html = await renderElement('cst-member-list', { layout: 'table' }, { lang: 'ru' });

assert.match(html, /<template shadowroot="open" shadowrootmode="open">/);
assert.match(html, /<table/);
assert.match(html, /Казахстан/);
const quote = await renderElement('cst-quote', { quote: 'tokayev-2022-working-mechanism' });
assert.match(quote, /Kassym-Jomart Tokayev/);

// A timeline of Kazakhstan's operations, in Russian: each year a heading, each event's title, as
// the bundled data holds them.
const timeline = await renderElement(
  'cst-timeline',
  { state: 'kz', kinds: 'operations' },
  { lang: 'ru' },
);
const operations = bundledDataset.events.filter(
  (e) => e.kind === 'operations' && e.states.includes('kz') && e.date <= bundledDataset.meta.asOf,
);
assert.ok(operations.length > 0);
assert.match(timeline, /<template shadowroot="open" shadowrootmode="open">/);
const text = (html) => html.replace(/<!--[\s\S]*?-->/g, '').replace(/\s+/g, ' ');
const headings = [...text(timeline).matchAll(/<h3 [^>]*>([^<]*)<\/h3>/g)].map(([, y]) => y.trim());
assert.deepEqual(headings, [...new Set(operations.map((e) => e.date.slice(0, 4)))]);
for (const e of operations) assert.ok(text(timeline).includes(e.title.ru), e.title.ru);
console.log('ssr: ok');
