import { expect, fixture, html } from '@open-wc/testing';
import { bundledDataset } from '../src/data/bundled/index.js';
import { EXAMPLES } from '../src/elements/examples.js';
import '../src/define/all.js';
import type { CstProvider } from '../src/elements/provider/provider.js';

/**
 * Pages that build and drop elements all day (single-page apps, infinite scroll, live blogs) must
 * not leave anything behind: no listener on the page and no provider subscription per element
 * that came and went. Anything kept per element shows up in a count
 * here, so 2,000 cycles of each element suffice (in both browsers, with Lit in dev mode);
 * test/e2e/churn-heap.test.ts runs 10,000 of each on the CDN build and measures the heap after
 * garbage collection.
 */

const CYCLES = 2_000;
const BATCH = 250;

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/** Every element, as the first example of its folder shows it. */
const ELEMENTS: Record<string, () => Updatable> = Object.fromEntries(
  Object.entries(EXAMPLES).map(([tag, examples]) => [
    tag,
    () => make(tag, examples[0]!.attributes),
  ]),
);

function make(tag: string, attributes: Record<string, string>): Updatable {
  const el = document.createElement(tag) as Updatable;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

/** Adds and removes `cycles` elements under `parent`, a batch at a time, each batch rendered. */
async function churn(create: () => Updatable, parent: Element, cycles = CYCLES): Promise<void> {
  for (let done = 0; done < cycles; done += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, cycles - done) }, create);
    parent.append(...batch);
    await Promise.all(batch.map((el) => el.updateComplete));
    for (const el of batch) el.remove();
  }
}

// --- What the page holds --------------------------------------------------------------------

/** Listeners on the page's shared targets, as added and removed while the tests run. */
const live = new Map<EventTarget, Map<string, Set<unknown>>>();
const shared = () => [window, document, document.documentElement, document.body];
const { addEventListener, removeEventListener } = EventTarget.prototype;
const key = (options?: boolean | EventListenerOptions) =>
  typeof options === 'boolean' ? options : Boolean(options?.capture);

before(() => {
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (shared().includes(this as never) && listener) {
      const byType = live.get(this) ?? new Map<string, Set<unknown>>();
      live.set(this, byType);
      const set = byType.get(type) ?? new Set();
      byType.set(type, set);
      set.add(`${key(options)}:${listenerId(listener)}`);
    }
    return addEventListener.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    if (listener)
      live
        .get(this)
        ?.get(type)
        ?.delete(`${key(options)}:${listenerId(listener)}`);
    return removeEventListener.call(this, type, listener, options);
  };
});
after(() => {
  EventTarget.prototype.addEventListener = addEventListener;
  EventTarget.prototype.removeEventListener = removeEventListener;
});

let nextId = 0;
const ids = new WeakMap<object, number>();
function listenerId(listener: EventListenerOrEventListenerObject): number {
  let id = ids.get(listener);
  if (id === undefined) ids.set(listener, (id = ++nextId));
  return id;
}

/** Listeners currently on window, document, <html> and <body>, by target and type. */
function pageListeners(): Record<string, number> {
  const names = ['window', 'document', 'html', 'body'];
  const counts: Record<string, number> = {};
  shared().forEach((target, i) => {
    for (const [type, set] of live.get(target) ?? []) {
      if (set.size) counts[`${names[i]} ${type}`] = set.size;
    }
  });
  return counts;
}

/** Consumers a provider keeps notifying. */
function subscriptions(provider: CstProvider): number {
  return (provider['provider'] as unknown as { subscriptions: Map<unknown, unknown> }).subscriptions
    .size;
}

describe(`churn: ${CYCLES.toLocaleString('en')} elements of each kind come and go`, function () {
  this.timeout(60000);

  for (const [tag, create] of Object.entries(ELEMENTS)) {
    it(`<${tag}> without a provider leaves no listener on the page`, async () => {
      const box = await fixture<HTMLElement>(html`<div></div>`);
      await churn(create, box, BATCH);
      const listeners = pageListeners();
      await churn(create, box);
      expect(pageListeners(), 'listeners on the page').to.deep.equal(listeners);
    });
  }

  for (const [tag, create] of Object.entries(ELEMENTS)) {
    it(`<${tag}> inside a provider leaves it no subscription`, async () => {
      const provider = await fixture<CstProvider>(html`<cst-provider lang="ru"></cst-provider>`);
      const before = subscriptions(provider);
      await churn(create, provider);
      expect(subscriptions(provider), 'subscriptions of the provider').to.equal(before);
    });
  }

  it('a provider moved in and out of the page keeps one subscription each way', async () => {
    const outer = await fixture<CstProvider>(
      html`<cst-provider lang="ru">
        <div class="here"></div>
      </cst-provider>`,
    );
    const inner = document.createElement('cst-provider') as CstProvider;
    const quote = make('cst-quote', { quote: bundledDataset.quotes[0]!.id });
    inner.append(quote);
    const here = outer.querySelector('.here')!;
    const away = document.createElement('div');
    here.append(inner);
    await inner.updateComplete;
    await quote.updateComplete;
    const counts = [subscriptions(outer), subscriptions(inner)];
    const listeners = pageListeners();
    for (let i = 0; i < CYCLES; i++) {
      // Out of the page, back in, and out again through a detached parent.
      inner.remove();
      here.append(inner);
      away.append(inner);
      here.append(inner);
    }
    await inner.updateComplete;
    expect([subscriptions(outer), subscriptions(inner)], 'outer, inner').to.deep.equal(counts);
    expect(pageListeners(), 'listeners on the page').to.deep.equal(listeners);
    // Still wired: the quote inside answers to the outer provider's language.
    outer.lang = 'en';
    await outer.updateComplete;
    await inner.updateComplete;
    await quote.updateComplete;
    expect(quote.shadowRoot!.querySelector('[part="copy"]')!.textContent).to.match(/copy/i);
  });
});
