/**
 * Embed snippets and their fallback content, as plain strings: no DOM, so it runs in Node and in
 * the browser. `import { fallbackHtml, scriptSnippet, iframeSnippet } from 'cst-elements/snippets.js'`.
 *
 * The fallback is the element's text as semantic HTML for the element's light DOM: what a reader
 * sees when scripts are stripped or blocked, and what the element shows when it cannot render. It
 * is built from the same data, queries and UI strings as the elements, so it says what they say.
 */
import { meta } from '../data/bundled/meta.js';
import { isIsoDate } from '../data/dates.js';
import type { Lang } from '../data/types.js';
import { toLang } from '../internal/lang.js';
import { escapeAttribute, escapeHtml, unavailableHtml } from './html.js';
import * as memberList from './member-list.js';
import * as quote from './quote.js';
import * as summitCard from './summit-card.js';
import {
  EMBED_ATTRIBUTES,
  EMBED_TAGS,
  HEIGHT_MESSAGE,
  embedAttributes,
  isEmbedTag,
  type EmbedTag,
  type EmbedWriters,
} from './tags.js';
import * as treatyArticle from './treaty-article.js';

export { escapeAttribute, escapeHtml };
export { EMBED_ATTRIBUTES, EMBED_TAGS, HEIGHT_MESSAGE, embedAttributes, isEmbedTag, type EmbedTag };

const WRITERS: Record<EmbedTag, EmbedWriters> = {
  'cst-quote': quote,
  'cst-member-list': memberList,
  'cst-summit-card': summitCard,
  'cst-treaty-article': treatyArticle,
};

/** Where the CDN file and the embed page are, unless the caller says otherwise. */
export const DEFAULT_CDN_URL = './cdn/cst-elements.js';
export const DEFAULT_EMBED_URL = './embed/index.html';

export interface FallbackOptions {
  /** Language of the text; else the `lang` attribute; else English. */
  lang?: Lang;
  /** Date time-sensitive views hold for (a provider's `as-of`); else the dataset's. */
  asOf?: string;
}

export interface ScriptSnippetOptions {
  lang?: Lang;
  /** Address of `cst-elements.js` (default `./cdn/cst-elements.js`). */
  cdnUrl?: string;
  /** Leave out the `<script>` line, for a page that already has it. */
  script?: boolean;
  /**
   * Upgrade without layout shift (default `true`): adds the `no-shift` attribute, so an element
   * whose fallback is already on screen swaps it for its view only when that moves nothing in
   * view. `false` renders the view as soon as the script loads.
   */
  reserve?: boolean;
  asOf?: string;
}

export interface IframeSnippetOptions {
  lang?: Lang;
  /** Address of the embed page (default `./embed/index.html`). */
  embedUrl?: string;
  /** The iframe's accessible title; by default one made from the content. */
  title?: string;
}

/** The element's text as plain semantic HTML for its light DOM. Never throws. */
export function fallbackHtml(
  tag: EmbedTag,
  attributes: Record<string, string>,
  options: FallbackOptions = {},
): string {
  const lang = languageOf(attributes, options);
  try {
    if (!isEmbedTag(tag)) return unavailableHtml(lang);
    const attrs = embedAttributes(tag, attributes);
    const asOf = options.asOf && isIsoDate(options.asOf) ? options.asOf : meta.asOf;
    const html = WRITERS[tag].fallback(attrs, lang, asOf);
    return html ?? unavailableHtml(lang);
  } catch {
    return unavailableHtml(lang);
  }
}

/**
 * A short, meaningful title for the content (an iframe's `title`, the embed page's
 * `document.title`): the speaker and date of a quote, "CSTO member states", a session's kind and
 * date, an article and its document.
 */
