import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { render as litRender, type TemplateResult } from 'lit';
import '../src/define/provider.js';
import '../src/define/quote.js';
import { meta } from '../src/data/bundled/meta.js';
import { people } from '../src/data/bundled/people.js';
import { quotes } from '../src/data/bundled/quotes.js';
import { sources } from '../src/data/bundled/sources.js';
import { quotesBySpeaker, quotesByTopic } from '../src/data/queries.js';
import type { QuoteData } from '../src/elements/quote/quote.data.js';
import type { IsoDate, PartialDataset } from '../src/data/types.js';
import { resolveView } from '../src/embed/render.js';
import { CstProvider } from '../src/elements/provider/provider.js';
import { CstQuote } from '../src/elements/quote/quote.js';
import type { QuoteView } from '../src/elements/quote/quote.view.js';
import type { CstCopyEvent } from '../src/events.js';
import { describe as describeProblem } from '../src/internal/diagnostics.js';
import { explained, type Problem } from '../src/internal/problems.js';
import { captureWarnings } from './helpers/events.js';
import { expectReported, renderBadInput, shadowText } from './helpers/element.js';
import {
  citations,
  expectNotes,
  expectOpens,
  expectPrintedInFull,
  notesLine,
  notesOf,
  shortTitle,
} from './helpers/notes.js';

const NBSP = '\u00a0';
const byId = (id: string) => quotes.find((q) => q.id === id)!;
const personOf = (id: string) => people.find((p) => p.id === id)!;
const sourceOf = (id: string) => sources.find((s) => s.id === id)!;
const FIRST_USE = byId('tokayev-2022-first-use');
const STATEMENT = byId('statement-2022-test-of-time');
const TOKAYEV = personOf('tokayev');

/** How many words a quote has, as a reader counts them. */
const wordCount = (text: string) => text.trim().split(/\s+/).length;
/** The size class a quote's words take: up to 18 words short, 40 medium, 90 long, else longest. */
const lengthOf = (text: string) => {
  const n = wordCount(text);
  return n <= 18 ? 'short' : n <= 40 ? 'medium' : n <= 90 ? 'long' : 'longest';
};

/**
 * The dates the data's quotes carry, written out as a reader reads them: every space no-break,
 * so a date never breaks across lines.
 */
const SPELLED: Record<IsoDate, Record<'en' | 'ru', string>> = {
  '2020-12-02': { en: 'December 2, 2020', ru: '2 декабря 2020 г.' },
  '2022-05-16': { en: 'May 16, 2022', ru: '16 мая 2022 г.' },
  '2022-05-17': { en: 'May 17, 2022', ru: '17 мая 2022 г.' },
  '2024-03-01': { en: 'March 1, 2024', ru: '1 марта 2024 г.' },
  '2025-11-27': { en: 'November 27, 2025', ru: '27 ноября 2025 г.' },
  '2026-02-13': { en: 'February 13, 2026', ru: '13 февраля 2026 г.' },
};
const spelled = (date: IsoDate, lang: 'en' | 'ru' = 'en') =>
  SPELLED[date]![lang].replace(/ /g, NBSP);

/** An element's shadow node by part name. */
function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`);
}
/** Text with the template's own line breaks and indents collapsed; no-break spaces are kept. */
const squash = (text: string | null | undefined) => (text ?? '').replace(/[ \n\t]+/g, ' ').trim();
const partText = (el: Element, name: string) => squash(part(el, name)?.textContent);
const quoteText = (el: Element) => partText(el, 'text');
/**
 * A quote's words as a reader sees them: after an ellipsis when they begin mid-sentence, before
 * one when they end mid-sentence (no full stop, question or exclamation mark, colon or semicolon).
 */
const shown = (quote: { text: string }) =>
  `${/^\p{Ll}/u.test(quote.text) ? '…' : ''}${quote.text}${/[.!?…;:][)"'»”’]*$/u.test(quote.text) ? '' : '…'}`;
/** The line of notes, as read. */
const lineText = (el: Element) => squash(notesLine(el)?.textContent);
const inShadow = (el: Element, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const px = (value: string) => parseFloat(value);
const box = (node: Element) => node.getBoundingClientRect();

async function render(template: TemplateResult): Promise<CstQuote> {
  const el = await fixture<CstQuote>(template);
  await el.updateComplete;
  return el;
}

/** A quote inside a wrapper of a given width (the element's max width caps it). */
async function renderAt(width: number, template: TemplateResult): Promise<CstQuote> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px">${template}</div>`,
  );
  const el = wrap.querySelector('cst-quote')!;
  await el.updateComplete;
  return el;
}

/** How many lines a block of text takes on screen. */
function linesOf(block: Element): number {
  const range = document.createRange();
  // The words' text node (Lit's markers around it are comments).
  const words = [...block.querySelector('p')!.childNodes].find(
    (n) => n.nodeType === Node.TEXT_NODE,
  )!;
  range.selectNodeContents(words);
  const tops = new Set(
    [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
  );
  return tops.size;
}

/** A publisher dataset with a newer Tokayev quote whose source has an address. */
const publisherData: PartialDataset = {
  sources: [
    {
      id: 'desk-2024',
      kind: 'web',
      title: 'Interview transcript',
      publisher: 'Example News',
      date: '2024-03-01',
      lang: 'en',
      url: 'https://news.example/transcript',
    },
  ],
  quotes: [
    {
      id: 'tokayev-2024-sample',
      text: 'A publisher-supplied line for the test.',
      lang: 'en',
      speaker: 'tokayev',
      title: { en: 'President of Kazakhstan', ru: 'Президент Казахстана' },
      date: '2024-03-01',
      event: { en: 'Press conference, Astana', ru: 'Пресс-конференция, Астана' },
      topics: ['testing'],
      source: 'desk-2024',
      sources: ['desk-2024'],
    },
  ],
};

/** A publisher quote in Russian from a Russian source, to be shown on English pages. */
const russianData: PartialDataset = {
  sources: [
    {
      id: 'desk-ru',
      kind: 'web',
      title: 'Стенограмма интервью',
      publisher: 'Пример',
      date: '2024-03-01',
      lang: 'ru',
      url: 'https://news.example/ru',
    },
  ],
  quotes: [
    {
      id: 'zas-2024-russian',
      text: 'Строка на русском языке для проверки.',
      lang: 'ru',
      speaker: 'zas',
      title: { en: 'CSTO Secretary General', ru: 'Генеральный секретарь ОДКБ' },
      date: '2024-03-01',
      event: { en: 'Interview', ru: 'Интервью' },
      topics: ['testing'],
      source: 'desk-ru',
      sources: ['desk-ru'],
    },
  ],
};

/** Replaces `navigator.clipboard` for one test; `restore()` puts the browser's own back. */
function stubClipboard(writeText?: (text: string) => Promise<void>) {
  const written: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: writeText
      ? {
          writeText: (text: string) => {
            written.push(text);
            return writeText(text);
          },
        }
      : undefined,
  });
  return {
    written,
    restore: () => delete (navigator as unknown as { clipboard?: unknown }).clipboard,
  };
}

/** The style rules of the element's styles that apply in print. */
function printRules(): CSSStyleRule[] {
  const sheets = CstQuote.elementStyles.map(
    (s) => (s as { styleSheet?: CSSStyleSheet }).styleSheet,
  );
  return sheets
    .flatMap((sheet) => [...(sheet?.cssRules ?? [])])
    .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print')
    .flatMap((r) => [...r.cssRules])
    .filter((r): r is CSSStyleRule => r instanceof CSSStyleRule);
}

