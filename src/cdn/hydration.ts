import type { LitElement } from 'lit';
import { LOADERS } from '../elements/loaders.js';

/** Every tag of the library, as a selector. */
export const SELECTOR = Object.keys(LOADERS).join(',');

/** The hook Lit's hydration support installs, which Lit's element class calls when it loads. */
type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;

/**
 * Server-rendered elements (declarative shadow DOM) are hydrated, not rendered again: Lit's
 * hydration support has to be installed before the first element is defined. Pages without them
 * skip it. In the CDN build Lit's element class shares a file with lit-html, which the support
 * imports, so the class is evaluated before the support installs its hook: the hook is then
 * called here, once, before any element is defined.
 */
export const hydrationReady: Promise<unknown> =
  typeof document !== 'undefined' &&
  Array.from(document.querySelectorAll(SELECTOR)).some((el) => el.shadowRoot)
    ? import('@lit-labs/ssr-client/lit-element-hydrate-support.js')
        .then(() => import('../internal/context-element.js'))
        .then(({ LitElement }) => {
          const support = (globalThis as { litElementHydrateSupport?: HydrateSupport })
            .litElementHydrateSupport;
          // Where Lit's class loaded after the hook was installed, it has called it already: the
          // hook gives the class attributes of its own.
          if (!Object.hasOwn(LitElement, 'observedAttributes')) support?.({ LitElement });
        })
    : Promise.resolve();
