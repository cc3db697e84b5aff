// Written by scripts/slim-data.js from data/quotes.json.

/** The bundled data's version and date, which every quote shares. */
export const quoteMeta = { version: '2.0.0', asOf: '2026-02-13' };

/** Every quote, with everyone's name and every source they mention. */
export const loadAllQuotes = (): Promise<{ default: unknown }> => import('./quote.json');
