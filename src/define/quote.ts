import { loadQuoteData } from '../data/slim/quote.js';
import { CstQuote } from '../elements/quote/quote.js';
import { defineElement } from '../internal/define.js';

export { CstQuote };

// The quotes already in the page are upgraded with their data at hand, so they swap their
// fallback for the quote at once (and server-rendered ones hydrate unchanged).
if (typeof document !== 'undefined') {
  await Promise.all(
    Array.from(document.querySelectorAll('cst-quote'), (el) =>
      loadQuoteData(el.getAttribute('quote')?.trim() || null),
    ),
  );
}
defineElement('cst-quote', CstQuote);
