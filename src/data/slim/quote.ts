import type { DatasetMeta, PersonRecord, QuoteRecord, SourceRecord } from '../types.js';
import json from './quote.json';

/**
 * What `<cst-quote>` shows: every quote, its speakers and its sources (scripts/slim-data.js).
 * Fields no element shows are left out, so the records are narrower than their types.
 */
export const quoteData = json as unknown as {
  meta: DatasetMeta;
  quotes: QuoteRecord[];
  people: PersonRecord[];
  sources: SourceRecord[];
};
