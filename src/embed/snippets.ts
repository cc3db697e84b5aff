/**
 * Embed snippets and their fallback content, as plain strings: no DOM, so it runs in Node and in
 * the browser. `import { fallbackHtml, scriptSnippet, iframeSnippet } from 'cst-elements/snippets.js'`.
 *
 * The fallback is the element's own template written out as HTML for its light DOM: what a reader
 * sees when scripts are stripped or blocked, and what the element shows when it cannot render.
 * It follows publisher data and attribute parsing exactly as the element does.
 */
import type { DataLayer } from '../data/merge.js';
import type { Lang, PartialDataset } from '../data/types.js';
import { escapeHtml } from '../internal/html.js';
import { readLangOption, readSurroundings } from '../internal/input.js';
import { UNAVAILABLE, UNTITLED } from '../locales/index.js';
import { attributeNames, CONTENT_ELEMENTS, entryOf } from '../registry.js';
import { languageOf, resolveView, staticHtml, type ViewOptions } from './render.js';

export { escapeHtml };

/** The tags a snippet or the iframe embed page can show: every element with content of its own. */
export const EMBED_TAGS: readonly string[] = CONTENT_ELEMENTS.map((e) => e.tag);

/** The `type` of the message the iframe embed page posts to its parent with its height. */
export const HEIGHT_MESSAGE = 'cst-embed-height';

/** Where the CDN file and the embed page are, unless the caller says otherwise. */
export const DEFAULT_CDN_URL = './cdn/cst-elements.js';
export const DEFAULT_EMBED_URL = './embed/index.html';

/** True for one of the embeddable tags. */
export function isEmbedTag(tag: unknown): tag is string {
  return typeof tag === 'string' && EMBED_TAGS.includes(tag);
}

/** The attributes an embeddable tag accepts: its own, and `lang` and `theme`. */
export function embedAttributeNames(tag: string): readonly string[] {
  const entry = isEmbedTag(tag) ? entryOf(tag) : undefined;
  return entry ? [...attributeNames(entry), 'lang', 'theme'] : [];
}

/**
 * The attributes a tag accepts, in the order given, with string values; unknown names and
 * non-string values are dropped.
 */
export function embedAttributes(tag: string, attributes: unknown): Record<string, string> {
  const allowed = embedAttributeNames(tag);
  const out: Record<string, string> = {};
  if (!attributes || typeof attributes !== 'object') return out;
  for (const [name, value] of Object.entries(attributes as Record<string, unknown>)) {
    if (allowed.includes(name) && typeof value === 'string') out[name] = value;
  }
  return out;
}

/**
 * What the element sees around it, as a provider's attributes would say it. Each value is checked
 * as the provider checks it; a value it would refuse is left out, with one console warning, as the
 * element would then show it.
 */
export interface FallbackOptions {
  /** Language of the text; else the `lang` attribute; else English. */
  lang?: Lang;
  /** Date time-sensitive views hold for (a provider's `as-of`); else the dataset's. */
  asOf?: string;
  /**
   * Publisher data the element will see (a provider's `src` or `data`). It is checked as the
   * provider checks it: data the schema refuses is not used.
   */
  data?: PartialDataset;
  /** How `data` combines with the bundled data, as the provider's `mode` says (default `merge`). */
  mode?: DataLayer['mode'];
}

export interface ScriptSnippetOptions extends FallbackOptions {
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
}

export interface IframeSnippetOptions {
  lang?: Lang;
  /** Address of the embed page (default `./embed/index.html`). */
  embedUrl?: string;
  /** The iframe's accessible title; by default one made from the content. */
  title?: string;
}

const warned = new Set<string>();

/**
 * The view options the snippet options give: what the provider would refuse is left out, with a
 * console warning (once per message).
 */
async function viewOptions(options: FallbackOptions): Promise<ViewOptions> {
  const { around, refused, warnings } = await readSurroundings(options);
  for (const message of [...refused, ...warnings]) {
    if (warned.has(message)) continue;
    warned.add(message);
    console.warn(`cst-elements snippets: ${message}`);
  }
  const lang = readLangOption(options.lang);
  return { around, ...(typeof lang === 'string' && { lang }) };
}

