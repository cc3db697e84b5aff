import type { Rules } from '../../internal/typeset.js';

/**
 * Russian typography: a short word (a preposition, a conjunction) stays with the word after it,
 * and a dash never starts a line.
 */
export const rules: Rules = [
  [/(?<=^|[\s(«])([а-яё]{1,2}) /giu, '$1\u00a0'],
  [/ —/g, '\u00a0—'],
];
