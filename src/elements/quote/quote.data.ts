import { citations, citedIn, metaOf } from '../../data/project.js';
import type { Dataset } from '../../data/types.js';

/**
 * What `<cst-quote>` shows: the quotes (without their links to sessions and documents), everyone's
 * name (so a message can say a person has no quotes; only speakers keep their roles, and of those
 * what gives their title on a date) and the sources the quotes and speakers cite.
 */
export function project(data: Dataset) {
  const speakers = new Set(data.quotes.map((q) => q.speaker).filter(Boolean));
  const people = data.people.map(({ id, name, aliases, roles }) => ({
    id,
    name,
    aliases,
    roles: speakers.has(id)
      ? roles.map(({ title, from, to, verified }) => ({ title, from, to, verified }))
      : [],
  }));
  const quotes = data.quotes.map(
    ({ session: _session, document: _document, sources: _sources, ...quote }) => quote,
  );
  const cited = citedIn([data.quotes, data.people.filter((p) => speakers.has(p.id))]);
  return { meta: metaOf(data), quotes, people, sources: citations(data, cited) };
}

export type QuoteData = ReturnType<typeof project>;

/**
 * A quote chosen by id (the `quote` attribute) loads a file of its own: the quote, its speaker and
 * the source it cites. Anything else loads every quote.
 */
export const parts = {
  attribute: 'quote',
  collection: 'quotes',
  of: (bundle: QuoteData) =>
    Object.fromEntries(
      bundle.quotes.map((quote) => [
        quote.id,
        {
          quotes: [quote],
          people: bundle.people.filter((p) => p.id === quote.speaker),
          sources: bundle.sources.filter((s) => s.id === quote.source),
        },
      ]),
    ),
};
