import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { renderFile } from '../../src/cli/render.js';
import { bundledDataset } from '../../src/data/index.js';
import { treatyPartiesOn } from '../../src/data/queries/states.js';
import { dateText, readable } from './text.js';

const page = (body: string) =>
  `<!doctype html>\n<html lang="en">\n<head><title>t</title></head>\n<body>\n${body}\n</body>\n</html>\n`;

describe('static export', () => {
  it('expands each element into declarative shadow DOM with a readable fallback', async () => {
    const { html, errors } = await renderFile(
      page(
        '<p>Before</p>\n<cst-quote quote="tokayev-2022-working-mechanism"></cst-quote>\n<p>After</p>',
      ),
    );
    assert.deepEqual(errors, []);
    assert.match(html, /<p>Before<\/p>/);
    assert.match(html, /<p>After<\/p>/);
    assert.match(
      html,
      /<cst-quote\s+quote="tokayev-2022-working-mechanism"[^>]*><template shadowroot="open" shadowrootmode="open">/,
    );
    // The fallback sits in the light DOM, after the template, where no-JS readers see it.
    const light = html.slice(html.indexOf('</template>'));
    assert.match(light, /really working mechanism/);
    assert.match(light, /<\/cst-quote>/);
  });

  it("keeps the publisher's own fallback and leaves the rest of the file untouched", async () => {
    const input = page(
      '<!-- note -->\n<cst-member-list as-of="1995-01-01"><p>Nine parties.</p></cst-member-list>',
    );
    const { html } = await renderFile(input);
    assert.match(html, /<!-- note -->/);
    assert.match(html, /<p>Nine parties\.<\/p><\/cst-member-list>/);
    assert.ok(html.startsWith('<!doctype html>\n<html lang="en">'));
  });

  it("applies a provider's lang, as-of and local src to the elements inside", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cst-cli-'));
    writeFileSync(
      join(dir, 'extra.json'),
      JSON.stringify({
        quotes: [
          {
            id: 'desk-note',
            text: 'A line that only the publisher file holds.',
            lang: 'en',
            speaker: 'zas',
            date: '2024-03-01',
            topics: [],
            source: 'seed-002',
            sources: ['seed-002'],
          },
        ],
      }),
    );
    const { html, errors } = await renderFile(
      page(
        '<cst-provider lang="ru" as-of="1995-01-01" src="extra.json">\n<cst-member-list></cst-member-list>\n<cst-quote quote="desk-note"></cst-quote>\n<cst-quote speaker="zas"></cst-quote>\n</cst-provider>',
      ),
      { baseDir: dir },
    );
    assert.deepEqual(errors, []);
    // The list, in Russian and for 1995, in the shadow root and in the light-DOM fallback: the
    // Treaty's parties then, before the Organization existed.
    const parties = treatyPartiesOn(bundledDataset.states, '1995-01-01').length;
    const list = html.slice(html.search(/<cst-member-list\b/), html.indexOf('</cst-member-list>'));
    const [shadow, light] = list.split('</template>').map((part) =>
      readable(
        part
          .replace(/<style>[\s\S]*?<\/style>/g, '')
          .replace(/<!--[\s\S]*?-->/g, '')
          .replace(/<[^>]+>/g, ' '),
      ),
    );
    const lede = `Участники Договора о коллективной безопасности ${parties} участников Договора по состоянию на ${dateText('1995-01-01', 'ru')}`;
    assert.ok(shadow!.startsWith(lede), shadow);
    assert.ok(light!.startsWith(lede), light);
    // The publisher's quote, by its id and as the speaker's newest, in the shadow root and in the
    // light-DOM fallback that readers without JavaScript get.
    for (const tag of [/<cst-quote\s+quote="desk-note"/, /<cst-quote\s+speaker="zas"/]) {
      const start = html.search(tag);
      const element = html.slice(start, html.indexOf('</cst-quote>', start));
      const [shadow, light] = element.split('</template>');
      assert.match(shadow!, /A line that only the publisher file holds\./, String(tag));
      assert.match(light!, /A line that only the publisher file holds\./, String(tag));
    }
  });

  it('names the element and its line for bad input', async () => {
    const { errors } = await renderFile(
      page(
        '<p>ok</p>\n<cst-quote quote="no-such-quote"></cst-quote>\n<cst-treaty-article article="12"></cst-treaty-article>\n<cst-bogus></cst-bogus>',
      ),
    );
    assert.equal(errors.length, 3);
    assert.equal(errors[0]!.line, 6);
    assert.match(errors[0]!.element, /^<cst-quote quote="no-such-quote">$/);
    assert.match(errors[0]!.message, /quote="no-such-quote"/);
    assert.equal(errors[1]!.line, 7);
    assert.match(errors[1]!.message, /1–11/);
    assert.match(errors[2]!.message, /not an element of cst-elements/);
  });
});
