// Lookups every element uses.
import { fallbacks } from '../../internal/lang.js';
import type { IsoDate, Lang, Localized } from '../types.js';

/** A text in a known language. */
export interface Text {
  text: string;
  lang: Lang;
}

/**
 * The text for a reader of `lang`, with the language it is in: the reader's own, else the one
 * its texts fall back to (src/locales/), and in the end English.
 */
export function inLanguage(text: Localized | undefined, lang: Lang): Text {
  for (const l of fallbacks(lang)) {
    const own = text?.[l];
    if (own) return { text: own, lang: l };
  }
  return { text: '', lang: 'en' };
}

/** The text for a reader of `lang` (see `inLanguage`). */
export function localize(text: Localized | undefined, lang: Lang): string {
  return inLanguage(text, lang).text;
}

/** Looks a record up by id. */
export function byId<T extends { id: string }>(
  records: readonly T[] | undefined,
  id: string | undefined,
): T | undefined {
  return id === undefined ? undefined : records?.find((r) => r.id === id);
}

/** Sorts records newest first. */
export const byDateDesc = <T extends { date: IsoDate }>(a: T, b: T) =>
  a.date < b.date ? 1 : a.date > b.date ? -1 : 0;
