/**
 * `cst-elements render`: expands every cst-* element of an HTML document into its server-rendered
 * form (declarative shadow DOM) with its fallback text inside. The rest of the document is kept as
 * it is written, character for character; each element's own opening tag too, with every attribute
 * as written. Providers in the document give the elements inside them their language, date and
 * data, read and checked as the provider in a browser reads them (`readSource` says which files
 * and addresses may be read).
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { checkPublisherData } from '../data/loader.js';
import type { Lang } from '../data/types.js';
import { resolveView, staticHtml, type Resolved } from '../embed/render.js';
import { defineElement } from '../internal/define.js';
import { describe } from '../internal/diagnostics.js';
import { clip } from '../internal/format.js';
import { inside, readProvider, type Surroundings } from '../internal/input.js';
import { CONTENT_ELEMENTS, ELEMENTS, PROVIDER } from '../registry.js';
import { renderWithin } from '../ssr/index.js';
import { readSource, type Lane } from './source.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface RenderFileOptions extends Partial<Lane> {
  /** Language and date outside any provider, checked already (`readOptions`). */
  lang?: Lang;
  asOf?: string;
  /** Nonce for the shadow roots' `<style>` elements. */
  styleNonce?: string;
}

export interface RenderFileError {
  element: string;
  line: number;
  column: number;
  message: string;
}

/** How deep elements of the library may sit inside one another's fallback content. */
export const MAX_NESTED_ELEMENTS = 16;

const CONTENT = new Set(CONTENT_ELEMENTS.map((e) => e.tag));
/** The names an element of the library reads; other attributes stay on the tag as written. */
const OWN_ATTRIBUTE = /^[a-z][a-z0-9-]*$/;

/** One element to expand: where it is, what it says, and the elements inside its fallback. */
interface Expansion {
  element: Element;
  tag: string;
  attributes: Record<string, string>;
  around: Surroundings;
  /** How many elements of the library it sits inside. */
  depth: number;
  /** The whole element in the text, and its content (what is inside its tags). */
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  inner: Expansion[];
  /** Its view, resolved. */
  resolved?: Resolved;
}

/** Where the output goes, a piece at a time. */
export type Sink = (chunk: string) => void | Promise<void>;

/**
 * Expands every cst-* element of an HTML document. Bad input is reported per element (with its
 * line and column) and nothing is rendered; the text is otherwise kept byte for byte.
 */
export async function renderFile(
  text: string,
  options: RenderFileOptions = {},
): Promise<{ html: string; errors: RenderFileError[] }> {
  const parts: string[] = [];
  const errors = await renderTo(text, (chunk) => void parts.push(chunk), options);
  return { html: errors.length ? '' : parts.join(''), errors };
}

/**
 * `renderFile`, writing the output to `sink` a piece at a time, so that memory holds one element
 * at a time however long the page. Every element is checked before anything is written: when any
 * is bad, the errors come back and `sink` gets nothing.
 */
