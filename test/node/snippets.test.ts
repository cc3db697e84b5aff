import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runInNewContext } from 'node:vm';
import { bundledDataset } from '../../src/data/index.js';
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
import { renderElement } from '../../src/ssr/index.js';

const { quotes, people, states } = bundledDataset;

/** What a reader sees of some HTML: tags, comments and styles gone, entities decoded. */
const text = (html: string) =>
  html
    .replace(/<template[\s\S]*?<\/template>/g, (t) => t.replace(/<style>[\s\S]*?<\/style>/g, ''))
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:)])/g, '$1')
    .replace(/\( /g, '(')
    .trim();

/** The pieces of text between tags, as the fallback lays them out. */
const pieces = (html: string) =>
  html
    .split(/<[^>]+>|[()]/)
    .map((p) => text(p).replace(/^[\s,:—]+|[\s,:—]+$/g, ''))
    .filter((p) => p.length > 2);

const longDate = (date: string, lang: 'en' | 'ru') =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

describe('fallbackHtml', () => {
  const quote = quotes.find((q) => q.id === 'tokayev-2022-first-use')!;
  const tokayev = people.find((p) => p.id === 'tokayev')!;

  for (const lang of ['en', 'ru'] as const) {
    it(`writes a quote as figure, blockquote and caption (${lang})`, async () => {
      const html = await fallbackHtml('cst-quote', { quote: quote.id }, { lang });
      assert.match(html, /<figure>\s*<blockquote[^>]*>\s*<p>/);
      assert.match(html, /<figcaption>[\s\S]*<\/figcaption>\s*<\/figure>/);
      // Nothing of the element's own styling or controls reaches the page's DOM.
      assert.doesNotMatch(html, /\b(class|part|id)="|<button|<slot/);
      const shown = text(html);
      assert.ok(shown.includes(quote.text), shown);
      assert.ok(shown.includes(tokayev.name[lang]), shown);
      assert.ok(shown.includes(quote.title![lang]), shown);
      assert.ok(shown.includes(quote.event![lang]), shown);
      assert.ok(shown.includes(longDate(quote.date, lang)), shown);
      assert.match(html, new RegExp(`<time datetime="${quote.date}">`));
      assert.match(shown, lang === 'en' ? /Source: / : /Источник: /);
    });

    it(`writes the member list with its count, date and statuses (${lang})`, async () => {
      const html = await fallbackHtml('cst-member-list', {}, { lang });
      const names = [...html.matchAll(/<li data-state="(\w+)">/g)].map(
        (m) => states.find((s) => s.id === m[1])!.name[lang],
      );
      const members = states.filter((s) =>
        s.membership.some((e) => e.type === 'signed' || e.type === 'acceded'),
      );
      assert.equal(names.length, 6);
      for (const name of names)
        assert.ok(
          members.some((s) => s.name[lang] === name),
          name,
        );
      assert.match(
        text(html),
        lang === 'en'
          ? /^6 member states as of November 27, 2025 /
          : /^6 государств-членов на 27 ноября 2025 г\. /,
      );
      const armenia = states.find((s) => s.id === 'am')!.name[lang];
      assert.match(
        text(html),
        new RegExp(
          `${armenia} .*${lang === 'en' ? 'Participation frozen since' : 'Участие заморожено с'}`,
        ),
      );
    });

    it(`writes a session with date, format, chair and attendees (${lang})`, async () => {
      const html = await fallbackHtml('cst-summit-card', { summit: 'csc-2020-12-02' }, { lang });
      const shown = text(html);
      assert.match(shown, lang === 'en' ? /^Regular session of the CSTO/ : /^Очередная сессия/);
      assert.ok(shown.includes(longDate('2020-12-02', lang)), shown);
      assert.match(shown, lang === 'en' ? /Videoconference/ : /Видеоконференция/);
      assert.ok(shown.includes(people.find((p) => p.id === 'putin')!.name[lang]), shown);
      // Every attendee, as in the element.
      const attendees = /<p>(Attendees|Участники)<\/p>\s*<ul role="list">([\s\S]*?)<\/ul>/.exec(
        html,
      );
      assert.equal(attendees?.[2]?.match(/<li\b/g)?.length, 8, html);
    });

    it(`writes an article with its title, wording and labelled summaries (${lang})`, async () => {
      const html = await fallbackHtml('cst-treaty-article', { article: '4' }, { lang });
      const shown = text(html);
      assert.match(
        shown,
        lang === 'en'
          ? /^Article 4 Collective Security Treaty /
          : /^Статья 4 Договор о коллективной безопасности /,
      );
      assert.match(html, /<blockquote[^>]* lang="en">\s*<p>If one of the States Parties/);
      assert.match(shown, lang === 'en' ? /Summary Aggression against/ : /Краткое изложение /);
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
    assert.match(
      text(await fallbackHtml('cst-member-list', { 'as-of': '1995-01-01' })),
      /^9 member/,
    );
    assert.match(
      text(await fallbackHtml('cst-member-list', {}, { asOf: '1995-01-01' })),
      /^9 member states as of January 1, 1995/,
    );
  });

  it('never presents a planned session as held', async () => {
    const html = await fallbackHtml('cst-summit-card', { summit: 'csc-2026-11-11' });
    assert.match(text(html), /Planned Scheduled for/);
    assert.doesNotMatch(html, /Attendees/);
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
      await fallbackHtml('cst-quote', { quote: 'tokayev-2022-first-use' }, { lang: 'ru' }),
    );
  });

  it('has a relative default address and options for the script line and no-shift', async () => {
    const snippet = await scriptSnippet('cst-member-list', {});
    assert.match(snippet, /^<script type="module" src="\.\/cdn\/cst-elements\.js"><\/script>\n/);
    const bare = await scriptSnippet('cst-member-list', {}, { script: false, reserve: false });
    assert.match(bare, /^<cst-member-list>\n {2}<div><p>6 member states/);
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
    assert.match(
      iframe!,
      /title="Юбилейная сессия Совета коллективной безопасности ОДКБ, 16 мая 2022 г\."/,
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
