// The editing controls described from the element folders (src/embed/controls.ts): what the
// builder and the WordPress blocks offer an editor.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { bundledDataset } from '../../src/data/index.js';
import '../../src/define/all.js';
import { elementControls, type Manifest } from '../../src/embed/controls.js';
import { fallbackHtml } from '../../src/embed/snippets.js';
import { EXAMPLES } from '../../src/elements/examples.js';
import { UNAVAILABLE } from '../../src/locales/index.js';
import { CONTENT_ELEMENTS } from '../../src/registry.js';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest;
const ELEMENTS = elementControls(bundledDataset, manifest);
const { quotes, sessions, states } = bundledDataset;

/** True when the element shows content for these attributes. */
async function shows(tag: string, attributes: Record<string, string>): Promise<boolean> {
  const html = await fallbackHtml(tag, attributes);
  // A notice (an article the document lacks) or the unavailable line is not content.
  return !html.includes(UNAVAILABLE.en) && !html.startsWith('<p role="note"');
}

describe('editing controls', () => {
  it('describe every element with content, in registry order', () => {
    assert.deepEqual(
      ELEMENTS.map((e) => e.tag),
      CONTENT_ELEMENTS.map((e) => e.tag),
    );
    for (const element of ELEMENTS) {
      assert.ok(element.title && element.summary, element.tag);
      assert.equal(element.tag, `cst-${element.name}`);
    }
  });

  it('give each attribute of the spec one control, with its doc line, then language, frame and theme', () => {
    for (const entry of CONTENT_ELEMENTS) {
      const { controls } = ELEMENTS.find((e) => e.tag === entry.tag)!;
      assert.deepEqual(
        controls.filter((c) => !c.shared).map((c) => c.name),
        Object.keys(entry.attributes),
        entry.tag,
      );
      assert.deepEqual(
        controls.filter((c) => c.shared).map((c) => c.name),
        ['lang', 'frame', 'theme'],
      );
      for (const control of controls) assert.ok(control.help.length > 10, control.name);
    }
  });

  it('offer the values a choice or a list takes, and start where the spec does', () => {
    for (const entry of CONTENT_ELEMENTS) {
      const { controls } = ELEMENTS.find((e) => e.tag === entry.tag)!;
      for (const [name, attribute] of Object.entries(entry.attributes)) {
        const control = controls.find((c) => c.name === name)!;
        if (attribute.kind === 'choice' && control.input === 'select' && !control.after) {
          if (name === 'document') continue; // a picker: the documents the data holds
          assert.deepEqual(
            control.options?.map((o) => o.value),
            attribute.values,
            `${entry.tag} ${name}`,
          );
        }
        if (attribute.kind === 'tokens') {
          assert.equal(control.input, 'checks');
          assert.deepEqual(
            control.options?.map((o) => o.value),
            attribute.values,
          );
        }
        if (attribute.kind === 'required') assert.equal(control.required, true);
        if (typeof attribute.initial === 'string') assert.equal(control.initial, attribute.initial);
      }
    }
    const theme = ELEMENTS[0]!.controls.find((c) => c.name === 'theme')!;
    assert.deepEqual(
      theme.options?.map((o) => o.value),
      ['light', 'dark', 'auto'],
    );
    assert.equal(theme.initial, 'auto');
  });

  it('take a timeline’s years as years and an as-of as a date', () => {
    const timeline = ELEMENTS.find((e) => e.tag === 'cst-timeline')!.controls;
    assert.equal(timeline.find((c) => c.name === 'from')!.input, 'year');
    assert.equal(timeline.find((c) => c.name === 'as-of')!.input, 'date');
  });

  it('list every quote, session and state from the data, each of which the element shows', async () => {
    const control = (tag: string, name: string) =>
      ELEMENTS.find((e) => e.tag === tag)!.controls.find((c) => c.name === name)!;
    const quote = control('cst-quote', 'quote');
    assert.equal(quote.input, 'search');
    assert.deepEqual(quote.options!.map((o) => o.value).sort(), quotes.map((q) => q.id).sort());
    for (const option of quote.options!) {
      assert.equal(option.detail, quotes.find((q) => q.id === option.value)!.text);
      assert.ok(option.group, option.value);
    }
    const summit = control('cst-summit-card', 'summit');
    assert.equal(summit.options![0]!.value, 'latest');
    assert.equal(summit.options!.length, sessions.length + 1);
    const state = control('cst-timeline', 'state');
    assert.equal(state.options!.length, states.length);

    const cases: [string, string, string[]][] = [
      ['cst-quote', 'quote', quote.options!.map((o) => o.value)],
      ['cst-quote', 'speaker', control('cst-quote', 'speaker').options!.map((o) => o.value)],
      ['cst-quote', 'topic', control('cst-quote', 'topic').options!.map((o) => o.value)],
      ['cst-summit-card', 'summit', summit.options!.map((o) => o.value)],
      ['cst-timeline', 'state', state.options!.map((o) => o.value)],
    ];
    for (const [tag, name, values] of cases) {
      for (const value of values)
        assert.ok(await shows(tag, { [name]: value }), `${tag} ${name}=${value}`);
    }
    for (const value of control('cst-fact', 'state').options!.map((o) => o.value)) {
      assert.ok(await shows('cst-fact', { fact: 'status', state: value }), value);
    }
  });

  it('list each document’s own articles, each of which the element shows', async () => {
    const article = ELEMENTS.find((e) => e.tag === 'cst-treaty-article')!.controls.find(
      (c) => c.name === 'article',
    )!;
    assert.equal(article.after?.name, 'document');
    assert.deepEqual(Object.keys(article.after!.options).sort(), ['charter', 'treaty']);
    // The start (Article 4 of the Treaty) among the options offered first.
    assert.ok(article.options!.some((o) => o.value === '4'));
    for (const [document, options] of Object.entries(article.after!.options)) {
      assert.ok(options.length > 0, document);
      for (const { value } of options) {
        assert.ok(
          await shows('cst-treaty-article', { document, article: value }),
          `${document} ${value}`,
        );
      }
    }
  });

  it('start from each element’s first example that shows content', () => {
    for (const element of ELEMENTS) {
      const first = EXAMPLES[element.tag]!.find((e) => !e.notice)!;
      assert.deepEqual(element.start, first.attributes);
    }
  });

  it('are plain data, as the plugin build writes them out', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(ELEMENTS)), ELEMENTS);
  });
});