export async function renderTo(
  text: string,
  sink: Sink,
  options: RenderFileOptions = {},
): Promise<RenderFileError[]> {
  for (const entry of ELEMENTS) defineElement(entry.tag, await entry.load());
  const document = parse(text, { sourceCodeLocationInfo: true });
  const errors: RenderFileError[] = [];
  const lane: Lane = {
    baseDir: options.baseDir ?? process.cwd(),
    root: options.root ?? options.baseDir ?? process.cwd(),
    allowRemote: options.allowRemote ?? false,
    ...(options.timeout !== undefined && { timeout: options.timeout }),
  };
  const top: Surroundings = {
    layers: [],
    ...(options.lang && { lang: options.lang }),
    ...(options.asOf && { asOf: options.asOf }),
  };
  const where = (el: Element) => ({
    element: openingTag(text, el),
    line: el.sourceCodeLocation?.startLine ?? 0,
    column: el.sourceCodeLocation?.startCol ?? 0,
  });
  const fail = (el: Element, message: string) => errors.push({ ...where(el), message });

  // The document is walked with a list rather than recursion (a page may nest thousands deep),
  // in document order: each element's children go on the list last first.
  const roots: Expansion[] = [];
  const all: Expansion[] = [];
  type Visit = { node: Node; around: Surroundings; parent?: Expansion; depth: number };
  const stack: Visit[] = [];
  const enter = (node: Node, visit: Omit<Visit, 'node'>) => {
    const children = 'childNodes' in node ? node.childNodes : [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ ...visit, node: children[i]! });
  };
  enter(document, { around: top, depth: 0 });
  while (stack.length) {
    const { node, around, parent, depth } = stack.pop()!;
    if (!('tagName' in node)) continue;
    const tag = node.tagName;
    const attributes: Record<string, string> = {};
    for (const a of node.attrs) if (OWN_ATTRIBUTE.test(a.name)) attributes[a.name] ??= a.value;
    if (tag === PROVIDER.tag) {
      enter(node, { around: await providerAround(node, attributes, around), parent, depth });
    } else if (CONTENT.has(tag)) {
      if (depth >= MAX_NESTED_ELEMENTS) {
        fail(
          node,
          `is inside ${depth} elements of cst-elements, each in the other's content; at most ${MAX_NESTED_ELEMENTS} are expanded`,
        );
        continue;
      }
      const expansion = expand(node, tag, attributes, around, depth);
      (parent ? parent.inner : roots).push(expansion);
      all.push(expansion);
      enter(node, { around, parent: expansion, depth: depth + 1 });
    } else if (tag.startsWith('cst-')) {
      fail(node, `<${tag}> is not an element of cst-elements`);
    } else {
      // <template> content sits in its own fragment.
      enter('content' in node ? (node.content as Node) : node, { around, parent, depth });
    }
  }

  /** A provider's surroundings for the elements inside it; its problems are errors. */
  async function providerAround(
    el: Element,
    attributes: Record<string, string>,
    outer: Surroundings,
  ) {
    const input = readProvider(attributes);
    for (const problem of input.problems) fail(el, describe(problem, PROVIDER.tag));
    const src = attributes.src;
    if (src === undefined) return inside(outer, input);
    const read = await readSource(src, lane);
    if ('refused' in read) {
      fail(el, `src "${clip(src)}" ${read.refused}`);
      return inside(outer, input);
    }
    let json: unknown;
    try {
      json = JSON.parse(read.text);
    } catch (error) {
      // Only where the JSON stops, never what the file holds.
      const at = /at position (\d+)/.exec((error as Error).message)?.[1];
      fail(
        el,
        `src "${clip(src)}" is not valid JSON${at ? ` (it stops at character ${Number(at) + 1})` : ''}`,
      );
      return inside(outer, input);
    }
    const result = checkPublisherData(json, outer.layers, input.mode);
    if (!result.ok) {
      fail(el, `src "${clip(src)}" cannot be used (${result.code}: ${result.message})`);
      return inside(outer, input);
    }
    if (result.warning) fail(el, `src "${clip(src)}" (src-references): ${result.warning}`);
    return inside(outer, input, [{ data: result.data, mode: input.mode }]);
  }

  function expand(
    el: Element,
    tag: string,
    attributes: Record<string, string>,
    around: Surroundings,
    depth: number,
  ): Expansion {
    const location = el.sourceCodeLocation!;
    const contentStart = location.startTag?.endOffset ?? location.endOffset;
    // An element left open ends where its last child does (the parser closed it there), white
    // space after it (and the end tags the parser passed over) left outside.
    const content = el.childNodes.filter((c) => !('value' in c) || c.value.trim() !== '');
    const last = content.at(-1)?.sourceCodeLocation?.endOffset;
    const contentEnd = location.endTag?.startOffset ?? Math.max(contentStart, last ?? contentStart);
    const end = location.endTag?.endOffset ?? contentEnd;
    return {
      element: el,
      tag,
      attributes,
      around,
      depth,
      start: location.startOffset,
      end,
      contentStart,
      contentEnd,
      inner: [],
    };
  }

  // Every view first: a bad one stops the command before anything is written.
  const views = new Map<string, Promise<Resolved | undefined>>();
  for (const expansion of all) {
    const { element: el, tag, attributes, around } = expansion;
    const key = cacheKey(expansion);
    if (!views.has(key)) views.set(key, resolveView(tag, attributes, { around }));
    const resolved = await views.get(key)!;
    if (!resolved || 'problem' in resolved.result) {
      fail(
        el,
        resolved && 'problem' in resolved.result
          ? describe(resolved.result.problem, tag)
          : `<${tag}> cannot be rendered`,
      );
    } else expansion.resolved = resolved;
  }
  if (errors.length) return errors.sort((a, b) => a.line - b.line || a.column - b.column);

  // Then the page, a piece at a time. The same element in the same surroundings renders the same:
  // the last few rendered are kept.
  const rendered = new Map<string, Rendered>();
  const nonce = options.styleNonce !== undefined ? { styleNonce: options.styleNonce } : {};
  const html = async (expansion: Expansion): Promise<string> => {
    const { element: el, tag, attributes, around } = expansion;
    const key = cacheKey(expansion);
    let out = rendered.get(key);
    if (out === undefined) {
      out = split(await renderWithin(tag, attributes, around, nonce), tag);
      if (rendered.size >= 64) rendered.delete(rendered.keys().next().value!);
      rendered.set(key, out);
    }
    // Elements inside its content first; the publisher's own fallback stays, and an empty element
    // gets the text the element shows.
    const inner = await Promise.all(expansion.inner.map(html));
    const content = join(
      text,
      expansion.contentStart,
      expansion.contentEnd,
      expansion.inner,
      inner,
    );
    const fallback = content.trim() ? content : staticHtml(expansion.resolved!);
    return `${withAdded(openingTagText(text, el), out.attributes, tag)}${out.shadow}${fallback}</${tag}>`;
  };
  let at = 0;
  for (const expansion of roots) {
    await sink(text.slice(at, expansion.start));
    await sink(await html(expansion));
    at = expansion.end;
  }
  await sink(text.slice(at));
  return errors;
}

