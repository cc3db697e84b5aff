import { utcDate } from '../data/dates.js';
import type { IsoDate, Lang } from '../data/types.js';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

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

/** Shortens a value for a message, so a huge or hostile attribute cannot flood the console. */
export function clip(value: string, max = 80): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}
