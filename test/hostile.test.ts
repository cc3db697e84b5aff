import { ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import naughtyStrings from 'big-list-of-naughty-strings/blns.json';
import { LitElement, type TemplateResult } from 'lit';
import { datasetContext, NO_PROVIDER } from '../src/context.js';
import { bundledDataset } from '../src/data/bundled/index.js';
import { withLayers, type DataLayer } from '../src/data/merge.js';
import type { PartialDataset } from '../src/data/types.js';
import '../src/define/all.js';
import { EXAMPLES } from '../src/elements/examples.js';
import { CONTENT_ELEMENTS } from '../src/registry.js';
import { primeDiagnostics } from './helpers/element.js';
import type { CstProvider } from '../src/elements/provider/provider.js';
import { datasetOf, FORBIDDEN_TAGS, URL_ATTRIBUTES } from './helpers/hostile-data.js';
import hostileMarkup from './fixtures/hostile-markup.json';
import { captureWarnings, nextError } from './helpers/events.js';

/**
 * Publisher data is untrusted: a dataset may carry markup, scripts, event handlers, `javascript:`
 * URLs, bidi overrides and very long strings. The elements must show all of it as text, link only
 * http(s) addresses, keep their layout inside their box and leave the page untouched.
 */

const ELEMENTS = CONTENT_ELEMENTS.map((e) => e.tag);
/** What data must never turn into inside an element. */
const FORBIDDEN = [
  // The map's year slider is the one input an element draws of its own.
  ...FORBIDDEN_TAGS.map((tag) => (tag === 'input' ? 'input:not([type="range"]#year)' : tag)),
  // Elements draw SVG of their own (flags, a map): shapes and text only, nothing that links, loads,
  // runs or moves.
  'svg :not(svg, g, defs, pattern, path, circle, rect, text)',
  'style',
  'template',
  'button:not([part="copy"], [part="toggle"])',
].join(', ');

// --- The page's own state, watched for side effects -------------------------------------------

type Pwned = Window & { __pwned?: unknown };
const dialogs: string[] = [];
const pageErrors: string[] = [];
const originals = {
  alert: window.alert,
  confirm: window.confirm,
  prompt: window.prompt,
  print: window.print,
};
const onError = (e: ErrorEvent) => pageErrors.push(e.message);
const onRejection = (e: PromiseRejectionEvent) => pageErrors.push(String(e.reason));

before(() => {
  window.alert = (message?: unknown) => void dialogs.push(`alert: ${String(message)}`);
  window.confirm = (message?: string) => (dialogs.push(`confirm: ${message}`), false);
  window.prompt = (message?: string) => (dialogs.push(`prompt: ${message}`), null);
  window.print = () => void dialogs.push('print');
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});
after(() => {
  Object.assign(window, originals);
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});

/**
 * Waits long enough for markup that slipped through to have run: a broken image's `onerror`
 * fires after its request fails, so a control image that fails the same way is awaited.
 */
async function settle(): Promise<void> {
  const control = new Image();
  const failed = new Promise((resolve) => (control.onerror = resolve));
  control.src = `/__fixtures__/not-an-image-${Math.random()}?type=text/plain&body=x`;
  await failed;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Every shadow root below `root`, nested ones included. */
function shadowRoots(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(el.shadowRoot, ...shadowRoots(el.shadowRoot));
  }
  return found;
}

const isWebUrl = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol) && /^https?:\/\//i.test(value);
  } catch {
    return false;
  }
};

/**
 * A quote's words as the element shows them: after an ellipsis when they begin mid-sentence
 * (a lower-case letter), before one when they end without closing punctuation.
 */
const asShown = (text: string) =>
  `${/^\p{Ll}/u.test(text.trim()) ? '…' : ''}${text.trim()}${/[.!?…;:][)"'»”’]*$/u.test(text.trim()) ? '' : '…'}`;

