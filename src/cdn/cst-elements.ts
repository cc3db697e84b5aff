/**
 * The CDN entry: one `<script type="module">` for a whole page. It looks for `cst-*` tags, now and
 * as they are added later, and loads only the code (and so only the data) of the elements present.
 * Tags inside other components count too: it looks into the shadow roots already in the page and
 * into every one attached after it loaded (open or closed), and it keeps watching after
 * `document.open()` or a late `document.write()` replaced the page.
 */
import { LOADERS } from '../elements/loaders.js';
import { hydrationReady, SELECTOR } from './hydration.js';

/**
 * Each tag's files, and each language's texts for it, as the build wrote them (vite.config.ts):
 * asked for all at once, so that no file waits for the one that imports it to arrive.
 */
declare const __CST_FILES__: [
  names: string[],
  byTag: Record<string, [files: number[], texts?: Record<string, number[]>]>,
];
const [NAMES, FILES] = __CST_FILES__;

const requested = new Set<string>();
const TAGS = Object.keys(LOADERS);
const preloaded = new Set<string>();

/** Asks for a file the page will import, now (a module preload). */
function preload(number: number): void {
  const file = NAMES[number];
  if (file === undefined || preloaded.has(file)) return;
  preloaded.add(file);
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  // A path built at run time, which the build leaves alone (it would read a literal as an asset).
  const path = ['chunks/', file, '.js'].join('');
  link.href = new URL(path, import.meta.url).href;
  document.head.append(link);
}

/** Loads an element's class, and defines it once what its elements in the page need is loaded. */
function load(tag: string, el: Element): void {
  if (requested.has(tag)) return;
  requested.add(tag);
  const [files, texts] = FILES[tag] ?? [[]];
  files.forEach(preload);
  const lang = el.closest('[lang]')?.getAttribute('lang')?.toLowerCase().split('-')[0];
  if (lang && texts?.[lang]) texts[lang].forEach(preload);
  hydrationReady
    .then(() => LOADERS[tag]!())
    .then((ctor) => ctor.defineWhenReady(tag))
    .catch((error: unknown) => {
      requested.delete(tag);
      console.warn(`[cst-elements] could not load <${tag}>:`, error);
    });
}

const everything = () => requested.size === TAGS.length;

const observer =
  typeof MutationObserver === 'undefined'
    ? undefined
    : new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) if (node instanceof Element) scan(node);
        }
        // Once every element is loaded there is nothing left to watch for.
        if (everything()) observer?.disconnect();
      });

/** Watches a document or shadow root for tags added later. */
function watch(root: Document | ShadowRoot): void {
  if (!everything()) observer?.observe(root, { childList: true, subtree: true });
}

/**
 * Loads what a subtree needs: the root itself and every known tag below it, and the same in the
 * open shadow roots inside it (which it then watches).
 */
function scan(root: Element | Document | ShadowRoot): void {
  const found = root instanceof Element && root.matches(SELECTOR) ? [root] : [];
  // Elements on screen first: their files are asked for before the others'.
  const all = [...found, ...root.querySelectorAll(SELECTOR)];
  const onScreen = (el: Element) => el.getBoundingClientRect().top < innerHeight;
  for (const el of [...all.filter(onScreen), ...all]) {
    if (Object.hasOwn(LOADERS, el.localName)) load(el.localName, el);
  }
  if (everything()) return;
  const hosts = root instanceof Element && root.shadowRoot ? [root] : [];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) hosts.push(el);
  for (const host of hosts) {
    scan(host.shadowRoot!);
    watch(host.shadowRoot!);
  }
}

if (typeof document !== 'undefined') {
  scan(document);
  // The document node, not its root element: `document.open()` replaces the root element.
  watch(document);
  // Shadow roots attached from now on are watched from the start (the library's own elements
  // hold none of its tags in theirs).
  const tags = new Set(TAGS);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
    const root = attachShadow.call(this, init);
    if (!tags.has(this.localName)) watch(root);
    return root;
  };
}
