import assert from 'node:assert/strict';
import { describe, it, type TestContext } from 'node:test';
import { runInNewContext } from 'node:vm';
import { bundledDataset } from '../../src/data/index.js';
import {
  membersOn,
  standingOn,
  treatyPartiesOn,
  treatyPartySince,
} from '../../src/data/queries/states.js';
import '../../src/define/all.js';
import {
  embedAttributeNames,
  EMBED_TAGS,
  embedTitle,
  escapeHtml,
  fallbackHtml,
  iframeSnippet,
  scriptSnippet,
} from '../../src/embed/snippets.js';
import { resolveView, staticHtml } from '../../src/embed/render.js';
import { describe as describeProblem } from '../../src/internal/diagnostics.js';
import { renderElement } from '../../src/ssr/index.js';
import { dateText, literal, readable } from './text.js';

const { quotes, people, states, sessions, documents, sources, meta } = bundledDataset;
type Lang = 'en' | 'ru';

/**
 * What a reader sees of some HTML: tags, comments and styles gone, entities decoded, white space
 * (no-break spaces included) read as one space.
 */
const text = (html: string) =>
  readable(
    html
      .replace(/<template[\s\S]*?<\/template>/g, (t) => t.replace(/<style>[\s\S]*?<\/style>/g, ''))
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  )
    .replace(/ ([,.;:)])/g, '$1')
    .replace(/\( /g, '(');

/** The pieces of text between tags, as the fallback lays them out. */
const pieces = (html: string) =>
  html
    .split(/<[^>]+>|[()]/)
    .map((p) => text(p).replace(/^[\s,:—]+|[\s,:—]+$/g, ''))
    .filter((p) => p.length > 2);

const person = (id: string) => people.find((p) => p.id === id)!;
const state = (id: string) => states.find((s) => s.id === id)!;
const session = (id: string) => sessions.find((s) => s.id === id)!;
const source = (id: string) => sources.find((s) => s.id === id)!;
/** How a source is cited by title (its publisher when it has no title). */
const cited = (id: string) => source(id).title || source(id).publisher || id;
/** What the line of notes calls a source: its short title or publisher, else title, and date. */
const short = (id: string, lang: Lang) => {
  const s = source(id);
  const name = s.shortTitle || s.publisher || s.title;
  return s.date && !s.dateInferred ? `${name}, ${dateText(s.date, lang)}` : name;
};
/** The sources of records, each once, in order of first citation. */
const unique = (ids: readonly string[]) => [...new Set(ids)];

/** The member states on the data's own date, as the default list shows them. */
const members = membersOn(states, meta.asOf);

/** "6 member states" in the reader's language, for any count. */
function memberCount(n: number, lang: Lang): string {
  if (lang === 'en') return `${n} member state${n === 1 ? '' : 's'}`;
  const forms = { one: 'государство-член', few: 'государства-члена', many: 'государств-членов' };
  const rule = new Intl.PluralRules('ru').select(n) as keyof typeof forms;
  return `${n} ${forms[rule] ?? forms.few}`;
}

/** Each list item's HTML, by the state it shows (an item may hold a list of its own). */
function itemsOf(html: string): Map<string, string> {
  const items = new Map<string, string>();
  for (const m of html.matchAll(/<li\s+data-state="(\w+)">/g)) {
    let depth = 1;
    const tags = /<(\/?)li\b[^>]*>/g;
    tags.lastIndex = m.index + m[0].length;
    let end = html.length;
    for (let t = tags.exec(html); t; t = tags.exec(html)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        end = t.index;
        break;
      }
    }
    items.set(m[1]!, html.slice(m.index + m[0].length, end));
  }
  return items;
}

/** Runs `fn` with the reader's clock on `day` (noon UTC). */
async function on<T>(t: TestContext, day: string, fn: () => Promise<T>): Promise<T> {
  t.mock.timers.enable({ apis: ['Date'], now: new Date(`${day}T12:00:00Z`) });
  try {
    return await fn();
  } finally {
    t.mock.timers.reset();
  }
}

/** One day before or after an ISO date. */
const dayFrom = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 864e5).toISOString().slice(0, 10);

