import type { TemplateResult } from 'lit';

/** Text or a template: what the helpers below put into a sentence. */
export type Inline = string | TemplateResult;

/**
 * Fills the `{name}` placeholders of a UI string with text or templates, as Lit text bindings, so
 * a sentence can hold a `<time>` or a link without building markup from strings.
 */
export function fill(pattern: string, values: Record<string, unknown>): unknown[] {
  return pattern.split(/\{(\w+)\}/).map((part, i) => (i % 2 ? values[part] : part));
}

/** Fills `{name}` placeholders with plain text. */
export function fillText(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

/** The address when it is http(s); anything else (`javascript:`, `data:` …) is never linked. */
export function webUrl(url: string | undefined): string | undefined {
  return typeof url === 'string' && /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined;
}
