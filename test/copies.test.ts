import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { PartialDataset } from '../src/data/types.js';
import '../src/define/all.js';
import { CstMemberList } from '../src/define/member-list.js';
import { CstProvider } from '../src/define/provider.js';
import { CstQuote } from '../src/define/quote.js';
import { CstSummitCard } from '../src/define/summit-card.js';
import { CstTreatyArticle } from '../src/define/treaty-article.js';
import publisher from './fixtures/publisher.json';

/**
 * A page may hold two copies of the library: two bundles that each include it, or a bundle and
 * the CDN build. The test server serves the sources a second time under `/__copy2__/` (see
 * web-test-runner.config.js), so every module, Lit and @lit/context included, is evaluated again:
 * a second copy with classes of its own.
 */

const NAMES = ['provider', 'member-list', 'summit-card', 'treaty-article', 'quote'] as const;
const FIRST: Record<string, CustomElementConstructor> = {
  'cst-provider': CstProvider,
  'cst-member-list': CstMemberList,
  'cst-summit-card': CstSummitCard,
  'cst-treaty-article': CstTreatyArticle,
  'cst-quote': CstQuote,
};
const data = publisher as PartialDataset;
const PUBLISHER_TEXT = data.quotes![0]!.text;

interface SecondCopy {
  CstProvider: typeof CstProvider;
  CstQuote: typeof CstQuote;
}

let second: SecondCopy;
const infos: unknown[][] = [];
const errors: string[] = [];

describe('two copies of the library on one page', () => {
  before(async () => {
    const info = console.info;
    const onError = (e: ErrorEvent) => errors.push(e.message);
    const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
    console.info = (...args: unknown[]) => void infos.push(args);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const modules = await Promise.all(
        NAMES.map((name) => import(/* @vite-ignore */ `/__copy2__/src/define/${name}.ts`)),
      );
      second = Object.assign({}, ...modules) as SecondCopy;
      await new Promise((resolve) => setTimeout(resolve, 0));
    } finally {
      console.info = info;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    // The second copy's classes, under tags of their own, to meet the first copy's.
    customElements.define('copy2-quote', second.CstQuote);
    customElements.define('copy2-provider', second.CstProvider);
  });

  it('loads without an exception, one definition per tag, and one console note', () => {
    expect(errors).to.deep.equal([]);
    expect(second.CstQuote, 'a real second copy').to.not.equal(CstQuote);
    for (const [tag, ctor] of Object.entries(FIRST)) {
      expect(customElements.get(tag) === ctor, `${tag} is the first copy's`).to.equal(true);
    }
    expect(infos, 'console notes').to.have.length(1);
    expect(String(infos[0]![0])).to.contain('already defined by another copy of cst-elements');
  });

  it("lets the second copy's elements read the first copy's provider", async () => {
    const provider = await fixture<CstProvider>(
      html`<cst-provider .data=${data}>
        <cst-quote quote="publisher-sample"></cst-quote>
        <copy2-quote quote="publisher-sample"></copy2-quote>
      </cst-provider>`,
    );
    for (const el of provider.querySelectorAll<CstQuote>('cst-quote, copy2-quote')) {
      await waitUntil(
        () => el.shadowRoot?.querySelector('blockquote')?.textContent?.trim() === PUBLISHER_TEXT,
        `<${el.localName}> shows the publisher's quote`,
      );
    }
  });

  it("lets the first copy's elements read the second copy's provider", async () => {
    const provider = await fixture<CstProvider>(
      html`<copy2-provider .data=${data} lang="ru">
        <cst-quote quote="publisher-sample"></cst-quote>
        <copy2-quote quote="publisher-sample"></copy2-quote>
      </copy2-provider>`,
    );
    for (const el of provider.querySelectorAll<CstQuote>('cst-quote, copy2-quote')) {
      await waitUntil(
        () => el.shadowRoot?.querySelector('blockquote')?.textContent?.trim() === PUBLISHER_TEXT,
        `<${el.localName}> shows the publisher's quote`,
      );
      // The provider's language reaches both copies: the caption is in Russian.
      expect(el.shadowRoot!.querySelector('[part="copy"]')!.textContent).to.match(/[а-я]/);
    }
  });

  it('reaches elements of the other copy when a provider is defined after them', async () => {
    const tag = `copy2-late-provider-${Math.random().toString(36).slice(2)}`;
    const host = await fixture<HTMLElement>(
      staticHtml`<div><${unsafeStatic(tag)} .data=${data}>
        <cst-quote quote="publisher-sample"><p>Fallback</p></cst-quote>
      </${unsafeStatic(tag)}></div>`,
    );
    const quote = host.querySelector('cst-quote')!;
    await quote.updateComplete;
    expect(quote.shadowRoot!.querySelector('blockquote')).to.equal(null);
    customElements.define(tag, class extends second.CstProvider {});
    await waitUntil(
      () => quote.shadowRoot?.querySelector('blockquote')?.textContent?.trim() === PUBLISHER_TEXT,
      'the late provider of the second copy answers the first copy',
    );
  });
});