const UI = {
  en: {
    listTitle: 'CSTO member states',
    asOf: 'as of',
    joined: { signed: 'Signed the Treaty on', acceded: 'Acceded to the Treaty on' },
    capital: 'Capital',
    frozen: 'Participation frozen since',
    source: 'Source:',
    unknownPublisher: 'publisher not named',
    inferred: '(undated; the day it reports)',
    translationAsPublished: 'English translation as published',
    session: 'Regular session of the CSTO Collective Security Council',
    videoconference: 'By videoconference',
    chair: 'Chair',
    handover: (from: string, to: string) =>
      `Chairmanship passed from ${state(from).name.en} to ${state(to).name.en}`,
    attendees: 'Attendees',
    adopted: (n: number) => `${n} documents adopted`,
    sources: 'Sources:',
    article: 'Article',
    signed: (place: string, date: string) => `Signed in ${place}, ${date}`,
    inForce: 'in force since',
    wording: 'English translation of the text as signed in 1992; amended in 2010',
    summary: 'Summary, not the original wording',
    amendedBy: 'Amended by',
  },
  ru: {
    listTitle: 'Государства — члены ОДКБ',
    asOf: 'по состоянию на',
    joined: { signed: 'Подписание Договора:', acceded: 'Присоединение к Договору:' },
    capital: 'Столица',
    frozen: 'Участие заморожено с',
    source: 'Источник:',
    unknownPublisher: 'издатель не указан',
    inferred: '(дата не указана, приведена дата события)',
    translationAsPublished: 'Опубликованный перевод на английский язык',
    session: 'Очередная сессия Совета коллективной безопасности ОДКБ',
    videoconference: 'В формате видеоконференции',
    chair: 'Председатель',
    // The names decline: «от Кыргызстана к России».
    handover: (from: string, to: string) =>
      `Председательство перешло от ${state(from).grammar!.ru!.genitive} к ${state(to).grammar!.ru!.dative}`,
    attendees: 'Участники',
    adopted: (n: number) => `Принято ${n} документов`,
    sources: 'Источники:',
    article: 'Статья',
    signed: (place: string, date: string) => `Подписание: ${place}, ${date}`,
    inForce: 'действует с',
    wording:
      'Перевод на английский язык первоначальной редакции 1992 г.; статья изменена в 2010 г.',
    summary: 'Краткое изложение, не текст документа',
    amendedBy: 'Поправки',
  },
};

