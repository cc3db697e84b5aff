/**
 * Writes a Lit template out as an HTML string, with no DOM and no server-rendering stack, so an
 * element's own template gives the light-DOM fallback of snippets and of the static export in
 * Node and in the browser alike. Text and attribute values are escaped as Lit escapes them;
 * event and property bindings are left out, `nothing` removes its attribute, `?name` writes a
 * boolean attribute. Directives are not supported: templates written out here use none.
 *
 * Only templates the library made (`template.ts`) are written as markup. Anything else is a value:
 * a string is escaped, and an object that only looks like a template (data holding
 * `{"_$litType$": 1, "strings": ["<img onerror=…>"]}`) stops the writing, as Lit refuses it too.
 */
import { noChange, nothing, type TemplateResult } from 'lit';
import { isOwnTemplate } from './template.js';

/** Escapes text for HTML text and double-quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export interface HtmlOptions {
  /**
   * For content that goes into a page's own DOM: leaves out the attributes that only mean
   * something inside the element (`class`, `part`, `id` and the ARIA references to ids), so the
   * page's styles and ids are not touched.
   */
  light?: boolean;
}

const SHADOW_ONLY = /\s(?:class|part|id|aria-labelledby|aria-describedby)="[^"]*"/g;

/** The HTML of a template (or of any value Lit renders as a child). */
export function toHtml(value: unknown, options: HtmlOptions = {}): string {
  // White space before a tag's `>` means nothing (text never holds a bare `>`: it is escaped).
  const out = child(value)
    .replace(/[ \t]*\n\s*/g, '\n')
    .replace(/\s+>/g, '>')
    .trim();
  return options.light ? out.replace(SHADOW_ONLY, '') : out;
}

function child(value: unknown): string {
  if (value === null || value === undefined || value === nothing || value === noChange) return '';
  if (isOwnTemplate(value)) return template(value);
  if (typeof value === 'object' && ('_$litType$' in value || '_$litDirective$' in value)) {
    throw new Error('only templates of cst-elements are written out as HTML');
  }
  if (
    typeof value !== 'string' &&
    typeof (value as Iterable<unknown>)[Symbol.iterator] === 'function'
  ) {
    return Array.from(value as Iterable<unknown>, child).join('');
  }
  return escapeHtml(value);
}

/** Where the scan of a template's strings stands. */
interface Scan {
  inTag: boolean;
  inComment: boolean;
  quote: string | null;
}

/** Moves the scan over one string of a template. */
function advance(text: string, scan: Scan): void {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (scan.inComment) {
      if (text.startsWith('-->', i)) {
        scan.inComment = false;
        i += 2;
      }
    } else if (!scan.inTag) {
      if (text.startsWith('<!--', i)) {
        scan.inComment = true;
        i += 3;
      } else if (ch === '<' && /[a-zA-Z/]/.test(text[i + 1] ?? '')) scan.inTag = true;
    } else if (scan.quote) {
      if (ch === scan.quote) scan.quote = null;
    } else if (ch === '"' || ch === "'") scan.quote = ch;
    else if (ch === '>') scan.inTag = false;
  }
}

const BINDING = /\s([.?@]?)([^\s"'>/=]+)\s*=\s*(["']?)$/;

function template(result: TemplateResult): string {
  const { strings, values } = result;
  const scan: Scan = { inTag: false, inComment: false, quote: null };
  let out = '';
  let skipQuote = false;
  for (let i = 0; i < strings.length; i++) {
    let text = strings[i]!;
    if (skipQuote) {
      // The closing quote of an attribute that was left out.
      text = text.slice(1);
      scan.quote = null;
      skipQuote = false;
    }
    advance(text, scan);
    out += text;
    if (i >= values.length) break;
    const value = values[i];
    if (!scan.inTag) {
      out += child(value);
      continue;
    }
    const binding = BINDING.exec(out);
    if (!binding) {
      // One of several parts of a quoted attribute value.
      out += value === nothing || value === null || value === undefined ? '' : escapeHtml(value);
      continue;
    }
    const [whole, prefix, name, quote] = binding;
    out = out.slice(0, out.length - whole!.length);
    if (quote) skipQuote = true;
    if (prefix === '@' || prefix === '.') continue;
    if (prefix === '?') {
      if (value && value !== nothing) out += ` ${name}`;
      continue;
    }
    if (value === nothing || value === noChange) continue;
    out += ` ${name}="${escapeHtml(value)}"`;
  }
  return out;
}
