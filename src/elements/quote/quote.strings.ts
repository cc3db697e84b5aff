import type { Lang } from '../../data/types.js';

/** UI strings of `<cst-quote>`. `{name}` placeholders are filled with text or markup. */
export const strings = {
  en: {
    /** Between the parts of an attribution: name, title, event, date. */
    separator: ', ',
    source: 'Source: {source}',
    /** A source without an address: its title, then its publisher. */
    work: '{title}, {publisher}',
    translation: 'English translation as published',
    copy: 'Copy quote',
    copied: 'Copied',
    copyFailed: 'Could not copy. Select the text and copy it yourself.',
    /** What the copy button puts on the clipboard. */
    copyText: '{text} — {attribution}',
    copySource: '{title} ({url})',
  },
  ru: {
    separator: ', ',
    source: 'Источник: {source}',
    work: '{title}, {publisher}',
    translation: 'Опубликованный перевод на английский язык',
    copy: 'Копировать цитату',
    copied: 'Скопировано',
    copyFailed: 'Не удалось скопировать. Выделите текст и скопируйте его вручную.',
    copyText: '{text} — {attribution}',
    copySource: '{title} ({url})',
  },
} satisfies Record<Lang, Record<string, string>>;

export type QuoteStrings = (typeof strings)['en'];
