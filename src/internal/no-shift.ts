// The watcher behind `no-shift` (see fallback.ts): loaded only for elements that wait to swap
// their fallback until that moves nothing in view.

const THRESHOLDS = Array.from({ length: 21 }, (_, i) => i / 20);

/**
 * Calls `connect` once swapping the host's fallback for its view moves nothing in view. Returns a
 * function that stops waiting.
 */
export function swapWithoutShift(host: HTMLElement, connect: () => void): () => void {
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
