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

/** The language whose texts stand in where the data has none in this one (then English). */
export const FALLBACK: Readonly<Partial<Record<Lang, Lang>>> = { kk: 'ru', ru: 'en' };

/** Each language's typography rules, where it has its own. */
export const typography = {
  kk: () => import('./kk/typeset.js'),
  ru: () => import('./ru/typeset.js'),
};

/** The translations of the strings elements share. */
export const common = { ru: () => import('./ru/common.js') };

/** The translations of <cst-fact>'s strings. */
export const fact = { ru: () => import('./ru/fact.js') };

/** The translations of <cst-member-list>'s strings. */
export const memberList = { ru: () => import('./ru/member-list.js') };

/** The translations of <cst-quote>'s strings. */
export const quote = { ru: () => import('./ru/quote.js') };

/** The translations of <cst-summit-card>'s strings. */
export const summitCard = { ru: () => import('./ru/summit-card.js') };

/** The translations of <cst-timeline>'s strings. */
export const timeline = { ru: () => import('./ru/timeline.js') };

/** The translations of <cst-treaty-article>'s strings. */
export const treatyArticle = { ru: () => import('./ru/treaty-article.js') };
