import { utcDate } from '../data/dates.js';
import type { IsoDate, Lang } from '../data/types.js';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

/** A calendar date in the reader's language, the same day in every time zone. */
export function formatDate(
  date: IsoDate,
  lang: Lang,
  style: 'long' | 'medium' | 'month' = 'long',
): string {
  const key = `${lang}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      style === 'month'
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { dateStyle: style, timeZone: 'UTC' };
    dateFormats.set(key, (format = new Intl.DateTimeFormat(lang, options)));
  }
  return format.format(utcDate(date));
}

/** `a, b and c` in the reader's language. */
export function formatList(
  items: readonly string[],
  lang: Lang,
  type: Intl.ListFormatType = 'conjunction',
): string {
  const key = `${lang}|${type}`;
  let format = listFormats.get(key);
  if (!format) listFormats.set(key, (format = new Intl.ListFormat(lang, { type })));
  return format.format(items);
}

/** Picks the plural form for a count in the reader's language. */
export function plural(
  count: number,
  lang: Lang,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  const rule = new Intl.PluralRules(lang).select(count);
  return (forms[rule] ?? forms.other).replace('{n}', String(count));
}

/** Shortens a value for a message, so a huge or hostile attribute cannot flood the console. */
export function clip(value: string, max = 80): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}
