// Quotes by id, speaker or topic.
import { resolvePerson } from '../aliases.js';
import { byDateDesc } from './records.js';
import type { PersonRecord, QuoteRecord } from '../types.js';

/** What the quote queries read of a quote and of a person. */
type QuoteFields = Pick<QuoteRecord, 'id' | 'speaker' | 'date' | 'topics'>;
type PersonFields = Pick<PersonRecord, 'id' | 'name' | 'aliases'>;

export interface QuoteQuery {
  quote?: string | null;
  speaker?: string | null;
  topic?: string | null;
}

/** Quotes by a person named by id or any alias, newest first. */
export function quotesBySpeaker<Q extends QuoteFields>(
  data: { quotes: readonly Q[]; people: readonly PersonFields[] },
  speaker: string,
): Q[] {
  const person = resolvePerson(data.people, speaker);
  if (!person) return [];
  return data.quotes.filter((q) => q.speaker === person.id).sort(byDateDesc);
}

/** Quotes tagged with a topic (case-insensitive), newest first. */
export function quotesByTopic<Q extends QuoteFields>(quotes: readonly Q[], topic: string): Q[] {
  const wanted = topic.trim().toLowerCase();
  return quotes.filter((q) => q.topics.includes(wanted)).sort(byDateDesc);
}

/**
 * The quote an element asks for: by id; else the most recent by `speaker`, narrowed by `topic`
 * when given; else the most recent on `topic`.
 */
export function findQuote<Q extends QuoteFields>(
  data: { quotes: readonly Q[]; people: readonly PersonFields[] },
  query: QuoteQuery,
): Q | undefined {
  if (query.quote) return data.quotes.find((q) => q.id === query.quote);
  const topic = query.topic?.trim().toLowerCase();
  if (query.speaker) {
    const own = quotesBySpeaker(data, query.speaker);
    return topic ? own.find((q) => q.topics.includes(topic)) : own[0];
  }
  if (topic) return quotesByTopic(data.quotes, topic)[0];
  return undefined;
}
