import { resolvePerson, spellingsOf } from '../../data/aliases.js';
import { roleOn } from '../../data/queries/people.js';
import { findQuote, quotesBySpeaker } from '../../data/queries/quotes.js';
import { byId, localize } from '../../data/queries/records.js';
import type { QuoteData } from '../../data/slim/quote.js';
import type { CitedSource, ShownQuote } from '../../data/slim/types.js';
import type { IsoDate, Lang } from '../../data/types.js';
import { choice, given, text } from '../../internal/attributes.js';
import type { ViewInput, ViewResult } from '../../internal/base.js';
import { fillText, formatDate } from '../../internal/format.js';
import { webUrl } from '../../internal/markup.js';
import { invalidValue, isProblem, type Problem } from '../../internal/problems.js';
import { strings } from './quote.strings.js';

export const VARIANTS = ['card', 'pull', 'inline'] as const;
export type QuoteVariant = (typeof VARIANTS)[number];

/** What a quote shows. */
export interface QuoteView {
  lang: Lang;
  variant: QuoteVariant;
  /** The words, in the language the source prints them. */
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
  source?: CitedSource;
  /** The source's address, only when it is http(s). */
  url?: string;
  /** What the copy button copies: the words with their attribution on one line. */
  copyText: string;
  /** The speaker's initials, for the monogram that lets a reader place the speaker at a glance. */
  initials: string;
  /** How long the words are: the type of a pull quote scales with it. */
  length: 'short' | 'medium' | 'long';
}

const NOTHING_SHOWN = 'nothing is shown';

/** Attributes and data to the quote they select. */
export function quoteView({ attrs, data, lang }: ViewInput<QuoteData>): ViewResult<QuoteView> {
  const variant = choice(attrs, 'variant', VARIANTS, 'card');
  if (isProblem(variant)) return { problem: variant };
  const quote = pick(attrs, data);
  if (isProblem(quote)) return { problem: quote };

  const t = strings[lang];
  const person = byId(data.people, quote.speaker);
  const who =
    (person ? localize(person.name, lang) : localize(quote.author, lang)) || quote.speaker || '';
  const title = localize(quote.title ?? (person && roleOn(person, quote.date)?.title), lang);
  const event = localize(quote.event, lang);
  const source = byId(data.sources, quote.source);
  const url = webUrl(source?.url);
  const cited = source && (source.title || source.publisher || '');
  const attribution = [
    who,
    title,
    event,
    formatDate(quote.date, lang),
    cited && url ? fillText(t.copySource, { title: cited, url }) : cited,
  ].filter(Boolean);
  return {
    view: {
      lang,
      variant,
      text: quote.text,
      textLang: quote.lang,
      date: quote.date,
      translation: quote.translation === true,
      who,
      title,
      event,
      ...(source && { source }),
      ...(url && { url }),
      copyText: fillText(t.copyText, {
        text: quote.text,
        attribution: attribution.join(t.separator),
      }),
      initials: initialsOf(who, Boolean(person)),
      length: lengthOf(quote.text),
    },
  };
}

/**
 * A person's initials (first and last name: `Kassym-Jomart Tokayev` → `KT`), or those of a body's
 * name (`Collective Security Council` → `CSC`).
 */
function initialsOf(name: string, person: boolean): string {
  const words = name.split(/[\s-]+/).filter((w) => w.length > 2);
  const picked = person ? [words[0], words.at(-1)] : words.slice(0, 3);
  return picked.map((w) => w?.[0]?.toUpperCase() ?? '').join('');
}

/** Short up to 18 words, long beyond 40. */
function lengthOf(text: string): QuoteView['length'] {
  const words = text.split(/\s+/).length;
  return words <= 18 ? 'short' : words <= 40 ? 'medium' : 'long';
}

/** The quote the attributes ask for, or the problem that explains why there is none. */
function pick(attrs: ViewInput<QuoteData>['attrs'], data: QuoteData): ShownQuote | Problem {
  const [quote, speaker, topic] = [
    text(attrs, 'quote'),
    text(attrs, 'speaker'),
    text(attrs, 'topic'),
  ];
  const found = findQuote(data, { quote, speaker, topic });
  if (found) return found;

  const ids = data.quotes.map((q) => q.id);
  const topicsOf = (list: readonly ShownQuote[]) =>
    [...new Set(list.flatMap((q) => q.topics))].sort();
  if (quote) return invalidValue('quote', attrs.quote, ids, NOTHING_SHOWN, 'not-found');
  if (speaker) {
    const own = quotesBySpeaker(data, speaker);
    if (!own.length) return unknownSpeaker(String(attrs.speaker), data);
    const name = resolvePerson(data.people, speaker)!.name.en;
    return invalidValue(
      'topic',
      attrs.topic,
      topicsOf(own),
      `${NOTHING_SHOWN} (the topics listed are those of ${name}'s quotes)`,
      'not-found',
    );
  }
  if (topic) {
    return invalidValue('topic', attrs.topic, topicsOf(data.quotes), NOTHING_SHOWN, 'not-found');
  }

  // Nothing selects a quote: report the first attribute given empty, else the missing one.
  const empty = (['quote', 'speaker', 'topic'] as const).find((a) => given(attrs, a));
  if (empty) {
    const choices = { quote: ids, speaker: speakerNames(data), topic: topicsOf(data.quotes) };
    return invalidValue(empty, attrs[empty], choices[empty], NOTHING_SHOWN);
  }
  return {
    code: 'missing-attribute',
    attribute: 'quote, speaker or topic',
    lists: { speakers: speakerNames(data), topics: topicsOf(data.quotes) },
  };
}

/**
 * A speaker that names no one with quotes: the closest match is sought among every spelling of
 * every speaker's name (`Tokaev` → Kassym-Jomart Tokayev), and a known person without quotes is
 * named as such.
 */
function unknownSpeaker(value: string, data: QuoteData): Problem {
  const speakers = data.people.filter((p) => data.quotes.some((q) => q.speaker === p.id));
  const known = resolvePerson(data.people, value);
  return {
    code: 'not-found',
    attribute: 'speaker',
    value,
    choices: speakers.map((p) => p.name.en).sort(),
    choicesNote: '(a person id or any spelling of the name)',
    spellings: speakers.flatMap((p) => spellingsOf(p).map((s) => [s, p.name.en] as const)),
    ...(known && { hint: ` ${known.name.en} has no quotes in the data.` }),
  };
}

/** Display names (English) of the people who have quotes, for messages. */
function speakerNames(data: QuoteData): string[] {
  return data.people
    .filter((p) => data.quotes.some((q) => q.speaker === p.id))
    .map((p) => p.name.en)
    .sort();
}

/** "Speaker, date": the quote's title. */
export function quoteTitle(view: QuoteView): string {
  return [view.who, formatDate(view.date, view.lang)].filter(Boolean).join(', ');
}
