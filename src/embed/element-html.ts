/**
 * The element with its fallback inside, written as text: what the script snippet writes, what a
 * WordPress block saves and what its shortcodes render (the plugin's PHP writes the same). It
 * imports nothing that needs a DOM or Lit, so the block editor's own bundle holds it.
 */
import { escapeHtml } from '../internal/escape.js';

/** The fallback as the element holds it: on lines of its own, indented. */
export function fallbackBody(fallback: string): string {
  const lines = fallback.split('\n').map((line) => `  ${line}`);
  return `\n${lines.join('\n')}\n`;
}

/**
 * `<tag attributes no-shift>body</tag>`, the attributes in the order given. `reserve` (default
 * true) writes `no-shift`, so upgrading moves nothing on screen.
 */
export function elementHtml(
  tag: string,
  attributes: Readonly<Record<string, string>>,
  body: string,
  reserve = true,
): string {
  const list = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return `<${tag}${list}${reserve ? ' no-shift' : ''}>${body}</${tag}>`;
}

/** What the fallback key needs of an element's controls. */
export interface KeyControl {
  name: string;
  initial?: string;
  shared?: true;
}

/**
 * The attributes that decide an element's fallback, written one way: its own attributes in the
 * order of its controls, trimmed, a choice in lower case and left out at its default, then the
 * language. The plugin looks fallbacks up by it (the table its build writes, the fallbacks the
 * editor keeps for a post's shortcodes); its PHP writes it the same way.
 */
export function fallbackKey(
  controls: readonly KeyControl[],
  attributes: Readonly<Record<string, string | undefined>>,
  lang: string,
): string {
  const given: Record<string, string> = {};
  for (const control of controls) {
    if (control.shared) continue;
    let value = attributes[control.name]?.trim();
    if (value && control.initial !== undefined) value = value.toLowerCase();
    if (value && value !== control.initial) given[control.name] = value;
  }
  given.lang = lang;
  return Object.entries(given)
    .map(([name, value]) => `${name}="${escapeHtml(value)}"`)
    .join(' ');
}
