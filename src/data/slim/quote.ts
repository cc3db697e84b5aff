import type { DatasetMeta, PersonRecord, QuoteRecord, SourceRecord } from '../types.js';
import json from './quote.json';

/** What `<cst-quote>` shows: every quote, its speakers and its sources (scripts/slim-data.js). */
export const quoteData = json as {
  meta: DatasetMeta;
  quotes: QuoteRecord[];
  people: PersonRecord[];
  sources: SourceRecord[];
};
