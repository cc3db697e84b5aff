import { isServer, type ReactiveController, type TemplateResult } from 'lit';
import { html } from './template.js';
import type { Lang } from '../data/types.js';
import { UNAVAILABLE } from '../locales/index.js';

/** An element class while `defineElement()` upgrades the elements of it already in the page. */
export interface Upgrading {
  upgradingInPlace?: boolean;
}

/**
 * The element's light-DOM fallback: whatever the publisher put inside it, shown before the code
 * arrives, without JavaScript, and whenever the element cannot render.
 *
 * It also decides when the element first takes over from its fallback. An element showing its
 * fallback keeps it until what it needs has loaded (attaching the shadow root would hide the
 * fallback before anything replaced it). With the `no-shift` attribute (which the embed snippets
 * set), an element that was in the page with its fallback when its code arrived swaps only when
 * that cannot move anything in view:
 *
 * - it is out of the viewport (content it pushes is out of view too, and browsers' scroll
 *   anchoring keeps the view still when it is above it), or
 * - nothing visible follows it (the end of a short page, say), or
 * - it reaches past the bottom of the viewport (nothing visible lies below it); it then keeps at
 *   least the fallback's height until it leaves the viewport, so a shorter view cannot pull the
 *   content below into view either.
 *
 * The code that watches for that moment (no-shift.ts) loads only for elements that wait.
 */
export class FallbackController implements ReactiveController {
  /** True when the element was already in the page, with its fallback, when its code arrived. */
  private readonly inPlace: boolean;
  private stop?: () => void;

  constructor(private readonly host: HTMLElement & { addController(c: ReactiveController): void }) {
    this.inPlace = !isServer && (host.constructor as Upgrading).upgradingInPlace === true;
    host.addController(this);
  }

  /** True when the publisher put content (not just whitespace) inside the element. */
  hasContent(): boolean {
    return Array.from(this.host.childNodes).some(
      (n) =>
        n.nodeType === Node.ELEMENT_NODE ||
        (n.nodeType === Node.TEXT_NODE && n.textContent?.trim()),
    );
  }

  /**
   * Calls `connect` (which attaches the shadow root) now, or once `data()` has loaded and, with
   * `no-shift`, the swap moves nothing in view.
   */
  connect(connect: () => void, data: () => Promise<unknown> | undefined): void {
    this.stop?.();
    let stopped = false;
    let stopShift: (() => void) | undefined;
    this.stop = () => {
      stopped = true;
      stopShift?.();
    };
    const swap = () => {
      if (!stopped) stopShift = this.withoutShift(connect);
    };
    const showing = !isServer && this.host.shadowRoot === null && this.hasContent();
    const wait = showing ? data() : undefined;
    if (wait) void wait.then(swap);
    else swap();
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
  }

  /** The publisher's content, or `notice` (a neutral sentence unless given) when there is none. */
  render(lang: Lang, notice?: TemplateResult): TemplateResult {
    const shown = notice ?? html`<p class="notice" role="note">${UNAVAILABLE[lang]}</p>`;
    // On the server the light DOM is unknown: the slot shows it, else the notice.
    if (isServer) return html`<div part="fallback" class="fallback"><slot>${shown}</slot></div>`;
    return html`<div part="fallback" class="fallback">
      ${this.hasContent() ? html`<slot></slot>` : shown}
    </div>`;
  }

  private withoutShift(connect: () => void): () => void {
    const host = this.host;
    if (
      !this.inPlace ||
      !host.hasAttribute('no-shift') ||
      // A server-rendered view is already on screen; hydrating it moves nothing.
      host.shadowRoot !== null ||
      typeof IntersectionObserver === 'undefined' ||
      !this.hasContent()
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
}
