// Written by scripts/slim-data.js from data/ and the element folders.
import type { QuoteData } from '../../elements/quote/quote.data.js';
import { parts } from './quote-parts.js';
import { byParts } from './parts.js';
import { withTexts } from './types.js';

/**
 * What <cst-quote> shows, from the bundled data (its folder's `project`): a record asked for by
 * its id (`quote`) loads alone, anything else loads them all.
 */
export const quoteData = withTexts(
  byParts<QuoteData>({
    meta: { version: '2.0.0', asOf: '2026-02-13' },
    empty: { quotes: [], people: [], sources: [] },
    attribute: 'quote',
    collection: 'quotes',
    all: () => import('./quote.json'),
    parts,
  }),
  { ru: () => import('./quote.ru.json') },
);
