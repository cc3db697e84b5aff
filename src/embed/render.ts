/**
 * An element's view and its HTML, without an element: what snippets, the static export and the
 * embed page use, through the same renderer as the element itself, so they say what it says.
 */
import { withLayers } from '../data/merge.js';
import type { Lang } from '../data/types.js';
import { today, type AnyRenderer, type ViewResult } from '../internal/base.js';
import { escapeHtml, toHtml } from '../internal/html.js';
import { elementLang, type Surroundings } from '../internal/input.js';
import { UNAVAILABLE } from '../locales/index.js';
import { explained, renderFailed } from '../internal/problems.js';
import { entryOf } from '../registry.js';

export interface ViewOptions {
  /** Language that overrides the `lang` attribute. */
  lang?: Lang;
  /**
   * What the providers around the element give, read by `readSurroundings` (`internal/input.ts`):
   * their language (the `lang` attribute wins over it), their date and their checked data.
   */
  around?: Surroundings;
}

export interface Resolved {
  renderer: AnyRenderer;
  result: ViewResult<unknown>;
  lang: Lang;
}

/** The language an element shows: an explicit one, its own `lang`, the surroundings', or English. */
export function languageOf(attributes: unknown, options: ViewOptions): Lang {
  const own =
    attributes && typeof attributes === 'object'
      ? (attributes as { lang?: unknown }).lang
      : undefined;
  return options.lang ?? elementLang(own, options.around ?? { layers: [] });
}

/**
 * Loads the element's class and data, and resolves the view its attributes give; `undefined`
 * for a tag that is not an element with content of its own.
 */
export async function resolveView(
  tag: string,
  attributes: Record<string, unknown>,
  options: ViewOptions = {},
): Promise<Resolved | undefined> {
  const entry = entryOf(tag);
  const renderer = entry && (await entry.load()).renderer;
  if (!renderer) return undefined;
  const layers = options.around?.layers ?? [];
  const lang = languageOf(attributes, options);
  await Promise.all([
    renderer.data.load(layers.length ? null : attributes, lang),
    ...renderer.strings.map((s) => s.load(lang)),
  ]);
  const data = withLayers(renderer.data.current(), layers);
  const asOf = options.around?.asOf ?? data.meta.asOf;
  let result: ViewResult<unknown>;
  try {
    result = renderer.view({ tag, attrs: attributes, data, lang, asOf, today: today() });
    // What is written without an element says the whole problem.
    if ('problem' in result) result = { ...result, problem: await explained(result.problem) };
  } catch (error) {
    result = { problem: renderFailed(error) };
  }
  return { renderer, result, lang };
}

/**
 * The element's content as plain HTML for its light DOM: its own template without controls,
 * styling hooks or ids. When the attributes name nothing it can show, the notice it shows.
 */
export function staticHtml({ renderer, result, lang }: Resolved): string {
  if ('view' in result) {
    return toHtml(renderer.template(result.view, { static: true }), { light: true });
  }
  return result.notice
    ? toHtml(result.notice, { light: true })
    : `<p>${escapeHtml(UNAVAILABLE[lang])}</p>`;
}
