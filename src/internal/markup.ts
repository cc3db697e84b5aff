// The pieces of markup templates share: sentences with markup inside, dates, texts in the
// reader's language, lists, a citation. The names of records are in names.ts; notes and their
// markers in citations.ts.
import { html, nothing, type TemplateResult } from 'lit';
import type { IsoDate, Lang, Localized, SourceRecord } from '../data/types.js';
import { formatDate, formatList, type DateStyle } from './format.js';

/** Text or a template: what the helpers below put into a sentence. */
export type Inline = string | TemplateResult;

/**
 * Fills the `{name}` placeholders of a UI string with text or templates, as Lit text bindings, so
 * a sentence can hold a `<time>` or a link without building markup from strings.
 */
export function fill(pattern: string, values: Record<string, unknown>): unknown[] {
  return pattern.split(/\{(\w+)\}/).map((part, i) => (i % 2 ? values[part] : part));
}

/** `a, b and c` in the reader's language, where the items may carry their own markup. */
export function joined(items: readonly Inline[], lang: Lang): unknown[] {
  // Format private-use placeholder tokens, then put the items back in their places.
  const tokens = items.map((_, i) => `\uE000${i}\uE001`);
  return formatList(tokens, lang)
    .split(/\uE000(\d+)\uE001/)
    .map((part, i) => (i % 2 ? items[Number(part)] : part));
}

/** A date as `<time datetime>`, written out in the reader's language. */
export function time(date: IsoDate, lang: Lang, style?: DateStyle): TemplateResult {
  return html`<time datetime=${date}>${formatDate(date, lang, style)}</time>`;
}

/**
 * Text in the reader's language; English, marked `lang="en"`, when that is all there is. Either
 * way in an isolating element (`<bdi>`, or a `<span>` the base styles isolate), so that bidi
 * controls in publisher text cannot reorder the sentence around it.
 */
export function localized(text: Localized | undefined, lang: Lang): Inline {
  const own = text?.[lang];
  if (own || lang === 'en') return html`<bdi>${own ?? ''}</bdi>`;
  return html`<span lang="en">${text?.en ?? ''}</span>`;
}

/** The address when it is http(s); anything else (`javascript:`, `data:` …) is never linked. */
export function webUrl(url: string | null | undefined): string | undefined {
  return typeof url === 'string' && /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined;
}

/** What a citation shows of a source. */
export type Cited = Pick<SourceRecord, 'id' | 'title' | 'lang' | 'url'> &
  Partial<Pick<SourceRecord, 'publisher' | 'date'>>;

/**
 * A source cited in full: its title in `<cite>`, linked when it has a web address, marked with
 * its language when that is not the reader's; then its publisher and its date.
 */
export function cite(source: Cited, lang: Lang): TemplateResult {
  const foreign = source.lang !== lang ? source.lang : nothing;
  const url = webUrl(source.url);
  const title = source.title || source.publisher || source.id;
  const publisher =
    source.publisher && source.publisher !== title
      ? html`, <span lang=${foreign}>${source.publisher}</span>`
      : nothing;
  return html`<cite lang=${foreign}>${url ? html`<a href=${url}>${title}</a>` : title}</cite
    >${publisher}${source.date ? html`, ${time(source.date, lang)}` : nothing}`;
}
