// How <cst-quote> loads its data. Each test file runs in a page of its own, so this one starts
// with no quote loaded; the tests build on one another in order.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/provider.js';
import '../src/define/quote.js';
import { quoteData } from '../src/data/slim/quote.js';
import { parts as quoteRecords } from '../src/data/slim/quote-parts.js';
import type { PartialDataset } from '../src/data/types.js';
import type { CstQuote } from '../src/elements/quote/quote.js';
import { expectReported, renderBadInput, shadowText } from './helpers/element.js';

const loadedIds = () => quoteData.current().quotes.map((q) => q.id);

describe('<cst-quote> data loading', () => {
  it('starts with no quote loaded', () => {
    expect(loadedIds()).to.deep.equal([]);
  });

  it('a quote chosen by id loads that quote alone, with its speaker and source', async () => {
    const el = await fixture<CstQuote>(html`<cst-quote quote="zas-2020-medical-unit"></cst-quote>`);
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Stanislav Zas');
    expect(el.shadowRoot!.querySelector('[part~="sources"] cite')).to.not.equal(null);
    expect(loadedIds()).to.deep.equal(['zas-2020-medical-unit']);
    expect(quoteData.current().people.map((p) => p.id)).to.deep.equal(['zas']);
  });

  it('a second quote adds its own, and changing the id loads the new one before rendering', async () => {
    const el = await fixture<CstQuote>(
      html`<cst-quote quote="tokayev-2022-first-use"></cst-quote>`,
    );
    await el.updateComplete;
    expect(loadedIds()).to.deep.equal(['zas-2020-medical-unit', 'tokayev-2022-first-use']);

    el.quote = 'putin-2020-clear-signal';
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Vladimir Putin');
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(loadedIds()).to.have.length(3);
  });

  it('added with fallback content, keeps showing it until its quote has loaded', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = '<cst-quote quote="zas-2020-mercenary"><p>Fallback words</p></cst-quote>';
    const el = host.firstElementChild as CstQuote;
    // Not connected yet: no shadow root hides the fallback while the quote loads.
    expect(el.shadowRoot === null, 'a shadow root hides the fallback').to.equal(true);
    expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.above(0);
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Stanislav Zas');
    expect(loadedIds()).to.include('zas-2020-mercenary');
  });

  it('a quote file that fails to load shows the fallback and reports render-failed', async () => {
    quoteRecords['unreachable-quote'] = () => Promise.reject(new TypeError('network down'));
    try {
      const outcome = await renderBadInput(
        html`<cst-quote quote="unreachable-quote"><p>Fallback words</p></cst-quote>`,
      );
      expectReported(outcome, {
        tag: 'cst-quote',
        attribute: 'quote',
        value: 'unreachable-quote',
        code: 'render-failed',
      });
      const slot = outcome.el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Fallback words');
    } finally {
      delete quoteRecords['unreachable-quote'];
    }
  });

  it('with publisher data every quote loads, since a publisher record may cite any bundled one', async () => {
    const data: PartialDataset = {
      quotes: [
        {
          // A bundled quote, corrected by the publisher, now citing a source its file lacks.
          id: 'lukashenko-2022-hybrid-war',
          text: 'A publisher line citing a bundled source.',
          lang: 'en',
          speaker: 'lukashenko',
          date: '2024-03-01',
          event: { en: 'Press conference, Minsk', ru: 'Пресс-конференция, Минск' },
          topics: ['testing'],
          source: 'seed-000',
          sources: ['seed-000'],
        },
      ],
    };
    const provider = await fixture(
      html`<cst-provider .data=${data}
        ><cst-quote quote="lukashenko-2022-hybrid-war"></cst-quote
      ></cst-provider>`,
    );
    const el = provider.querySelector('cst-quote')!;
    // The provider validates its data first.
    await waitUntil(() => shadowText(el).includes('A publisher line'));
    expect(shadowText(el)).to.contain('Alexander Lukashenko');
    expect(shadowText(el)).to.contain('Commonwealth against NATO');
    expect(loadedIds()).to.have.length(Object.keys(quoteRecords).length);
  });
});
