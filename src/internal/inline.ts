import { html, nothing, type TemplateResult } from 'lit';
import type { IsoDate, Lang, Localized, SourceRecord } from '../data/types.js';
import { formatDate } from './format.js';
import { formatList } from './lists.js';
import { webUrl, type Inline } from './templates.js';

/** `a, b and c` in the reader's language, where the items may carry their own markup. */
export function joined(items: readonly Inline[], lang: Lang): unknown[] {
  // Format private-use placeholder tokens, then put the items back in their places.
  const tokens = items.map((_, i) => `\uE000${i}\uE001`);
  return formatList(tokens, lang)
    .split(/\uE000(\d+)\uE001/)
    .map((part, i) => (i % 2 ? items[Number(part)] : part));
}

/** A date as `<time datetime>`, written out in the reader's language. */
export function time(
  date: IsoDate,
  lang: Lang,
  style: Parameters<typeof formatDate>[2] = 'long',
): TemplateResult {
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

/** A source's title, linked when it has a web address, marked with its language when foreign. */
export function sourceRef(
  source: Pick<SourceRecord, 'id' | 'title' | 'publisher' | 'lang' | 'url'>,
  lang: Lang,
): TemplateResult {
  const foreign = source.lang !== lang ? source.lang : nothing;
  const url = webUrl(source.url);
  const title = source.title || source.publisher || source.id;
  return url
    ? html`<a href=${url} lang=${foreign}>${title}</a>`
    : html`<cite lang=${foreign}>${title}</cite>`;
}
