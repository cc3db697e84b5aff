import { isServer } from 'lit';

/**
 * Upgrading without layout shift. An element that was in the page before its definition loaded
 * has been showing its light-DOM fallback, and its rendered view is rarely the same height: swapping
 * one for the other would move whatever the reader sees below it. With the `no-shift` attribute
 * (which the embed snippets set) such an element swaps only when that cannot move anything in view:
 *
 * - it is out of the viewport (content it pushes is out of view too, and browsers' scroll
 *   anchoring keeps the view still when it is above it), or
 * - nothing visible follows it (the end of a short page, say), or
 * - it reaches past the bottom of the viewport (nothing visible lies below it); it then keeps at
 *   least the fallback's height until it leaves the viewport, so a shorter view cannot pull the
 *   content below into view either.
 *
 * Until then the fallback, the real text, stays in place. The swap itself happens in one frame:
 * the shadow root is attached and rendered in the same task.
 */

let upgradingPage = false;

/** Runs `define` noting that the elements it upgrades were already in the page. */
export function upgradingExisting(define: () => void): void {
  upgradingPage = true;
  try {
    define();
  } finally {
    upgradingPage = false;
  }
}

const THRESHOLDS = Array.from({ length: 21 }, (_, i) => i / 20);

/**
 * Calls `connect` now, or once swapping the fallback for the view moves nothing in view (see
 * above). Returns a function that stops waiting.
 */
export function connectWithoutShift(host: HTMLElement, connect: () => void): () => void {
  if (
    isServer ||
    !upgradingPage ||
    !host.hasAttribute('no-shift') ||
    // A server-rendered view is already on screen; hydrating it moves nothing.
    host.shadowRoot !== null ||
    typeof IntersectionObserver === 'undefined' ||
    !hasContent(host)
  ) {
    connect();
    return () => {};
  }
  let swapped = false;
  let locked: string | undefined;
  const release = () => {
    if (locked !== undefined) host.style.minBlockSize = locked;
    locked = undefined;
    observer.disconnect();
  };
  const observer = new IntersectionObserver(
    (entries) => {
      const entry = entries.at(-1);
      if (!entry) return;
      const inView = entry.isIntersecting;
      if (swapped) {
        if (!inView) release();
        return;
      }
      const viewportBottom = entry.rootBounds?.bottom ?? innerHeight;
      const rect = host.getBoundingClientRect();
      const reachesBottom = rect.bottom >= viewportBottom;
      // Visible content below the element would move: keep the fallback for now.
      if (inView && !reachesBottom && contentBelow(host, viewportBottom)) return;
      swapped = true;
      if (inView && reachesBottom) {
        locked = host.style.minBlockSize;
        host.style.minBlockSize = `${rect.height}px`;
      }
      connect();
      if (!inView) release();
    },
    { threshold: THRESHOLDS },
  );
  observer.observe(host);
  return release;
}

/**
 * True when something in the normal flow after the element (a following sibling of it or of an
 * ancestor) starts above `bottom`, the viewport's lower edge: that content would move.
 */
function contentBelow(host: HTMLElement, bottom: number): boolean {
  const range = document.createRange();
  for (let node: Element | null = host; node && node !== node.ownerDocument.body;) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      let rect: DOMRect;
      if (next instanceof Element) {
        const { position, display } = getComputedStyle(next);
        if (position === 'fixed' || position === 'absolute' || display === 'none') continue;
        rect = next.getBoundingClientRect();
      } else if (next.nodeType === Node.TEXT_NODE && next.textContent?.trim()) {
        range.selectNodeContents(next);
        rect = range.getBoundingClientRect();
      } else {
        continue;
      }
      if (rect.width === 0 && rect.height === 0) continue;
      // Content further on starts further down.
      return rect.top < bottom;
    }
    node = node.parentElement;
  }
  return false;
}

/** True when the element holds content of its own (not just whitespace): its fallback. */
export function hasContent(host: HTMLElement): boolean {
  return Array.from(host.childNodes).some(
    (n) =>
      n.nodeType === Node.ELEMENT_NODE || (n.nodeType === Node.TEXT_NODE && n.textContent?.trim()),
  );
}