/** Nothing ran, nothing was injected, and no address other than http(s) is linked. */
async function expectInert(container: Element): Promise<void> {
  await settle();
  expect((window as Pwned).__pwned, 'window.__pwned').to.equal(undefined);
  expect(dialogs, 'dialogs opened').to.deep.equal([]);
  expect(pageErrors, 'uncaught errors').to.deep.equal([]);
  expect(document.querySelectorAll('dialog[open]').length, 'open dialogs').to.equal(0);
  const roots = shadowRoots(container);
  expect(roots.length).to.be.greaterThan(0);
  for (const root of roots) {
    const host = root.host.localName;
    const injected = [...root.querySelectorAll(FORBIDDEN)].map((el) => el.outerHTML.slice(0, 80));
    expect(injected, `elements injected into <${host}>`).to.deep.equal([]);
    for (const el of root.querySelectorAll('*')) {
      const handlers = el.getAttributeNames().filter((name) => /^on/i.test(name));
      expect(handlers, `event handler attributes in <${host}>`).to.deep.equal([]);
      for (const name of URL_ATTRIBUTES) {
        const value = el.getAttribute(name);
        // A marker points to its note inside the element; every other address is http(s).
        const note = name === 'href' && el.matches('[part~="ref"]') && /^#note-\d+$/.test(value!);
        if (value !== null && !note) {
          expect(isWebUrl(value), `<${host}> ${name}="${value}"`).to.equal(true);
        }
      }
    }
  }
}

/** The element, and everything in its shadow root, stays within the element's container. */
function expectContained(host: HTMLElement): void {
  const box = host.closest('div')!.getBoundingClientRect();
  const own = host.getBoundingClientRect();
  const name = label(host);
  expect(own.left, `${name} left`).to.be.at.least(box.left - 1);
  expect(own.right, `${name} right`).to.be.at.most(box.right + 1);
  // An element that runs in text (a fact) has no box of its own to scroll: its lines are checked.
  if (getComputedStyle(host).display === 'inline') {
    for (const line of host.getClientRects()) {
      expect(line.right, `${name} line right`).to.be.at.most(box.right + 1);
    }
  } else {
    expect(host.scrollWidth, `${name} scrollWidth`).to.be.at.most(host.clientWidth + 1);
  }
  for (const el of host.shadowRoot!.querySelectorAll('*')) {
    // What a scrolling box (the table layout's) holds may be wider: the box itself is checked.
    if (insideScroller(el)) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    const what = `${name} ${el.localName}.${el.getAttribute('class') ?? ''}`;
    expect(rect.right, `${what} right edge`).to.be.at.most(own.right + 1);
    expect(rect.left, `${what} left edge`).to.be.at.least(own.left - 1);
  }
}

/** `<cst-quote inline ru>`: which element a message is about. */
function label(host: Element): string {
  const traits = ['variant', 'layout', 'lang'].map((name) => host.getAttribute(name));
  return `<${[host.localName, ...traits].filter(Boolean).join(' ')}>`;
}

function insideScroller(el: Element): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) {
    if (getComputedStyle(up).overflowX !== 'visible') return true;
  }
  return false;
}

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/** Waits until every element below `root` has rendered what it has. */
async function rendered(root: ParentNode): Promise<HTMLElement[]> {
  const hosts = [...root.querySelectorAll<Updatable>(ELEMENTS.join(','))];
  await Promise.all(hosts.map((el) => el.updateComplete));
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return hosts;
}

/** The elements `everyElement` writes out by hand, each reading records of `datasetOf()`. */
const WRITTEN = [
  'cst-quote',
  'cst-summit-card',
  'cst-treaty-article',
  'cst-member-list',
  'cst-timeline',
  'cst-fact',
];

/**
 * Every other element of the registry, once per example of its folder, over the bundled data
 * with `datasetOf()` laid over it (its states among them): a new element is tested here before
 * anyone writes lines for it.
 */
function examplesOfTheRest(lang: string): HTMLElement[] {
  return CONTENT_ELEMENTS.filter((e) => !WRITTEN.includes(e.tag)).flatMap((e) =>
    (EXAMPLES[e.tag] ?? [])
      .filter((example) => !example.notice)
      .map((example) => {
        const el = document.createElement(e.tag);
        for (const [name, value] of Object.entries(example.attributes))
          el.setAttribute(name, value);
        el.setAttribute('lang', lang);
        return el;
      }),
  );
}

