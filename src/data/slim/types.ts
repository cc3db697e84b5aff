import type {
  Amendment,
  DocumentRecord,
  Localized,
  MembershipEvent,
  PersonRecord,
  QuoteRecord,
  RoleRecord,
  SourceRecord,
  StateRecord,
} from '../types.js';

// The records as the per-element data holds them: the fields an element shows, no others
// (scripts/slim-data.js). Publisher records, which are whole, fit these types too.

/** A source as the elements cite it. */
export type CitedSource = Pick<
  SourceRecord,
  'id' | 'title' | 'publisher' | 'date' | 'lang' | 'url'
>;

/** A person or state shown by name only. */
export interface Named {
  id: string;
  name: Localized;
}

/** A quote without its links to sessions and documents. */
export type ShownQuote = Omit<QuoteRecord, 'session' | 'document' | 'sources'>;

/** A role as far as it gives a title on a date. */
export type TitledRole = Pick<RoleRecord, 'title' | 'from' | 'to' | 'verified'>;

/** A person as a quote needs them: every spelling of the name, and the roles of a speaker. */
export type Speaker = Pick<PersonRecord, 'id' | 'name' | 'aliases'> & { roles: TitledRole[] };

/** A state as the member list shows it. */
export type ListedState = Omit<
  StateRecord,
  'iso3' | 'isoNumeric' | 'aliases' | 'chairmanships' | 'sources' | 'membership'
> & {
  /** Each event without the maintainers' `note`; a reader-facing `caveat` is kept. */
  membership: Omit<MembershipEvent, 'note'>[];
};

/** A document as an article shows it. */
export type ShownDocument = Omit<
  DocumentRecord,
  'kind' | 'sources' | 'dateSources' | 'inForceSources' | 'amendments'
> & {
  amendments?: Omit<Amendment, 'sources'>[];
};

/**
 * Where an element's bundled data comes from. Most elements have all of it at hand; the quote
 * loads what its attributes ask for.
 */
export interface DataSource<B> {
  /** The data loaded so far. */
  current(): B;
  /**
   * Starts loading what showing `attrs` needs (everything, when `attrs` is `null`). Returns a
   * promise while something is on its way, `undefined` when all is at hand. Never rejects.
   */
  load(attrs: Readonly<Record<string, unknown>> | null): Promise<unknown> | undefined;
  /** What `attrs` ask for that could not be loaded (`quote "…"`), if anything. */
  failed?(attrs: Readonly<Record<string, unknown>>): string | undefined;
}

/** The source of data that is all at hand. */
export function atHand<B>(data: B): DataSource<B> {
  return { current: () => data, load: () => undefined };
}
