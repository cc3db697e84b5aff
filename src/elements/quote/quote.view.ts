import { roleOn } from '../../data/queries/people.js';
import { findQuote } from '../../data/queries/quotes.js';
import { byId, inLanguage } from '../../data/queries/records.js';
import type { CitedSource } from '../../data/project.js';
import type { QuoteData } from './quote.data.js';
import type { IsoDate, Lang } from '../../data/types.js';
import type { ViewInput, ViewResult } from '../../internal/base.js';
import { fillText, formatDate } from '../../internal/format.js';
import { webUrl } from '../../internal/markup.js';
import { isProblem, type Problem } from '../../internal/problems.js';
import { given, read, type Attributes, type Values } from '../../internal/spec.js';
import { attributes } from './quote.spec.js';
import { strings } from './quote.strings.js';

export type QuoteVariant = Values<typeof attributes>['variant'];

/** What a quote shows. */
export interface QuoteView {
  lang: Lang;
  variant: QuoteVariant;
  /**
   * The words, in the language the source prints them; after an ellipsis when they begin
   * mid-sentence (with a lower-case letter), before one when they end mid-sentence (with no
   * closing punctuation), as the source quotes them.
   */
  text: string;
  textLang: Lang;
  date: IsoDate;
  /** The words are an English rendering published by the source. */
  translation: boolean;
  /** Speaker's display name, or the author of a Council document. */
  who: string;
  /** The speaker's title at the time. */
  title: string;
  /** The occasion. */
  event: string;
  /** What the words are about, when they would mislead alone: follows the title. */
  context?: string;
  /**
   * The language of each of the texts above that the data has only in another language than the
   * reader's (a Kazakh reader's Russian name of a speaker), so that it is marked as such.
   */
  langs: Partial<Record<'who' | 'title' | 'event' | 'context', Lang>>;
  source?: CitedSource;
  /** The source's address, only when it is http(s). */
  url?: string;
  /** What the copy button copies: the words with their attribution on one line. */
  copyText: string;
  /** How long the words are: the type of a pull quote scales with it, down to the body size. */
  length: 'short' | 'medium' | 'long' | 'longest';
}

/** Attributes and data to the quote they select. */
export function quoteView({ attrs, data, lang }: ViewInput<QuoteData>): ViewResult<QuoteView> {
  const values = read(attributes, attrs);
  if (isProblem(values)) return { problem: values };
  const { variant } = values;
  const quote = pick(attrs, values, data);
  if (isProblem(quote)) return { problem: quote };

  const t = strings[lang];
  const text = quote.text.trim();
  const words = `${/^\p{Ll}/u.test(text) ? '…' : ''}${text}${ENDED.test(text) ? '' : '…'}`;
  const person = byId(data.people, quote.speaker);
  const texts = {
    who: inLanguage(person ? person.name : quote.author, lang),
    title: inLanguage(quote.title ?? (person && roleOn(person, quote.date)?.title), lang),
    event: inLanguage(quote.event, lang),
    context: inLanguage(quote.context, lang),
  };
  const langs = Object.fromEntries(
    Object.entries(texts)
      .filter(([, text]) => text.text && text.lang !== lang)
      .map(([name, text]) => [name, text.lang]),
  );
  const who = texts.who.text || quote.speaker || '';
  const title = texts.title.text;
  const event = texts.event.text;
  const context = texts.context.text;
  const source = byId(data.sources, quote.source);
  const url = webUrl(source?.url);
  const cited = source && (source.title || source.publisher || '');
  const attribution = [
    who,
    title,
    context,
    event,
    formatDate(quote.date, lang),
    cited && url ? fillText(t.copySource, { title: cited, url }) : cited,
  ].filter(Boolean);
  return {
    view: {
      lang,
      variant,
      text: words,
      textLang: quote.lang,
      date: quote.date,
      translation: quote.translation === true,
      who,
      title,
      event,
      ...(context && { context }),
      langs,
      ...(source && { source }),
      ...(url && { url }),
      copyText: fillText(t.copyText, {
        text: words,
        attribution: attribution.join(t.separator),
      }),
      length: lengthOf(quote.text),
    },
  };
}

/** Words that end a sentence: a closing mark, maybe followed by closing quotation marks. */
const ENDED = /[.!?…;:][)"'»”’]*$/u;

/** Short up to 18 words, medium up to 40, long up to 90, longest beyond. */
function lengthOf(text: string): QuoteView['length'] {
  const words = text.split(/\s+/).length;
  return words <= 18 ? 'short' : words <= 40 ? 'medium' : words <= 90 ? 'long' : 'longest';
}

/**
 * The quote the attributes ask for, or the problem that explains why there is none. Its details
 * (the quotes, speakers and topics there are, the closest spelling) are worked out by
 * quote.problems.ts, loaded only when there is a problem to report.
 */
function pick(
  attrs: Attributes,
  { quote, speaker, topic }: Values<typeof attributes>,
  data: QuoteData,
): QuoteData['quotes'][number] | Problem {
  const asked = { quote, speaker, topic };
  const found = findQuote(data, asked);
  if (found) return found;
  const named = asked.quote || asked.speaker || asked.topic;
  const blank = (['quote', 'speaker', 'topic'] as const).some((a) => given(attrs, a));
  return {
    code: named ? 'not-found' : blank ? 'invalid-value' : 'missing-attribute',
    details: () => import('./quote.problems.js').then((m) => m.noQuote(attrs, asked, data)),
  };
}

/** "Speaker, date": the quote's title. */
export function quoteTitle(view: QuoteView): string {
  return [view.who, formatDate(view.date, view.lang)].filter(Boolean).join(', ');
}
