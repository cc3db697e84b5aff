import type {
  Lang,
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
  'id' | 'title' | 'shortTitle' | 'publisher' | 'date' | 'lang' | 'url'
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
 * loads what its attributes ask for. Texts other than names are at hand in English; another
 * language's arrive once an element asks for them.
 */
export interface DataSource<B> {
  /** The data loaded so far. */
  current(): B;
  /**
   * Starts loading what showing `attrs` (everything, when `attrs` is `null`) in `lang` needs.
   * Returns a promise while something is on its way, `undefined` when all is at hand. Never
   * rejects.
   */
  load(attrs: Readonly<Record<string, unknown>> | null, lang: Lang): Promise<unknown> | undefined;
  /** What `attrs` ask for that could not be loaded (`quote "…"`), if anything. */
  failed?(attrs: Readonly<Record<string, unknown>>): string | undefined;
}

/** The source of data that is all at hand. */
export function atHand<B>(data: B): DataSource<B> {
  return { current: () => data, load: () => undefined };
}

/**
 * A language's texts for bundled records, by collection and record id, each in its record's shape
 * (scripts/slim-data.js): a string where a text goes, arrays item by item (`0` for none).
 */
type Texts = Record<string, Record<string, unknown>>;

/** Puts each text of `lang` in its place inside `target`. */
function addTexts(target: Record<string, unknown>, texts: object, lang: Lang): void {
  for (const [key, text] of Object.entries(texts)) {
    const value = target[key];
    if (!value || typeof value !== 'object') continue;
    if (typeof text === 'string') (value as Record<string, unknown>)[lang] = text;
    else if (text && typeof text === 'object') {
      addTexts(value as Record<string, unknown>, text, lang);
    }
  }
}

/**
 * Bundled data whose Russian texts load the first time an element shows Russian: `source` holds
 * them in English (names in both languages), `ru` loads them. Until they are in, and if they
 * cannot be loaded, the English texts stand.
 */
export function withRussian<B extends object>(
  source: DataSource<B>,
  ru: () => Promise<{ default: unknown }>,
): DataSource<B> {
  let texts: Texts | undefined;
  let loading: Promise<void> | undefined;
  let settled = false;
  /** The data objects the texts are in already. */
  const done = new WeakSet<object>();
  const apply = () => {
    const data = source.current();
    if (!texts || done.has(data)) return;
    done.add(data);
    for (const [collection, records] of Object.entries(data)) {
      const byId = texts[collection];
      if (!byId || !Array.isArray(records)) continue;
      for (const record of records as Record<string, unknown>[]) {
        const own = byId[record.id as string];
        if (own && typeof own === 'object') addTexts(record, own, 'ru');
      }
    }
  };
  return {
    current: source.current,
    ...(source.failed && { failed: source.failed }),
    load(attrs, lang) {
      const waits = [source.load(attrs, lang)];
      if (lang === 'ru' && !settled) {
        waits.push(
          (loading ??= ru()
            .then(
              (file) => void (texts = file.default as Texts),
              () => undefined,
            )
            .then(() => void (settled = true))),
        );
      }
      const pending = waits.filter((wait) => wait !== undefined);
      if (!pending.length) {
        apply();
        return undefined;
      }
      return Promise.all(pending).then(apply);
    },
  };
}
