/** What an embed may contain: the four elements and each one's attributes. No data, no DOM. */
import type { IsoDate, Lang } from '../data/types.js';

/** The elements a snippet or the iframe embed page can show. */
export type EmbedTag = 'cst-quote' | 'cst-member-list' | 'cst-summit-card' | 'cst-treaty-article';

export const EMBED_TAGS: readonly EmbedTag[] = [
  'cst-quote',
  'cst-member-list',
  'cst-summit-card',
  'cst-treaty-article',
];

/** The attributes each element takes; anything else is left out of snippets and embed URLs. */
export const EMBED_ATTRIBUTES: Readonly<Record<EmbedTag, readonly string[]>> = {
  'cst-quote': ['quote', 'speaker', 'topic', 'variant', 'lang', 'theme'],
  'cst-member-list': ['status', 'as-of', 'layout', 'fields', 'sort', 'lang', 'theme'],
  'cst-summit-card': ['summit', 'variant', 'lang', 'theme'],
  'cst-treaty-article': ['document', 'article', 'lang', 'theme'],
};

/** The `type` of the message the iframe embed page posts to its parent with its height. */
export const HEIGHT_MESSAGE = 'cst-embed-height';

/** True for one of the four embeddable tags. */
export function isEmbedTag(tag: unknown): tag is EmbedTag {
  return typeof tag === 'string' && (EMBED_TAGS as readonly string[]).includes(tag);
}

/**
 * The attributes a tag accepts, in the order given, with string values; unknown names and
 * non-string values are dropped.
 */
export function embedAttributes(tag: EmbedTag, attributes: unknown): Record<string, string> {
  const allowed = EMBED_ATTRIBUTES[tag] ?? [];
  const out: Record<string, string> = {};
  if (!attributes || typeof attributes !== 'object') return out;
  for (const [name, value] of Object.entries(attributes as Record<string, unknown>)) {
    if (allowed.includes(name) && typeof value === 'string') out[name] = value;
  }
  return out;
}

/**
 * Writes an element's fallback HTML or title from its (allowed) attributes; `undefined` when the
 * attributes name nothing the element could show.
 */
export type Writer = (
  attributes: Record<string, string>,
  lang: Lang,
  asOf: IsoDate,
) => string | undefined;

/** What each element's module in src/embed exports. */
export interface EmbedWriters {
  fallback: Writer;
  title: Writer;
}
