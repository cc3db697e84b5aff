/**
 * The browser half of server rendering, loaded by the CDN entries on a page with server-rendered
 * elements before any element is defined: Lit's hydration support, installed on the class every
 * element extends, and the elements' styles taken as constructable style sheets once hydrated.
 *
 * A server-rendered shadow root brings its styles in an inline `<style>`, which a
 * Content-Security-Policy without `'unsafe-inline'` styles (`style-src 'self'`) blocks, and Lit's
 * hydration keeps that root as it is: the element would stay unstyled. Constructable style sheets
 * are not restricted by such a policy. (Where the `<style>` applied, the same rules apply twice, to
 * no effect.)
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { adoptStyles } from 'lit';
import { LitElement } from '../internal/context-element.js';

/** The hook Lit's hydration support installs, which Lit's element class calls when it loads. */
type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;

/**
 * Installs Lit's hydration support on the class every element extends, and has hydrated elements
 * take their styles as constructable style sheets. Call it before the first element is defined.
 */
export function installHydration(): void {
  // In the CDN build Lit's element class shares a file with lit-html, which the support imports, so
  // the class is evaluated before the support installs its hook: the hook is called here. Where
  // Lit's class loaded after the hook was installed, it has called it already: the hook gives the
  // class attributes of its own.
  const support = (globalThis as { litElementHydrateSupport?: HydrateSupport })
    .litElementHydrateSupport;
  if (!Object.hasOwn(LitElement, 'observedAttributes')) support?.({ LitElement });

  const { prototype } = LitElement as unknown as {
    prototype: { createRenderRoot(this: LitElement): HTMLElement | DocumentFragment };
  };
  const create = prototype.createRenderRoot;
  prototype.createRenderRoot = function () {
    const root = create.call(this);
    if (root instanceof ShadowRoot && root.adoptedStyleSheets.length === 0) {
      adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    }
    return root;
  };
}
