/**
 * The one list of the library's tags. Everything that needs to know which elements exist reads
 * it: the CDN loader and its hydration check, the all-in-one entry (`define/all.ts` is written
 * from it), snippets, the static export, the embed page, the builder and the demo.
 *
 * Adding an element: its folder under `src/elements/`, its `src/define/` entry, an entry here,
 * its tests and its data rule in `scripts/slim-data.js`.
 */
import type { AnyRenderer } from './internal/base.js';

/** An element class as the registry loads it: custom-element constructor, maybe with a renderer. */
export interface ElementClass extends CustomElementConstructor {
  /** How the element turns attributes and data into HTML; absent for the provider. */
  readonly renderer?: AnyRenderer;
  /** Defines the tag once what its elements already in the page need has loaded. */
  defineWhenReady(tag: string): Promise<unknown>;
}

/**
 * One tag. Its name without `cst-` names the rest: its folder (`src/elements/quote/`), its define
 * entry (`src/define/quote.ts`, imported as `cst-elements/quote.js`) and its data slice
 * (`src/data/slim/quote.json`, written by its rule in `scripts/slim-data.js`).
 */
export interface ElementEntry {
  tag: string;
  /** The element's class, from its own module, loaded on demand. */
  load(): Promise<ElementClass>;
  /**
   * The attributes a snippet or the embed page passes on (besides `lang`, `theme` and `frame`),
   * space-separated.
   */
  attributes: string;
  /** The provider: it shows no content of its own, it passes data to the elements inside it. */
  provider?: true;
}

export const ELEMENTS: readonly ElementEntry[] = [
  {
    tag: 'cst-provider',
    load: () => import('./elements/provider/provider.js').then((m) => m.CstProvider),
    attributes: 'src mode as-of timeout',
    provider: true,
  },
  {
    tag: 'cst-quote',
    load: () => import('./elements/quote/quote.js').then((m) => m.CstQuote),
    attributes: 'quote speaker topic variant',
  },
  {
    tag: 'cst-member-list',
    load: () => import('./elements/member-list/member-list.js').then((m) => m.CstMemberList),
    attributes: 'status as-of layout fields sort',
  },
  {
    tag: 'cst-summit-card',
    load: () => import('./elements/summit-card/summit-card.js').then((m) => m.CstSummitCard),
    attributes: 'summit variant',
  },
  {
    tag: 'cst-treaty-article',
    load: () =>
      import('./elements/treaty-article/treaty-article.js').then((m) => m.CstTreatyArticle),
    attributes: 'document article',
  },
  {
    tag: 'cst-timeline',
    load: () => import('./elements/timeline/timeline.js').then((m) => m.CstTimeline),
    attributes: 'from to state kinds as-of layout',
  },
];

/** The name of a tag's folder and define entry: `cst-quote` → `quote`. */
export const entryName = (entry: ElementEntry) => entry.tag.slice(4);

/** The attributes of an entry, as a list. */
export const attributeNames = (entry: ElementEntry) => entry.attributes.split(' ');

/** The registry entry of a tag. */
export function entryOf(tag: string): ElementEntry | undefined {
  return ELEMENTS.find((e) => e.tag === tag);
}

/** The elements that show content of their own: every one but the provider. */
export const CONTENT_ELEMENTS = /* @__PURE__ */ ELEMENTS.filter((e) => !e.provider);

/** The provider's entry. */
export const PROVIDER = /* @__PURE__ */ ELEMENTS.find((e) => e.provider)!;