/** Every element, in each variant and layout, reading the records of `datasetOf()`. */
function everyElement(quotes: number, lang = 'en'): TemplateResult {
  const ids = Array.from({ length: quotes }, (_, i) => `hostile-quote-${i}`);
  return html`
    ${['card', 'pull', 'inline'].map(
      (variant) =>
        html`<cst-quote lang=${lang} quote="hostile-quote-0" variant=${variant}></cst-quote>`,
    )}
    ${ids.slice(1).map((id) => html`<cst-quote lang=${lang} quote=${id}></cst-quote>`)}
    <cst-summit-card lang=${lang} summit="hostile-session"></cst-summit-card>
    <cst-summit-card lang=${lang} summit="hostile-session" variant="compact"></cst-summit-card>
    <cst-treaty-article lang=${lang} document="hostile-treaty" article="1"></cst-treaty-article>
    ${['list', 'grid', 'table'].map(
      (layout) =>
        html`<cst-member-list lang=${lang} status="all" layout=${layout}></cst-member-list>`,
    )}
    <cst-timeline lang=${lang} kinds="sessions membership treaty"></cst-timeline>
    <p>
      <cst-fact lang=${lang} fact="members" as-of="2001-06-01"></cst-fact>;
      <cst-fact lang=${lang} fact="next-session" as-of="2023-01-01"></cst-fact>.
    </p>
    ${examplesOfTheRest(lang)}
  `;
}

/** Resolves on the provider's `cst-load`; rejects on its `cst-error`. */
function applied(): { promise: Promise<void>; listeners: Record<string, (e: Event) => void> } {
  let settle!: { resolve: () => void; reject: (e: Error) => void };
  const promise = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  return {
    promise,
    listeners: {
      load: () => settle.resolve(),
      // Errors of the elements inside bubble through the provider too; only its own count here.
      error: (e: Event) => {
        if (e.target !== e.currentTarget) return;
        settle.reject(new Error(`the dataset was refused: ${(e as CustomEvent).detail.message}`));
      },
    },
  };
}

/** A provider given `data`, around `content`, in a column `width` wide; resolves once it applied. */
async function provided(
  data: PartialDataset,
  content: TemplateResult,
  width = 320,
): Promise<{ box: HTMLElement; hosts: HTMLElement[] }> {
  const { promise, listeners } = applied();
  // The data is there from the start, so elements wait for it instead of reporting "not found".
  const box = await fixture<HTMLElement>(
    html`<div style="width: ${width}px">
      <cst-provider .data=${data} @cst-load=${listeners.load} @cst-error=${listeners.error}
        >${content}</cst-provider
      >
    </div>`,
  );
  await promise;
  return { box, hosts: await rendered(box) };
}

// --- The tests --------------------------------------------------------------------------------

// Problems are worded at once from the start, as on a page that has reported one already.
before(primeDiagnostics);