describe('<cst-quote>', () => {
  describe('with the bundled data', () => {
    it('renders a figure: the words in a blockquote, who and when in the caption', async () => {
      const el = await render(html`<cst-quote quote="tokayev-2022-first-use"></cst-quote>`);
      const figure = el.shadowRoot!.querySelector('figure')!;
      expect(figure.getAttribute('part')).to.equal('figure');
      const blockquote = figure.querySelector(':scope > blockquote')!;
      expect(blockquote.getAttribute('part')).to.contain('text');
      expect(blockquote.textContent!.trim()).to.equal(shown(FIRST_USE));
      expect(blockquote.getAttribute('lang')).to.equal(FIRST_USE.lang);
      // No bundled source has an address, so the blockquote cites none.
      expect(sourceOf(FIRST_USE.source!).url).to.equal(undefined);
      expect(blockquote.hasAttribute('cite')).to.equal(false);
      const caption = figure.querySelector(':scope > figcaption')!;
      expect(caption.getAttribute('part')).to.equal('caption');
      expect(partText(el, 'speaker')).to.equal(TOKAYEV.name.en);
      expect(partText(el, 'title')).to.equal(FIRST_USE.title!.en);
      expect(partText(el, 'event')).to.equal(FIRST_USE.event!.en);
      const time = caption.querySelector('time')!;
      expect(time.getAttribute('part')).to.equal('date');
      expect(time.getAttribute('datetime')).to.equal(FIRST_USE.date);
      expect(time.textContent).to.equal(spelled(FIRST_USE.date));
      // Line 1: speaker, title; line 2: occasion · date. No initials, and not the source.
      expect(squash(caption.textContent)).to.equal(
        `${TOKAYEV.name.en}, ${FIRST_USE.title!.en} ` +
          `${FIRST_USE.event!.en}${NBSP}· ${spelled(FIRST_USE.date)}`,
      );
      expect(caption.contains(notesOf(el))).to.equal(false);
    });

    it('cites its source in the line of notes at its foot, with the translation note', async () => {
      const el = await render(html`<cst-quote quote="tokayev-2022-first-use"></cst-quote>`);
      const source = sourceOf(FIRST_USE.source!);
      expect(FIRST_USE.translation).to.equal(true);
      expectNotes(el, [source], { after: 'English translation as published' });
      // A source with neither publisher nor date is named by its whole title.
      expect(source.publisher).to.equal(null);
      expect(lineText(el)).to.equal(
        `Source: ${source.title}${NBSP}· English translation as published`,
      );
      // Open, the citation says it names no publisher, and that its date is the day it reports.
      expect(squash(citations(el)[0]!.textContent).replace(/\u00a0/g, ' ')).to.equal(
        `${source.title}, publisher not named, May 16, 2022 (undated; the day it reports)`,
      );
      const cite = citations(el)[0]!.querySelector('cite')!;
      // Same language as the reader's: not marked.
      expect(cite.hasAttribute('lang')).to.equal(false);
      expect(partText(el, 'note')).to.equal('English translation as published');
      expect(notesLine(el)!.contains(part(el, 'note'))).to.equal(true);
      await expectOpens(el);
    });

    it('names a source by its publisher and date in the line, in full in the list', async () => {
      const quote = byId('lukashenko-2022-hybrid-war');
      const source = sourceOf(quote.source!);
      expect(source.publisher).to.be.a('string');
      expect(source.date).to.be.a('string');
      expect(source.url).to.equal(undefined);
      const el = await render(html`<cst-quote quote="lukashenko-2022-hybrid-war"></cst-quote>`);
      expect(lineText(el)).to.equal(
        `Source: ${source.publisher}, ${spelled(source.date!)}${NBSP}· English translation as published`,
      );
      expectNotes(el, [source], { after: 'English translation as published' });
      expect(squash(citations(el)[0]!.textContent)).to.equal(
        `${source.title}, ${source.publisher}, ${spelled(source.date!)}`,
      );
      expect(partText(el, 'speaker')).to.equal(personOf('lukashenko').name.en);
      expect(partText(el, 'title')).to.equal(quote.title!.en);
    });

    it('names a source by its short title where its publisher does not read well', async () => {
      const quote = byId('putin-2020-historical-truth');
      const source = sourceOf(quote.source!);
      expect(source.shortTitle).to.be.a('string');
      expect(source.publisher).not.to.equal(source.shortTitle);
      const el = await render(html`<cst-quote quote=${quote.id}></cst-quote>`);
      const line = lineText(el).replace(/\u00a0/g, ' ');
      expect(line.startsWith(`Source: ${shortTitle(source, 'en')}`), line).to.equal(true);
      expect(lineText(el)).not.to.contain(source.publisher!);
      // The list still gives the whole title and the publisher.
      expect(squash(citations(el)[0]!.textContent)).to.contain(source.title);
      expect(squash(citations(el)[0]!.textContent)).to.contain(source.publisher!);
    });

    it('ends words that stop mid-sentence with an ellipsis', async () => {
      const open = quotes.filter((q) => !/[.!?…;:][)"'»”’]*$/u.test(q.text));
      expect(open.length, 'the data has such quotes').to.be.greaterThan(0);
      for (const quote of open) {
        const el = await render(html`<cst-quote quote=${quote.id}></cst-quote>`);
        expect(quoteText(el).endsWith(`${quote.text}…`), quote.id).to.equal(true);
      }
      const closed = await render(html`<cst-quote quote="tokayev-2022-first-use"></cst-quote>`);
      expect(quoteText(closed).endsWith('…')).to.equal(false);
    });

    it('shows no data version and nothing meant for developers', async () => {
      const el = await render(html`<cst-quote quote="tokayev-2022-first-use"></cst-quote>`);
      const text = shadowText(el);
      expect(text).not.to.contain(meta.version);
      expect(text).not.to.match(/version|data as of|as of|asOf/i);
      expect(text).not.to.contain(meta.asOf);
      expect(text).not.to.contain(spelled(meta.asOf as IsoDate).replace(/\u00a0/g, ' '));
    });

    it('hides the light-DOM fallback once it renders', async () => {
      const el = await render(
        html`<cst-quote quote="zas-2020-medical-unit"><p>Fallback words</p></cst-quote>`,
      );
      expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
      expect(quoteText(el)).to.equal(shown(byId('zas-2020-medical-unit')));
    });

    it('imports only meta, quotes, people and sources', () => {
      const bundle = CstQuote.renderer.data.current();
      expect(Object.keys(bundle).sort()).to.deep.equal(['meta', 'people', 'quotes', 'sources']);
    });
  });

  describe('speaker', () => {
    it('accepts the id or any alias and picks the same, most recent quote', async () => {
      const expected = quotesBySpeaker({ quotes, people }, 'tokayev')[0]!;
      expect(expected.date).to.equal(
        quotes
          .filter((q) => q.speaker === 'tokayev')
          .map((q) => q.date)
          .sort()
          .at(-1),
      );
      const spellings = [
        'tokayev',
        'Kassym-Zhomart Tokayev',
        'Kassym-Jomart Tokayev',
        'Tokaev',
        'Токаев',
        'Касым-Жомарт Токаев',
        '  kassym zhomart TOKAYEV ',
      ];
      for (const speaker of spellings) {
        const el = await render(html`<cst-quote speaker=${speaker}></cst-quote>`);
        expect(quoteText(el), speaker).to.equal(shown(expected));
        expect(partText(el, 'speaker'), speaker).to.equal(TOKAYEV.name.en);
      }
    });

    it('picks the most recent quote of a speaker with quotes on several dates', async () => {
      const own = quotes.filter((q) => q.speaker === 'zas');
      expect(new Set(own.map((q) => q.date)).size).to.be.above(1);
      const expected = quotesBySpeaker({ quotes, people }, 'zas')[0]!;
      expect(expected.date).to.equal(
        own
          .map((q) => q.date)
          .sort()
          .at(-1),
      );
      const el = await render(html`<cst-quote speaker="Zas"></cst-quote>`);
      expect(quoteText(el)).to.equal(shown(expected));
      expect(inShadow(el, 'time').getAttribute('datetime')).to.equal(expected.date);
      expect(partText(el, 'title')).to.equal(expected.title!.en);
    });

    it('re-renders when the speaker changes', async () => {
      const el = await render(html`<cst-quote speaker="putin"></cst-quote>`);
      expect(partText(el, 'speaker')).to.equal(personOf('putin').name.en);
      el.speaker = 'Лукашенко';
      await el.updateComplete;
      expect(partText(el, 'speaker')).to.equal(personOf('lukashenko').name.en);
      expect(quoteText(el)).to.equal(shown(quotesBySpeaker({ quotes, people }, 'lukashenko')[0]!));
    });
  });

  describe('topic', () => {
    it("narrows a speaker's quotes", async () => {
      const el = await render(html`<cst-quote speaker="Токаев" topic="afghanistan"></cst-quote>`);
      expect(quoteText(el)).to.equal(shown(byId('tokayev-2022-afghanistan')));
      el.topic = 'un';
      await el.updateComplete;
      expect(quoteText(el)).to.equal(shown(byId('tokayev-2022-un-peacekeeping')));
    });

    it('alone picks the most recent quote on that topic (any case)', async () => {
      const covid = await render(html`<cst-quote topic="covid"></cst-quote>`);
      const expected = quotesByTopic(quotes, 'covid')[0]!;
      expect(quoteText(covid)).to.equal(shown(expected));
      expect(inShadow(covid, 'time').getAttribute('datetime')).to.equal(expected.date);
      const nato = await render(html`<cst-quote topic="NATO"></cst-quote>`);
      expect(quoteText(nato)).to.equal(shown(quotesByTopic(quotes, 'nato')[0]!));
    });

    it('is ignored when a quote id is given', async () => {
      const el = await render(
        html`<cst-quote quote="putin-2020-clear-signal" speaker="zas" topic="nato"></cst-quote>`,
      );
      expect(quoteText(el)).to.equal(shown(byId('putin-2020-clear-signal')));
    });
  });

  describe('a Council document (author, no speaker)', () => {
    it('names the author, the occasion and the source', async () => {
      const el = await render(html`<cst-quote quote="statement-2022-test-of-time"></cst-quote>`);
      expect(quoteText(el)).to.equal(shown(STATEMENT));
      expect(partText(el, 'speaker')).to.equal(STATEMENT.author!.en);
      expect(part(el, 'title')).to.equal(null);
      expect(squash(inShadow(el, '.who').textContent)).to.equal(STATEMENT.author!.en);
      expect(partText(el, 'event')).to.equal(STATEMENT.event!.en);
      expectNotes(el, [sourceOf(STATEMENT.source!)], {
        after: 'English translation as published',
      });
    });

    it('in Russian', async () => {
      const quote = byId('declaration-2020-covid-aid');
      const el = await render(
        html`<cst-quote lang="ru" quote="declaration-2020-covid-aid"></cst-quote>`,
      );
      expect(partText(el, 'speaker')).to.equal(quote.author!.ru!);
      expect(partText(el, 'event')).to.equal(quote.event!.ru!);
      expect(inShadow(el, 'time').textContent).to.equal(spelled(quote.date, 'ru'));
      expect(inShadow(el, 'time').getAttribute('datetime')).to.equal(quote.date);
    });
  });

  describe('caption', () => {
    it('line 1: the speaker in bold, then the title; line 2, muted: occasion · date', async () => {
      const el = await render(
        html`<cst-quote theme="light" quote="tokayev-2022-first-use"></cst-quote>`,
      );
      const who = inShadow(el, '.who');
      const when = inShadow(el, '.when');
      expect(who.contains(part(el, 'speaker')) && who.contains(part(el, 'title'))).to.equal(true);
      expect(when.contains(part(el, 'event')) && when.contains(part(el, 'date'))).to.equal(true);
      expect(box(when).top).to.be.at.least(box(who).bottom - 1);
      expect(Math.abs(box(when).left - box(who).left)).to.be.below(1);
      expect(Number(getComputedStyle(part(el, 'speaker')!).fontWeight)).to.be.at.least(700);
      expect(Number(getComputedStyle(part(el, 'title')!).fontWeight)).to.be.below(600);
      expect(getComputedStyle(when).color).not.to.equal(getComputedStyle(who).color);
      expect(getComputedStyle(who).color).to.equal(getComputedStyle(el).color);
      // Smaller than the words.
      expect(px(getComputedStyle(who).fontSize)).to.be.below(
        px(getComputedStyle(part(el, 'text')!).fontSize),
      );
    });

    it('has no initials disc: the caption alone names the speaker, first', async () => {
      for (const variant of ['card', 'pull', 'inline']) {
        const el = await render(
          html`<cst-quote variant=${variant} quote="tokayev-2022-first-use"></cst-quote>`,
        );
        expect(part(el, 'monogram'), variant).to.equal(null);
        const caption = part(el, 'caption')!;
        // Nothing drawn before the speaker's name but, in the pull and inline voices, a dash.
        expect(squash(caption.textContent).replace(/^— /, ''), variant).to.match(
          new RegExp(`^${TOKAYEV.name.en}, `),
        );
        const round = [...el.shadowRoot!.querySelectorAll('*')].filter(
          (n) => getComputedStyle(n).borderTopLeftRadius === '50%',
        );
        expect(round, variant).to.deep.equal([]);
      }
    });

    it('pull: one line of caption: a dash, the speaker, the title, the date', async () => {
      const el = await renderAt(
        1280,
        html`<cst-quote variant="pull" quote="tokayev-2022-first-use"></cst-quote>`,
      );
      const caption = part(el, 'caption')!;
      expect(squash(caption.textContent)).to.equal(
        `— ${TOKAYEV.name.en}, ${FIRST_USE.title!.en}, ${spelled(FIRST_USE.date)}`,
      );
      // The occasion is the card's; the pull quote keeps its caption to one line.
      expect(part(el, 'event')).to.equal(null);
      const line = px(getComputedStyle(caption).lineHeight);
      expect(box(caption).height).to.be.below(line * 1.5);
      expect(Number(getComputedStyle(part(el, 'speaker')!).fontWeight)).to.be.at.least(700);
    });

    it('inline: the words run in the flow, in quotation marks, the attribution after them', async () => {
      const el = await renderAt(
        1280,
        html`<cst-quote variant="inline" quote="tokayev-2022-first-use"></cst-quote>`,
      );
      const text = part(el, 'text')!;
      const caption = part(el, 'caption')!;
      expect(getComputedStyle(text).display).to.equal('inline');
      expect(getComputedStyle(caption).display).to.equal('inline');
      const words = text.querySelector('p')!;
      expect(getComputedStyle(words, '::before').content).to.equal('open-quote');
      expect(getComputedStyle(words, '::after').content).to.equal('close-quote');
      // The attribution starts on the line where the words end, after them.
      const ends = [...text.getClientRects()].at(-1)!;
      const starts = caption.getClientRects()[0]!;
      expect(Math.abs(starts.top - ends.top)).to.be.below(2);
      expect(starts.left).to.be.at.least(ends.right - 1);
      expect(squash(caption.textContent)).to.equal(
        `— ${TOKAYEV.name.en}, ${FIRST_USE.title!.en}, ${spelled(FIRST_USE.date)}`,
      );
      // At the size of the text around it, with no rule.
      expect(px(getComputedStyle(text).fontSize)).to.equal(px(getComputedStyle(el).fontSize));
      expect(getComputedStyle(part(el, 'figure')!).borderLeftStyle).to.equal('none');
    });
  });

  describe('footer', () => {
    it('one quiet line beneath the figure: the notes, then the copy button', async () => {
      const el = await renderAt(
        1280,
        html`<cst-quote theme="light" quote="tokayev-2022-first-use"></cst-quote>`,
      );
      const feet = el.shadowRoot!.querySelectorAll('.foot');
      expect(feet).to.have.length(1);
      const foot = feet[0] as HTMLElement;
      const figure = part(el, 'figure')!;
      expect(figure.contains(foot)).to.equal(false);
      expect(box(foot).top).to.be.at.least(box(figure).bottom - 1);
      const line = notesLine(el)!;
      const copy = part(el, 'copy')!;
      expect(foot.contains(line) && foot.contains(copy)).to.equal(true);
      expect(foot.contains(part(el, 'status'))).to.equal(true);
      // The notes first, the button after them, on the same line at this width.
      expect(box(copy).left).to.be.at.least(box(line).right);
      expect(box(copy).top).to.be.below(box(line).bottom);
      expect(box(line).top).to.be.below(box(copy).bottom);
      // Quiet: the muted colour of the caption's second line, smaller than the caption.
      const style = getComputedStyle(notesOf(el)!);
      expect(style.color).to.equal(getComputedStyle(inShadow(el, '.when')).color);
      expect(px(style.fontSize)).to.be.below(px(getComputedStyle(part(el, 'caption')!).fontSize));
    });

    it('prints its source in full, once, without the short line', async () => {
      const el = await render(html`<cst-quote quote="lukashenko-2022-hybrid-war"></cst-quote>`);
      expect(citations(el)).to.have.length(1);
      await expectPrintedInFull(el);
    });

    it('the copy button has the shared button style and a target of at least 24 px', async () => {
      const el = await render(html`<cst-quote quote="tokayev-2022-first-use"></cst-quote>`);
      const copy = part(el, 'copy')!;
      expect(copy.classList.contains('button')).to.equal(true);
      const style = getComputedStyle(copy);
      for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
        expect(style[`border${side}Style`], side).to.equal('solid');
        expect(style[`border${side}Width`], side).to.equal('1px');
      }
      expect(style.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      const { width, height } = box(copy);
      // A pill: the radius rounds each end fully.
      expect(px(style.borderTopLeftRadius)).to.be.at.least(height / 2);
      expect(width).to.be.at.least(24);
      expect(height).to.be.at.least(24);
    });

    it('is left out of print: no button, no status', () => {
      const hidden = printRules().filter(
        (r) => r.style.display === 'none' && r.style.getPropertyPriority('display') === 'important',
      );
      const selectors = hidden.map((r) => r.selectorText).join(', ');
      const probe = document.createElement('div');
      probe.innerHTML =
        '<button class="button" part="copy"></button><span part="status" role="status"></span>';
      for (const node of probe.children) {
        expect(node.matches(selectors), node.outerHTML).to.equal(true);
      }
    });

    it('static templates (snippets) have the source but no button or status', async () => {
      const resolved = (await resolveView('cst-quote', { quote: 'tokayev-2022-first-use' }))!;
      expect('view' in resolved.result).to.equal(true);
      const view = (resolved.result as { view: QuoteView }).view;
      const host = document.createElement('div');
      litRender(resolved.renderer.template(view, { static: true }), host);
      expect(host.querySelector('button, [role="status"], [part~="copy"]')).to.equal(null);
      // The whole citation, open: HTML without script shows it all, in the element's words.
      const source = sourceOf(FIRST_USE.source!);
      const notes = host.querySelector('details')!;
      expect(notes.open).to.equal(true);
      expect(squash(notes.querySelector('summary')!.textContent)).to.equal(
        `Source: ${source.title}${NBSP}· English translation as published`,
      );
      expect(squash(notes.querySelector('li cite')!.textContent)).to.equal(source.title);
      // This source names no publisher, nor its date, and the citation says so.
      expect(squash(notes.querySelector('li')!.textContent).replace(/\u00a0/g, ' ')).to.equal(
        `${source.title}, publisher not named, May 16, 2022 (undated; the day it reports)`,
      );
      expect(notes.querySelector('[id], [tabindex]')).to.equal(null);
      expect(host.querySelector('blockquote')!.textContent!.trim()).to.equal(shown(FIRST_USE));
    });
  });

  describe('variant', () => {
    it('defaults to card: the shared frame (padding, 1px border, one radius)', async () => {
      const el = await render(html`<cst-quote quote="zas-2020-medical-unit"></cst-quote>`);
      expect(el.variant).to.equal('card');
      const base = part(el, 'base')!;
      expect(base.classList.contains('card')).to.equal(true);
      expect(base.classList.contains('frame')).to.equal(true);
      const style = getComputedStyle(base);
      for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
        expect(style[`border${side}Style`], side).to.equal('solid');
        expect(style[`border${side}Width`], side).to.equal('1px');
      }
      // --cst-radius defaults to 0.5rem; --cst-padding to 1rem 1.25rem.
      expect(style.borderTopLeftRadius).to.equal('8px');
      expect(style.borderBottomRightRadius).to.equal('8px');
      expect([style.paddingTop, style.paddingRight]).to.deep.equal(['16px', '20px']);
    });

    it('the frame follows --cst-radius and --cst-padding', async () => {
      const el = await render(
        html`<cst-quote
          style="--cst-radius: 2px; --cst-padding: 6px"
          quote="zas-2020-medical-unit"
        ></cst-quote>`,
      );
      const style = getComputedStyle(part(el, 'base')!);
      expect(style.borderTopLeftRadius).to.equal('2px');
      expect([style.paddingTop, style.paddingLeft]).to.deep.equal(['6px', '6px']);
    });

    it('card: a quotation mark in the reader’s style, large, in the accent colour', async () => {
      const el = await render(
        html`<cst-quote style="color: rgb(10, 20, 30)" quote="zas-2020-medical-unit"></cst-quote>`,
      );
      const mark = inShadow(el, '.mark');
      expect(mark.getAttribute('aria-hidden')).to.equal('true');
      expect(mark.getAttribute('lang')).to.equal(byId('zas-2020-medical-unit').lang);
      expect(getComputedStyle(mark, '::before').content).to.equal('open-quote');
      expect(px(getComputedStyle(mark).fontSize)).to.be.at.least(
        2 * px(getComputedStyle(part(el, 'text')!).fontSize),
      );
      expect(getComputedStyle(mark).color).to.equal('rgb(10, 20, 30)');
      // Above the words, on the inline-start side.
      expect(box(mark).bottom).to.be.at.most(box(part(el, 'text')!).top + 1);
      for (const variant of ['pull', 'inline']) {
        const other = await render(
          html`<cst-quote variant=${variant} quote="zas-2020-medical-unit"></cst-quote>`,
        );
        expect(other.shadowRoot!.querySelector('.mark'), variant).to.equal(null);
      }
    });

    for (const variant of ['pull', 'inline'] as const) {
      it(`${variant}: framed by default like every element, open with frame="open"`, async () => {
        const el = await render(
          html`<cst-quote variant=${variant} quote="zas-2020-medical-unit"></cst-quote>`,
        );
        const base = part(el, 'base')!;
        expect(base.classList.contains(variant)).to.equal(true);
        expect(getComputedStyle(base).borderTopStyle).to.equal('solid');
        el.frame = 'open';
        await el.updateComplete;
        const open = getComputedStyle(base);
        expect(open.borderTopStyle).to.equal('none');
        expect(open.paddingLeft).to.equal('0px');
        expect(el.shadowRoot!.querySelector('figure > blockquote + figcaption')).to.exist;
        expect(partText(el, 'speaker')).to.equal(personOf('zas').name.en);
      });
    }

    it('pull: a 4px rule in the accent colour on the inline-start side of the words', async () => {
      const el = await render(
        html`<cst-quote
          variant="pull"
          style="color: rgb(10, 20, 30)"
          quote="zas-2020-medical-unit"
        ></cst-quote>`,
      );
      const style = getComputedStyle(part(el, 'figure')!);
      expect(style.borderLeftStyle).to.equal('solid');
      expect(style.borderLeftWidth).to.equal('4px');
      // The accent, which follows the text colour by default.
      expect(style.borderLeftColor).to.equal('rgb(10, 20, 30)');
      expect(style.borderTopStyle).to.equal('none');
    });

    it('the rule is on the right in a right-to-left page', async () => {
      const wrap = await fixture(
        html`<div dir="rtl">
          <cst-quote variant="pull" quote="zas-2020-medical-unit"></cst-quote>
        </div>`,
      );
      const el = wrap.querySelector('cst-quote')!;
      await el.updateComplete;
      const style = getComputedStyle(part(el, 'figure')!);
      expect(style.borderRightStyle).to.equal('solid');
      expect(style.borderLeftStyle).to.equal('none');
    });

    for (const variant of ['card', 'pull', 'inline'] as const) {
      it(`${variant}: caption and notes line up with the words`, async () => {
        const el = await renderAt(
          1280,
          html`<cst-quote variant=${variant} quote="tokayev-2022-first-use"></cst-quote>`,
        );
        const base = box(part(el, 'base')!);
        const words = box(part(el, 'text')!);
        const caption = box(part(el, 'caption')!);
        const foot = box(inShadow(el, '.foot'));
        const figure = box(part(el, 'figure')!);
        if (variant !== 'inline') {
          expect(Math.abs(caption.left - words.left), 'caption').to.be.below(1);
        }
        // The notes line up with the figure's edge: the frame's padding.
        expect(Math.abs(foot.left - figure.left), 'notes').to.be.below(1);
        expect(figure.left - base.left).to.be.closeTo(21, 0.5);
        // The pull quote's words after its rule and gap.
        const inset = { card: 0, pull: 4 + 12, inline: 0 }[variant];
        expect(words.left - figure.left).to.be.closeTo(inset, 0.5);
        expect(foot.right).to.be.at.most(base.right + 0.5);
      });
    }

    it('sizes the words by their length, as the data counts them', async () => {
      const el = await render(html`<cst-quote variant="pull" quote=${quotes[0]!.id}></cst-quote>`);
      const seen = new Set<string>();
      for (const quote of quotes) {
        el.quote = quote.id;
        await el.updateComplete;
        const expected = lengthOf(quote.text);
        seen.add(expected);
        const classes = part(el, 'text')!.classList;
        expect(classes.contains(expected), `${quote.id} (${wordCount(quote.text)} words)`).to.equal(
          true,
        );
        expect(
          ['short', 'medium', 'long', 'longest'].filter((c) => classes.contains(c)),
          quote.id,
        ).to.have.length(1);
      }
      // The data has quotes of the first three lengths; the longest come from publishers.
      expect([...seen].sort()).to.deep.equal(['long', 'medium', 'short']);
    });

    it('pull: the shorter the words, the larger they are set; all larger than a card', async () => {
      const ids: Record<string, string> = { short: '', medium: '', long: '' };
      for (const q of quotes) ids[lengthOf(q.text)] ||= q.id;
      const size = async (variant: string, id: string) => {
        const el = await renderAt(
          1280,
          html`<cst-quote variant=${variant} quote=${id}></cst-quote>`,
        );
        return px(getComputedStyle(part(el, 'text')!).fontSize);
      };
      const pull = {
        short: await size('pull', ids.short),
        medium: await size('pull', ids.medium),
        long: await size('pull', ids.long),
      };
      expect(pull.short).to.be.above(pull.medium);
      expect(pull.medium).to.be.above(pull.long);
      for (const length of ['short', 'medium', 'long'] as const) {
        expect(pull[length], length).to.be.above(await size('card', ids[length]));
      }
      // A card scales too, less; inline stays at the text size of the page.
      expect(await size('card', ids.short)).to.be.at.least(await size('card', ids.long));
      expect(await size('inline', ids.short)).to.equal(await size('inline', ids.long));
      expect(await size('inline', ids.short)).to.equal(16);
    });

    it('pull: a long statement stays a pull quote: the size is capped, and falls to the text size', async () => {
      const words = Array.from({ length: 160 }, (_, i) => `word${i}`).join(' ');
      const data: PartialDataset = {
        quotes: [{ ...byId('zas-2020-mercenary'), id: 'desk-long', text: `${words}.` }],
      };
      const sizes: number[] = [];
      for (const width of [1280, 300]) {
        const wrap = await fixture<HTMLDivElement>(
          html`<div style="width: ${width}px">
            <cst-provider .data=${data}
              ><cst-quote variant="pull" quote="desk-long"></cst-quote
            ></cst-provider>
          </div>`,
        );
        const el = wrap.querySelector('cst-quote')!;
        await waitUntil(() => part(el, 'text')?.textContent?.includes('word159'));
        expect(part(el, 'text')!.classList.contains('longest')).to.equal(true);
        const text = px(getComputedStyle(part(el, 'text')!).fontSize);
        // No larger than the page's text, however wide the column.
        expect(text, `${width} px`).to.equal(px(getComputedStyle(el).fontSize));
        sizes.push(text);
      }
      expect(sizes[0]).to.equal(sizes[1]);
      // No pull quote is set above 1.75 times the text size.
      for (const quote of quotes) {
        const el = await renderAt(
          1280,
          html`<cst-quote variant="pull" quote=${quote.id}></cst-quote>`,
        );
        expect(px(getComputedStyle(part(el, 'text')!).fontSize), quote.id).to.be.at.most(28);
      }
    });

    it('pull: the words keep a readable measure in a wide column', async () => {
      const longest = [...quotes].sort((a, b) => wordCount(b.text) - wordCount(a.text))[0]!;
      const el = await renderAt(
        1280,
        html`<cst-quote variant="pull" quote=${longest.id}></cst-quote>`,
      );
      // The element fills the column …
      expect(box(el).width).to.equal(1280);
      // … its words do not: 70 characters a line at most (--cst-measure).
      const words = part(el, 'text')!;
      const p = words.querySelector('p')!;
      const measure = px(getComputedStyle(p).maxWidth);
      expect(measure).to.be.above(300);
      expect(measure).to.be.below(1000);
      expect(box(p).width).to.be.at.most(measure + 0.5);
      expect(linesOf(words)).to.be.at.most(9);
    });

    it('pull: on a narrow screen a short quote is set smaller, still larger than the page text', async () => {
      const id = quotes.find((q) => lengthOf(q.text) === 'short')!.id;
      const wide = await renderAt(1280, html`<cst-quote variant="pull" quote=${id}></cst-quote>`);
      const narrow = await renderAt(320, html`<cst-quote variant="pull" quote=${id}></cst-quote>`);
      const sizeOf = (el: Element) => px(getComputedStyle(part(el, 'text')!).fontSize);
      expect(sizeOf(narrow)).to.be.below(sizeOf(wide));
      expect(sizeOf(narrow)).to.be.above(16);
    });

    it('--cst-quote-text-size sets the words of every length and variant', async () => {
      for (const variant of ['card', 'pull', 'inline']) {
        for (const id of ['zas-2020-medical-unit', 'zas-2020-mercenary']) {
          const el = await render(
            html`<cst-quote
              style="--cst-quote-text-size: 19px"
              variant=${variant}
              quote=${id}
            ></cst-quote>`,
          );
          expect(getComputedStyle(part(el, 'text')!).fontSize, `${variant} ${id}`).to.equal('19px');
        }
      }
    });

    it("--cst-quote-rule-color colours the pull quote's rule and the card's mark", async () => {
      const style = '--cst-quote-rule-color: rgb(200, 0, 0)';
      const pull = await render(
        html`<cst-quote style=${style} variant="pull" quote="zas-2020-medical-unit"></cst-quote>`,
      );
      expect(getComputedStyle(part(pull, 'figure')!).borderLeftColor).to.equal('rgb(200, 0, 0)');
      const card = await render(
        html`<cst-quote style=${style} quote="zas-2020-medical-unit"></cst-quote>`,
      );
      expect(getComputedStyle(inShadow(card, '.mark')).color).to.equal('rgb(200, 0, 0)');
    });

    it('reserves 8rem (inline 3rem), or --cst-quote-min-block-size', async () => {
      const card = await render(html`<cst-quote quote="zas-2020-medical-unit"></cst-quote>`);
      expect(getComputedStyle(part(card, 'base')!).minHeight).to.equal('128px');
      const inline = await render(
        html`<cst-quote variant="inline" quote="zas-2020-medical-unit"></cst-quote>`,
      );
      expect(getComputedStyle(part(inline, 'base')!).minHeight).to.equal('48px');
      const set = await render(
        html`<cst-quote
          style="--cst-quote-min-block-size: 300px"
          quote="zas-2020-medical-unit"
        ></cst-quote>`,
      );
      expect(box(part(set, 'base')!).height).to.be.at.least(300);
    });

    it('follows changes; reflects a value set as a property, never its default', async () => {
      const el = await render(html`<cst-quote quote="zas-2020-medical-unit"></cst-quote>`);
      expect(el.variant).to.equal('card');
      expect(el.hasAttribute('variant')).to.equal(false);
      el.variant = 'inline';
      await el.updateComplete;
      expect(el.getAttribute('variant')).to.equal('inline');
      expect(part(el, 'base')!.classList.contains('inline')).to.equal(true);
      el.setAttribute('variant', 'pull');
      await el.updateComplete;
      expect(el.variant).to.equal('pull');
      expect(part(el, 'base')!.classList.contains('pull')).to.equal(true);
    });
  });

  describe('host', () => {
    it('has outer block margins, fills its column, and takes a max width, each a custom property', async () => {
      const el = await renderAt(1280, html`<cst-quote quote="zas-2020-medical-unit"></cst-quote>`);
      const style = getComputedStyle(el);
      expect(style.display).to.equal('block');
      expect([style.marginTop, style.marginBottom]).to.deep.equal(['24px', '24px']);
      expect(style.maxWidth).to.equal('none');
      expect(box(el).width).to.equal(1280);
      const set = await renderAt(
        1280,
        html`<cst-quote
          style="--cst-margin: 4px; --cst-max-width: 30rem"
          quote="zas-2020-medical-unit"
        ></cst-quote>`,
      );
      expect(getComputedStyle(set).marginTop).to.equal('4px');
      expect(getComputedStyle(set).marginBottom).to.equal('4px');
      expect(box(set).width).to.equal(480);
    });

    it('takes the page font and colour', async () => {
      const wrap = await fixture(
        html`<div style="font: 20px Georgia, serif; color: rgb(1, 2, 3)">
          <cst-quote quote="zas-2020-medical-unit"></cst-quote>
        </div>`,
      );
      const el = wrap.querySelector('cst-quote')!;
      await el.updateComplete;
      const speaker = getComputedStyle(part(el, 'speaker')!);
      expect(speaker.fontFamily).to.contain('Georgia');
      expect(speaker.color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    });
  });

  describe('language', () => {
    it('lang="ru": Russian UI and names, English words marked lang="en"', async () => {
      const el = await render(html`<cst-quote lang="ru" speaker="tokayev"></cst-quote>`);
      const quote = quotesBySpeaker({ quotes, people }, 'tokayev')[0]!;
      const source = sourceOf(quote.source!);
      expect(partText(el, 'speaker')).to.equal(TOKAYEV.name.ru);
      expect(partText(el, 'title')).to.equal(quote.title!.ru);
      expect(partText(el, 'event')).to.equal(quote.event!.ru!);
      expect(inShadow(el, 'time').textContent).to.equal(spelled(quote.date, 'ru'));
      const blockquote = inShadow(el, 'blockquote');
      expect(blockquote.getAttribute('lang')).to.equal('en');
      expect(blockquote.textContent!.trim()).to.equal(quote.text);
      // A short word stays with the next one.
      expect(squash(notesLine(el)!.textContent)).to.equal(
        `Источник: ${source.title}${NBSP}· Опубликованный перевод на${NBSP}английский язык`,
      );
      expect(citations(el)[0]!.querySelector('cite[lang="en"]')!.textContent).to.equal(
        source.title,
      );
      expect(partText(el, 'copy')).to.equal('Копировать цитату');
    });

    it('lang="kk": Kazakh UI and date; names the data has only in Russian marked lang="ru"', async () => {
      const el = await render(html`<cst-quote lang="kk" speaker="tokayev"></cst-quote>`);
      const quote = quotesBySpeaker({ quotes, people }, 'tokayev')[0]!;
      const source = sourceOf(quote.source!);
      expect(TOKAYEV.name.kk, 'no Kazakh name in the data').to.equal(undefined);
      expect(partText(el, 'speaker')).to.equal(TOKAYEV.name.ru);
      expect(part(el, 'speaker')!.getAttribute('lang')).to.equal('ru');
      expect(partText(el, 'title')).to.equal(quote.title!.ru);
      expect(part(el, 'title')!.getAttribute('lang')).to.equal('ru');
      expect(partText(el, 'event')).to.equal(quote.event!.ru!);
      expect(part(el, 'event')!.getAttribute('lang')).to.equal('ru');
      expect(inShadow(el, 'time').textContent!.replace(/\u00a0/g, ' ')).to.equal(
        '2022 ж. 16 мамыр',
      );
      expect(inShadow(el, 'blockquote').getAttribute('lang')).to.equal('en');
      expect(squash(notesLine(el)!.textContent).replace(/\u00a0/g, ' ')).to.equal(
        `Дереккөз: ${source.title} · Жарияланған ағылшынша аудармасы`,
      );
      expect(partText(el, 'copy')).to.equal('Дәйексөзді көшіру');
      // In Russian the same names are the reader's own: not marked.
      const ru = await render(html`<cst-quote lang="ru" speaker="tokayev"></cst-quote>`);
      expect(part(ru, 'speaker')!.hasAttribute('lang')).to.equal(false);
    });

    it('lang="ru": a publisher name in English is marked lang="en" too', async () => {
      const quote = byId('lukashenko-2022-hybrid-war');
      const source = sourceOf(quote.source!);
      const el = await render(
        html`<cst-quote lang="ru" quote="lukashenko-2022-hybrid-war"></cst-quote>`,
      );
      const line = citations(el)[0]!;
      expect(line.querySelector('cite')!.getAttribute('lang')).to.equal('en');
      const publisher = [...line.querySelectorAll('span[lang="en"]')].find(
        (s) => s.textContent === source.publisher,
      );
      expect(publisher).to.exist;
    });

    it('marks Russian words and a Russian source on an English page', async () => {
      const provider = await fixture<CstProvider>(
        html`<cst-provider .data=${russianData}
          ><cst-quote quote="zas-2024-russian"></cst-quote
        ></cst-provider>`,
      );
      const el = provider.querySelector('cst-quote')!;
      await waitUntil(() => quoteText(el) === russianData.quotes![0]!.text, 'publisher quote');
      expect(inShadow(el, 'blockquote').getAttribute('lang')).to.equal('ru');
      const cite = citations(el)[0]!.querySelector('cite')!;
      expect(cite.getAttribute('lang')).to.equal('ru');
      expect(cite.querySelector('a')!.getAttribute('href')).to.equal('https://news.example/ru');
      // Not a translation: no note.
      expect(part(el, 'note')).to.equal(null);
      el.lang = 'ru';
      await waitUntil(() => partText(el, 'speaker') === personOf('zas').name.ru, 'lang change');
      expect(inShadow(el, 'blockquote').getAttribute('lang')).to.equal('ru');
      expect(citations(el)[0]!.querySelector('cite')!.hasAttribute('lang')).to.equal(false);
    });

    it('takes lang from an ancestor and re-renders when it changes', async () => {
      const wrap = await fixture(
        html`<div lang="ru-RU"><cst-quote quote="putin-2020-great-victory"></cst-quote></div>`,
      );
      const el = wrap.querySelector('cst-quote')!;
      await el.updateComplete;
      expect(partText(el, 'speaker')).to.equal(personOf('putin').name.ru);
      el.lang = 'en';
      await waitUntil(
        () => partText(el, 'speaker') === personOf('putin').name.en,
        'lang change re-renders',
      );
      expect(lineText(el)).to.match(/^Source: /);
      expect(partText(el, 'copy')).to.equal('Copy quote');
    });

    it('takes lang from a provider', async () => {
      const provider = await fixture(
        html`<cst-provider lang="ru"
          ><cst-quote quote="zas-2020-medical-unit"></cst-quote
        ></cst-provider>`,
      );
      const el = provider.querySelector('cst-quote')!;
      await waitUntil(() => partText(el, 'speaker') === personOf('zas').name.ru);
      expect(inShadow(el, 'time').textContent).to.equal(
        spelled(byId('zas-2020-medical-unit').date, 'ru'),
      );
    });
  });

  describe('theme', () => {
    it('dark sets its own palette, painted in its frame', async () => {
      const el = await render(
        html`<cst-quote theme="dark" quote="zas-2020-medical-unit"></cst-quote>`,
      );
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(31, 31, 36)');
      expect(getComputedStyle(el).color).to.equal('rgb(236, 236, 241)');
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
    });

    it('light sets its own palette', async () => {
      const el = await render(
        html`<cst-quote theme="light" quote="zas-2020-medical-unit"></cst-quote>`,
      );
      expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(el).color).to.equal('rgb(27, 27, 31)');
      expect(getComputedStyle(el).colorScheme).to.equal('light');
    });

    const frameOf = (el: Element) => {
      const style = getComputedStyle(part(el, 'base')!);
      return [
        style.borderTopStyle,
        style.borderTopWidth,
        style.borderTopLeftRadius,
        style.paddingTop,
        style.paddingLeft,
      ];
    };
    for (const variant of ['card', 'pull', 'inline'] as const) {
      it(`${variant}: a theme changes the colours only, never the frame`, async () => {
        const frames = [];
        for (const theme of ['auto', 'light', 'dark']) {
          const el = await render(
            html`<cst-quote
              theme=${theme}
              variant=${variant}
              quote="zas-2020-medical-unit"
            ></cst-quote>`,
          );
          frames.push(frameOf(el));
        }
        expect(frames[1]).to.deep.equal(frames[0]);
        expect(frames[2]).to.deep.equal(frames[0]);
      });
    }

    it('open and themed: no border, the painted ground keeps the padding', async () => {
      const el = await render(
        html`<cst-quote
          theme="dark"
          frame="open"
          variant="pull"
          quote="zas-2020-medical-unit"
        ></cst-quote>`,
      );
      const style = getComputedStyle(part(el, 'base')!);
      expect(style.borderTopStyle).to.equal('none');
      expect([style.paddingTop, style.paddingBottom]).to.deep.equal(['16px', '16px']);
      expect(style.backgroundColor).to.equal('rgb(31, 31, 36)');
      expect(box(part(el, 'text')!).top - box(el).top).to.be.at.least(16);
    });

    for (const variant of ['card', 'pull', 'inline'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        it(`is accessible: ${variant}, ${theme}`, async () => {
          const el = await render(
            html`<cst-quote
              theme=${theme}
              variant=${variant}
              quote="lukashenko-2022-hybrid-war"
            ></cst-quote>`,
          );
          await expect(el).to.be.accessible();
        });
      }
    }

    it('is accessible with a source link and a copy status, in Russian', async () => {
      const provider = await fixture<CstProvider>(
        html`<cst-provider .data=${publisherData}
          ><cst-quote theme="dark" lang="ru" speaker="tokayev"></cst-quote
        ></cst-provider>`,
      );
      const el = provider.querySelector('cst-quote')!;
      await waitUntil(() => citations(el)[0]?.querySelector('a'));
      const clipboard = stubClipboard(async () => {});
      try {
        part(el, 'copy')!.click();
        await waitUntil(() => partText(el, 'status') === 'Скопировано');
      } finally {
        clipboard.restore();
      }
      await expect(el).to.be.accessible();
    });
  });

  describe('provider', () => {
    it('shows publisher data: a newer quote, with a linked source', async () => {
      const provider = await fixture<CstProvider>(
        html`<cst-provider><cst-quote speaker="Kassym-Zhomart Tokayev"></cst-quote></cst-provider>`,
      );
      const el = provider.querySelector('cst-quote')!;
      expect(quoteText(el)).to.equal(shown(FIRST_USE));
      provider.data = publisherData;
      await waitUntil(() => quoteText(el) === 'A publisher-supplied line for the test.');
      expect(inShadow(el, 'blockquote').getAttribute('cite')).to.equal(
        'https://news.example/transcript',
      );
      const link = citations(el)[0]!.querySelector('cite > a')!;
      expect(link.getAttribute('href')).to.equal('https://news.example/transcript');
      expect(link.textContent).to.equal('Interview transcript');
      // The line names the publisher and the date; the list the linked title too.
      expect(lineText(el)).to.equal(`Source: Example News, ${spelled('2024-03-01')}`);
      expectNotes(el, publisherData.sources as never);
      expect(partText(el, 'event')).to.equal('Press conference, Astana');
      expect(inShadow(el, 'time').getAttribute('datetime')).to.equal('2024-03-01');
      expect(inShadow(el, 'time').textContent).to.equal(spelled('2024-03-01'));
      // Not marked as a translation.
      expect(part(el, 'note')).to.equal(null);
    });

    it('reaches a quote that was upgraded before the provider was defined', async () => {
      const tag = `late-provider-${Math.random().toString(36).slice(2)}`;
      const host = await fixture(html`<div></div>`);
      let el!: CstQuote;
      await captureWarnings(async () => {
        host.innerHTML = `<${tag} src="/__fixtures__/publisher?file=publisher.json"><cst-quote quote="publisher-sample"><p>Loading the quote</p></cst-quote></${tag}>`;
        el = host.querySelector('cst-quote')!;
        await el.updateComplete;
        // Not in the bundled data: the fallback shows until the provider brings it.
        expect(el.shadowRoot!.querySelector('slot')).to.exist;
        customElements.define(tag, class extends CstProvider {});
        await waitUntil(
          () => quoteText(el) === 'A sample line that only exists in a publisher file.',
          'late provider answers',
        );
      });
      expect(partText(el, 'speaker')).to.equal(personOf('zas').name.en);
      expect(citations(el)[0]!.querySelector('a')!.getAttribute('href')).to.equal(
        'https://news.example/research',
      );
    });

    it('keeps rendering when the provider has a malformed as-of', async () => {
      let el!: CstQuote;
      const warnings = await captureWarnings(async () => {
        const provider = await fixture(
          html`<cst-provider as-of="16/05/2022"
            ><cst-quote quote="zas-2020-medical-unit"></cst-quote
          ></cst-provider>`,
        );
        el = provider.querySelector('cst-quote')!;
        await el.updateComplete;
      });
      expect(warnings.join('\n')).to.contain('as-of="16/05/2022"');
      expect(quoteText(el)).to.equal(shown(byId('zas-2020-medical-unit')));
    });

    it('an as-of does not change which quote is shown or what it says', async () => {
      const provider = await fixture(
        html`<cst-provider as-of="2021-01-01"><cst-quote speaker="zas"></cst-quote></cst-provider>`,
      );
      const el = provider.querySelector('cst-quote')!;
      await el.updateComplete;
      const latest = quotesBySpeaker({ quotes, people }, 'zas')[0]!;
      expect(quoteText(el)).to.equal(shown(latest));
      expect(shadowText(el)).not.to.contain('2021');
    });
  });

  describe('links', () => {
    /** The view and markup of a quote whose source has the given address (publisher data is
     * validated before it gets here; the element holds the line on its own too). */
    async function withAddress(url: string) {
      await CstQuote.renderer.data.load(null, 'en');
      const bundle = CstQuote.renderer.data.current();
      const data: QuoteData = {
        ...bundle,
        sources: [...bundle.sources, { ...sourceOf('seed-001'), id: 'addressed', url }],
        quotes: [...bundle.quotes, { ...FIRST_USE, id: 'addressed-quote', source: 'addressed' }],
      };
      const result = CstQuote.renderer.view({
        tag: 'cst-quote',
        attrs: { quote: 'addressed-quote' },
        data,
        lang: 'en',
        asOf: meta.asOf as IsoDate,
        today: '2025-11-27' as IsoDate,
      });
      const view = (result as { view: QuoteView }).view;
      const host = document.createElement('div');
      litRender(CstQuote.renderer.template(view, {}), host);
      return { view, host };
    }

    it('links an http(s) source and cites it on the blockquote and in the copied line', async () => {
      for (const url of ['https://example.org/a', 'http://example.org/b']) {
        const { view, host } = await withAddress(url);
        expect(host.querySelector('cite > a')!.getAttribute('href')).to.equal(url);
        expect(host.querySelector('blockquote')!.getAttribute('cite')).to.equal(url);
        expect(view.copyText.endsWith(`(${url})`)).to.equal(true);
      }
    });

    it('never links any other address', async () => {
      for (const url of [
        'javascript:alert(1)',
        'JAVASCRIPT:alert(1)',
        'data:text/html,<b>x</b>',
        'ftp://example.org/x',
        '//example.org/x',
        'https://example.org/a b',
      ]) {
        const { view, host } = await withAddress(url);
        expect(host.querySelector('a'), url).to.equal(null);
        expect(host.querySelector('blockquote')!.hasAttribute('cite'), url).to.equal(false);
        expect(view.copyText, url).not.to.contain(url);
        expect(squash(host.querySelector('[part~="citation"]')!.textContent), url).to.contain(
          sourceOf('seed-001').title,
        );
      }
    });
  });

  describe('copy button', () => {
    const source = sourceOf(FIRST_USE.source!).title;
    /** Copy text: "words — speaker, title, event, date, source" (format unchanged). */
    const tokayevLine =
      `${FIRST_USE.text} — ${TOKAYEV.name.en}, ${FIRST_USE.title!.en}, ` +
      `${FIRST_USE.event!.en}, ${spelled(FIRST_USE.date)}, ${source}`;

    it('is a real, named, focusable button', async () => {
      const el = await render(html`<cst-quote quote="tokayev-2022-first-use"></cst-quote>`);
      const button = part(el, 'copy') as HTMLButtonElement;
      expect(button.localName).to.equal('button');
      expect(button.type).to.equal('button');
      expect(button.textContent!.trim()).to.equal('Copy quote');
      button.focus();
      expect(el.shadowRoot!.activeElement).to.equal(button);
      // A visible focus ring for keyboard focus.
      expect(button.matches(':focus-visible')).to.equal(true);
      expect(getComputedStyle(button).outlineStyle).to.equal('solid');
      expect(getComputedStyle(button).outlineWidth).to.equal('2px');
      const status = part(el, 'status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.getAttribute('aria-live')).to.equal('polite');
      expect(status.textContent!.trim()).to.equal('');
    });

    it('copies "text — speaker, title, event, date, source" and fires cst-copy', async () => {
      const el = await render(html`<cst-quote quote="tokayev-2022-first-use"></cst-quote>`);
      const clipboard = stubClipboard(async () => {});
      try {
        const copied = oneEvent(el, 'cst-copy') as Promise<CstCopyEvent>;
        part(el, 'copy')!.click();
        const event = await copied;
        expect(clipboard.written).to.deep.equal([tokayevLine]);
        expect(event.detail).to.deep.equal({ text: tokayevLine });
        expect(event.bubbles && event.composed).to.equal(true);
        await el.updateComplete;
        expect(partText(el, 'status')).to.equal('Copied');
      } finally {
        clipboard.restore();
      }
    });

    it('copies in the UI language, with the source address in parentheses', async () => {
      let el!: CstQuote;
      // The id exists only in the publisher data, which arrives after the first render.
      await captureWarnings(async () => {
        const provider = await fixture<CstProvider>(
          html`<cst-provider .data=${publisherData}
            ><cst-quote lang="ru" quote="tokayev-2024-sample"></cst-quote
          ></cst-provider>`,
        );
        el = provider.querySelector('cst-quote')!;
        await waitUntil(() => quoteText(el) === 'A publisher-supplied line for the test.');
      });
      const clipboard = stubClipboard(async () => {});
      try {
        const copied = oneEvent(el, 'cst-copy') as Promise<CstCopyEvent>;
        part(el, 'copy')!.click();
        await copied;
        // Russian typography: the dash never starts a line.
        expect(clipboard.written).to.deep.equal([
          `A publisher-supplied line for the test.${NBSP}— ${TOKAYEV.name.ru}, Президент Казахстана, ` +
            `Пресс-конференция, Астана, ${spelled('2024-03-01', 'ru')}, ` +
            'Interview transcript (https://news.example/transcript)',
        ]);
        await el.updateComplete;
        expect(partText(el, 'status')).to.equal('Скопировано');
      } finally {
        clipboard.restore();
      }
    });

    it('marks words that begin mid-sentence with an ellipsis, on screen and in the copied line', async () => {
      const midSentence = quotes.filter((q) => /^\p{Ll}/u.test(q.text));
      expect(midSentence.map((q) => q.id)).to.include('lukashenko-2022-hybrid-war');
      for (const q of midSentence) {
        const el = await render(html`<cst-quote quote=${q.id} variant="pull"></cst-quote>`);
        expect(quoteText(el), q.id).to.equal(`…${q.text}`);
        const clipboard = stubClipboard(async () => {});
        try {
          const copied = oneEvent(el, 'cst-copy') as Promise<CstCopyEvent>;
          part(el, 'copy')!.click();
          expect((await copied).detail.text.startsWith(`…${q.text} — `), q.id).to.equal(true);
        } finally {
          clipboard.restore();
        }
      }
      // Words that begin a sentence are shown as they are.
      const el = await render(html`<cst-quote quote="tokayev-2022-first-use"></cst-quote>`);
      expect(quoteText(el)).to.equal(FIRST_USE.text);
    });

    it('copies an author quote without a title', async () => {
      const el = await render(html`<cst-quote quote="statement-2022-test-of-time"></cst-quote>`);
      const clipboard = stubClipboard(async () => {});
      try {
        const copied = oneEvent(el, 'cst-copy') as Promise<CstCopyEvent>;
        part(el, 'copy')!.click();
        expect((await copied).detail.text).to.equal(
          `${STATEMENT.text} — ${STATEMENT.author!.en}, ${STATEMENT.event!.en}, ` +
            `${spelled(STATEMENT.date)}, ${sourceOf(STATEMENT.source!).title}`,
        );
      } finally {
        clipboard.restore();
      }
    });

    it('announces a failure, without throwing or firing cst-copy, when writing is refused', async () => {
      const el = await render(html`<cst-quote quote="tokayev-2022-first-use"></cst-quote>`);
      const clipboard = stubClipboard(() => Promise.reject(new DOMException('denied')));
      const fired: Event[] = [];
      el.addEventListener('cst-copy', (e) => fired.push(e));
      try {
        part(el, 'copy')!.click();
        await waitUntil(() => partText(el, 'status') !== '');
        expect(clipboard.written).to.deep.equal([tokayevLine]);
        expect(partText(el, 'status')).to.equal(
          'Could not copy. Select the text and copy it yourself.',
        );
        expect(fired).to.have.length(0);
      } finally {
        clipboard.restore();
      }
    });

    it('announces a failure when there is no clipboard API, and recovers', async () => {
      const el = await render(
        html`<cst-quote lang="ru" quote="tokayev-2022-first-use"></cst-quote>`,
      );
      let clipboard = stubClipboard();
      try {
        part(el, 'copy')!.click();
        await waitUntil(() => partText(el, 'status') !== '');
        expect(partText(el, 'status')).to.equal(
          `Не${NBSP}удалось скопировать. Выделите текст и${NBSP}скопируйте его вручную.`,
        );
      } finally {
        clipboard.restore();
      }
      clipboard = stubClipboard(async () => {});
      try {
        const copied = oneEvent(el, 'cst-copy');
        part(el, 'copy')!.click();
        await copied;
        await el.updateComplete;
        expect(partText(el, 'status')).to.equal('Скопировано');
      } finally {
        clipboard.restore();
      }
    });

    it('announces a second copy again', async () => {
      const el = await render(html`<cst-quote quote="tokayev-2022-first-use"></cst-quote>`);
      const clipboard = stubClipboard(async () => {});
      const seen: string[] = [];
      const observer = new MutationObserver(() => seen.push(partText(el, 'status')));
      try {
        for (let i = 0; i < 2; i++) {
          const copied = oneEvent(el, 'cst-copy');
          part(el, 'copy')!.click();
          await copied;
          await el.updateComplete;
          if (i === 0) {
            observer.observe(part(el, 'status')!, {
              childList: true,
              characterData: true,
              subtree: true,
            });
          }
        }
        expect(partText(el, 'status')).to.equal('Copied');
        // Emptied, then filled: a screen reader hears the second copy.
        expect(seen).to.include('');
        expect(seen.at(-1)).to.equal('Copied');
      } finally {
        observer.disconnect();
        clipboard.restore();
      }
    });

    it('clears the status when another quote is shown', async () => {
      const el = await render(html`<cst-quote quote="tokayev-2022-first-use"></cst-quote>`);
      const clipboard = stubClipboard(async () => {});
      try {
        const copied = oneEvent(el, 'cst-copy');
        part(el, 'copy')!.click();
        await copied;
        await el.updateComplete;
        expect(partText(el, 'status')).to.equal('Copied');
        el.quote = 'zas-2020-medical-unit';
        await el.updateComplete;
        expect(partText(el, 'status')).to.equal('');
      } finally {
        clipboard.restore();
      }
    });
  });

  describe('rendering failure', () => {
    class BrokenQuote extends CstQuote {
      protected override renderView(): TemplateResult {
        throw new Error('boom');
      }
    }
    customElements.define('broken-quote', BrokenQuote);

    it('shows the fallback and reports render-failed', async () => {
      const outcome = await renderBadInput(
        html`<broken-quote quote="tokayev-2022-first-use"
          ><blockquote>Fallback words</blockquote></broken-quote
        >`,
      );
      expectReported(outcome, { tag: 'broken-quote', attribute: 'render', code: 'render-failed' });
      expect(outcome.warnings[0]).to.contain('boom');
      const slot = outcome.el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Fallback words');
    });
  });
  describe('bad input', () => {
    // Everyone with quotes in the data, by English name.
    const speakers = people
      .filter((p) => quotes.some((q) => q.speaker === p.id))
      .map((p) => p.name.en)
      .sort()
      .join(', ');
    const topicsOf = (list: typeof quotes) =>
      [...new Set(list.flatMap((q) => q.topics))].sort().join(', ');
    /** A list of choices in a message: the first twelve, then how many there are. */
    const listed = (choices: string) => {
      const all = choices.split(', ');
      return all.length > 12 ? `${all.slice(0, 12).join(', ')} … (${all.length} in all)` : choices;
    };

    it('missing: names the attributes, speakers and topics; shows the fallback', async () => {
      const outcome = await renderBadInput(html`<cst-quote><p>Quote unavailable.</p></cst-quote>`);
      expectReported(outcome, {
        tag: 'cst-quote',
        attribute: 'quote, speaker or topic',
        code: 'missing-attribute',
        includes: [speakers, topicsOf(quotes)],
      });
      const slot = outcome.el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Quote unavailable.');
      expect(outcome.el.shadowRoot!.querySelector('figure')).to.equal(null);
    });

    it('says at once which kind of problem it is, and its warning words that kind', async () => {
      // The code is known before the details load: a provider still loading holds back only a
      // not-found, and the element reports the rest at once. The details then say the same.
      await CstQuote.renderer.data.load(null, 'en');
      const data = CstQuote.renderer.data.current();
      const cases: [Record<string, string>, string][] = [
        [{}, 'missing-attribute'],
        [{ quote: '' }, 'invalid-value'],
        [{ speaker: ' ' }, 'invalid-value'],
        [{ topic: '' }, 'invalid-value'],
        [{ quote: 'no-such-quote' }, 'not-found'],
        [{ speaker: 'nobody' }, 'not-found'],
        [{ speaker: 'tokayev', topic: 'no-such-topic' }, 'not-found'],
        [{ topic: 'no-such-topic' }, 'not-found'],
      ];
      const WORDING: Record<string, string> = {
        'missing-attribute': '<cst-quote> needs a quote, speaker or topic attribute',
        'invalid-value': '" is empty;',
        'not-found': '" is not valid;',
      };
      for (const [attrs, code] of cases) {
        const result = CstQuote.renderer.view({
          tag: 'cst-quote',
          attrs,
          data,
          lang: 'en',
          asOf: meta.asOf as IsoDate,
          today: meta.asOf as IsoDate,
        });
        expect('problem' in result, JSON.stringify(attrs)).to.equal(true);
        const { problem } = result as { problem: Problem };
        expect(problem.code, JSON.stringify(attrs)).to.equal(code);
        const warning = describeProblem(await explained(problem), 'cst-quote');
        expect(warning, JSON.stringify(attrs)).to.contain(WORDING[code]!);
      }
    });

    it('missing without fallback: a neutral notice', async () => {
      const outcome = await renderBadInput(html`<cst-quote></cst-quote>`);
      expect(outcome.errors[0]!.detail.code).to.equal('missing-attribute');
      expect(shadowText(outcome.el)).to.equal('This content is not available.');
    });

    it('missing, in Russian: the notice is Russian', async () => {
      const outcome = await renderBadInput(html`<cst-quote lang="ru"></cst-quote>`);
      expect(shadowText(outcome.el)).to.equal('Этот материал недоступен.');
    });

    it('empty quote', async () => {
      const outcome = await renderBadInput(html`<cst-quote quote=""></cst-quote>`);
      expectReported(outcome, {
        tag: 'cst-quote',
        attribute: 'quote=""',
        code: 'invalid-value',
        includes: ['is empty', 'tokayev-2022-first-use'],
      });
    });

    it('empty speaker', async () => {
      const outcome = await renderBadInput(html`<cst-quote speaker="  "></cst-quote>`);
      expectReported(outcome, {
        tag: 'cst-quote',
        attribute: 'speaker="  "',
        code: 'invalid-value',
        includes: ['is empty', speakers],
      });
    });

    it('empty topic', async () => {
      const outcome = await renderBadInput(html`<cst-quote topic=""></cst-quote>`);
      expectReported(outcome, {
        tag: 'cst-quote',
        attribute: 'topic=""',
        code: 'invalid-value',
        includes: ['is empty', `valid values: ${listed(topicsOf(quotes))}.`],
      });
    });

    it('an empty attribute is ignored when another one selects', async () => {
      const el = await render(html`<cst-quote quote="" speaker="zas" topic=""></cst-quote>`);
      expect(quoteText(el)).to.equal(shown(byId('zas-2022-peacekeeping-contingent')));
    });

    it('unknown quote id: lists ids, suggests the closest', async () => {
      const outcome = await renderBadInput(
        html`<cst-quote quote="tokayev-2022-first-us"><p>Fallback</p></cst-quote>`,
      );
      expectReported(outcome, {
        tag: 'cst-quote',
        attribute: 'quote',
        value: 'tokayev-2022-first-us',
        code: 'not-found',
        includes: [
          'valid values: tokayev-2022-first-use,',
          'Did you mean "tokayev-2022-first-use"?',
        ],
      });
      expect(outcome.el.shadowRoot!.querySelector('slot')).to.exist;
    });

    it('unknown speaker: lists speakers, suggests by any spelling', async () => {
      const outcome = await renderBadInput(html`<cst-quote speaker="Tokaiev"></cst-quote>`);
      expectReported(outcome, {
        tag: 'cst-quote',
        attribute: 'speaker',
        value: 'Tokaiev',
        code: 'not-found',
        includes: [`valid values: ${speakers}`, 'Did you mean "Kassym-Jomart Tokayev"?'],
      });
      const cyrillic = await renderBadInput(html`<cst-quote speaker="Лукашенка"></cst-quote>`);
      expect(cyrillic.warnings[0]).to.contain('Did you mean "Alexander Lukashenko"?');
    });

    it('a known person without quotes is named as such', async () => {
      const outcome = await renderBadInput(html`<cst-quote speaker="Pashinyan"></cst-quote>`);
      expectReported(outcome, {
        tag: 'cst-quote',
        attribute: 'speaker',
        value: 'Pashinyan',
        code: 'not-found',
        includes: ['Nikol Pashinyan has no quotes in the data.', speakers],
      });
    });

    it('unknown topic: lists topics, suggests the closest', async () => {
      const outcome = await renderBadInput(html`<cst-quote topic="peacekeping"></cst-quote>`);
      expectReported(outcome, {
        tag: 'cst-quote',
        attribute: 'topic',
        value: 'peacekeping',
        code: 'not-found',
        includes: [`valid values: ${listed(topicsOf(quotes))}.`, 'Did you mean "peacekeeping"?'],
      });
    });

    it("a topic the speaker has no quote on: lists the speaker's topics", async () => {
      const outcome = await renderBadInput(
        html`<cst-quote speaker="putin" topic="nato"></cst-quote>`,
      );
      expectReported(outcome, {
        tag: 'cst-quote',
        attribute: 'topic',
        value: 'nato',
        code: 'not-found',
        includes: [
          `valid values: ${topicsOf(quotes.filter((q) => q.speaker === 'putin'))}.`,
          "Vladimir Putin's quotes",
        ],
      });
    });

    it('unknown variant: suggests the closest and shows the fallback', async () => {
      const outcome = await renderBadInput(
        html`<cst-quote variant="pul" quote="zas-2020-medical-unit"><p>Fallback</p></cst-quote>`,
      );
      expectReported(outcome, {
        tag: 'cst-quote',
        attribute: 'variant',
        value: 'pul',
        code: 'invalid-value',
        includes: ['card, pull, inline', 'Did you mean "pull"?'],
      });
      expect(outcome.el.shadowRoot!.querySelector('figure')).to.equal(null);
    });

    it('unknown theme: warns and still renders', async () => {
      const outcome = await renderBadInput(
        html`<cst-quote theme="drak" quote="zas-2020-medical-unit"></cst-quote>`,
      );
      expectReported(outcome, {
        tag: 'cst-quote',
        attribute: 'theme',
        value: 'drak',
        code: 'invalid-value',
        includes: ['"dark"'],
      });
      expect(quoteText(outcome.el)).to.equal(shown(byId('zas-2020-medical-unit')));
    });

    it('a date-like value is just an unknown id (the element takes no date)', async () => {
      const outcome = await renderBadInput(html`<cst-quote quote="2022-13-45"></cst-quote>`);
      expectReported(outcome, {
        tag: 'cst-quote',
        attribute: 'quote',
        value: '2022-13-45',
        code: 'not-found',
      });
    });

    for (const attribute of ['quote', 'speaker', 'topic', 'variant'] as const) {
      it(`markup in ${attribute} is shown as text only, never run`, async () => {
        const hostile = '<img src=x onerror="window.__cstPwned = true">';
        const el = document.createElement('cst-quote');
        if (attribute === 'variant') el.setAttribute('quote', 'zas-2020-medical-unit');
        el.setAttribute(attribute, hostile);
        const outcome = await renderBadInput(html`<div>${el}</div>`);
        outcome.el = el;
        expect(outcome.warnings).to.have.length(1);
        expect(outcome.warnings[0]).to.contain(`<cst-quote> ${attribute}="${hostile}"`);
        expect(outcome.errors[0]!.detail.message).to.equal(outcome.warnings[0]);
        expect(el.shadowRoot!.querySelector('img')).to.equal(null);
        expect(shadowText(el)).to.equal('This content is not available.');
        await new Promise((r) => setTimeout(r, 0));
        expect((window as unknown as { __cstPwned?: boolean }).__cstPwned).to.equal(undefined);
      });
    }

    it('recovers when a bad attribute is fixed', async () => {
      const outcome = await renderBadInput(html`<cst-quote quote="nope"></cst-quote>`);
      const el = outcome.el as CstQuote;
      el.quote = 'zas-2020-medical-unit';
      await el.updateComplete;
      expect(quoteText(el)).to.equal(shown(byId('zas-2020-medical-unit')));
    });
  });
});
