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
      // Set in Russian typography (typeset.ts), which loads beside them.
      return (loading ??= Promise.all([ru(), import('./typeset.js')]).then(
        ([module, { typeset }]) => {
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