describe('fallbackHtml', () => {
  const quote = quotes.find((q) => q.id === 'tokayev-2022-first-use')!;

  for (const lang of ['en', 'ru'] as const) {
    const t = UI[lang];

    it(`writes a quote as figure, blockquote and caption (${lang})`, async () => {
      const html = await fallbackHtml('cst-quote', { quote: quote.id }, { lang });
      assert.match(html, /<figure>\s*<blockquote\s[^>]*>\s*<p>/);
      assert.match(html, new RegExp(`<blockquote\\s+lang="${quote.lang}">`));
      assert.match(html, /<figcaption>[\s\S]*<\/figcaption>\s*<\/figure>/);
      // Nothing of the element's own styling or controls reaches the page's DOM.
      assert.doesNotMatch(html, /\b(class|part|id)="|<button|<slot/);
      const shown = text(html);
      assert.ok(shown.includes(quote.text), shown);
      // Who said it and as what; the occasion and the day; then the source.
      assert.ok(
        shown.includes(`${person(quote.speaker!).name[lang]}, ${quote.title![lang]}`),
        shown,
      );
      assert.ok(shown.includes(`${quote.event![lang]} · ${dateText(quote.date, lang)}`), shown);
      assert.match(html, new RegExp(`<time\\s+datetime="${quote.date}">`));
      assert.ok(quote.translation, 'the quote is a published translation');
      // The source names no publisher, and the citation says so. The line of notes, then, open,
      // the whole citation.
      assert.equal(source(quote.source).publisher, null);
      assert.ok(
        shown.endsWith(
          `${t.source} ${short(quote.source, lang)} · ${t.translationAsPublished} ${cited(quote.source)}, ${t.unknownPublisher}, ${dateText(source(quote.source).date!, lang)} ${t.inferred}`,
        ),
        shown,
      );
      assert.match(html, /<details open>/);
    });

    it(`writes the member list with its count, date and statuses (${lang})`, async () => {
      const html = await fallbackHtml('cst-member-list', {}, { lang });
      const shown = text(html);
      assert.ok(
        shown.startsWith(
          `${t.listTitle} ${memberCount(members.length, lang)} ${t.asOf} ${dateText(meta.asOf, lang)}`,
        ),
        shown,
      );
      // Every member state on the data's date, and no other, in the reader's alphabetical order.
      const items = itemsOf(html);
      assert.deepEqual([...items.keys()].sort(), members.map((s) => s.id).sort());
      const names = [...items.keys()].map((id) => state(id).name[lang]!);
      assert.deepEqual(names, [...names].sort(new Intl.Collator(lang).compare));
      // Each: its name, a status label only when it is not a plain member (with the date of the
      // event it follows from), how and when it joined the Treaty, its capital, its caveats, and
      // the titled steps it took since it joined.
      for (const [id, item] of items) {
        const s = state(id);
        const { standing, event } = standingOn(s, meta.asOf);
        assert.ok(standing === 'member' || standing === 'frozen', `${id}: ${standing}`);
        const joined = treatyPartySince(s)!;
        const caveats = [...new Set([event, joined])].map((e) => e?.caveat?.[lang] ?? '');
        const steps = s.membership
          .filter((e) => e.type === 'note' && e.title)
          .map((e) => `${dateText(e.date, lang, 'short')}: ${e.title![lang]}`);
        const how = joined.type === 'acceded' ? 'acceded' : 'signed';
        const expected = [
          s.name[lang],
          // A dated status with the markers to its sources: the first notes of the list.
          standing === 'frozen'
            ? `${t.frozen} ${dateText(event!.date, lang, 'short')} ${event!.sources.map((_, i) => i + 1).join(', ')}`
            : '',
          `${t.joined[how]} ${dateText(joined.date, lang, 'short')} · ${t.capital}: ${s.capital[lang]}`,
          ...caveats,
          ...steps,
        ];
        assert.equal(text(item), readable(expected.join(' ')), id);
      }
      assert.ok(
        [...items.keys()].some((id) => standingOn(state(id), meta.asOf).standing === 'frozen'),
        'the data has a member whose participation is frozen (Armenia)',
      );
      assert.match(shown, new RegExp(`${t.sources} `));
    });

    it(`writes a session with date, format, chair and attendees (${lang})`, async () => {
      const held = session('csc-2020-12-02');
      const html = await fallbackHtml('cst-summit-card', { summit: held.id }, { lang });
      const shown = text(html);
      assert.equal(held.format, 'videoconference');
      assert.ok(
        shown.startsWith(`${t.session} ${dateText(held.date, lang)} · ${t.videoconference} `),
        shown,
      );
      assert.match(html, new RegExp(`<time\\s+datetime="${held.date}">`));
      const chair = `${person(held.chair!.person!).name[lang]} (${state(held.chair!.state!).name[lang]})`;
      assert.ok(shown.includes(`${t.chair} ${chair}`), shown);
      const { from, to } = held.handover!;
      assert.ok(shown.includes(t.handover(from!, to)), shown);
      // Every attendee with the title they held, as in the element.
      const attendees = new RegExp(
        `<h3>${t.attendees}</h3>\\s*<ul role="list">([\\s\\S]*?)</ul>`,
      ).exec(html);
      const listed = [...(attendees?.[1] ?? '').matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) =>
        text(m[1]!),
      );
      assert.deepEqual(
        listed,
        held.attendees.map((a) => `${person(a.person).name[lang]}, ${a.title[lang]}`),
      );
      // The documents adopted: how many, and those the data names.
      assert.ok(shown.includes(t.adopted(held.documents.count!)), shown);
      for (const item of held.documents.items)
        assert.ok(shown.includes(item.title[lang]!), item.title.en);
      // The notes at the bottom, citing each in full.
      const footer = shown.slice(shown.lastIndexOf(t.sources));
      for (const id of held.sources) assert.ok(footer.includes(cited(id)), id);
    });

    it(`writes an article with its title, wording and labelled summaries (${lang})`, async () => {
      const treaty = documents.find((d) => d.id === 'treaty')!;
      const article = treaty.articles!.find((a) => a.number === 4)!;
      const html = await fallbackHtml('cst-treaty-article', { article: '4' }, { lang });
      const shown = text(html);
      assert.ok(
        shown.startsWith(
          `${t.article} 4 ${treaty.title[lang]} ${t.signed(treaty.place![lang]!, dateText(treaty.date, lang))} · ${t.inForce} ${dateText(treaty.inForce!, lang)} `,
        ),
        shown,
      );
      // The wording (a published English translation) in a blockquote in its own language.
      const verbatim = article.blocks.filter((b) => b.kind === 'verbatim');
      assert.equal(verbatim.length, 1);
      assert.match(
        html,
        new RegExp(
          `<blockquote\\s+lang="${verbatim[0]!.lang}">\\s*<p>${literal(verbatim[0]!.text)}`,
        ),
      );
      // Each passage under the label that says what it is, with the number of its source: the
      // wording, then each summary in the reader's language; the sources, each once, at the foot.
      const passages = article.blocks.filter((b) => b.kind === 'verbatim' || b.lang === lang);
      const order = unique(passages.map((b) => b.source));
      const expected = passages.map((b) =>
        [b.kind === 'verbatim' ? t.wording : t.summary, order.indexOf(b.source) + 1, b.text].join(
          ' ',
        ),
      );
      assert.ok(shown.includes(readable(expected.join(' '))), shown);
      const notes = shown.slice(shown.lastIndexOf(t.sources));
      for (const id of order) assert.ok(notes.includes(cited(id)), id);
      const amendment = treaty.amendments!.find((a) => a.id === article.amendedBy![0])!;
      assert.ok(shown.includes(`${t.amendedBy} ${amendment.title[lang]} (`), shown);
    });
  }

  it('writes what the element shows, in the same words', async () => {
    const cases: [string, Record<string, string>][] = [
      ['cst-quote', { quote: 'lukashenko-2022-hybrid-war' }],
      ['cst-quote', { speaker: 'tokayev', lang: 'ru' }],
      ['cst-member-list', { status: 'all', 'as-of': '2013-01-01' }],
      ['cst-member-list', { lang: 'ru' }],
      ['cst-summit-card', { summit: 'csc-2022-05-16' }],
      ['cst-summit-card', { summit: 'latest', lang: 'ru' }],
      ['cst-treaty-article', { article: '2' }],
      ['cst-treaty-article', { document: 'charter', article: '3', lang: 'ru' }],
      ['cst-timeline', {}],
      ['cst-timeline', { state: 'am', from: '2022' }],
      ['cst-timeline', { kinds: 'treaty membership', layout: 'compact', lang: 'ru' }],
    ];
    for (const [tag, attributes] of cases) {
      const rendered = text(await renderElement(tag, attributes));
      const written = pieces(await fallbackHtml(tag, attributes));
      assert.ok(written.length >= 4, written.join(' | '));
      for (const piece of written) {
        assert.ok(rendered.includes(piece), `<${tag}> ${JSON.stringify(attributes)}: "${piece}"`);
      }
    }
  });

  it('reads the language from the lang attribute when no option gives it', async () => {
    assert.match(await fallbackHtml('cst-member-list', { lang: 'ru-RU' }), /государств-членов/);
    assert.match(
      await fallbackHtml('cst-member-list', { lang: 'ru' }, { lang: 'en' }),
      /member states/,
    );
  });

  it('holds time-sensitive views for the as-of date', async () => {
    // Before the Organization existed (2002) the states were parties to the Treaty only.
    const day = '1995-01-01';
    const parties = treatyPartiesOn(states, day);
    assert.ok(parties.every((s) => standingOn(s, day).standing === 'party'));
    const heading = `Parties to the Collective Security Treaty ${parties.length} parties as of ${dateText(day, 'en')} `;
    for (const html of [
      await fallbackHtml('cst-member-list', { 'as-of': day }),
      await fallbackHtml('cst-member-list', {}, { asOf: day }),
    ]) {
      assert.ok(text(html).startsWith(heading), text(html));
      assert.deepEqual([...itemsOf(html).keys()].sort(), parties.map((s) => s.id).sort());
      assert.doesNotMatch(text(html), /member states|founding members/);
    }
    // A date later than the data's is answered for the data's own date, and says so.
    const later = text(await fallbackHtml('cst-member-list', { 'as-of': '2030-01-01' }));
    assert.ok(
      later.startsWith(
        `${UI.en.listTitle} ${memberCount(members.length, 'en')} as of ${dateText(meta.asOf, 'en')}, the latest date in this data`,
      ),
      later,
    );
  });

  it('never presents a planned session as held, before its date or after it', async (t) => {
    const planned = sessions.find((s) => s.status === 'planned')!;
    assert.equal(planned.id, 'csc-2026-11-11');
    const place = `${planned.place!.city.en}, ${state(planned.place!.state).name.en}`;
    const date = dateText(planned.date, 'en');
    const statusAsOf = dateText(planned.statusAsOf ?? meta.asOf, 'en');
    const cases = [
      // Until its day: announced, with the date that held for.
      [dayFrom(meta.asOf, 1), `Announced for ${date} (as of ${statusAsOf}) · ${place} Planned`],
      [planned.date, `Announced for ${date} (as of ${statusAsOf}) · ${place} Planned`],
      // Once the reader's clock has passed it: the data holds no later record, no more.
      [
        dayFrom(planned.date, 1),
        `Scheduled for ${date}; this data holds no later record · ${place} Planned`,
      ],
    ] as const;
    for (const [today, lede] of cases) {
      const html = await on(t, today, () =>
        fallbackHtml('cst-summit-card', { summit: planned.id }),
      );
      const shown = text(html);
      assert.ok(shown.startsWith(`${UI.en.session} ${lede} `), `${today}: ${shown}`);
      assert.match(html, new RegExp(`<time\\s+datetime="${planned.date}">`));
      assert.doesNotMatch(
        shown,
        /Attendees|adopted|Chairmanship passed|Did not take part|took place|was held|not (yet )?(been )?held|has not happened|did not take place/i,
        today,
      );
    }
    // In Russian too.
    const ru = text(
      await on(t, dayFrom(planned.date, 1), () =>
        fallbackHtml('cst-summit-card', { summit: planned.id }, { lang: 'ru' }),
      ),
    );
    assert.ok(
      ru.includes(
        `Была назначена на ${dateText(planned.date, 'ru')}; более поздних сведений в этих данных нет`,
      ),
      ru,
    );
    assert.doesNotMatch(ru, /Участники|Принят/);
  });

  it('keeps a number with its noun, a date in one piece and a Russian short word with the next', async () => {
    const nb = (s: string) => s.replace(/ /g, '\u00a0');
    const day = `<time datetime="${meta.asOf}">`;
    const en = await fallbackHtml('cst-member-list', {});
    assert.ok(
      en.includes(
        `${members.length}\u00a0member states as of ${day}${nb(dateText(meta.asOf, 'en'))}</time>`,
      ),
      en,
    );
    const ru = await fallbackHtml('cst-member-list', {}, { lang: 'ru' });
    assert.ok(ru.includes(`<span>Государства\u00a0— члены ОДКБ</span>`), ru);
    assert.ok(
      ru.includes(
        `${nb(memberCount(members.length, 'ru'))} по\u00a0состоянию на\u00a0${day}${nb(dateText(meta.asOf, 'ru'))}</time>`,
      ),
      ru,
    );
    const card = await fallbackHtml('cst-summit-card', { summit: 'csc-2020-12-02' });
    assert.ok(card.includes('15\u00a0documents adopted'), card);
  });

  // The fallback is read without the element's styles: sentences the element sets on lines of
  // their own must still be apart as plain text.
  const READ_AS_TEXT: [string, Record<string, string>][] = [
    ['cst-quote', { quote: quote.id }],
    ['cst-member-list', {}],
    ['cst-member-list', { layout: 'table' }],
    ['cst-member-list', { 'as-of': '2030-01-01' }],
    ['cst-member-list', { status: 'all', 'as-of': '1995-01-01' }],
    ['cst-summit-card', { summit: 'latest' }],
    ['cst-summit-card', { summit: 'csc-2026-11-11' }],
    ['cst-treaty-article', { article: '4' }],
    ['cst-timeline', {}],
    ['cst-timeline', { layout: 'compact' }],
  ];

  it('never runs one sentence into the next in the fallback', async () => {
    const glued: string[] = [];
    for (const lang of ['en', 'ru'] as const) {
      for (const [tag, attributes] of READ_AS_TEXT) {
        const html = await fallbackHtml(tag, attributes, { lang });
        // A word that ends where inline markup ends, and the next that starts at once, capitalised:
        // "November 27, 2025All are founding members" as the page shows it.
        for (const m of html.matchAll(
          /[\p{Ll}\p{N}.](?:<\/?(?:span|time|cite|a|bdi|b|i|em)\b[^>]*>)+\p{Lu}/gu,
        )) {
          const around = html
            .slice(0, m.index + 1)
            .replace(/<[^>]+>/g, '')
            .slice(-24);
          const next = html
            .slice(m.index + m[0].length - 1)
            .replace(/<[^>]+>/g, '')
            .slice(0, 16);
          glued.push(`<${tag}> ${JSON.stringify(attributes)} (${lang}): "${around}${next}"`);
        }
      }
    }
    assert.deepEqual(glued, []);
  });

  it('ends a sentence with one full stop, after a date that ends in one too', async () => {
    const doubled: string[] = [];
    for (const lang of ['en', 'ru'] as const) {
      for (const [tag, attributes] of READ_AS_TEXT) {
        const shown = [
          ['fallback', await fallbackHtml(tag, attributes, { lang })],
          ['element', await renderElement(tag, { ...attributes, lang })],
        ];
        for (const [where, html] of shown) {
          // "созданной 7 октября 2002 г.." — a date in Russian ends in "г." already.
          for (const m of text(html!).matchAll(/.{0,24}[^.]\.\.(?!\.)/gu)) {
            doubled.push(`<${tag}> ${JSON.stringify(attributes)} (${lang}, ${where}): "${m[0]}"`);
          }
        }
      }
    }
    assert.deepEqual(doubled, []);
  });

  it('shows readers no data version', async () => {
    for (const [tag, attributes] of READ_AS_TEXT) {
      for (const html of [
        await fallbackHtml(tag, attributes),
        await renderElement(tag, attributes),
      ]) {
        assert.doesNotMatch(text(html), new RegExp(`version|\\b${literal(meta.version)}\\b`, 'i'));
      }
    }
  });

  it('writes a short neutral sentence for input that names nothing, and never throws', async () => {
    const neutral = '<p>This content is not available.</p>';
    const bad: [unknown, unknown][] = [
      ['cst-quote', { quote: 'no-such-quote' }],
      ['cst-quote', {}],
      ['cst-quote', { quote: quote.id, variant: 'huge' }],
      ['cst-member-list', { 'as-of': '2023-02-30' }],
      ['cst-member-list', { layout: 'pie' }],
      ['cst-summit-card', { summit: 'csc-1900-01-01' }],
      ['cst-summit-card', {}],
      ['cst-treaty-article', { article: 'four' }],
      ['cst-treaty-article', { document: 'magna-carta', article: '1' }],
      ['cst-timeline', { kinds: 'bogus' }],
      ['cst-timeline', { layout: 'bogus' }],
      ['cst-timeline', { from: '2003', to: '1999' }],
      ['cst-timeline', { 'as-of': '2023-02-30' }],
      ['cst-provider', {}],
      ['<script>', { quote: quote.id }],
      ['cst-quote', null],
      ['cst-quote', 'quote=x'],
      [undefined, undefined],
    ];
    for (const [tag, attributes] of bad) {
      assert.equal(
        await fallbackHtml(tag as string, attributes as Record<string, string>),
        neutral,
        `${String(tag)} ${JSON.stringify(attributes)}`,
      );
    }
    assert.equal(
      await fallbackHtml('cst-quote', { quote: 'x' }, { lang: 'ru' }),
      '<p>Этот материал недоступен.</p>',
    );
    // An article the document lacks is answered as the element answers it: with the range.
    assert.match(
      text(await fallbackHtml('cst-treaty-article', { article: '99' })),
      /^There is no Article 99 here\. The Collective Security Treaty has articles 1–11\.$/,
    );
  });

  it('words a failure to render as the element words it, and writes the neutral sentence', async () => {
    // A value that cannot be read as text makes the view itself fail.
    const hostile = {
      toString() {
        throw new Error('unreadable value');
      },
    };
    const resolved = await resolveView('cst-quote', { quote: hostile });
    assert.ok(resolved && 'problem' in resolved.result, 'a problem, not a view');
    assert.equal(resolved.result.problem.code, 'render-failed');
    assert.equal(
      describeProblem(resolved.result.problem, 'cst-quote'),
      '<cst-quote> could not render (unreadable value); its fallback content is shown.',
    );
    assert.equal(staticHtml(resolved), '<p>This content is not available.</p>');
  });
});

