// The pieces of markup templates share: sentences with markup inside, dates, texts in the
// reader's language, lists, a citation. The names of records are in names.ts; notes and their
// markers in citations.ts.
import { nothing, type TemplateResult } from 'lit';
import { html } from './template.js';
import type { IsoDate, Lang, Localized, SourceRecord } from '../data/types.js';
import { inLanguage } from '../data/queries/records.js';
import { formatDate, formatList, type DateStyle } from './format.js';

/** Text or a template: what the helpers below put into a sentence. */
export type Inline = string | TemplateResult;

/**
 * What stands between the items of a line of details (" · "): held to the item before it, so
 * that a line that wraps ends with the dot rather than starting with it.
 */
export const SEPARATOR = '\u00a0· ';

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
 * Text in the reader's language; else in the language its texts fall back to, marked with its
 * `lang` so a screen reader switches voice. Either way in an isolating element (`<bdi>`, or a
 * `<span>` the base styles isolate), so that bidi controls in publisher text cannot reorder the
 * sentence around it.
 */
export function localized(text: Localized | undefined, lang: Lang): Inline {
  const shown = inLanguage(text, lang);
  return shown.lang === lang || !shown.text
    ? html`<bdi>${shown.text}</bdi>`
    : html`<span lang=${shown.lang}>${shown.text}</span>`;
}

/** The address when it is http(s); anything else (`javascript:`, `data:` …) is never linked. */
export function webUrl(url: string | null | undefined): string | undefined {
  return typeof url === 'string' && /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined;
}

/** What a citation shows of a source. */
export type Cited = Pick<SourceRecord, 'id' | 'title' | 'lang' | 'url'> &
  Partial<Pick<SourceRecord, 'publisher' | 'date' | 'dateInferred'>>;

/**
 * How a citation says what a source does not print: a publisher it does not name, a date taken
 * from what it reports (`{date}`). Without them, nothing is said.
 */
export interface CiteLabels {
  unknownPublisher?: string;
  inferredDate?: string;
}

/** How much of a source a citation names. */
export type CiteDetail = 'title' | 'publisher' | 'full';

/**
 * A source as the reader sees it cited: its title in `<cite>`, linked when it has a web address,
 * marked with its language when that is not the reader's; then, as `detail` asks, its publisher
 * (or, with `labels`, that it names none) and its date (said to be inferred when it is).
 */
export function cite(
  source: Cited,
  lang: Lang,
  detail: CiteDetail = 'title',
  labels: CiteLabels = {},
): TemplateResult {
  const foreign = source.lang !== lang ? source.lang : nothing;
  const url = webUrl(source.url);
  const title = source.title || source.publisher || source.id;
  const work = html`<cite lang=${foreign}
    >${url ? html`<a href=${url}>${title}</a>` : title}</cite
  >`;
  if (detail === 'title') return work;
  const publisher =
    source.publisher && source.publisher !== title
      ? html`, <span lang=${foreign}>${source.publisher}</span>`
      : source.publisher === null && labels.unknownPublisher
        ? html`, ${labels.unknownPublisher}`
        : nothing;
  const day = source.date ? time(source.date, lang) : undefined;
  const dated =
    detail === 'full' && day
      ? source.dateInferred && labels.inferredDate
        ? html`, ${fill(labels.inferredDate, { date: day })}`
        : html`, ${day}`
      : nothing;
  return html`${work}${publisher}${dated}`;
}
