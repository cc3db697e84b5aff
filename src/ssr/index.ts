/**
 * Server-side rendering: any element to HTML with declarative shadow DOM, through @lit-labs/ssr.
 * Runs in Node; the browser build hydrates the result.
 *
 * ```js
 * import 'cst-elements/quote.js';
 * import { renderElement } from 'cst-elements/ssr.js';
 * const html = await renderElement('cst-quote', { quote: 'tokayev-2022-working-mechanism' });
 * ```
 *
 * `@lit-labs/ssr` is an optional peer dependency, so that apps that only run in the browser do not
 * install it: it is loaded when something is first rendered, with a message saying what to install
 * when it is missing.
 */
import { LANGS } from '../locales/index.js';
import { html } from 'lit';
import type { DatasetContextValue } from '../context.js';
import { withLayers, type MergeMode } from '../data/merge.js';
import type { Lang, PartialDataset } from '../data/types.js';
import { escapeHtml } from '../internal/html.js';
import { readSurroundings, type Surroundings } from '../internal/input.js';
import { isMissingPackage, missingMessage } from './optional.js';
import { entryName, entryOf, type ElementClass } from '../registry.js';

/** What a provider around the element would give it, and how to write the result. */
export interface RenderOptions {
  /** UI language, as a provider's `lang` would give it. */
  lang?: Lang;
  /** Reference date, as a provider's `as-of` would give it (`YYYY-MM-DD`). */
  asOf?: string;
  /** How `data` goes over the bundled data, as a provider's `mode` says (default `merge`). */
  mode?: MergeMode;
  /** Publisher data, as a provider's `data` property takes it; checked as the provider checks it. */
  data?: PartialDataset;
  /**
   * A nonce for the `<style>` elements of the declarative shadow roots, for a page whose
   * Content-Security-Policy allows styles by nonce (`style-src 'self' 'nonce-…'`): the elements
   * are then styled before any script runs.
   */
  styleNonce?: string;
}

const TAG = /^cst-[a-z]+(-[a-z]+)*$/;
/** A name an element of the library may read: these go through the element. */
const OWN_ATTRIBUTE = /^[a-z][a-z0-9-]*$/;
/**
 * Any other name HTML allows (`data_x`, `:prop`, `@click`, `v-on:click`, `x.y`): written on the
 * tag as it is. No white space, quotes, `<`, `>`, `/`, `=`, control characters or noncharacters.
 */
function isAttributeName(name: string): boolean {
  return (
    name !== '' &&
    [...name].every((c) => {
      const code = c.codePointAt(0)!;
      return (
        code > 0x20 &&
        !(code >= 0x7f && code <= 0x9f) &&
        !(code >= 0xfdd0 && code <= 0xfdef) &&
        (code & 0xfffe) !== 0xfffe &&
        !`"'<>/=`.includes(c)
      );
    })
  );
}

type LitSsr = typeof import('@lit-labs/ssr') & typeof import('@lit-labs/ssr/lib/render-result.js');
let litSsr: Promise<LitSsr> | undefined;

/** @lit-labs/ssr, loaded once; a clear error when it is not installed. */
function loadLitSsr(): Promise<LitSsr> {
  litSsr ??= Promise.all([
    import('@lit-labs/ssr'),
    import('@lit-labs/ssr/lib/render-result.js'),
  ]).then(
    ([ssr, result]) => ({ ...ssr, ...result }),
    (error: unknown) => {
      litSsr = undefined;
      if (!isMissingPackage(error, '@lit-labs/ssr')) throw error;
      throw new Error(missingMessage('cst-elements/ssr.js', ['@lit-labs/ssr']), { cause: error });
    },
  );
  return litSsr;
}

/** The context a provider that gives `around` would give. */
export function contextOf(around: Surroundings): DatasetContextValue {
  return {
    layers: around.layers,
    merge: withLayers,
    ...(around.lang && { lang: around.lang }),
    ...(around.asOf && { asOf: around.asOf }),
  };
}

/**
 * Renders one element with the given attributes. Its define module (`cst-elements/quote.js`, or
 * `cst-elements/all.js`) must be imported first. The options are checked as a provider checks its
 * attributes and data. Throws on a tag that is not defined, on a name that is not an attribute
 * name, and on an option a provider would refuse (`asOf: '2024-13-45'`, data the schema refuses);
 * values are escaped.
 */
export async function renderElement(
  tag: string,
  attributes: Record<string, string> = {},
  options: RenderOptions = {},
): Promise<string> {
  const { around, refused, warnings } = await readSurroundings(options);
  if (refused.length) throw new Error(`renderElement: ${refused.join('; ')}`);
  for (const warning of warnings) console.warn(`renderElement: ${warning}`);
  return renderWithin(tag, attributes, around, options);
}

/** `renderElement` inside surroundings already read (the command line reads each provider once). */
export async function renderWithin(
  tag: string,
  attributes: Record<string, string>,
  around: Surroundings,
  options: Pick<RenderOptions, 'styleNonce'> = {},
): Promise<string> {
  if (!TAG.test(tag)) throw new Error(`not a cst-elements tag: ${tag}`);
  const own: [string, string][] = [];
  let others = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (OWN_ATTRIBUTE.test(name)) own.push([name, value]);
    else if (isAttributeName(name)) others += ` ${name}="${escapeHtml(value)}"`;
    else throw new Error(`not an attribute name: ${JSON.stringify(name)}`);
  }
  const ctor = customElements.get(tag) as ElementClass | undefined;
  if (!ctor) {
    const entry = entryOf(tag);
    throw new Error(
      entry
        ? `<${tag}> is not defined: import 'cst-elements/${entryName(entry)}.js' (or 'cst-elements/all.js') before rendering it`
        : `<${tag}> is not an element of cst-elements`,
    );
  }
  // The server renders at once: what the element would load on demand is loaded first.
  const { renderer } = ctor;
  if (renderer) {
    await Promise.all(
      LANGS.flatMap((lang) => [
        renderer.data.load(around.layers.length ? null : Object.fromEntries(own), lang),
        ...renderer.strings.map((s) => s.load(lang)),
      ]),
    );
  }
  const { render, collectResult } = await loadLitSsr();
  // Tag and attribute names are checked above and go into the template's strings; values are
  // bindings, so they are escaped. The context goes in as a property, as a provider's would.
  const strings = [
    ...own.map(([name], i) => `${i === 0 ? `<${tag}` : '"'} ${name}="`),
    `${own.length ? '"' : `<${tag}`} .context=`,
    `></${tag}>`,
  ];
  const template = html(
    Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray,
    ...own.map(([, value]) => value),
    contextOf(around),
  );
  let out = await collectResult(render(template));
  if (others) {
    // The opening tag ends at its first `>`: attribute values are escaped.
    const end = out.indexOf('>', out.indexOf(`<${tag}`));
    out = `${out.slice(0, end)}${others}${out.slice(end)}`;
  }
  if (options.styleNonce !== undefined) {
    // Every `<style>` here is the shadow roots': text from data is escaped.
    out = out.replaceAll('<style>', `<style nonce="${escapeHtml(options.styleNonce)}">`);
  }
  return out;
}
