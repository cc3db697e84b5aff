import type { DatasetMeta } from '../types.js';
import { quoteRecords } from './quote-files.js';
import { loadAllQuotes, quoteMeta } from './quote-records.js';
import {
  withRussian,
  type CitedSource,
  type DataSource,
  type ShownQuote,
  type Speaker,
} from './types.js';

/**
 * What `<cst-quote>` shows: quotes, everyone's name (speakers with their roles) and the sources
 * the quotes and speakers mention (scripts/slim-data.js).
 */
export interface QuoteData {
  meta: DatasetMeta;
  quotes: ShownQuote[];
  people: Speaker[];
  sources: CitedSource[];
}

/**
 * The one way quote data arrives. A quote chosen by a bundled id brings only its own file (the
 * quote, its speaker, its source); anything else (a speaker, a topic, publisher data, a message
 * listing what exists, a server rendering everything) brings all of them at once. The Russian
 * texts of every quote come in one file, when an element shows Russian.
 */
let data: QuoteData = { meta: quoteMeta, quotes: [], people: [], sources: [] };
let complete = false;
let everything: Promise<void> | undefined;
let allFailed = false;
/** Quote files on their way. */
const loading = new Map<string, Promise<void>>();
/** Quotes whose file could not be loaded; not asked for again until the page reloads. */
const failed = new Set<string>();

/** The id an element asks for, when it asks for one. */
const idOf = (attrs: Readonly<Record<string, unknown>> | null) => {
  const value = attrs?.quote;
  return typeof value === 'string' && value.trim() ? value.trim() : null;
};

const inEnglish: DataSource<QuoteData> = {
  current: () => data,
  load(attrs) {
    if (complete) return undefined;
    const quote = idOf(attrs);
    if (quote === null || !Object.hasOwn(quoteRecords, quote)) {
      return allFailed ? undefined : (everything ??= loadAll());
    }
    if (failed.has(quote) || data.quotes.some((q) => q.id === quote)) return undefined;
    let pending = loading.get(quote);
    if (!pending) {
      pending = quoteRecords[quote]!()
        .then(
          (file) => add(file.default as Omit<QuoteData, 'meta'>),
          () => void failed.add(quote),
        )
        .finally(() => loading.delete(quote));
      loading.set(quote, pending);
    }
    return pending;
  },
  failed(attrs) {
    const quote = idOf(attrs);
    return quote && failed.has(quote) && !data.quotes.some((q) => q.id === quote)
      ? `quote "${quote}"`
      : undefined;
  },
};

export const quoteData = withRussian(inEnglish, () => import('./quote.ru.json'));

function loadAll(): Promise<void> {
  // Failure leaves the quotes loaded so far: elements show their fallback for the others.
  return loadAllQuotes().then(
    (file) => {
      data = file.default as QuoteData;
      complete = true;
    },
    () => void (allFailed = true),
  );
}

/** Adds one quote's file to what is loaded. */
function add(file: Omit<QuoteData, 'meta'>): void {
  if (complete) return;
  const merged = { ...data };
  for (const name of ['quotes', 'people', 'sources'] as const) {
    const have = new Set(data[name].map((r) => r.id));
    merged[name] = [...data[name], ...file[name].filter((r) => !have.has(r.id))] as never;
  }
  data = merged;
}
