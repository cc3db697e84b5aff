import type { QuoteRecord } from '../types.js';
import json from '../../../data/quotes.json';

/** The bundled `quotes`, checked against the schema in the tests. */
export const quotes = json as QuoteRecord[];
