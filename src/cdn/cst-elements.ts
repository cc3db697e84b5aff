/**
 * The CDN entry: one `<script type="module">` for a whole page. It looks for `cst-*` tags, now and
 * as they are added later, and loads only the code (and so only the data) of the elements present.
 */
import { ELEMENTS, type ElementEntry } from '../registry.js';
import { hydrationReady, SELECTOR } from './hydration.js';

const requested = new Set<string>();

/** Loads an element's class, and defines it once what its elements in the page need is loaded. */
function load(entry: ElementEntry): void {
  if (requested.has(entry.tag)) return;
  requested.add(entry.tag);
  hydrationReady
    .then(() => entry.load())
    .then((ctor) => ctor.defineWhenReady(entry.tag))
    .catch((error: unknown) => {
      requested.delete(entry.tag);
      console.warn(`[cst-elements] could not load <${entry.tag}>:`, error);
    });
}

/** Loads what a subtree needs: the root itself and every known tag below it. */
function scan(root: Element | Document): void {
  const found = root instanceof Element && root.matches(SELECTOR) ? [root] : [];
  for (const el of [...found, ...root.querySelectorAll(SELECTOR)]) {
    const entry = ELEMENTS.find((e) => e.tag === el.localName);
    if (entry) load(entry);
  }
}

if (typeof document !== 'undefined') {
  scan(document);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
    // Once every element is loaded there is nothing left to watch for.
    if (requested.size === ELEMENTS.length) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
