import { LANGS, typography, type Lang } from '../locales/index.js';
import { useCalendar, type Calendar } from './format.js';
import { typeset, type Rules } from './typeset.js';

/**
 * UI strings in each language the library ships. English is at hand; another language's strings
 * (src/locales/<lang>/) load with the first element that shows that language, so a page
 * downloads only the languages it shows. Until they have loaded, a language holds the English
 * strings; elements wait for `load()` before they render.
 */
export type Translated<T> = Record<Lang, T> & {
  /** Starts loading a language's strings: a promise while they are on their way. */
  load(lang: Lang): Promise<void> | undefined;
};

/** The loaders of a table's translations, by language (src/locales/index.ts). */
export type Translations<T> = Partial<Record<Lang, () => Promise<{ default: T }>>>;

const rulesOf = typography as Partial<
  Record<Lang, () => Promise<{ rules: Rules; calendar?: Calendar }>>
>;

/** Strings with English at hand and the other languages from `translations`. */
export function translated<T>(en: T, translations: Translations<T>): Translated<T> {
  const loading = new Map<Lang, Promise<void>>();
  const settled = new Set<Lang>(['en']);
  const table = Object.fromEntries(LANGS.map((lang) => [lang, en])) as unknown as Translated<T>;
  table.load = (lang) => {
    const load = translations[lang];
    if (settled.has(lang) || !load) return undefined;
    let pending = loading.get(lang);
    if (!pending) {
      // Set in the language's typography, which loads beside them with its calendar, if any.
      pending = Promise.all([load(), rulesOf[lang]?.()]).then(
        ([module, typography]) => {
          if (typography?.calendar) useCalendar(lang, typography.calendar);
          table[lang] = typography ? typeset(module.default, typography.rules) : module.default;
          settled.add(lang);
        },
        // Without them the English strings stay: the element still says what it shows.
        () => void settled.add(lang),
      );
      loading.set(lang, pending);
    }
    return pending;
  };
  return table;
}
