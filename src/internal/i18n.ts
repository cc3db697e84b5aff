import type { Lang } from '../data/types.js';

/**
 * UI strings in each language the library ships. English is at hand; Russian loads with the
 * first element that shows it, so an English page downloads no Russian. Until it has loaded,
 * `ru` holds the English strings; elements wait for `load()` before they render.
 */
export type Translated<T> = Record<Lang, T> & {
  /** Starts loading a language's strings: a promise while they are on their way. */
  load(lang: Lang): Promise<void> | undefined;
};

/** Strings with English at hand and Russian from `ru()`. */
export function translated<T>(en: T, ru: () => Promise<{ default: T }>): Translated<T> {
  let loading: Promise<void> | undefined;
  let loaded = false;
  const table: Translated<T> = {
    en,
    ru: en,
    load(lang) {
      if (lang === 'en' || loaded) return undefined;
      return (loading ??= ru().then(
        (module) => {
          table.ru = typeset(module.default);
          loaded = true;
        },
        // Without them the English strings stay: the element still says what it shows.
        () => void (loaded = true),
      ));
    },
  };
  return table;
}

/**
 * Russian typography: a short word (a preposition, a conjunction) stays with the word after it,
 * and a dash never starts a line. Applied to every string of a Russian table.
 */
function typeset<T>(value: T): T {
  if (typeof value === 'string') {
    return value
      .replace(/(?<=^|[\s(«])([а-яё]{1,2}) /giu, '$1\u00a0')
      .replace(/ —/g, '\u00a0—') as T;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeset(v)])) as T;
  }
  return value;
}
