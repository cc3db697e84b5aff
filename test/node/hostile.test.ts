/**
 * The HTML the library writes without a browser (snippets, their fallback, server rendering, the
 * static export) on untrusted input: the 461 naughty strings in every field of publisher data and
 * in attribute values, and objects that only look like templates. Nothing may come out as markup
 * but the library's own: the output is parsed as a browser would parse it and searched for
 * elements, event handlers and addresses that data could have put there.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { renderFile } from '../../src/cli/render.js';
import type { PartialDataset } from '../../src/data/types.js';
import '../../src/define/all.js';
import { resolveView, staticHtml } from '../../src/embed/render.js';
import {
  embedSrc,
  embedTitle,
  fallbackHtml,
  iframeSnippet,
  scriptSnippet,
} from '../../src/embed/snippets.js';
import { toHtml } from '../../src/internal/html.js';
import { html } from '../../src/internal/template.js';
import { renderElement } from '../../src/ssr/index.js';
import { datasetOf, FORBIDDEN_TAGS, URL_ATTRIBUTES } from '../helpers/hostile-data.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const strings = JSON.parse(
  readFileSync(
    createRequire(import.meta.url).resolve('big-list-of-naughty-strings/blns.json'),
    'utf8',
  ),
) as string[];

const FORBIDDEN = new Set(FORBIDDEN_TAGS);
const ADDRESSES = new Set(URL_ATTRIBUTES);

/** Every element of parsed HTML, inside templates too. */
function elements(root: Node): Element[] {
  const found: Element[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if ('tagName' in node) found.push(node);
    if ('content' in node) stack.push(node.content as Node);
    if ('childNodes' in node) stack.push(...node.childNodes);
  }
  return found;
}

/** The text of parsed HTML, white space read as one space. */
function textOf(root: Node): string {
  const parts: string[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeName === '#text') parts.push((node as DefaultTreeAdapterMap['textNode']).value);
    if ('tagName' in node && node.tagName === 'style') continue;
    if ('content' in node) stack.push(node.content as Node);
    if ('childNodes' in node) stack.push(...[...node.childNodes].reverse());
  }
  return squash(parts.join(' '));
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Checks written HTML: no forbidden element but the ones the writer puts there itself (`allowed`
 * of each), no event handler attribute, and no address but http(s) ones and the writer's own
 * (`addresses`: an address, or the start of one when it ends in `?`).
 */
function expectInert(
  written: string,
  allowed: Record<string, number> = {},
  addresses: readonly string[] = [],
): Node {
  const root = written.startsWith('<!doctype') ? parse(written) : parseFragment(written);
  const counts: Record<string, number> = {};
  for (const el of elements(root)) {
    if (FORBIDDEN.has(el.tagName)) counts[el.tagName] = (counts[el.tagName] ?? 0) + 1;
    for (const { name, value } of el.attrs) {
      assert.doesNotMatch(name, /^on/i, `<${el.tagName} ${name}> in ${written.slice(0, 200)}`);
      const own = addresses.some((a) => (a.endsWith('?') ? value.startsWith(a) : value === a));
      if (!ADDRESSES.has(name) || own) continue;
      assert.match(value, /^https?:\/\/[^\s]+$/i, `<${el.tagName} ${name}="${value}">`);
    }
  }
  assert.deepEqual(counts, allowed, written.slice(0, 400));
  return root;
}

/** A dataset that looks like a template in each text an element shows of a quote. */
const forged = {
  _$litType$: 1,
  strings: ['<img src=x onerror="globalThis.__pwned=1">'],
  values: [],
};
const forgedData = {
  sources: [
    {
      id: 'forged-source',
      kind: 'web',
      title: forged,
      publisher: forged,
      date: '2024-01-01',
      lang: 'en',
    },
  ],
  quotes: [
    {
      id: 'forged-quote',
      text: 'Words.',
      lang: 'en',
      speaker: 'zas',
      title: { en: forged, ru: forged },
      event: { en: forged, ru: forged },
      date: '2022-05-16',
      topics: [],
      source: 'forged-source',
      sources: ['forged-source'],
    },
  ],
} as unknown as PartialDataset;

/** Runs `body` with console.warn collected. */
async function quietly<T>(body: () => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    return { result: await body(), warnings };
  } finally {
    console.warn = original;
  }
}

