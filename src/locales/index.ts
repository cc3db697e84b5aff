// Written by scripts/elements.js from the folders of src/elements/ and src/locales/.

/** The languages the library ships, English first. */
export const LANGS = ['en', 'kk', 'ru'] as const;

export type Lang = (typeof LANGS)[number];

/** Each language's own name. */
export const NAMES: Readonly<Record<Lang, string>> = {
  en: 'English',
  kk: 'Қазақша',
  ru: 'Русский',
};

/** What an element says when it cannot render and has no fallback content, in each language. */
export const UNAVAILABLE: Readonly<Record<Lang, string>> = {
  en: 'This content is not available.',
  kk: 'Бұл материал қолжетімсіз.',
  ru: 'Этот материал недоступен.',
};

/** A title for content that cannot be named (an iframe's), in each language. */
export const UNTITLED: Readonly<Record<Lang, string>> = {
  en: 'CSTO facts',
  kk: 'ҰҚШҰ туралы материал',
  ru: 'Материал об ОДКБ',
};

/** The languages whose nouns decline: a sentence around a name needs its case forms. */
export const DECLINES: Readonly<Partial<Record<Lang, true>>> = { kk: true, ru: true };

/** The language whose texts stand in where the data has none in this one (then English). */
export const FALLBACK: Readonly<Partial<Record<Lang, Lang>>> = { kk: 'ru', ru: 'en' };

/** Each language's typography rules, where it has its own. */
export const typography = {
  kk: () => import('./kk/typeset.js'),
  ru: () => import('./ru/typeset.js'),
};
