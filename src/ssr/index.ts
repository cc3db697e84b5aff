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
import { html } from 'lit';
import type { DatasetContextValue } from '../context.js';
import { withLayers, type DataLayer } from '../data/merge.js';
import { isMissingPackage, missingMessage } from './optional.js';
import type { IsoDate, Lang, PartialDataset } from '../data/types.js';
import { entryName, entryOf, type ElementClass } from '../registry.js';

export interface RenderOptions {
  /** UI language, as a provider's `lang` would give it. */
  lang?: Lang;
  /** Reference date, as a provider's `as-of` would give it. */
  asOf?: IsoDate;
  /** Publisher data laid over the bundled data, already validated. */
  data?: PartialDataset;
  mode?: DataLayer['mode'];
}

const TAG = /^cst-[a-z]+(-[a-z]+)*$/;
const ATTRIBUTE = /^[a-z][a-z0-9-]*$/;

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

/** The context a provider with these options would give. */
export function contextOf(options: RenderOptions): DatasetContextValue {
  return {
    layers: options.data ? [{ data: options.data, mode: options.mode ?? 'merge' }] : [],
    merge: withLayers,
    ...(options.lang && { lang: options.lang }),
    ...(options.asOf && { asOf: options.asOf }),
  };
}

/**
 * Renders one element with the given attributes. Its define module (`cst-elements/quote.js`, or
 * `cst-elements/all.js`) must be imported first. Throws on a tag that is not defined, and on a
 * tag or attribute name that is not safe to write into HTML; values are escaped.
 */
export async function renderElement(
  tag: string,
  attributes: Record<string, string> = {},
  options: RenderOptions = {},
): Promise<string> {
  if (!TAG.test(tag)) throw new Error(`not a cst-elements tag: ${tag}`);
  for (const name of Object.keys(attributes)) {
    if (!ATTRIBUTE.test(name)) throw new Error(`not an attribute name: ${name}`);
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
    await Promise.all([
      renderer.data.load(options.data ? null : attributes, 'ru'),
      ...renderer.strings.map((s) => s.load('ru')),
    ]);
  }
  const { render, collectResult } = await loadLitSsr();
  const context = contextOf(options);
  // Tag and attribute names are checked above and go into the template's strings; values are
  // bindings, so they are escaped. The context goes in as a property, as a provider's would.
  const names = Object.keys(attributes);
  const strings = [
    ...names.map((name, i) => `${i === 0 ? `<${tag}` : '"'} ${name}="`),
    `${names.length ? '"' : `<${tag}`} .context=`,
    `></${tag}>`,
  ];
  const template = html(
    Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray,
    ...names.map((name) => attributes[name]),
    context,
  );
  return collectResult(render(template));
}
