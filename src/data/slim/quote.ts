import type { DatasetMeta } from '../types.js';
import { loadAllQuotes, quoteMeta, quoteRecords } from './quote-records.js';
import type { CitedSource, ShownQuote, Speaker } from './types.js';

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
 * The quotes load on demand: a quote chosen by a bundled id brings only its own file (the quote,
 * its speaker, its source); anything else (a speaker, a topic, publisher data, a message listing
 * what exists) brings all of them at once.
 */
let data: QuoteData = { meta: quoteMeta, quotes: [], people: [], sources: [] };
let complete = false;
let everything: Promise<void> | undefined;
let allFailed = false;
/** Quote files on their way. */
const loading = new Map<string, Promise<void>>();
/** Quotes whose file could not be loaded; not asked for again until the page reloads. */
const failed = new Set<string>();

/** The quote data loaded so far: a new object each time more arrives. */
export function quoteData(): QuoteData {
  return data;
}

/** Every quote at hand from the start, for builds that bundle them all. */
export function provideQuoteData(all: QuoteData): void {
  data = all;
  complete = true;
}

/** True when `id` is a bundled quote whose file could not be loaded. */
export function quoteFailed(id: string): boolean {
  return failed.has(id);
}

/**
 * Starts loading what showing `quote` (a quote id, or `null` when the quote is chosen otherwise)
 * needs. Returns a promise when something is on its way, `undefined` when all is at hand (or
 * failed to load). Never rejects.
 */
export function loadQuoteData(quote: string | null): Promise<void> | undefined {
  if (complete) return undefined;
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
}

function loadAll(): Promise<void> {
  // Failure leaves the quotes loaded so far: elements show their fallback for the others.
  return loadAllQuotes().then(
    (file) => provideQuoteData(file.default as QuoteData),
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
