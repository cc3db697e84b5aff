// Written by scripts/elements.js from the folders of src/elements/ and src/locales/.
import { CstQuote } from '../elements/quote/quote.js';
import { defineElement } from '../internal/define.js';

export { CstQuote };
defineElement('cst-quote', CstQuote);
