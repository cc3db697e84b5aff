import 'cst-elements/quote.js'; // defines <cst-quote>
import type { CstQuote } from 'cst-elements/quote.js';

const quote: CstQuote | null = document.querySelector('cst-quote');
console.log(quote?.variant);