describe('hostile publisher data', () => {
  afterEach(() => {
    delete (window as Pwned).__pwned;
    dialogs.length = 0;
    pageErrors.length = 0;
  });

  it('shows markup, scripts, handlers and javascript: URLs from a src file as text', async () => {
    const { promise, listeners } = applied();
    const box = await fixture<HTMLElement>(
      html`<div style="width: 320px">
        <cst-provider
          src="/__fixtures__/hostile-markup?file=hostile-markup.json"
          @cst-load=${listeners.load}
          @cst-error=${listeners.error}
        >
          <cst-quote quote="hostile-quote"></cst-quote>
          <cst-quote quote="hostile-quote-author" variant="inline"></cst-quote>
          <cst-quote quote="hostile-quote-book" variant="pull"></cst-quote>
          <cst-summit-card summit="hostile-session"></cst-summit-card>
          <cst-summit-card lang="ru" summit="hostile-session" variant="compact"></cst-summit-card>
          <cst-treaty-article document="hostile-treaty" article="1"></cst-treaty-article>
          <cst-treaty-article lang="ru" document="hostile-treaty" article="1"></cst-treaty-article>
          <cst-member-list status="all"></cst-member-list>
          <cst-member-list lang="ru" status="all" layout="table"></cst-member-list>
          <cst-timeline from="2020"></cst-timeline>
          <cst-timeline lang="ru" layout="compact" kinds="sessions membership"></cst-timeline>
        </cst-provider>
      </div>`,
    );
    await promise;
    const hosts = await rendered(box);

    // The strings are there, character for character, as text.
    const text = (el: Element) => el.shadowRoot!.textContent ?? '';
    const quote = hostileMarkup.quotes[0]!;
    expect(hosts[0]!.shadowRoot!.querySelector('blockquote')!.textContent!.trim()).to.equal(
      asShown(quote.text),
    );
    expect(text(hosts[0]!)).to.contain(hostileMarkup.people[0]!.name.en);
    expect(text(hosts[0]!)).to.contain(hostileMarkup.sources[0]!.title);
    expect(text(hosts[3]!)).to.contain(hostileMarkup.sessions[0]!.place.city.en);
    expect(text(hosts[3]!)).to.contain(hostileMarkup.sessions[0]!.attendees[0]!.title.en);
    expect(text(hosts[4]!)).to.contain(hostileMarkup.sessions[0]!.place.city.ru);
    expect(text(hosts[5]!)).to.contain(hostileMarkup.documents[0]!.articles[0]!.blocks[0]!.text);
    expect(text(hosts[7]!)).to.contain(hostileMarkup.states[0]!.name.en);
    expect(text(hosts[8]!)).to.contain(hostileMarkup.states[0]!.capital.ru);
    expect(text(hosts[9]!)).to.contain(hostileMarkup.sessions[0]!.place.city.en);
    expect(text(hosts[10]!)).to.contain(hostileMarkup.states[0]!.name.ru);

    await expectInert(box);
    for (const host of hosts) expectContained(host);
  });

  it(`renders the ${naughtyStrings.length} naughty strings in every field of every element`, async function () {
    this.timeout(60000);
    const strings = naughtyStrings as string[];
    const { box, hosts } = await provided(datasetOf(strings), everyElement(strings.length));
    expect(hosts).to.have.length(
      strings.length + 2 + 2 + 1 + 3 + 1 + 2 + examplesOfTheRest('en').length,
    );

    // Spot checks: each kind of element shows the strings as text.
    const script = strings.findIndex((s) => s === '<script>alert(123)</script>');
    expect(script).to.be.greaterThan(-1);
    const quote = hosts.find((h) => h.getAttribute('quote') === `hostile-quote-${script}`)!;
    expect(quote.shadowRoot!.querySelector('blockquote')!.textContent!.trim()).to.equal(
      asShown(strings[script]!),
    );
    const card = hosts.find((h) => h.localName === 'cst-summit-card')!;
    expect(card.shadowRoot!.querySelectorAll('[part="notes"] li')).to.have.length(strings.length);
    const article = hosts.find((h) => h.localName === 'cst-treaty-article')!;
    expect(article.shadowRoot!.textContent).to.contain(strings[script]);
    const list = hosts.find((h) => h.localName === 'cst-member-list')!;
    expect(list.shadowRoot!.textContent).to.contain(strings[script]);
    // The rest show the records they reach: on the data's date, the states that joined in 2001.
    for (const host of hosts.filter((h) => !WRITTEN.includes(h.localName))) {
      if (host.hasAttribute('as-of')) continue;
      expect(host.shadowRoot!.textContent, `<${host.localName}>`).to.contain(strings[script]);
    }

    await expectInert(box);
    for (const host of hosts) expectContained(host);
  });

  it('wraps 20,000-character strings inside the element and refuses longer ones', async function () {
    this.timeout(30000);
    const longest = [
      'W'.repeat(20_000),
      `https://example.com/${'a'.repeat(19_980)}`,
      'Ж'.repeat(20_000),
    ];
    const { box, hosts } = await provided(datasetOf(longest), everyElement(longest.length));
    expect(hosts[0]!.shadowRoot!.querySelector('blockquote')!.textContent!.trim()).to.equal(
      asShown(longest[0]!),
    );
    for (const host of hosts) expectContained(host);
    await expectInert(box);

    // One character more and the whole file is refused; the bundled data stays.
    const el = await fixture<HTMLElement>(
      html`<div style="width: 320px">
        <cst-provider
          ><cst-quote quote=${bundledDataset.quotes[0]!.id}></cst-quote
          ><cst-quote quote="hostile-quote-0"><p>Fallback</p></cst-quote></cst-provider
        >
      </div>`,
    );
    const provider = el.querySelector('cst-provider')!;
    const [bundled, missing] = el.querySelectorAll('cst-quote');
    const warnings = await captureWarnings(async () => {
      const failed = nextError(provider, 4000, 'src-schema');
      provider.data = datasetOf(['W'.repeat(20_001)]);
      const error = await failed;
      expect(error.detail.code).to.equal('src-schema');
      expect(error.detail.message).to.contain('20000');
      await rendered(el);
    });
    expect(warnings.some((w) => w.includes('src-schema'))).to.equal(true);
    expect(bundled!.shadowRoot!.querySelector('blockquote')!.textContent!.trim()).to.equal(
      asShown(bundledDataset.quotes[0]!.text),
    );
    expect(missing!.shadowRoot!.querySelector('slot')).to.not.equal(null);
  });

  it('links only http(s) addresses, even when data skips the schema', async () => {
    const bad = [
      'javascript:window.__pwned = 1',
      'JaVaScRiPt:window.__pwned = 2',
      ' javascript:window.__pwned = 3',
      'java\tscript:window.__pwned = 4',
      '\u0000javascript:window.__pwned = 5',
      'data:text/html,<script>window.__pwned = 6</script>',
      'vbscript:msgbox(7)',
      'blob:https://example.com/8',
      '//evil.example/9',
      'https://exa mple.com/10',
      'https:\\\\evil.example/11',
    ];
    const good = 'https://example.com/good';
    const urls = [...bad, good];
    const titles = urls.map((_, i) => `Source number ${i}`);
    const data = datasetOf(titles, (i) => urls[i]!);

    // Through the schema, a javascript: address refuses the whole file.
    const checked = await fixture<CstProvider>(html`<cst-provider></cst-provider>`);
    const failed = nextError(checked);
    await captureWarnings(async () => {
      checked.data = data;
      expect((await failed).detail.code).to.equal('src-schema');
    });

    // Straight into the context, the elements still refuse to link anything but http(s).
    const box = await fixture<HTMLElement>(
      html`<div style="width: 320px">
        <hostile-raw-provider .layers=${[{ data, mode: 'merge' } satisfies DataLayer]}>
          ${everyElement(urls.length)}
        </hostile-raw-provider>
      </div>`,
    );
    const hosts = await rendered(box);
    await expectInert(box);
    const links = shadowRoots(box).flatMap((root) => [
      ...root.querySelectorAll('a:not([part~="ref"])'),
    ]);
    expect(links.length).to.be.greaterThan(0);
    for (const a of links) {
      expect(a.hasAttribute('href'), 'an <a> without href').to.equal(true);
      expect(isWebUrl(a.getAttribute('href')!), a.getAttribute('href')!).to.equal(true);
    }
    // The good address is linked; the others show their titles unlinked.
    const linked = new Set(links.map((a) => a.textContent!.trim()));
    expect(linked).to.include(titles.at(-1));
    for (const [i, url] of bad.entries()) {
      if (isWebUrl(url)) continue;
      expect(linked, `linked: ${JSON.stringify(url)}`).to.not.include(titles[i]);
    }
    const quote = hosts.find((h) => h.getAttribute('quote') === 'hostile-quote-0')!;
    expect(quote.shadowRoot!.textContent).to.contain(titles[0]);
  });

  describe('right-to-left override characters', () => {
    // U+202E reverses the text after it, up to the end of its paragraph unless an element
    // isolates it: a name holding one must not turn the element's own words around.
    const rlo = ['\u202EHostile one', '\u202Eevil text', '\u202E\u202Eagain'];

    /** UI text (not data) laid out backwards: two adjacent letters placed right to left. */
    function reversedText(host: Element): string[] {
      const reversed: string[] = [];
      const walker = document.createTreeWalker(host.shadowRoot!, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      const rect = (node: Text, i: number) => {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        return range.getBoundingClientRect();
      };
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node as Text;
        if (text.data.includes('\u202E')) continue;
        const pair = /[\p{L}\d][\p{L}\d]/u.exec(text.data);
        if (!pair) continue;
        const [a, b] = [rect(text, pair.index), rect(text, pair.index + 1)];
        if (!a.width || !b.width || Math.abs(a.top - b.top) > 1) continue;
        if (a.left > b.left) reversed.push(text.data.trim());
      }
      return reversed;
    }

    for (const lang of ['en', 'ru']) {
      it(`do not flip the text around them (${lang})`, async () => {
        const { box, hosts } = await provided(datasetOf(rlo), everyElement(rlo.length, lang), 900);
        const reversed = hosts.flatMap((host) =>
          reversedText(host).map((text) => `${label(host)}: ${text}`),
        );
        expect(reversed, 'UI text laid out backwards').to.deep.equal([]);
        await expectInert(box);
      });
    }
  });
});

/** A provider that hands layers to the context as they are, without the schema. */
class HostileRawProvider extends LitElement {
  private readonly provider = new ContextProvider(this, {
    context: datasetContext,
    initialValue: NO_PROVIDER,
  });

  set layers(layers: DataLayer[]) {
    this.provider.setValue({ layers, merge: withLayers });
  }

  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define('hostile-raw-provider', HostileRawProvider);

declare global {
  interface HTMLElementTagNameMap {
    'hostile-raw-provider': HostileRawProvider;
  }
}
