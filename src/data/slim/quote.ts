import type { DatasetMeta } from '../types.js';
import json from './quote.json';
import type { CitedSource, ShownQuote, Speaker } from './types.js';

/**
 * What `<cst-quote>` shows: every quote, everyone's name (speakers with their roles) and the
 * sources the quotes and speakers mention (scripts/slim-data.js).
 */
export const quoteData = json as {
  meta: DatasetMeta;
  quotes: ShownQuote[];
  people: Speaker[];
  sources: CitedSource[];
};
