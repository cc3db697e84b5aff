/** A language's typography: replacements made in each of its UI strings (see src/locales/). */
export type Rules = readonly (readonly [RegExp, string])[];

/** Applies `rules` to every string of a table of UI strings. */
export function typeset<T>(value: T, rules: Rules): T {
  if (typeof value === 'string') {
    let text: string = value;
    for (const [pattern, replacement] of rules) text = text.replace(pattern, replacement);
    return text as T;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeset(v, rules)])) as T;
  }
  return value;
}
