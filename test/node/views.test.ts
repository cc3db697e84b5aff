// Every element's view, in Node, over every example of its folder, in every language and on dates
// across the data: a view (never a problem, never a throw), a title, and the static HTML the
// snippets and the command line write, holding that title's words. The browser suites keep what
// needs a browser; this is the broad, fast layer under them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveView, staticHtml } from '../../src/embed/render.js';
import { EXAMPLES } from '../../src/elements/examples.js';
import { LANGS } from '../../src/locales/index.js';
import { CONTENT_ELEMENTS } from '../../src/registry.js';
import { readable } from './text.js';

/** What a reader sees of some HTML: tags gone, entities decoded, white space as one space. */
const textOf = (html: string) =>
  readable(
    html
      .replace(/<[^>]*>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'"),
  );

/** Dates the views are asked to hold for: before the Treaty, in each decade, the data's own. */
const DATES = [undefined, '1992-05-15', '1999-12-31', '2004-06-01', '2013-01-01', '2024-03-01'];

describe('every element’s view, over its folder’s examples', () => {
  for (const { tag } of CONTENT_ELEMENTS) {
    it(`<${tag}>: a view, a title and static HTML that says it, in every language`, async () => {
      const examples = (EXAMPLES[tag] ?? []).filter((e) => !e.notice);
      assert.ok(examples.length > 0, `${tag} has examples`);
      for (const example of examples) {
        for (const lang of LANGS) {
          const resolved = await resolveView(tag, example.attributes, { lang });
          assert.ok(resolved, tag);
          const where = `${tag} ${JSON.stringify(example.attributes)} ${lang}`;
          assert.ok('view' in resolved.result, `${where}: ${JSON.stringify(resolved.result)}`);
          const title = resolved.renderer.title(resolved.result.view);
          assert.ok(title.trim().length > 0, `${where}: title`);
          const html = staticHtml(resolved);
          assert.ok(textOf(html).length > title.length / 2, `${where}: static HTML`);
          // The title's first words stand in what a reader sees (dates aside, which the HTML
          // may spell with a <time>).
          const first = readable(title).split(/[,—]/)[0]!.trim();
          if (!/\d/.test(first)) assert.ok(textOf(html).includes(first), `${where}: ${first}`);
        }
      }
    });
  }

  it('the time-sensitive views answer on every date, before the Treaty included', async () => {
    for (const { tag } of CONTENT_ELEMENTS) {
      const example = (EXAMPLES[tag] ?? []).find((e) => !e.notice)!;
      for (const asOf of DATES) {
        const resolved = await resolveView(
          tag,
          example.attributes,
          asOf ? { around: { asOf, layers: [] } } : {},
        );
        assert.ok(resolved, tag);
        // A date on which there is nothing to show is a problem, worded; never a throw.
        if ('problem' in resolved.result) {
          assert.notEqual(resolved.result.problem.code, 'render-failed', `${tag} ${asOf}`);
        } else {
          assert.ok(staticHtml(resolved).length > 0, `${tag} ${asOf}`);
        }
      }
    }
  });
});
