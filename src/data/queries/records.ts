// Lookups every element uses.
import type { IsoDate, Lang, Localized } from '../types.js';

/** Picks the text for a language, falling back to English. */
export function localize(text: Localized | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] || text.en;
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
