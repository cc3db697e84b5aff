import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/provider.js';
import '../src/define/quote.js';
import '../src/define/summit-card.js';
import type { CstQuote } from '../src/define/quote.js';
import type { CstSummitCard } from '../src/define/summit-card.js';
import { captureWarnings } from './helpers/events.js';
import { shadowText } from './helpers/element.js';

/**
 * What frameworks that render on the server and hydrate in the browser (Next.js, Angular,
 * SvelteKit, Astro) meet: elements without their properties until hydration, markup compared
 * attribute by attribute, server HTML inserted with `innerHTML`, elements moved by the app.
 */

const QUOTE = 'tokayev-2022-working-mechanism';
const WORDS = 'really working mechanism';

/** Loads `body` into an iframe and resolves with its window once `ready(window)` holds. */
async function frame(body: string, ready: (w: Window & typeof globalThis) => boolean) {
  const iframe = document.createElement('iframe');
  iframe.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
  document.body.append(iframe);
  const win = () => iframe.contentWindow as Window & typeof globalThis;
  await waitUntil(() => win()?.document?.body && ready(win()), 'the frame is ready', {
    timeout: 25000,
  });
  return { win: win(), remove: () => iframe.remove() };
}

describe('in server-rendered apps', () => {
  it('waits for the properties a framework sets while hydrating before it reports a missing one', async function () {
    // A frame that compiles its modules on a busy machine: more than the usual time.
    this.timeout(60000);
    // The page is still loading (an image answers after 4 s) when the element upgrades without
    // properties; "hydration" sets them 300 ms later. Then a second element that never gets any
    // is reported once the page has loaded and settled. What held when the properties came is
    // recorded then, however long the quote then takes to render on a busy machine.
    const { win, remove } = await frame(
      `<script>
        // What it warns is read from its cst-error events; the test runner does not read this
        // frame's console once it is gone.
        console.warn = () => {};
        window.cstErrors = [];
        document.addEventListener('cst-error', (e) => cstErrors.push(e.target.id + ':' + e.detail.code));
      </script>
      <cst-quote id="hydrated"></cst-quote>
      <cst-quote id="never"></cst-quote>
            <script type="module">
        import '/src/define/quote.ts';
                // The page keeps loading for 4 s from here, however long the module took to come.
        const img = new Image();
        img.alt = '';
        img.src = '/__fixtures__/?delay=4000&type=image/png';
        document.body.append(img);
        setTimeout(() => {
          const el = document.getElementById('hydrated');
                    window.shownBefore = el.shadowRoot ? el.shadowRoot.textContent.trim() : 'not rendered';
          window.stateBefore = document.readyState;
          window.errorsBefore = cstErrors.slice();

          el.quote = '${QUOTE}';
        }, 300);
            </script>`,
      (w) =>
        Boolean(w.document.getElementById('hydrated')?.shadowRoot?.textContent?.includes(WORDS)),
    );
    try {
      const before = win as unknown as {
        cstErrors: string[];
        errorsBefore: string[];
        shownBefore: string;
        stateBefore: DocumentReadyState;
      };
      expect(before.stateBefore, 'the page was loading when the properties came').to.not.equal(
        'complete',
      );
      expect(before.errorsBefore, 'reported before the properties came').to.deep.equal([]);
      expect(before.shownBefore, 'a notice before the properties came').to.equal('');
      const errors = before.cstErrors;
      await waitUntil(() => errors.length > 0, 'the element that never got one is reported', {
        timeout: 20000,
      });
      expect(errors).to.deep.equal(['never:missing-attribute']);
    } finally {
      remove();
    }
  });

  it('writes no attribute of its own: defaults are not reflected, values set as properties are', async () => {
    const quote = await fixture<CstQuote>(html`<cst-quote quote=${QUOTE}></cst-quote>`);
    await waitUntil(() => shadowText(quote).includes(WORDS));
    expect(quote.getAttributeNames().sort()).to.deep.equal(['quote']);
    quote.theme = 'dark';
    quote.variant = 'pull';
    await quote.updateComplete;
    expect(quote.getAttribute('theme')).to.equal('dark');
    expect(quote.getAttribute('variant')).to.equal('pull');

    const card = await fixture<CstSummitCard>(
      html`<cst-summit-card summit="latest"></cst-summit-card>`,
    );
    await card.updateComplete;
    expect(card.getAttributeNames()).to.deep.equal(['summit']);
    card.variant = 'compact';
    await card.updateComplete;
    // The compact styles (`:host([variant='compact'])`) apply to a value set as a property.
    expect(card.getAttribute('variant')).to.equal('compact');
  });

  it('reads the context of where it is now when it is moved out of a provider or into one', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <cst-provider lang="ru"><cst-quote quote=${QUOTE}></cst-quote></cst-provider>
        <section lang="en"></section>
      </div>`,
    );
    const quote = page.querySelector('cst-quote')!;
    await waitUntil(() => shadowText(quote).includes('Токаев'), 'Russian inside the provider');
    page.querySelector('section')!.append(quote);
    await waitUntil(
      () => shadowText(quote).includes('Kassym-Jomart Tokayev'),
      'English once outside it',
    );
    page.querySelector('cst-provider')!.append(quote);
    await waitUntil(() => shadowText(quote).includes('Токаев'), 'Russian again inside it');
  });

  it('takes server-rendered HTML put in with innerHTML: the inert template goes, the element renders', async () => {
    // The server-rendered form of an element, as a framework inserts it after client-side
    // navigation: a declarative shadow root, which innerHTML leaves as an inert <template>.
    const source = await fixture<CstQuote>(html`<cst-quote quote=${QUOTE}></cst-quote>`);
    await waitUntil(() => shadowText(source).includes(WORDS));
    const server = `<cst-quote quote="${QUOTE}"><template shadowrootmode="open">${source.shadowRoot!.innerHTML}</template><p>Fallback</p></cst-quote>`;
    source.remove();
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const warnings = await captureWarnings(async () => {
      host.innerHTML = server;
      const el = host.querySelector<CstQuote>('cst-quote')!;
      await waitUntil(() => shadowText(el).includes(WORDS), 'the element renders');
      await el.updateComplete;
    });
    const el = host.querySelector('cst-quote')!;
    expect(el.querySelector('template'), 'the inert template').to.equal(null);
    expect(el.children.length).to.equal(1);
    expect(el.querySelector('p')!.textContent).to.equal('Fallback');
    expect(warnings).to.deep.equal([]);
  });
});
