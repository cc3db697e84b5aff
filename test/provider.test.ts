import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { bundledDataset } from '../src/data/bundled/index.js';
import '../src/define/provider.js';
import '../src/define/quote.js';
import { CstProvider } from '../src/elements/provider/provider.js';
import type { CstErrorEvent, CstLoadEvent } from '../src/events.js';
import { read } from './helpers/consumer.js';
import { captureWarnings, nextError } from './helpers/events.js';
import { publisherQuote } from './helpers/hostile-data.js';

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

describe('<cst-provider> with publisher data that is wrong in part', () => {
  const quote = publisherQuote;
  const bundled = bundledDataset.quotes[0]!;

  /** A provider given `data`, with a quote inside; its load, its errors and its warnings. */
  async function provide(data: unknown, quoteId: string) {
    const provider = await fixture<CstProvider>(
      html`<cst-provider><cst-quote quote=${quoteId}></cst-quote></cst-provider>`,
    );
    const errors: CstErrorEvent[] = [];
    provider.addEventListener('cst-error', (e) => {
      if (e.target === provider) errors.push(e);
    });
    const warnings = await captureWarnings(async () => {
      const loaded = oneEvent(provider, 'cst-load');
      const reported = nextError(provider, 4000, 'src-references');
      provider.data = data as never;
      await loaded;
      await reported;
    });
    const shown = provider.querySelector('cst-quote')!;
    await waitUntil(() => shown.shadowRoot?.querySelector('blockquote'), 'the quote renders');
    return { errors, warnings, text: shown.shadowRoot!.querySelector('blockquote')!.textContent! };
  }

  it('keeps the bundled record where the file uses an id twice, and says so once', async () => {
    const { errors, warnings, text } = await provide(
      { quotes: [quote(bundled.id, 'First copy.'), quote(bundled.id, 'Second copy.')] },
      bundled.id,
    );
    expect(text.trim()).to.equal(bundled.text);
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['src-references']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`"${bundled.id}" is used twice`);
    expect(warnings[0]).to.contain('$.quotes[1].id');
  });

  it('uses the rest of the file, and names an id that points at no record', async () => {
    const { errors, warnings, text } = await provide(
      {
        quotes: [
          quote('publisher-dangling', 'Words of nobody known.', 'no-such-person'),
          quote('publisher-fine', 'Words of the Secretary General.'),
        ],
      },
      'publisher-fine',
    );
    expect(text.trim()).to.equal('Words of the Secretary General.');
    expect(errors).to.have.length(1);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('$.quotes[0].speaker: no person has the id "no-such-person"');
  });

  it('refuses a file that is not UTF-8, rather than reading U+FFFD', async () => {
    const provider = await fixture<CstProvider>(html`<cst-provider></cst-provider>`);
    // A dataset with a byte in a string that is no UTF-8: latin-1 ÿ (0xff).
    const hex = (text: string) =>
      [...new TextEncoder().encode(text)].map((b) => b.toString(16).padStart(2, '0')).join('');
    const bytes = `${hex('{"meta":{"asOf":"2024-06-01"},"x":"')}ff${hex('"}')}`;
    const failed = nextError(provider);
    await captureWarnings(async () => {
      provider.src = `/__fixtures__/latin1?hex=${bytes}`;
      expect((await failed).detail.code).to.equal('src-encoding');
    });
  });

  for (const type of [
    'text/html; profile=json',
    'application/jsonp',
    'application/json; charset=utf-16',
  ]) {
    it(`refuses the content type "${type}"`, async () => {
      const provider = await fixture<CstProvider>(html`<cst-provider></cst-provider>`);
      const failed = nextError(provider);
      await captureWarnings(async () => {
        provider.src = `/__fixtures__/typed?file=publisher.json&type=${encodeURIComponent(type)}`;
        expect((await failed).detail.code).to.equal('src-content-type');
      });
    });
  }

  it('takes a JSON type with a suffix or a UTF-8 charset', async () => {
    for (const type of ['application/ld+json', 'text/json', 'application/json; charset="UTF-8"']) {
      const provider = await fixture<CstProvider>(html`<cst-provider></cst-provider>`);
      const loaded = oneEvent(provider, 'cst-load');
      provider.src = `/__fixtures__/typed?file=publisher.json&type=${encodeURIComponent(type)}`;
      await loaded;
    }
  });

  it('reports a data object whose getters throw as a cst-error, not an uncaught error', async () => {
    const uncaught: string[] = [];
    const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const provider = await fixture<CstProvider>(html`<cst-provider></cst-provider>`);
      const failed = nextError(provider);
      const warnings = await captureWarnings(async () => {
        provider.data = {
          get quotes(): never {
            throw new Error('a getter that throws');
          },
        } as never;
        expect((await failed).detail.code).to.equal('src-schema');
      });
      expect(warnings[0]).to.contain('a getter that throws');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(uncaught).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});

describe('<cst-provider> attributes', () => {
  it('waits as long as timeout says, in milliseconds or seconds', async () => {
    for (const timeout of ['10000', '10s', '2500ms', ' 3 s ']) {
      const provider = await fixture<CstProvider>(
        html`<cst-provider timeout=${timeout}></cst-provider>`,
      );
      const errors: string[] = [];
      provider.addEventListener('cst-error', (e) => errors.push(e.detail.code));
      const loaded = oneEvent(provider, 'cst-load');
      // Slower than a wait of NaN or 0 ms would allow, well within any of these.
      provider.src = `${served('publisher.json')}&delay=300`;
      await loaded;
      expect(errors, timeout).to.deep.equal([]);
    }
  });

  for (const timeout of ['10 seconds', 'abc', '0', '-5', '']) {
    it(`reports timeout="${timeout}" as a bad value, and waits the default`, async () => {
      const provider = await fixture<CstProvider>(html`<cst-provider></cst-provider>`);
      const codes: string[] = [];
      provider.addEventListener('cst-error', (e) => codes.push(e.detail.code));
      const warnings = await captureWarnings(async () => {
        const reported = nextError(provider, 4000, 'invalid-value');
        provider.setAttribute('timeout', timeout);
        const error = await reported;
        expect(error.detail.message).to.contain(`timeout="${timeout}"`);
        expect(error.detail.message).to.contain('10s');
        const loaded = oneEvent(provider, 'cst-load');
        provider.src = `${served('publisher.json')}&delay=300`;
        await loaded;
      });
      expect(codes).to.deep.equal(['invalid-value']);
      expect(warnings).to.have.length(1);
    });
  }

  it('reports a mode that is neither merge nor replace, and merges', async () => {
    const provider = await fixture<CstProvider>(
      html`<cst-provider><test-consumer></test-consumer></cst-provider>`,
    );
    const failed = nextError(provider, 4000, 'invalid-value');
    const warnings = await captureWarnings(async () => {
      provider.setAttribute('mode', 'replce');
      await failed;
    });
    expect(warnings[0]).to.contain('mode="replce"').and.contain('merge, replace');
    expect(warnings[0]).to.contain('Did you mean "replace"?');
    const loaded = oneEvent(provider, 'cst-load');
    provider.src = served('publisher.json');
    await loaded;
    const consumer = provider.querySelector('test-consumer')!;
    await waitUntil(() => read(consumer, 'quotes') === String(bundledDataset.quotes.length + 1));
  });

  it('tells an as-of that is written as a date but is no day of the calendar', async () => {
    const provider = await fixture<CstProvider>(html`<cst-provider></cst-provider>`);
    const failed = nextError(provider, 4000, 'invalid-date');
    const warnings = await captureWarnings(async () => {
      provider.setAttribute('as-of', '2022-02-30');
      await failed;
    });
    expect(warnings[0]).to.contain('as-of="2022-02-30" is not a day of the calendar');
    expect(warnings[0]).to.not.contain('write YYYY-MM-DD');
  });
});
