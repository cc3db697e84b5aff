// Every bundled quote at hand from the start, so no quote loads on demand: for builds that
// bundle all the data. Import it before the quote element.
import json from './quote.json';
import { provideQuoteData, type QuoteData } from './quote.js';

provideQuoteData(json as QuoteData);
