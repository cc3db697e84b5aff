// The design sheet (demo/design.html) is written from the element folders: a section per element
// that shows content, a block per example (its `title` the heading, its attributes the element's),
// each in a cell per language on a light and a dark page, and once in a wide column. The demo's
// build and dev server (vite.config.ts) and the screenshot tests read it through `designSheet`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { elementExamples } from './specs.js';

/** Where the sections go in demo/design.html. */
export const MARKER = '<!-- the sheet -->';

const escape = (text) =>
  String(text).replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
  );

/** The languages (folders of src/locales/ with a locale.json), English first, named in English. */
function languages() {
  const names = new Intl.DisplayNames('en', { type: 'language' });
  return readdirSync('src/locales', { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`src/locales/${d.name}/locale.json`))
    .map((d) => d.name)
    .sort((a, b) => Number(b === 'en') - Number(a === 'en') || (a < b ? -1 : 1))
    .map((lang) => ({ lang, name: names.of(lang) }));
}

/** The element as an example writes it, inside the sentence an inline element runs in. */
function element(tag, example) {
  const attributes = Object.entries(example.attributes)
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('');
  const html = `<${tag}${attributes}>${escape(example.fallback ?? '')}</${tag}>`;
  if (!example.sentence) return html;
  const [before, after] = example.sentence.split('{}').map(escape);
  return `<p class="sheet-sentence">${before}${html}${after ?? ''}</p>`;
}

/** "member-list" → "Member list". */
const heading = (tag) =>
  tag
    .slice(4)
    .replace(/-/g, ' ')
    .replace(/^./, (c) => c.toUpperCase());

/** The sections of the sheet, one per element that shows content. */
export async function sheetSections() {
  const examples = await elementExamples();
  const langs = languages();
  const cells = ['light', 'dark'].flatMap((scheme) => langs.map((l) => ({ scheme, ...l })));
  return Object.entries(examples)
    .filter(([tag]) => tag !== 'cst-provider')
    .map(([tag, list]) => {
      const id = tag.slice(4);
      const blocks = list.map((example) => {
        const row = cells
          .map(
            (c) => `<div class="sheet-cell" data-scheme="${c.scheme}" lang="${c.lang}">
  <p class="sheet-label">${c.scheme === 'light' ? 'Light' : 'Dark'} page · ${c.name}</p>
  ${element(tag, example)}
</div>`,
          )
          .join('\n');
        return `<h3>${escape(example.title)}</h3>
<div class="sheet-row">
${row}
</div>
<div class="sheet-wide" data-scheme="light" lang="en">
  <p class="sheet-label">Light page · English · wide column</p>
  ${element(tag, example)}
</div>`;
      });
      return `<section class="sheet-section" id="${id}" aria-labelledby="${id}-title">
<h2 id="${id}-title">${heading(tag)}</h2>
${blocks.join('\n')}
</section>`;
    })
    .join('\n');
}

/** demo/design.html with its sections in place. */
export async function designSheet(html = readFileSync('demo/design.html', 'utf8')) {
  if (!html.includes(MARKER)) throw new Error(`demo/design.html lacks ${MARKER}`);
  return html.replace(MARKER, await sheetSections());
}
