/**
 * The CDN entry: one `<script type="module">` for a whole page. It looks for `cst-*` tags, now and
 * as they are added later, and loads only the code (and so only the data) of the elements present.
 */
import { LOADERS } from '../elements/loaders.js';
import { hydrationReady, SELECTOR } from './hydration.js';

const requested = new Set<string>();
const TAGS = Object.keys(LOADERS);

/** Loads an element's class, and defines it once what its elements in the page need is loaded. */
function load(tag: string): void {
  if (requested.has(tag)) return;
  requested.add(tag);
  hydrationReady
    .then(() => LOADERS[tag]!())
    .then((ctor) => ctor.defineWhenReady(tag))
    .catch((error: unknown) => {
      requested.delete(tag);
      console.warn(`[cst-elements] could not load <${tag}>:`, error);
    });
}

/** Loads what a subtree needs: the root itself and every known tag below it. */
function scan(root: Element | Document): void {
  const found = root instanceof Element && root.matches(SELECTOR) ? [root] : [];
  for (const el of [...found, ...root.querySelectorAll(SELECTOR)]) {
    if (Object.hasOwn(LOADERS, el.localName)) load(el.localName);
  }
}

if (typeof document !== 'undefined') {
  scan(document);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
    // Once every element is loaded there is nothing left to watch for.
    if (requested.size === TAGS.length) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