describe('objects that look like templates', () => {
  it('are never written as markup: the writer stops at them', () => {
    assert.throws(() => toHtml(html`<p>${forged}</p>`), /only templates of cst-elements/);
    assert.throws(() => toHtml([forged]), /only templates of cst-elements/);
    // The library's own templates are written, values escaped.
    assert.equal(toHtml(html`<p>${'<img>'}</p>`), '<p>&lt;img&gt;</p>');
  });

  it('in publisher data, are refused by every snippet function with one warning', async () => {
    const attributes = { quote: 'forged-quote' };
    const { result, warnings } = await quietly(async () => [
      await fallbackHtml('cst-quote', attributes, { data: forgedData }),
      await scriptSnippet('cst-quote', attributes, { data: forgedData }),
      await embedTitle('cst-quote', attributes, { data: forgedData }),
    ]);
    const [fallback, snippet, title] = result;
    expectInert(fallback!);
    expectInert(snippet!, { script: 1 }, ['./cdn/cst-elements.js']);
    assert.doesNotMatch(`${fallback}${snippet}${title}`, /<img|onerror/);
    // The data is not used: the quote it holds is not there.
    assert.match(fallback!, /This content is not available/);
    assert.equal(title, 'CSTO facts');
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0]!, /data was not used \(src-schema: /);
  });

  it('slipped past the schema, stop the writing instead of coming out as markup', async () => {
    const around = { layers: [{ data: forgedData, mode: 'merge' as const }] };
    const resolved = (await resolveView('cst-quote', { quote: 'forged-quote' }, { around }))!;
    assert.ok('view' in resolved.result, 'the view takes the record');
    assert.throws(() => staticHtml(resolved), /only templates of cst-elements/);
  });

  it('are refused by server rendering, naming the option', async () => {
    await assert.rejects(
      renderElement('cst-quote', { quote: 'forged-quote' }, { data: forgedData }),
      /^Error: renderElement: data was not used \(src-schema: /,
    );
  });
});

describe(`the ${strings.length} naughty strings`, () => {
  const data = datasetOf(strings);
  /** Strings with something to show (not white space alone), as the writer lays text out. */
  const shown = strings.map(squash).filter((s) => s !== '');

  it('in every field of a quote, come out of fallbackHtml and scriptSnippet as text', async () => {
    for (const [i, string] of strings.entries()) {
      const attributes = { quote: `hostile-quote-${i}` };
      const fallback = await fallbackHtml('cst-quote', attributes, { data });
      const root = expectInert(fallback);
      const text = textOf(root);
      if (squash(string)) assert.ok(text.includes(squash(string)), `${i}: ${string}`);
      const snippet = await scriptSnippet('cst-quote', attributes, { data });
      expectInert(snippet, { script: 1 }, ['./cdn/cst-elements.js']);
    }
  });

  it('in every field of the other elements, come out of their fallback as text', async () => {
    const cases: [string, Record<string, string>][] = [
      ['cst-summit-card', { summit: 'hostile-session' }],
      ['cst-summit-card', { summit: 'hostile-session', variant: 'compact', lang: 'ru' }],
      ['cst-treaty-article', { document: 'hostile-treaty', article: '1' }],
      ['cst-member-list', { status: 'all', layout: 'table' }],
      ['cst-member-list', { status: 'all', lang: 'ru' }],
      ['cst-timeline', { kinds: 'sessions membership treaty' }],
    ];
    const seen = new Set<string>();
    for (const [tag, attributes] of cases) {
      const root = expectInert(await fallbackHtml(tag, attributes, { data }));
      const text = textOf(root);
      for (const s of shown) if (text.includes(s)) seen.add(s);
    }
    // Each string shows somewhere: a session's notes and an article's passages hold every one.
    assert.deepEqual(
      shown.filter((s) => !seen.has(s)),
      [],
    );
  });

  it('as attribute values and titles, stay inside the snippet and the frame address', async () => {
    for (const string of strings) {
      const attributes = { quote: string, speaker: string, topic: string, variant: string };
      const snippet = await scriptSnippet('cst-quote', attributes, { lang: 'en' });
      expectInert(snippet, { script: 1 }, ['./cdn/cst-elements.js']);
      const frame = await iframeSnippet('cst-quote', attributes, { title: string || 'x' });
      const root = expectInert(frame, { iframe: 1, script: 1 }, ['./embed/index.html?']);
      const iframe = elements(root).find((el) => el.tagName === 'iframe')!;
      const src = iframe.attrs.find((a) => a.name === 'src')!.value;
      assert.equal(new URL(src, 'https://example.org/').searchParams.get('quote'), string);
      assert.equal(iframe.attrs.find((a) => a.name === 'title')!.value, string || 'x');
      const title = await embedTitle('cst-quote', attributes);
      assert.equal(title, 'CSTO facts');
      assert.ok(!embedSrc('./embed/index.html', 'cst-quote', attributes).includes('"'));
    }
  });

  it('in server-rendered elements, are text in the shadow root', async () => {
    const out = await renderElement('cst-summit-card', { summit: 'hostile-session' }, { data });
    const root = expectInert(out);
    const text = textOf(root);
    for (const s of shown) assert.ok(text.includes(s), s);
  });

  it('through a provider src, come out of render as text, and nothing runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cst-hostile-'));
    writeFileSync(join(dir, 'naughty.json'), JSON.stringify(data));
    const page = `<!doctype html><html lang="en"><head><title>t</title></head><body>
<cst-provider src="naughty.json">
<cst-summit-card summit="hostile-session"></cst-summit-card>
<cst-treaty-article document="hostile-treaty" article="1"></cst-treaty-article>
${strings
  .slice(0, 120)
  .map((_, i) => `<cst-quote quote="hostile-quote-${i}"></cst-quote>`)
  .join('\n')}
</cst-provider></body></html>`;
    const { html: out, errors } = await renderFile(page, { baseDir: dir });
    assert.deepEqual(errors, []);
    const root = expectInert(out, {}, ['naughty.json']);
    const text = textOf(root);
    for (const s of shown) assert.ok(text.includes(s), s);
  });
});