/** What tells one element from another in the same surroundings. */
const surroundingsIds = new WeakMap<Surroundings, number>();
let lastId = 0;
function cacheKey({ tag, attributes, around }: Expansion): string {
  let id = surroundingsIds.get(around);
  if (id === undefined) surroundingsIds.set(around, (id = ++lastId));
  return JSON.stringify([id, tag, Object.entries(attributes).sort()]);
}

/** The text from `start` to `end` with the given elements in it replaced by their HTML. */
function join(
  text: string,
  start: number,
  end: number,
  expansions: readonly Expansion[],
  html: readonly string[],
): string {
  const parts: string[] = [];
  let at = start;
  expansions.forEach((e, i) => {
    parts.push(text.slice(at, e.start), html[i]!);
    at = e.end;
  });
  parts.push(text.slice(at, end));
  return parts.join('');
}

/** The element's opening tag as written. */
function openingTagText(text: string, el: Element): string {
  const start = el.sourceCodeLocation?.startTag;
  return start ? text.slice(start.startOffset, start.endOffset) : `<${el.tagName}>`;
}

/** The element's opening tag as written, shortened for messages. */
function openingTag(text: string, el: Element): string {
  const tag = openingTagText(text, el);
  return tag.length > 100 ? `${tag.slice(0, 99)}…` : tag;
}

/** A server-rendered element: the attributes on its tag, and its declarative shadow root. */
interface Rendered {
  attributes: [name: string, written: string][];
  shadow: string;
}

function split(html: string, tag: string): Rendered {
  const from = html.indexOf(`<${tag}`) + tag.length + 1;
  const open = html.indexOf('>', from);
  return {
    attributes: [...html.slice(from, open).matchAll(/\s([^\s=]+)="[^"]*"/g)].map((m) => [
      m[1]!,
      m[0],
    ]),
    shadow: html.slice(open + 1, html.lastIndexOf(`</${tag}>`)),
  };
}

/**
 * The opening tag as written, with the attributes server rendering put on the element (those it
 * reflects, such as `theme="auto"`) that the tag does not have.
 */
function withAdded(written: string, attributes: Rendered['attributes'], tag: string): string {
  const missing = attributes.filter(([name]) => !hasAttribute(written, tag, name));
  if (!missing.length) return written;
  const close = written.endsWith('/>') ? written.length - 2 : written.length - 1;
  return `${written.slice(0, close)}${missing.map(([, w]) => w).join('')}${written.slice(close)}`;
}

/** True when an opening tag as written has the attribute `name`. */
function hasAttribute(written: string, tag: string, name: string): boolean {
  for (const m of written
    .slice(tag.length + 1)
    .matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?/g)) {
    if (m[1]!.toLowerCase() === name) return true;
  }
  return false;
}
