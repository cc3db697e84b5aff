import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { bundledDataset } from '../src/data/bundled/index.js';
import '../src/define/provider.js';
import { CstProvider } from '../src/elements/provider/provider.js';
import type { CstLoadEvent } from '../src/events.js';
import { read } from './helpers/consumer.js';
import { captureWarnings, nextError } from './helpers/events.js';

const bundledQuotes = String(bundledDataset.quotes.length);
/** Address of a publisher file in test/fixtures, served as JSON. */
const served = (file: string) => `/__fixtures__/${file.replace(/\.json$/, '')}?file=${file}`;

describe('<cst-provider>', () => {
  it('is not needed: a consumer alone sees the bundled data', async () => {
    const el = await fixture(html`<test-consumer></test-consumer>`);
    expect(read(el, 'quotes')).to.equal(bundledQuotes);
    expect(read(el, 'as-of')).to.equal(bundledDataset.meta.asOf);
  });

  it('passes lang and as-of to its subtree', async () => {
    const provider = await fixture<CstProvider>(
      html`<cst-provider lang="ru" as-of="2022-05-16"
        ><test-consumer></test-consumer
      ></cst-provider>`,
    );
    const consumer = provider.querySelector('test-consumer')!;
    await waitUntil(() => read(consumer, 'lang') === 'ru');
    expect(read(consumer, 'as-of')).to.equal('2022-05-16');
    provider.lang = 'en';
    await waitUntil(() => read(consumer, 'lang') === 'en', 'lang change reaches the consumer');
  });

  it('merges a publisher file over the bundled data', async () => {
    const provider = await fixture<CstProvider>(
      html`<cst-provider><test-consumer></test-consumer></cst-provider>`,
    );
    const loaded = oneEvent(provider, 'cst-load') as Promise<CstLoadEvent>;
    provider.src = served('publisher.json');
    expect((await loaded).detail.src).to.contain('publisher.json');
    const consumer = provider.querySelector('test-consumer')!;
    await waitUntil(() => read(consumer, 'first') === 'publisher-sample');
    expect(read(consumer, 'quotes')).to.equal(String(bundledDataset.quotes.length + 1));
    expect(read(consumer, 'states')).to.equal('9');
    expect(read(consumer, 'as-of')).to.equal('2024-06-01');
  });

  it('replaces whole collections in replace mode', async () => {
    const provider = await fixture<CstProvider>(
      html`<cst-provider mode="replace" src=${served('publisher.json')}
        ><test-consumer></test-consumer
      ></cst-provider>`,
    );
    await oneEvent(provider, 'cst-load');
    const consumer = provider.querySelector('test-consumer')!;
    await waitUntil(() => read(consumer, 'quotes') === '1');
    expect(read(consumer, 'states')).to.equal('9');
  });

  it('accepts a data object and validates it', async () => {
    const provider = await fixture<CstProvider>(
      html`<cst-provider><test-consumer></test-consumer></cst-provider>`,
    );
    const consumer = provider.querySelector('test-consumer')!;
    const response = await fetch(served('publisher.json'));
    const loaded = oneEvent(provider, 'cst-load');
    provider.data = await response.json();
    await loaded;
    await waitUntil(() => read(consumer, 'first') === 'publisher-sample');

    const failed = nextError(provider);
    provider.data = { quotes: [{ id: 'x' }] } as never;
    expect((await failed).detail.code).to.equal('src-schema');
    await waitUntil(() => read(consumer, 'quotes') === bundledQuotes, 'bundled data back');
  });

  it('lets an inner provider override an outer one', async () => {
    const outer = await fixture<CstProvider>(html`
      <cst-provider lang="ru" as-of="2020-01-01" src=${served('publisher.json')}>
        <cst-provider as-of="2023-01-01"><test-consumer></test-consumer></cst-provider>
      </cst-provider>
    `);
    await oneEvent(outer, 'cst-load');
    const consumer = outer.querySelector('test-consumer')!;
    await waitUntil(
      () => read(consumer, 'first') === 'publisher-sample',
      'outer data reaches inner subtree',
    );
    expect(read(consumer, 'lang')).to.equal('ru');
    expect(read(consumer, 'as-of')).to.equal('2023-01-01');
  });

  it('reaches consumers that were upgraded before the provider was defined', async () => {
    const tag = `late-provider-${Math.random().toString(36).slice(2)}`;
    const host = await fixture(html`<div><div lang="ru"></div></div>`);
    host.innerHTML = `<${tag} as-of="1999-01-01"><test-consumer></test-consumer></${tag}>`;
    const consumer = host.querySelector('test-consumer')!;
    await waitUntil(() => read(consumer, 'quotes') === bundledQuotes);
    expect(read(consumer, 'as-of')).to.equal(bundledDataset.meta.asOf);
    customElements.define(tag, class extends CstProvider {});
    await waitUntil(() => read(consumer, 'as-of') === '1999-01-01', 'late provider answers');
  });

  describe('when src fails, keeps the bundled data and reports', () => {
    const cases: [string, string, string, number?][] = [
      ['404', '/__fixtures__/missing?status=404&body=not%20found&type=text/plain', 'src-http'],
      ['invalid JSON', served('invalid-json.json'), 'src-invalid-json'],
      ['schema violation', served('invalid-schema.json'), 'src-schema'],
      ['timeout', '/__fixtures__/slow?delay=3000', 'src-timeout', 150],
      [
        'wrong content type',
        '/__fixtures__/page?type=text/html&body=%3Cp%3Ehi%3C/p%3E',
        'src-content-type',
      ],
      ['network error', 'http://127.0.0.1:9/unreachable.json', 'src-network'],
    ];
    for (const [name, src, code, timeout] of cases) {
      it(name, async () => {
        const provider = await fixture<CstProvider>(
          html`<cst-provider .timeout=${timeout ?? 4000}
            ><test-consumer></test-consumer
          ></cst-provider>`,
        );
        const consumer = provider.querySelector('test-consumer')!;
        let event: Awaited<ReturnType<typeof nextError>> | undefined;
        const warnings = await captureWarnings(async () => {
          const error = nextError(provider);
          provider.src = src;
          event = await error;
        });
        expect(event!.detail.code).to.equal(code);
        expect(event!.bubbles && event!.composed).to.equal(true);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('<cst-provider>').and.contain('bundled data is kept');
        await provider.updateComplete;
        expect(read(consumer, 'quotes')).to.equal(bundledQuotes);
        expect(read(consumer, 'first')).to.equal('');
      });
    }
  });

  it('reports a malformed as-of and keeps the dataset date', async () => {
    const warnings = await captureWarnings(async () => {
      const provider = document.createElement('cst-provider');
      const error = nextError(provider);
      provider.setAttribute('as-of', '16/05/2022');
      provider.append(document.createElement('test-consumer'));
      document.body.append(provider);
      expect((await error).detail.code).to.equal('invalid-date');
      expect(read(provider.firstElementChild!, 'as-of')).to.equal(bundledDataset.meta.asOf);
      provider.remove();
    });
    expect(warnings.join('\n')).to.contain('as-of="16/05/2022"');
  });
});