/** The element's text as plain semantic HTML for its light DOM. Never rejects. */
export async function fallbackHtml(
  tag: string,
  attributes: Record<string, string>,
  options: FallbackOptions = {},
): Promise<string> {
  let lang: Lang = 'en';
  try {
    const view = await viewOptions(options);
    lang = languageOf(attributes, view);
    const resolved = isEmbedTag(tag)
      ? await resolveView(tag, embedAttributes(tag, attributes), view)
      : undefined;
    return resolved ? staticHtml(resolved) : `<p>${escapeHtml(UNAVAILABLE[lang])}</p>`;
  } catch {
    return `<p>${escapeHtml(UNAVAILABLE[lang])}</p>`;
  }
}

/**
 * A short, meaningful title for the content (an iframe's `title`, the embed page's
 * `document.title`): the speaker and date of a quote, "CSTO member states", a session's kind and
 * date, an article and its document. Never rejects.
 */
export async function embedTitle(
  tag: string,
  attributes: Record<string, string>,
  options: FallbackOptions = {},
): Promise<string> {
  let fallback = UNTITLED.en;
  try {
    const view = await viewOptions(options);
    fallback = UNTITLED[languageOf(attributes, view)];
    const resolved = isEmbedTag(tag)
      ? await resolveView(tag, embedAttributes(tag, attributes), view)
      : undefined;
    return resolved && 'view' in resolved.result
      ? resolved.renderer.title(resolved.result.view)
      : fallback;
  } catch {
    return fallback;
  }
}

/**
 * The recommended snippet: the CDN `<script type="module">` line, then the element with its
 * attributes and the fallback text inside.
 */
export async function scriptSnippet(
  tag: string,
  attributes: Record<string, string>,
  options: ScriptSnippetOptions = {},
): Promise<string> {
  const lang = languageOf(attributes, await viewOptions({ lang: options.lang }));
  const script =
    options.script === false
      ? ''
      : `<script type="module" src="${escapeHtml(options.cdnUrl || DEFAULT_CDN_URL)}"></script>\n`;
  if (!isEmbedTag(tag)) return `${script}<p>${escapeHtml(UNAVAILABLE[lang])}</p>`;
  const attrs = embedAttributes(tag, attributes);
  const own = readLangOption(options.lang);
  if (typeof own === 'string' && !attrs.lang) attrs.lang = own;
  const fallback = await fallbackHtml(tag, attrs, options);
  const noShift = options.reserve === false ? '' : ' no-shift';
  return `${script}<${tag}${attributeList(attrs)}${noShift}>\n${indent(fallback)}\n</${tag}>`;
}

/**
 * An `<iframe>` of the embed page for CMSs that accept only iframes, and a tiny listener that sets
 * its height from the page's `cst-embed-height` messages (only its own frame's, only from the
 * embed page's origin).
 */
export async function iframeSnippet(
  tag: string,
  attributes: Record<string, string>,
  options: IframeSnippetOptions = {},
): Promise<string> {
  const attrs = embedAttributes(tag, attributes);
  const lang = readLangOption(options.lang);
  if (typeof lang === 'string' && !attrs.lang) attrs.lang = lang;
  const src = embedSrc(options.embedUrl || DEFAULT_EMBED_URL, String(tag), attrs);
  const title =
    options.title || (await embedTitle(tag, attrs, typeof lang === 'string' ? { lang } : {}));
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" loading="lazy" ` +
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
  tag: string,
  attributes: Record<string, string>,
): string {
  const query = new URLSearchParams({ el: tag });
  for (const [name, value] of Object.entries(attributes)) query.append(name, value);
  const [base, hash = ''] = embedUrl.split('#', 2) as [string, string?];
  const joiner = base.includes('?') ? (base.endsWith('?') || base.endsWith('&') ? '' : '&') : '?';
  return `${base}${joiner}${query.toString()}${hash ? `#${hash}` : ''}`;
}

function attributeList(attrs: Record<string, string>): string {
  return Object.entries(attrs)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
}

function indent(html: string): string {
  return html
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
