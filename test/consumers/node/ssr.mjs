import assert from 'node:assert/strict';

// From the README ("Server rendering"), as written:
import 'cst-elements/all.js';
import { renderElement } from 'cst-elements/ssr.js';

const html = await renderElement('cst-member-list', { layout: 'table' }, { lang: 'ru' });

assert.match(html, /<template shadowroot="open" shadowrootmode="open">/);
assert.match(html, /<table/);
assert.match(html, /Казахстан/);
const quote = await renderElement('cst-quote', { quote: 'tokayev-2022-working-mechanism' });
assert.match(quote, /Kassym-Jomart Tokayev/);
console.log('ssr: ok');
