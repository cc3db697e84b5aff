/**
 * The CDN entry: one `<script type="module">` for a whole page. It looks for `cst-*` tags, now and
 * as they are added later, and loads only the code (and so only the data) of the elements present.
 */
import { defineElement } from '../internal/define.js';
import { hydrationReady, TAGS } from './hydration.js';

const loaders: Record<(typeof TAGS)[number], () => Promise<unknown>> = {
  'cst-provider': () => import('../define/provider.js'),
  'cst-member-list': () => import('../define/member-list.js'),
  'cst-summit-card': () => import('../define/summit-card.js'),
  'cst-treaty-article': () => import('../define/treaty-article.js'),
  // The quotes already in the page get their data before the element is defined, so their
  // fallbacks swap once and server-rendered ones hydrate unchanged.
  'cst-quote': () =>
    import('../elements/quote/quote.js').then(({ CstQuote }) =>
      CstQuote.prepare(document).then(() => defineElement('cst-quote', CstQuote)),
    ),
};

const requested = new Set<string>();
const selector = TAGS.join(',');

function load(tag: string): void {
  if (requested.has(tag)) return;
  requested.add(tag);
  hydrationReady.then(loaders[tag as keyof typeof loaders]).catch((error: unknown) => {
    requested.delete(tag);
    console.warn(`[cst-elements] could not load <${tag}>:`, error);
  });
}

/** Loads what a subtree needs: the root itself and every known tag below it. */
function scan(root: Element | Document): void {
  if (root instanceof Element && root.localName in loaders) load(root.localName);
  for (const el of root.querySelectorAll(selector)) load(el.localName);
}

if (typeof document !== 'undefined') {
  scan(document);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
    // Once every element is loaded there is nothing left to watch for.
    if (requested.size === Object.keys(loaders).length) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
