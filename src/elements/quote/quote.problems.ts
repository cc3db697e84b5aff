// Why a <cst-quote> shows no quote, in full: loaded only when there is a problem to report.
import { resolvePerson, spellingsOf } from '../../data/aliases.js';
import { quotesBySpeaker, type QuoteQuery } from '../../data/queries/quotes.js';
import type { QuoteData } from './quote.data.js';
import { given, type Attributes } from '../../internal/spec.js';
import { invalidValue, type Problem } from '../../internal/problems.js';

const NOTHING_SHOWN = 'nothing is shown';

/** What a problem's details say (see `Problem.details`). */
type Details = Omit<Problem, 'code' | 'details'>;

/**
 * Why the attributes select no quote: the attribute at fault, the valid choices, the closest
 * spelling. Which kind of problem it is, the view has said already (quote.view.ts).
 */
export function noQuote(attrs: Attributes, asked: QuoteQuery, data: QuoteData): Details {
  const { quote, speaker, topic } = asked;
  const ids = data.quotes.map((q) => q.id);
  const topicsOf = (list: readonly QuoteData['quotes'][number][]) =>
    [...new Set(list.flatMap((q) => q.topics))].sort();
  if (quote) return invalidValue('quote', attrs.quote, ids, NOTHING_SHOWN);
  if (speaker) {
    const own = quotesBySpeaker(data, speaker);
    if (!own.length) return unknownSpeaker(String(attrs.speaker), data);
    const name = resolvePerson(data.people, speaker)!.name.en;
    return invalidValue(
      'topic',
      attrs.topic,
      topicsOf(own),
      `${NOTHING_SHOWN} (the topics listed are those of ${name}'s quotes)`,
    );
  }
  if (topic) {
    return invalidValue('topic', attrs.topic, topicsOf(data.quotes), NOTHING_SHOWN);
  }

  // Nothing selects a quote: report the first attribute given empty, else the missing one.
  const empty = (['quote', 'speaker', 'topic'] as const).find((a) => given(attrs, a));
  if (empty) {
    const choices = { quote: ids, speaker: speakerNames(data), topic: topicsOf(data.quotes) };
    return invalidValue(empty, attrs[empty], choices[empty], NOTHING_SHOWN);
  }
  return {
    attribute: 'quote, speaker or topic',
    lists: { speakers: speakerNames(data), topics: topicsOf(data.quotes) },
  };
}

/**
 * A speaker that names no one with quotes: the closest match is sought among every spelling of
 * every speaker's name (`Tokaev` → Kassym-Jomart Tokayev), and a known person without quotes is
 * named as such.
 */
function unknownSpeaker(value: string, data: QuoteData): Details {
  const speakers = data.people.filter((p) => data.quotes.some((q) => q.speaker === p.id));
  const known = resolvePerson(data.people, value);
  return {
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
