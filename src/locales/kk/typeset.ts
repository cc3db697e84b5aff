import type { Rules } from '../../internal/typeset.js';

/**
 * Kazakh typography, as Russian's with the Kazakh letters: a one- or two-letter word stays with
 * the word after it, and a dash never starts a line.
 */
export const rules: Rules = [
  [/(?<=^|[\s(«])([а-яёәғқңөұүһі]{1,2}) /giu, '$1\u00a0'],
  [/ —/g, '\u00a0—'],
];
