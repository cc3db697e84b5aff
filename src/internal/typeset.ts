// Russian typography for UI strings: loaded with the first Russian strings a page shows.

/**
 * Russian typography: a short word (a preposition, a conjunction) stays with the word after it,
 * and a dash never starts a line. Applied to every string of a Russian table.
 */
export function typeset<T>(value: T): T {
  if (typeof value === 'string') {
    return value
      .replace(/(?<=^|[\s(«])([а-яё]{1,2}) /giu, '$1\u00a0')
      .replace(/ —/g, '\u00a0—') as T;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeset(v)])) as T;
  }
  return value;
}
