import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { isIsoDate } from '../data/dates.js';
import { validateDataset } from '../data/loader.js';
import type { PartialDataset } from '../data/types.js';
import { resolveView, staticHtml } from '../embed/render.js';
import { defineElement } from '../internal/define.js';
import { describe } from '../internal/diagnostics.js';
import { toLang } from '../internal/lang.js';
import { CONTENT_ELEMENTS, ELEMENTS, PROVIDER } from '../registry.js';
import { renderElement, type RenderOptions } from '../ssr/index.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface RenderFileOptions {
  lang?: string;
  asOf?: string;
  /** Folder that a provider's relative `src` is read from. */
  baseDir?: string;
}

export interface RenderFileError {
  element: string;
  line: number;
  column: number;
  message: string;
}

const CONTENT = new Set(CONTENT_ELEMENTS.map((e) => e.tag));

/** Expands every cst-* element of an HTML document; the rest of the text is kept byte for byte. */
export async function renderFile(
  text: string,
  options: RenderFileOptions = {},
): Promise<{ html: string; errors: RenderFileError[] }> {
  for (const entry of ELEMENTS) defineElement(entry.tag, await entry.load());
  const document = parse(text, { sourceCodeLocationInfo: true });
  const errors: RenderFileError[] = [];
  const edits: { start: number; end: number; html: string }[] = [];
  const top: RenderOptions = {};
  const lang = toLang(options.lang);
  if (lang) top.lang = lang;
  if (options.asOf) top.asOf = options.asOf;

  const where = (el: Element) => ({
    element: openingTag(text, el),
    line: el.sourceCodeLocation?.startLine ?? 0,
    column: el.sourceCodeLocation?.startCol ?? 0,
  });

  async function visit(node: Node, context: RenderOptions): Promise<void> {
    if (!('childNodes' in node)) return;
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      const tag = child.tagName;
      const attributes = Object.fromEntries(child.attrs.map((a) => [a.name, a.value]));
      if (tag === PROVIDER.tag) {
        await visit(child, await providerContext(child, attributes, context));
      } else if (CONTENT.has(tag)) {
        const resolved = await resolveView(tag, attributes, viewOptions(context));
        if (!resolved || 'problem' in resolved.result) {
          const message =
            resolved && 'problem' in resolved.result
              ? describe(resolved.result.problem, tag)
              : `<${tag}> cannot be rendered`;
          errors.push({ ...where(child), message });
          continue;
        }
        const location = child.sourceCodeLocation!;
        const inner =
          location.startTag && location.endTag
            ? text.slice(location.startTag.endOffset, location.endTag.startOffset)
            : '';
        // The publisher's own fallback stays; an empty element gets the text the element shows.
        const fallback = inner.trim() ? inner : staticHtml(resolved);
        const rendered = await renderElement(tag, attributes, context);
        const close = rendered.lastIndexOf(`</${tag}>`);
        edits.push({
          start: location.startOffset,
          end: location.endOffset,
          html: `${rendered.slice(0, close)}${fallback}${rendered.slice(close)}`,
        });
      } else if (tag.startsWith('cst-')) {
        errors.push({ ...where(child), message: `<${tag}> is not an element of cst-elements` });
      } else {
        // <template> content sits in its own fragment.
        await visit('content' in child ? (child.content as Node) : child, context);
      }
    }
  }

  async function providerContext(
    el: Element,
    attributes: Record<string, string>,
    outer: RenderOptions,
  ): Promise<RenderOptions> {
    const context: RenderOptions = { ...outer };
    const lang = toLang(attributes.lang);
    if (lang) context.lang = lang;
    const asOf = attributes['as-of'];
    if (asOf !== undefined) {
      if (isIsoDate(asOf)) context.asOf = asOf;
      else
        errors.push({ ...where(el), message: `as-of="${asOf}" is not a date; write YYYY-MM-DD` });
    }
    if (attributes.src) {
      const data = await readDataset(attributes.src, options.baseDir ?? process.cwd());
      if (typeof data === 'string') errors.push({ ...where(el), message: data });
      else {
        context.data = data;
        context.mode = attributes.mode === 'replace' ? 'replace' : 'merge';
      }
    }
    return context;
  }

  await visit(document, top);
  let html = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    html = html.slice(0, edit.start) + edit.html + html.slice(edit.end);
  }
  return { html, errors };
}

/** What the view of an element inside providers with these options is resolved with. */
function viewOptions(context: RenderOptions) {
  return {
    ...(context.lang && { contextLang: context.lang }),
    ...(context.asOf && { asOf: context.asOf }),
    ...(context.data && { layers: [{ data: context.data, mode: context.mode ?? 'merge' }] }),
  };
}

/** The element's opening tag as written, shortened for messages. */
function openingTag(text: string, el: Element): string {
  const start = el.sourceCodeLocation?.startTag;
  const tag = start ? text.slice(start.startOffset, start.endOffset) : `<${el.tagName}>`;
  return tag.length > 100 ? `${tag.slice(0, 99)}…` : tag;
}

/** A provider's `src`: a file next to the page, or an http(s) address. */
async function readDataset(src: string, baseDir: string): Promise<PartialDataset | string> {
  let body: string;
  try {
    if (/^https?:\/\//i.test(src)) {
      const response = await fetch(src, { signal: AbortSignal.timeout(10_000) });
      if (!response.ok) return `src="${src}": HTTP ${response.status}`;
      body = await response.text();
    } else {
      body = await readFile(resolve(baseDir, src), 'utf8');
    }
  } catch (error) {
    return `src="${src}" could not be read (${(error as Error).message})`;
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return `src="${src}" is not valid JSON (${(error as Error).message})`;
  }
  const result = validateDataset(json);
  return result.ok ? result.data : `src="${src}" does not match the schema (${result.message})`;
}
