/**
 * The elements of the library, as their folders describe them (src/elements/<name>/, written
 * into src/elements/registry.ts by scripts/elements.js). Everything that needs to know which
 * elements exist or which attributes they take reads this: snippets, the static export, server
 * rendering, the embed page, the builder and the demo. The CDN loader reads only the tags and
 * their loaders (src/elements/loaders.ts).
 */
import type { AnyRenderer } from './internal/base.js';
import type { Spec } from './internal/spec.js';
import { SPECS } from './elements/registry.js';

/** An element class as the registry loads it: custom-element constructor, maybe with a renderer. */
export interface ElementClass extends CustomElementConstructor {
  /** How the element turns attributes and data into HTML; absent for the provider. */
  readonly renderer?: AnyRenderer;
  /** Defines the tag once what its elements already in the page need has loaded. */
  defineWhenReady(tag: string): Promise<unknown>;
}

/** One element: its tag, its attributes (besides `lang`, `theme` and `frame`) and its class's loader. */
export interface ElementEntry {
  tag: string;
  attributes: Spec;
  /** The element's class, from its own module, loaded on demand. */
  load(): Promise<ElementClass>;
  /** The provider: it shows no content of its own, it passes data to the elements inside it. */
  provider?: true;
}

export const ELEMENTS: readonly ElementEntry[] = SPECS as readonly ElementEntry[];

/** The name of a tag's folder and define entry: `cst-quote` → `quote`. */
export const entryName = (entry: ElementEntry) => entry.tag.slice(4);

/** The attributes of an entry, by name. */
export const attributeNames = (entry: ElementEntry) => Object.keys(entry.attributes);

/** The registry entry of a tag. */
export function entryOf(tag: string): ElementEntry | undefined {
  return ELEMENTS.find((e) => e.tag === tag);
}

/** The elements that show content of their own: every one but the provider. */
export const CONTENT_ELEMENTS = /* @__PURE__ */ ELEMENTS.filter((e) => !e.provider);

/** The provider's entry. */
export const PROVIDER = /* @__PURE__ */ ELEMENTS.find((e) => e.provider)!;