export function embedTitle(
  tag: EmbedTag,
  attributes: Record<string, string>,
  options: FallbackOptions = {},
): string {
  const lang = languageOf(attributes, options);
  const fallback = lang === 'ru' ? 'Материал об ОДКБ' : 'CSTO facts';
  try {
    if (!isEmbedTag(tag)) return fallback;
    const attrs = embedAttributes(tag, attributes);
    const asOf = options.asOf && isIsoDate(options.asOf) ? options.asOf : meta.asOf;
    return WRITERS[tag].title(attrs, lang, asOf) ?? fallback;
  } catch {
    return fallback;
  }
}

/**
 * The recommended snippet: the CDN `<script type="module">` line, then the element with its
 * attributes and the fallback text inside.
 */
export function scriptSnippet(
  tag: EmbedTag,
  attributes: Record<string, string>,
  options: ScriptSnippetOptions = {},
): string {
  const lang = languageOf(attributes, options);
  const script =
    options.script === false
      ? ''
      : `<script type="module" src="${escapeAttribute(options.cdnUrl || DEFAULT_CDN_URL)}"></script>\n`;
  if (!isEmbedTag(tag)) return `${script}${unavailableHtml(lang)}`;
  const attrs = embedAttributes(tag, attributes);
  if (options.lang && !attrs.lang) attrs.lang = options.lang;
  const fallback = fallbackHtml(tag, attrs, { lang, ...(options.asOf && { asOf: options.asOf }) });
  const noShift = options.reserve === false ? '' : ' no-shift';
  return `${script}<${tag}${attributeList(attrs)}${noShift}>\n${indent(fallback)}\n</${tag}>`;
}

/**
 * An `<iframe>` of the embed page for CMSs that accept only iframes, and a tiny listener that sets
 * its height from the page's `cst-embed-height` messages (only its own frame's, only from the
 * embed page's origin).
 */
export function iframeSnippet(
  tag: EmbedTag,
  attributes: Record<string, string>,
  options: IframeSnippetOptions = {},
): string {
  const lang = languageOf(attributes, options);
  const known = isEmbedTag(tag);
  const attrs = known ? embedAttributes(tag, attributes) : {};
  if (options.lang && !attrs.lang) attrs.lang = options.lang;
  const src = embedSrc(options.embedUrl || DEFAULT_EMBED_URL, String(tag), attrs);
  const title = options.title || (known ? embedTitle(tag, attrs, { lang }) : embedTitle(tag, {}));
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" loading="lazy" ` +
    `style="width:100%;height:20rem;border:0"></iframe>` +
    `<script>${RESIZE_LISTENER}</script>`
  );
}

/** The resize listener of the iframe snippet; it looks for the iframe just before itself. */
const RESIZE_LISTENER =
  '(function(f){addEventListener("message",function(e){var d=e.data;' +
  'if(e.source===f.contentWindow&&e.origin===new URL(f.src).origin&&d&&' +
  `d.type==="${HEIGHT_MESSAGE}"&&d.height>0&&d.height<1e5)f.style.height=Math.ceil(d.height)+"px"})` +
  '})(document.currentScript.previousElementSibling)';

/** The embed page's address with `el` and the attributes in its query string. */
export function embedSrc(
  embedUrl: string,
  tag: EmbedTag | string,
  attributes: Record<string, string>,
): string {
  const query = new URLSearchParams({ el: tag });
  for (const [name, value] of Object.entries(attributes)) query.append(name, value);
  const [base, hash = ''] = embedUrl.split('#', 2) as [string, string?];
  const joiner = base.includes('?') ? (base.endsWith('?') || base.endsWith('&') ? '' : '&') : '?';
  return `${base}${joiner}${query.toString()}${hash ? `#${hash}` : ''}`;
}

function languageOf(attributes: unknown, options: { lang?: Lang | string }): Lang {
  const own =
    attributes && typeof attributes === 'object'
      ? (attributes as { lang?: unknown }).lang
      : undefined;
  return toLang(options.lang) ?? toLang(typeof own === 'string' ? own : undefined) ?? 'en';
}

function attributeList(attrs: Record<string, string>): string {
  return Object.entries(attrs)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
}

function indent(html: string): string {
  return html
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
