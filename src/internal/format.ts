// Text in the reader's language, through Intl: dates, lists and plural forms.
import { utcDate } from '../data/dates.js';
import type { IsoDate, Lang } from '../data/types.js';

const cache = new Map<string, Intl.DateTimeFormat | Intl.ListFormat | Intl.PluralRules>();

function cached<F>(key: string, make: () => F): F {
  let format = cache.get(key) as F | undefined;
  if (!format) cache.set(key, (format = make()) as never);
  return format;
}

/**
 * A date in full (`May 16, 2022`), with the month shortened (`Sep 24, 1993`, `24 сент. 1993 г.`),
 * or the day and month alone, for a list that names the year once (`Sep 24`, `24 сент.`).
 */
export type DateStyle = 'long' | 'short' | 'day';

/**
 * A language's own way of writing a date, where `Intl` may lack it (Chromium's has no Kazakh
 * month names and writes `2022 M01 10`): the date, or `undefined` to leave it to `Intl`.
 */
export type Calendar = (date: IsoDate, style: DateStyle) => string | undefined;

const calendars: Partial<Record<Lang, Calendar>> = {};

/** Writes `lang`'s dates with `calendar` (a language's typography may bring one). */
export function useCalendar(lang: Lang, calendar: Calendar): void {
  calendars[lang] = calendar;
}

/**
 * A calendar date in the reader's language, the same day in every time zone, as one unbreakable
 * phrase (no-break spaces: a line never ends before `г.` or between day and month).
 */
export function formatDate(date: IsoDate, lang: Lang, style: DateStyle = 'long'): string {
  const format = cached(
    `d${lang}${style}`,
    () =>
      new Intl.DateTimeFormat(
        lang,
        style === 'day'
          ? { day: 'numeric', month: 'short', timeZone: 'UTC' }
          : { dateStyle: style === 'short' ? 'medium' : 'long', timeZone: 'UTC' },
      ),
  );
  return (calendars[lang]?.(date, style) ?? format.format(utcDate(date))).replace(/ /g, '\u00a0');
}

/** `a, b and c` in the reader's language. */
export function formatList(items: readonly string[], lang: Lang): string {
  return cached(`l${lang}`, () => new Intl.ListFormat(lang)).format(items);
}

/** Plural forms of one message; `{n}` is the count. */
export type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Picks the plural form for a count in the reader's language. */
export function plural(count: number, lang: Lang, forms: Forms): string {
  const rule = cached(`p${lang}`, () => new Intl.PluralRules(lang)).select(count);
  // The number stays with its noun.
  return (forms[rule] ?? forms.other).replace(
    /\{n\} ?/,
    (m) => `${count}${m.length > 3 ? '\u00a0' : ''}`,
  );
}

/** Shortens a value for a message, so a huge or hostile attribute cannot flood the console. */
export function clip(value: string, max = 80): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

/** Fills `{name}` placeholders with plain text. */
export function fillText(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}
