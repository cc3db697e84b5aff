/** The tags of cst-elements, as the CDN entries look for them. */
export const TAGS = [
  'cst-provider',
  'cst-member-list',
  'cst-summit-card',
  'cst-treaty-article',
  'cst-quote',
] as const;

/**
 * Server-rendered elements (declarative shadow DOM) are hydrated, not rendered again: Lit's
 * hydration support has to load before the first element does. Pages without them skip it.
 */
export const hydrationReady: Promise<unknown> =
  typeof document !== 'undefined' &&
  Array.from(document.querySelectorAll(TAGS.join(','))).some((el) => el.shadowRoot)
    ? import('@lit-labs/ssr-client/lit-element-hydrate-support.js')
    : Promise.resolve();
