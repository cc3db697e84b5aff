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

/**
 * Calls `connect` now, or once swapping the fallback for the view moves nothing in view (see
 * above). The code that watches for that moment loads only for elements that wait: until it
 * arrives the fallback simply stays. Returns a function that stops waiting.
 */
export function connectWithoutShift(
  host: HTMLElement,
  inPlace: boolean,
  connect: () => void,
): () => void {
  if (
    isServer ||
    !inPlace ||
    !host.hasAttribute('no-shift') ||
    // A server-rendered view is already on screen; hydrating it moves nothing.
    host.shadowRoot !== null ||
    typeof IntersectionObserver === 'undefined' ||
    !hasContent(host)
  ) {
    connect();
    return () => {};
  }
  let stop: (() => void) | undefined;
  let stopped = false;
  import('./no-shift.js').then(
    ({ swapWithoutShift }) => {
      if (!stopped) stop = swapWithoutShift(host, connect);
    },
    // Without the watcher, the element swaps now, as it would without `no-shift`.
    () => {
      if (!stopped) connect();
    },
  );
  return () => {
    stopped = true;
    stop?.();
  };
}

/** True when the element holds content of its own (not just whitespace): its fallback. */
export function hasContent(host: HTMLElement): boolean {
  return Array.from(host.childNodes).some(
    (n) =>
      n.nodeType === Node.ELEMENT_NODE || (n.nodeType === Node.TEXT_NODE && n.textContent?.trim()),
  );
}
