import type { Calendar } from '../../internal/format.js';
import type { Rules } from '../../internal/typeset.js';

/**
 * Kazakh typography, as Russian's with the Kazakh letters: a one- or two-letter word stays with
 * the word after it, and a dash never starts a line.
 */
export const rules: Rules = [
  [/(?<=^|[\s(«])([а-яёәғқңөұүһі]{1,2}) /giu, '$1\u00a0'],
  [/ —/g, '\u00a0—'],
];

const MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];
const SHORT = [
  'қаң.',
  'ақп.',
  'нау.',
  'сәу.',
  'мам.',
  'мау.',
  'шіл.',
  'там.',
  'қыр.',
  'қаз.',
  'қар.',
  'жел.',
];

/**
 * A Kazakh date as CLDR writes it: `2022 ж. 10 қаңтар`, short, `2022 ж. 08 мам.`, or the day
 * and month alone, `8 мам.`.
 */
export function kazakhDate(date: string, style: 'long' | 'short' | 'day'): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (style === 'day') return `${day} ${SHORT[month - 1]}`;
  return style === 'long'
    ? `${year} ж. ${day} ${MONTHS[month - 1]}`
    : `${year} ж. ${String(day).padStart(2, '0')} ${SHORT[month - 1]}`;
}

/** Whether `Intl` here writes Kazakh months by number only, for want of their names. */
const lacksMonths = /\d/.test(new Intl.DateTimeFormat('kk', { month: 'long' }).format(0));

/** Kazakh dates where `Intl` has no Kazakh month names (Chromium); `Intl`'s own elsewhere. */
export const calendar: Calendar = (date, style) =>
  lacksMonths ? kazakhDate(date, style) : undefined;
