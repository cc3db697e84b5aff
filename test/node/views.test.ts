// Every element's view, in Node, over every example of its folder, in every language and on dates
// across the data: a view (never a problem, never a throw), a title, and the static HTML the
// snippets and the command line write, holding that title's words. The browser suites keep what
// needs a browser; this is the broad, fast layer under them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { resolveView, staticHtml } from '../../src/embed/render.js';
import { EXAMPLES } from '../../src/elements/examples.js';
import { LANGS } from '../../src/locales/index.js';
import { kazakhDate } from '../../src/locales/kk/typeset.js';
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

/** Every string of a table of UI strings, plural forms and nested tables included. */
const stringsOf = (table: unknown): string[] =>
  typeof table === 'string'
    ? [table]
    : table && typeof table === 'object'
      ? Object.values(table).flatMap(stringsOf)
      : [];

/**
 * The wording of a table: each string's words between its placeholders, as a reader reads them,
 * stripped of the punctuation around them; only runs of words long enough to be a language's own.
 */
const wordingOf = (table: unknown) =>
  new Set(
    stringsOf(table)
      .flatMap((s) => readable(s).split(/\{\w+\}/))
      .map((part) => part.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, ''))
      .filter((part) => (part.match(/\p{L}/gu) ?? []).length >= 5),
  );

const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;

/**
 * What a reader of `lang` sees in the element's own words: the text of some HTML without the
 * parts marked as in another language (record texts falling back to Russian, English titles).
 */
function ownText(html: string, lang: string): string {
  const kept: string[] = [];
  let skipping = 0;
  for (const tag of html
    .replace(/<style[^>]*>[\s\S]*?<\/style>|<!--[\s\S]*?-->/g, '')
    .matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>|[^<]+/g)) {
    const [whole, closing, name, rest] = tag;
    if (!name) {
      if (!skipping) kept.push(whole);
      continue;
    }
    if (VOID.test(name) || rest?.endsWith('/')) continue;
    if (closing) {
      if (skipping) skipping--;
    } else if (skipping) skipping++;
    else if (new RegExp(`\\slang="(?!${lang}")`).test(rest ?? '')) skipping = 1;
    kept.push(' ');
  }
  return textOf(kept.join(''));
}

describe('in Kazakh', () => {
  it('writes dates as Intl does, in browsers whose Intl has no Kazakh month names too', () => {
    for (let month = 1; month <= 12; month++) {
      for (const day of [1, 9, 28]) {
        const date = new Date(Date.UTC(2024, month - 1, day));
        for (const [style, dateStyle] of [
          ['long', 'long'],
          ['short', 'medium'],
        ] as const) {
          const iso = `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          assert.equal(
            kazakhDate(iso, style),
            new Intl.DateTimeFormat('kk', { dateStyle, timeZone: 'UTC' }).format(date),
          );
        }
      }
    }
  });

  for (const { tag } of CONTENT_ELEMENTS) {
    it(`<${tag}>: every example speaks Kazakh, in no Russian or English words of its own`, async () => {
      const name = tag.slice(4);
      const { translations } = await import(`../../src/locales/tables/${name}.ts`);
      const { strings } = await import(`../../src/elements/${name}/${name}.strings.ts`);
      const common = await import('../../src/locales/tables/common.js');
      const { common: shared } = await import('../../src/internal/strings.js');
      const [kk, ru] = await Promise.all([translations.kk?.(), translations.ru()]);
      const [kkCommon, ruCommon] = await Promise.all([
        common.translations.kk?.(),
        common.translations.ru(),
      ]);
      assert.ok(kk && kkCommon, `${name}: a Kazakh table`);
      // No string is left as another language wrote it, beyond names and punctuation.
      for (const [table, other] of [
        [kk.default, ru.default],
        [kk.default, strings.en],
        [kkCommon.default, ruCommon.default],
      ]) {
        const theirs = wordingOf(other);
        for (const words of wordingOf(table)) assert.ok(!theirs.has(words), `${name}: «${words}»`);
      }
      const kazakh = wordingOf([kk.default, kkCommon.default]);
      // The words of the other languages' tables that Kazakh does not share.
      const foreign = [...wordingOf([ru.default, ruCommon.default, strings.en, shared.en])].filter(
        (words) => !kazakh.has(words),
      );
      for (const example of (EXAMPLES[tag] ?? []).filter((e) => !e.notice)) {
        const resolved = await resolveView(tag, example.attributes, { lang: 'kk' });
        assert.ok(resolved && 'view' in resolved.result, tag);
        const where = `${tag} ${JSON.stringify(example.attributes)}`;
        const text = ownText(staticHtml(resolved), 'kk');
        assert.ok(
          [...kazakh].some((words) => text.includes(words)),
          `${where}: Kazakh words in «${text}»`,
        );
        for (const words of foreign) {
          assert.ok(!text.includes(words), `${where}: «${words}» in «${text}»`);
        }
      }
    });
  }
});

describe('the design sheet', () => {
  it('shows every example in each language the library ships, on a light and a dark page', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "process.stdout.write(await (await import('./scripts/design-sheet.js')).sheetSections())",
      ],
      { encoding: 'utf8' },
    );
    assert.equal(run.status, 0, run.stderr);
    const cells = [
      ...run.stdout.matchAll(/class="sheet-cell" data-scheme="(\w+)" lang="([^"]*)"/g),
    ];
    const examples = CONTENT_ELEMENTS.reduce((n, { tag }) => n + (EXAMPLES[tag]?.length ?? 0), 0);
    assert.ok(examples > 0);
    for (const scheme of ['light', 'dark']) {
      const langs = cells.filter((c) => c[1] === scheme).map((c) => c[2]);
      assert.deepEqual([...new Set(langs)], [...LANGS], scheme);
      for (const lang of LANGS) {
        assert.equal(langs.filter((l) => l === lang).length, examples, `${scheme} ${lang}`);
      }
    }
  });
});
