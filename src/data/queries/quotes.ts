// Quotes by id, speaker or topic.
import { resolvePerson } from '../aliases.js';
import { byDateDesc } from './records.js';
import type { Dataset, QuoteRecord } from '../types.js';

export interface QuoteQuery {
  quote?: string | null;
  speaker?: string | null;
  topic?: string | null;
}

/** Quotes by a person named by id or any alias, newest first. */
export function quotesBySpeaker(
  data: Pick<Dataset, 'quotes' | 'people'>,
  speaker: string,
): QuoteRecord[] {
  const person = resolvePerson(data.people, speaker);
  if (!person) return [];
  return data.quotes.filter((q) => q.speaker === person.id).sort(byDateDesc);
}

/** Quotes tagged with a topic (case-insensitive), newest first. */
export function quotesByTopic(quotes: readonly QuoteRecord[], topic: string): QuoteRecord[] {
  const wanted = topic.trim().toLowerCase();
  return quotes.filter((q) => q.topics.includes(wanted)).sort(byDateDesc);
}

/**
 * The quote an element asks for: by id; else the most recent by `speaker`, narrowed by `topic`
 * when given; else the most recent on `topic`.
 */
export function findQuote(
  data: Pick<Dataset, 'quotes' | 'people'>,
  query: QuoteQuery,
): QuoteRecord | undefined {
  if (query.quote) return data.quotes.find((q) => q.id === query.quote);
  const topic = query.topic?.trim().toLowerCase();
  if (query.speaker) {
    const own = quotesBySpeaker(data, query.speaker);
    return topic ? own.find((q) => q.topics.includes(topic)) : own[0];
  }
  if (topic) return quotesByTopic(data.quotes, topic)[0];
  return undefined;
}