describe('escaping', () => {
  const hostile = '"><script>alert(1)</script><img src=x onerror=alert(2)>\'&';

  it('escapes text and attribute values', async () => {
    assert.equal(
      escapeHtml('<a href="x">&\'</a>'),
      '&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;',
    );
    assert.equal(escapeHtml(hostile).includes('"'), false);
    assert.equal(escapeHtml(null), '');
  });

  it('keeps hostile attribute values inert in the script snippet', async () => {
    const snippet = await scriptSnippet('cst-quote', {
      quote: hostile,
      speaker: hostile,
      topic: hostile,
    });
    assert.equal(snippet.match(/<script/g)?.length, 1, snippet);
    assert.doesNotMatch(snippet, /<img/);
    assert.ok(snippet.includes(`quote="${escapeHtml(hostile)}"`), snippet);
    assert.match(snippet, /<p>This content is not available\.<\/p>/);
  });

  it('leaves out attribute names an element does not take', async () => {
    const snippet = await scriptSnippet('cst-member-list', {
      onclick: 'alert(1)',
      '"><script>': 'x',
      style: 'display:none',
      layout: 'table',
    });
    assert.match(snippet, /<cst-member-list layout="table" no-shift>/);
    assert.doesNotMatch(snippet, /onclick|style=|"><script>/);
  });

  it('keeps hostile values inside the iframe address and title', async () => {
    const snippet = await iframeSnippet('cst-quote', { quote: hostile }, { title: hostile });
    const iframe = /^<iframe ([^>]*)><\/iframe>/.exec(snippet)![1]!;
    const attrs = Object.fromEntries(
      [...iframe.matchAll(/ ?([a-z]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    );
    assert.deepEqual(Object.keys(attrs), ['src', 'title', 'loading', 'style']);
    const src = new URL(attrs.src!.replace(/&amp;/g, '&'), 'https://example.org/');
    assert.equal(src.searchParams.get('quote'), hostile);
    assert.equal(attrs.title, escapeHtml(hostile));
    assert.equal(snippet.match(/<script/g)?.length, 1);
  });

  it('escapes a hostile CDN or embed address', async () => {
    const cdn = await scriptSnippet(
      'cst-quote',
      { quote: 'x' },
      { cdnUrl: 'x"><script>alert(1)</script>' },
    );
    assert.equal(cdn.match(/<script/g)?.length, 1);
    const frame = await iframeSnippet('cst-quote', {}, { embedUrl: 'x"onload="alert(1)' });
    assert.doesNotMatch(frame, /"onload=/);
  });
});

describe('scriptSnippet', () => {
  it('is the CDN script line, then the element with its attributes and the fallback inside', async () => {
    const snippet = await scriptSnippet(
      'cst-quote',
      { quote: 'tokayev-2022-first-use', variant: 'pull' },
      { cdnUrl: 'https://cdn.example.org/cst-elements.js', lang: 'ru' },
    );
    const lines = snippet.split('\n');
    assert.equal(
      lines[0],
      '<script type="module" src="https://cdn.example.org/cst-elements.js"></script>',
    );
    assert.equal(
      lines[1],
      '<cst-quote quote="tokayev-2022-first-use" variant="pull" lang="ru" no-shift>',
    );
    assert.equal(lines.at(-1), '</cst-quote>');
    const inside = lines.slice(2, -1).join('\n');
    assert.equal(
      inside.replace(/^ {2}/gm, ''),
      await fallbackHtml(
        'cst-quote',
        { quote: 'tokayev-2022-first-use', variant: 'pull' },
        { lang: 'ru' },
      ),
    );
  });

  it('has a relative default address and options for the script line and no-shift', async () => {
    const snippet = await scriptSnippet('cst-member-list', {});
    assert.match(snippet, /^<script type="module" src="\.\/cdn\/cst-elements\.js"><\/script>\n/);
    const bare = await scriptSnippet('cst-member-list', {}, { script: false, reserve: false });
    // No script line, no no-shift: the element and, inside, the fallback, as it is.
    const lines = bare.split('\n');
    assert.equal(lines[0], '<cst-member-list>');
    assert.equal(lines.at(-1), '</cst-member-list>');
    const inside = lines.slice(1, -1).join('\n');
    assert.equal(inside.replace(/^ {2}/gm, ''), await fallbackHtml('cst-member-list', {}));
    assert.ok(
      text(inside).startsWith(
        `${UI.en.listTitle} ${memberCount(members.length, 'en')} as of ${dateText(meta.asOf, 'en')}`,
      ),
      text(inside),
    );
  });

  it('writes a snippet for every element', async () => {
    for (const tag of EMBED_TAGS) {
      const snippet = await scriptSnippet(tag, {});
      assert.match(snippet, new RegExp(`<${tag} no-shift>[\\s\\S]+</${tag}>$`));
    }
  });
});

describe('iframeSnippet', async () => {
  const snippet = await iframeSnippet(
    'cst-summit-card',
    { summit: 'csc-2022-05-16', theme: 'dark', onload: 'x' },
    { embedUrl: 'https://embed.example.org/embed/index.html', lang: 'ru' },
  );
  const [, iframe, script] = /^(<iframe [^>]*><\/iframe>)<script>(.*)<\/script>$/s.exec(snippet)!;

  it('frames the embed page with the element and its attributes in the query string', async () => {
    const src = /src="([^"]*)"/.exec(iframe!)![1]!.replace(/&amp;/g, '&');
    const url = new URL(src);
    assert.equal(url.origin + url.pathname, 'https://embed.example.org/embed/index.html');
    assert.deepEqual(
      [...url.searchParams],
      [
        ['el', 'cst-summit-card'],
        ['summit', 'csc-2022-05-16'],
        ['theme', 'dark'],
        ['lang', 'ru'],
      ],
    );
    // Named after its content, in the reader's language: the session's kind and date.
    assert.equal(session('csc-2022-05-16').kind, 'jubilee');
    const title = /title="([^"]*)"/.exec(iframe!)![1]!;
    assert.equal(
      readable(title),
      `Юбилейная сессия Совета коллективной безопасности ОДКБ, ${dateText('2022-05-16', 'ru')}`,
    );
    assert.match(iframe!, / loading="lazy"/);
    assert.match(iframe!, / style="width:100%;[^"]*border:0"/);
  });

  it('has a default relative address and takes only each element’s attributes', async () => {
    for (const tag of EMBED_TAGS) {
      const html = await iframeSnippet(tag, { bogus: '1', [embedAttributeNames(tag)[0]!]: 'a b' });
      assert.match(html, new RegExp(`src="\\./embed/index\\.html\\?el=${tag}&amp;[a-z-]+=a\\+b"`));
    }
    assert.equal(await embedTitle('cst-member-list', {}), 'CSTO member states');
    assert.equal(
      await embedTitle('cst-treaty-article', { article: '4' }),
      'Article 4 — Collective Security Treaty',
    );
  });

  it('has a resize listener under 400 bytes', async () => {
    assert.ok(Buffer.byteLength(script!) < 400, `${Buffer.byteLength(script!)} bytes`);
  });

  it('resizes its own frame only, from the embed page’s origin, for height messages only', async () => {
    const frame = {
      src: 'https://embed.example.org/embed/index.html?el=cst-quote',
      contentWindow: { name: 'frame' },
      style: { height: '20rem' },
    };
    let listener: ((e: unknown) => void) | undefined;
    runInNewContext(script!, {
      URL,
      document: { currentScript: { previousElementSibling: frame } },
      addEventListener: (type: string, fn: (e: unknown) => void) => {
        if (type === 'message') listener = fn;
      },
    });
    const send = (origin: string, source: unknown, data: unknown) =>
      listener!({ origin, source, data });
    const embed = 'https://embed.example.org';
    send('https://evil.example', frame.contentWindow, { type: 'cst-embed-height', height: 10 });
    send(embed, { name: 'other' }, { type: 'cst-embed-height', height: 11 });
    send(embed, frame.contentWindow, { type: 'other', height: 12 });
    send(embed, frame.contentWindow, { type: 'cst-embed-height', height: 'x' });
    send(embed, frame.contentWindow, 'cst-embed-height');
    assert.equal(frame.style.height, '20rem');
    send(embed, frame.contentWindow, { type: 'cst-embed-height', height: 321.2 });
    assert.equal(frame.style.height, '322px');
  });
});
