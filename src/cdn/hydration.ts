import { LOADERS } from '../elements/loaders.js';

/** Every tag of the library, as a selector. */
export const SELECTOR = Object.keys(LOADERS).join(',');

/**
 * Server-rendered elements (declarative shadow DOM) are hydrated, not rendered again: Lit's
 * hydration support has to be installed before the first element is defined (src/ssr/hydrate.ts).
 * Pages without them skip it.
 */
export const hydrationReady: Promise<unknown> =
  typeof document !== 'undefined' &&
  Array.from(document.querySelectorAll(SELECTOR)).some((el) => el.shadowRoot)
    ? import('../ssr/hydrate.js').then(({ installHydration }) => installHydration())
    : Promise.resolve();
