/**
 * Lit's `html` and `svg` tags, marking what they make as the library's own with a symbol that
 * nothing outside this module can name. The HTML writer (`html.ts`) writes out only marked
 * templates as markup: an object from data that looks like a template
 * (`{"_$litType$": 1, "strings": […]}`) is not one, and is never written as markup. Every template
 * of the library is made with these tags.
 */
import { html as litHtml, svg as litSvg, type SVGTemplateResult, type TemplateResult } from 'lit';

const OWN = Symbol('cst-elements template');

type Marked = { [OWN]?: true };

export const html = (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult => {
  const result: TemplateResult & Marked = litHtml(strings, ...values);
  result[OWN] = true;
  return result;
};

export const svg = (strings: TemplateStringsArray, ...values: unknown[]): SVGTemplateResult => {
  const result: SVGTemplateResult & Marked = litSvg(strings, ...values);
  result[OWN] = true;
  return result;
};

/** True for a template the library made. */
export const isOwnTemplate = (value: unknown): value is TemplateResult =>
  typeof value === 'object' && value !== null && (value as Marked)[OWN] === true;
