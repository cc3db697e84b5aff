import { translated } from '../../internal/i18n.js';
import { translations } from '../../locales/tables/quote.js';

/** UI strings of `<cst-quote>`. `{name}` placeholders are filled with text or markup. */
const en = {
  /** Between the parts of an attribution: name, title, event, date. */
  separator: ', ',
  translation: 'English translation as published',
  copy: 'Copy quote',
  copied: 'Copied',
  copyFailed: 'Could not copy. Select the text and copy it yourself.',
  /** What the copy button puts on the clipboard. */
  copyText: '{text} — {attribution}',
  copySource: '{title} ({url})',
};

export type QuoteStrings = typeof en;

export const strings = translated(en, translations);
