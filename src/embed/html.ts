/** String helpers the fallback writers share: escaping and the pieces of markup they repeat. */
import type { IsoDate, Lang, Localized, SourceRecord } from '../data/types.js';
import { formatDate } from '../internal/format.js';
import { unavailable } from '../internal/notice.js';

/** Escapes text for an HTML text node: `&`, `<`, `>` and both quotes. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Escapes a value for a double-quoted HTML attribute (the same set, so it is safe in either). */
export function escapeAttribute(value: unknown): string {
  return escapeHtml(value);
}

/** Fills `{name}` placeholders of a UI string with plain text. */
export function fillText(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

/** Fills `{name}` placeholders of a UI string (escaped) with ready HTML. */
export function fillHtml(pattern: string, values: Record<string, string>): string {
  return pattern
    .split(/\{(\w+)\}/)
    .map((part, i) => (i % 2 ? (values[part] ?? '') : escapeHtml(part)))
    .join('');
}

/** A date as `<time datetime>`, written out in the reader's language, as the elements write it. */
export function timeHtml(date: IsoDate, lang: Lang, style: 'long' | 'month' = 'long'): string {
  return `<time datetime="${escapeAttribute(date)}">${escapeHtml(formatDate(date, lang, style))}</time>`;
}

/** ` lang="…"` when a text is not in the reader's language. */
export function langAttr(textLang: string, lang: Lang): string {
  return textLang !== lang ? ` lang="${escapeAttribute(textLang)}"` : '';
}

/** Text in the reader's language, or the English, marked as such. */
export function localizedHtml(text: Localized | undefined, lang: Lang): string {
  if (!text) return '';
  const own = text[lang];
  if (own) return escapeHtml(own);
  return `<span lang="en">${escapeHtml(text.en)}</span>`;
}

/** The address when it is http(s); anything else (`javascript:`, `data:` …) is never linked. */
export function webUrl(url: string | undefined): string | undefined {
  return typeof url === 'string' && /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined;
}

/** A source's title, linked when it has a web address, marked with its language when foreign. */
export function sourceHtml(source: SourceRecord | undefined, id: string, lang: Lang): string {
  if (!source) return escapeHtml(id);
  const title = escapeHtml(source.title || source.publisher || source.id);
  const url = webUrl(source.url);
  const foreign = langAttr(source.lang, lang);
  return url
    ? `<a href="${escapeAttribute(url)}"${foreign}>${title}</a>`
    : `<cite${foreign}>${title}</cite>`;
}

/** The neutral sentence for input that names nothing. */
export function unavailableHtml(lang: Lang): string {
  return `<p>${escapeHtml(unavailable[lang])}</p>`;
}

/** A trimmed attribute value, `null` when absent or blank. */
export const given = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/** An enum attribute: the default when absent, `undefined` when not one of `choices`. */
export function choice<T extends string>(
  value: string | undefined,
  choices: readonly T[],
  fallback: T,
): T | undefined {
  if (value === undefined) return fallback;
  const wanted = value.trim();
  return (choices as readonly string[]).includes(wanted) ? (wanted as T) : undefined;
}
