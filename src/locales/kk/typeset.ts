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
 * Kazakh dates as CLDR writes them (`2022 ж. 10 қаңтар`, `2022 ж. 08 мам.`), for browsers whose
 * `Intl` has no Kazakh month names.
 */
export const calendar: Calendar = {
  long: ({ year, month, day }) => `${year} ж. ${day} ${MONTHS[month - 1]}`,
  short: ({ year, month, day }) => `${year} ж. ${String(day).padStart(2, '0')} ${SHORT[month - 1]}`,
};
