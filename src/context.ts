import { ContextEvent, createContext, type Context, type ContextCallback } from '@lit/context';
import type { DataLayer, withLayers } from './data/merge.js';
import type { IsoDate, Lang } from './data/types.js';

/** What a `<cst-provider>` hands to the elements inside it. */
export interface DatasetContextValue {
  /** Publisher datasets, outermost provider first, each already validated. */
  layers: readonly DataLayer[];
  /**
   * Lays `layers` over an element's bundled data. The provider brings it along with the layers, so
   * a page without publisher data never loads it.
   */
  merge?: typeof withLayers;
  lang?: Lang;
  asOf?: IsoDate;
  /** True while a provider is still loading publisher data; elements hold back "not found". */
  pending?: boolean;
}

/**
 * The one context every element reads. The key is a registered symbol, so two copies of the
 * library on a page (same major version) still find each other's providers.
 */
export const datasetContext = createContext<DatasetContextValue>(
  Symbol.for('cst-elements/dataset@1'),
);

/** The value elements see when no provider is around them: the bundled data alone. */
export const NO_PROVIDER: DatasetContextValue = Object.freeze({ layers: Object.freeze([]) });

const ROOT = Symbol.for('cst-elements/context-root');

type AnyContext = Context<unknown, unknown>;
type Callback = ContextCallback<unknown>;

interface Pending {
  /** Who asked, so that an element asking again is not counted twice. */
  callbacks: WeakMap<Element, WeakSet<Callback>>;
  requests: { element: WeakRef<Element>; callback: WeakRef<Callback> }[];
  /** The length at which requests of elements no longer in the page are dropped. */
  pruneAt: number;
}

/**
 * Keeps the context requests no provider answered and asks again when a provider connects, as
 * @lit/context's `ContextRoot` does. That one never forgets a request, so a page that adds and
 * removes elements outside any provider grows its list for good (10,000 elements, 10,000
 * entries). Here, whenever the list has doubled, requests of elements that left the document are
 * dropped: an element that comes back asks again when it reconnects.
 */
class ContextRequests {
  /** Named and shaped like `ContextRoot`'s, for anyone inspecting it. */
  readonly pendingContextRequests = new Map<unknown, Pending>();

  attach(element: HTMLElement): void {
    element.addEventListener('context-request', this.onRequest);
    element.addEventListener('context-provider', this.onProvider);
  }

  private readonly onRequest = (event: ContextEvent<AnyContext>): void => {
    if (event.subscribe !== true) return;
    const element = (event.contextTarget ?? event.composedPath()[0]) as Element;
    let pending = this.pendingContextRequests.get(event.context);
    if (!pending) {
      pending = { callbacks: new WeakMap(), requests: [], pruneAt: 64 };
      this.pendingContextRequests.set(event.context, pending);
    }
    let callbacks = pending.callbacks.get(element);
    if (!callbacks) pending.callbacks.set(element, (callbacks = new WeakSet()));
    if (callbacks.has(event.callback)) return;
    callbacks.add(event.callback);
    pending.requests.push({ element: new WeakRef(element), callback: new WeakRef(event.callback) });
    if (pending.requests.length >= pending.pruneAt) prune(pending);
  };

  private readonly onProvider = (event: Event & { context?: unknown }): void => {
    const pending = this.pendingContextRequests.get(event.context);
    if (!pending) return;
    // Requests still unanswered after this add themselves back.
    this.pendingContextRequests.delete(event.context);
    for (const request of pending.requests) {
      const element = request.element.deref();
      const callback = request.callback.deref();
      if (element && callback) {
        element.dispatchEvent(
          new ContextEvent(event.context as AnyContext, element, callback, true),
        );
      }
    }
  };
}

/** Drops the requests of elements that are gone or out of the document. */
function prune(pending: Pending): void {
  pending.requests = pending.requests.filter(({ element, callback }) => {
    const el = element.deref();
    const cb = callback.deref();
    if (el?.isConnected && cb) return true;
    if (el && cb) pending.callbacks.get(el)?.delete(cb);
    return false;
  });
  pending.pruneAt = Math.max(64, pending.requests.length * 2);
}

/**
 * Answers context requests made before any provider was defined: consumers that upgrade first
 * are re-asked once a provider connects. One root per document, shared by every copy.
 */
export function ensureContextRoot(doc: Document): void {
  const holder = doc as unknown as Record<symbol, ContextRequests | undefined>;
  if (holder[ROOT]) return;
  const root = new ContextRequests();
  root.attach(doc.documentElement);
  holder[ROOT] = root;
}
