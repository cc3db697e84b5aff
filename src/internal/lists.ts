import type { Lang } from '../data/types.js';

const listFormats = new Map<string, Intl.ListFormat>();

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
