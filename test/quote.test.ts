import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/define/provider.js';
import '../src/define/quote.js';
import { people } from '../src/data/bundled/people.js';
import { quotes } from '../src/data/bundled/quotes.js';
import { quotesBySpeaker, quotesByTopic } from '../src/data/queries.js';
import type { PartialDataset } from '../src/data/types.js';
import { CstProvider } from '../src/elements/provider/provider.js';
import { CstQuote } from '../src/elements/quote/quote.js';
import type { CstCopyEvent } from '../src/events.js';
import { captureWarnings } from './helpers/events.js';
import { expectReported, renderBadInput, shadowText } from './helpers/element.js';

const byId = (id: string) => quotes.find((q) => q.id === id)!;
const FIRST_USE = byId('tokayev-2022-first-use');
const STATEMENT = byId('statement-2022-test-of-time');

/** An element's shadow node by part name. */
function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`);
}
const partText = (el: Element, name: string) =>
  (part(el, name)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const quoteText = (el: Element) => partText(el, 'text');

async function render(template: TemplateResult): Promise<CstQuote> {
  const el = await fixture<CstQuote>(template);
  await el.updateComplete;
  return el;
}

/** A publisher dataset with a newer Tokayev quote whose source has an address. */
const publisherData: PartialDataset = {
  sources: [
    {
      id: 'desk-2024',
      kind: 'web',
      title: 'Interview transcript',
      publisher: 'Example News',
      date: '2024-03-01',
      lang: 'en',
      url: 'https://news.example/transcript',
    },
  ],
  quotes: [
    {
      id: 'tokayev-2024-sample',
      text: 'A publisher-supplied line for the test.',
      lang: 'en',
      speaker: 'tokayev',
      title: { en: 'President of Kazakhstan', ru: 'Президент Казахстана' },
      date: '2024-03-01',
      event: { en: 'Press conference, Astana', ru: 'Пресс-конференция, Астана' },
      topics: ['testing'],
      source: 'desk-2024',
      sources: ['desk-2024'],
    },
  ],
};

/** Replaces `navigator.clipboard` for one test; `restore()` puts the browser's own back. */
function stubClipboard(writeText?: (text: string) => Promise<void>) {
  const written: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: writeText
      ? {
          writeText: (text: string) => {
            written.push(text);
            return writeText(text);
          },
        }
      : undefined,
  });
  return {
    written,
    restore: () => delete (navigator as unknown as { clipboard?: unknown }).clipboard,
  };
}

describe('<cst-quote>', () => {
  describe('with the bundled data', () => {
    it('renders a figure with blockquote and caption for a quote id', async () => {
      const el = await render(html`<cst-quote quote="tokayev-2022-first-use"></cst-quote>`);
      const figure = el.shadowRoot!.querySelector('figure')!;
      expect(figure.getAttribute('part')).to.equal('figure');
      const blockquote = figure.querySelector('blockquote')!;
      expect(blockquote.textContent!.trim()).to.equal(FIRST_USE.text);
      expect(blockquote.getAttribute('lang')).to.equal('en');
      // No bundled source has an address, so there is nothing to cite or link.
      expect(blockquote.hasAttribute('cite')).to.equal(false);
      expect(figure.querySelector('figcaption')).to.exist;
      expect(partText(el, 'speaker')).to.equal('Kassym-Jomart Tokayev');
      expect(partText(el, 'title')).to.equal('President of Kazakhstan');
      expect(partText(el, 'event')).to.equal(
        'Anniversary session of the Collective Security Council, Moscow',
      );
      const time = el.shadowRoot!.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2022-05-16');
      expect(time.textContent!.trim()).to.equal('May 16, 2022');
      expect(partText(el, 'source')).to.equal('Source: Stability and Security Mechanism');
      expect(part(el, 'source')!.querySelector('cite')!.textContent).to.equal(
        'Stability and Security Mechanism',
      );
      expect(part(el, 'source')!.querySelector('a')).to.equal(null);
      expect(partText(el, 'note')).to.equal('English translation as published');
      expect(partText(el, 'caption')).to.equal(
        'Kassym-Jomart Tokayev, President of Kazakhstan ' +
          'Anniversary session of the Collective Security Council, Moscow, May 16, 2022 ' +
          'Source: Stability and Security Mechanism English translation as published',
      );
    });

    it('names the publisher beside a source title that has no address', async () => {
      const el = await render(html`<cst-quote quote="lukashenko-2022-hybrid-war"></cst-quote>`);
      expect(partText(el, 'source')).to.equal(
        'Source: Russia and Allies Held Summit in Moscow, Vindobona',
      );
      expect(partText(el, 'speaker')).to.equal('Alexander Lukashenko');
      expect(partText(el, 'title')).to.equal('President of Belarus');
    });

    it('hides the light-DOM fallback once it renders', async () => {
      const el = await render(
        html`<cst-quote quote="zas-2020-medical-unit"><p>Fallback words</p></cst-quote>`,
      );
      expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
      expect(quoteText(el)).to.equal(byId('zas-2020-medical-unit').text);
    });

    it('imports only meta, quotes, people and sources', () => {
      const bundle = CstQuote.renderer.data.current();
      expect(Object.keys(bundle).sort()).to.deep.equal(['meta', 'people', 'quotes', 'sources']);
    });
  });

  describe('speaker', () => {
    it('accepts the id or any alias and picks the same, most recent quote', async () => {
      const expected = quotesBySpeaker({ quotes, people }, 'tokayev')[0]!;
      expect(expected.id).to.equal('tokayev-2022-first-use');
      const spellings = [
        'tokayev',
        'Kassym-Zhomart Tokayev',
        'Kassym-Jomart Tokayev',
        'Tokaev',
        'Токаев',
        'Касым-Жомарт Токаев',
        '  kassym zhomart TOKAYEV ',
      ];
      for (const speaker of spellings) {
        const el = await render(html`<cst-quote speaker=${speaker}></cst-quote>`);
        expect(quoteText(el), speaker).to.equal(expected.text);
        expect(partText(el, 'speaker'), speaker).to.equal('Kassym-Jomart Tokayev');
      }
    });

    it('picks the most recent quote of a speaker with quotes on several dates', async () => {
      const el = await render(html`<cst-quote speaker="Zas"></cst-quote>`);
      expect(quoteText(el)).to.equal(byId('zas-2022-peacekeeping-contingent').text);
      expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2022-05-16');
      expect(partText(el, 'title')).to.equal('CSTO Secretary General');
    });

    it('re-renders when the speaker changes', async () => {
      const el = await render(html`<cst-quote speaker="putin"></cst-quote>`);
      expect(partText(el, 'speaker')).to.equal('Vladimir Putin');
      el.speaker = 'Лукашенко';
      await el.updateComplete;
      expect(partText(el, 'speaker')).to.equal('Alexander Lukashenko');
      expect(quoteText(el)).to.equal(byId('lukashenko-2022-collective-west').text);
    });
  });

  describe('topic', () => {
    it("narrows a speaker's quotes", async () => {
      const el = await render(html`<cst-quote speaker="Токаев" topic="afghanistan"></cst-quote>`);
      expect(quoteText(el)).to.equal(byId('tokayev-2022-afghanistan').text);
      el.topic = 'un';
      await el.updateComplete;
      expect(quoteText(el)).to.equal(byId('tokayev-2022-un-peacekeeping').text);
    });

    it('alone picks the most recent quote on that topic (any case)', async () => {
      const covid = await render(html`<cst-quote topic="covid"></cst-quote>`);
      const expected = quotesByTopic(quotes, 'covid')[0]!;
      expect(quoteText(covid)).to.equal(expected.text);
      expect(covid.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal(
        '2020-12-02',
      );
      const nato = await render(html`<cst-quote topic="NATO"></cst-quote>`);
      expect(quoteText(nato)).to.equal(byId('lukashenko-2022-hybrid-war').text);
    });

    it('is ignored when a quote id is given', async () => {
      const el = await render(
        html`<cst-quote quote="putin-2020-clear-signal" speaker="zas" topic="nato"></cst-quote>`,
      );
      expect(quoteText(el)).to.equal(byId('putin-2020-clear-signal').text);
    });
  });

  describe('a Council document (author, no speaker)', () => {
    it('names the author, the occasion and the source', async () => {
      const el = await render(html`<cst-quote quote="statement-2022-test-of-time"></cst-quote>`);
      expect(quoteText(el)).to.equal(STATEMENT.text);
      expect(partText(el, 'speaker')).to.equal('Collective Security Council');
      expect(part(el, 'title')).to.equal(null);
      expect(partText(el, 'event')).to.equal(
        'Anniversary session of the Collective Security Council, Moscow',
      );
      expect(partText(el, 'source')).to.equal(
        'Source: Commonwealth against NATO: 30 years ago, after the collapse of the USSR, the CSTO was created',
      );
    });

    it('in Russian', async () => {
      const el = await render(
        html`<cst-quote lang="ru" quote="declaration-2020-covid-aid"></cst-quote>`,
      );
      expect(partText(el, 'speaker')).to.equal('Совет коллективной безопасности');
      expect(partText(el, 'event')).to.equal(
        'Сессия Совета коллективной безопасности в формате видеоконференции',
      );
      expect(el.shadowRoot!.querySelector('time')!.textContent!.trim()).to.equal(
        '2 декабря 2020 г.',
      );
    });
  });

  describe('variant', () => {
    it('defaults to card, a bordered box', async () => {
      const el = await render(html`<cst-quote quote="zas-2020-medical-unit"></cst-quote>`);
      expect(el.variant).to.equal('card');
      const base = part(el, 'base')!;
      expect(base.classList.contains('card')).to.equal(true);
      expect(getComputedStyle(base).borderTopStyle).to.equal('solid');
    });

    it('pull: large words behind a rule, still a figure', async () => {
      const card = await render(html`<cst-quote quote="zas-2020-medical-unit"></cst-quote>`);
      const el = await render(
        html`<cst-quote variant="pull" quote="zas-2020-medical-unit"></cst-quote>`,
      );
      const base = part(el, 'base')!;
      expect(base.classList.contains('pull')).to.equal(true);
      expect(getComputedStyle(base).borderTopStyle).to.equal('none');
      const words = getComputedStyle(part(el, 'text')!);
      expect(words.borderInlineStartStyle).to.equal('solid');
      expect(parseFloat(words.fontSize)).to.be.greaterThan(
        parseFloat(getComputedStyle(part(card, 'text')!).fontSize),
      );
      expect(el.shadowRoot!.querySelector('figure > blockquote + figcaption')).to.exist;
    });

    it('inline: compact, still a figure', async () => {
      const el = await render(
        html`<cst-quote variant="inline" quote="zas-2020-medical-unit"></cst-quote>`,
      );
      const base = part(el, 'base')!;
      expect(base.classList.contains('inline')).to.equal(true);
      expect(getComputedStyle(base).borderTopStyle).to.equal('none');
      expect(el.shadowRoot!.querySelector('figure > blockquote + figcaption')).to.exist;
      expect(partText(el, 'speaker')).to.equal('Stanislav Zas');
    });

    it('reflects and follows changes', async () => {
      const el = await render(html`<cst-quote quote="zas-2020-medical-unit"></cst-quote>`);
      el.variant = 'inline';
      await el.updateComplete;
      expect(el.getAttribute('variant')).to.equal('inline');
      expect(part(el, 'base')!.classList.contains('inline')).to.equal(true);
    });
  });

  describe('language', () => {
    it('lang="ru": Russian UI and names, English words marked lang="en"', async () => {
      const el = await render(html`<cst-quote lang="ru" speaker="tokayev"></cst-quote>`);
      expect(partText(el, 'speaker')).to.equal('Касым-Жомарт Токаев');
      expect(partText(el, 'title')).to.equal('Президент Казахстана');
      expect(partText(el, 'event')).to.equal(
        'Юбилейная сессия Совета коллективной безопасности, Москва',
      );
      expect(el.shadowRoot!.querySelector('time')!.textContent!.trim()).to.equal('16 мая 2022 г.');
      const blockquote = el.shadowRoot!.querySelector('blockquote')!;
      expect(blockquote.getAttribute('lang')).to.equal('en');
      expect(blockquote.textContent!.trim()).to.equal(FIRST_USE.text);
      expect(partText(el, 'source')).to.equal('Источник: Stability and Security Mechanism');
      expect(part(el, 'source')!.querySelector('cite[lang="en"]')).to.exist;
      expect(partText(el, 'note')).to.equal('Опубликованный перевод на английский язык');
      expect(partText(el, 'copy')).to.equal('Копировать цитату');
    });

    it('takes lang from an ancestor and re-renders when it changes', async () => {
      const wrap = await fixture(
        html`<div lang="ru-RU"><cst-quote quote="putin-2020-great-victory"></cst-quote></div>`,
      );
      const el = wrap.querySelector('cst-quote')!;
      await el.updateComplete;
      expect(partText(el, 'speaker')).to.equal('Владимир Путин');
      el.lang = 'en';
      await waitUntil(() => partText(el, 'speaker') === 'Vladimir Putin', 'lang change re-renders');
      expect(partText(el, 'source')).to.match(/^Source: /);
    });

    it('takes lang from a provider', async () => {
      const provider = await fixture(
        html`<cst-provider lang="ru"
          ><cst-quote quote="zas-2020-medical-unit"></cst-quote
        ></cst-provider>`,
      );
      const el = provider.querySelector('cst-quote')!;
      await waitUntil(() => partText(el, 'speaker') === 'Станислав Зась');
    });
  });

  describe('theme', () => {
    it('dark sets its own palette', async () => {
      const el = await render(
        html`<cst-quote theme="dark" quote="zas-2020-medical-unit"></cst-quote>`,
      );
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(27, 27, 31)');
      expect(getComputedStyle(el).color).to.equal('rgb(236, 236, 241)');
    });

    it('light sets its own palette', async () => {
      const el = await render(
        html`<cst-quote theme="light" quote="zas-2020-medical-unit"></cst-quote>`,
      );
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    });

    for (const variant of ['card', 'pull', 'inline'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        it(`is accessible: ${variant}, ${theme}`, async () => {
          const el = await render(
            html`<cst-quote
              theme=${theme}
              variant=${variant}
              quote="lukashenko-2022-hybrid-war"
            ></cst-quote>`,
          );
          await expect(el).to.be.accessible();
        });
      }
    }

    it('is accessible with a source link and a copy status, in Russian', async () => {
      const provider = await fixture<CstProvider>(
        html`<cst-provider .data=${publisherData}
          ><cst-quote theme="dark" lang="ru" speaker="tokayev"></cst-quote
        ></cst-provider>`,
      );
      const el = provider.querySelector('cst-quote')!;
      await waitUntil(() => part(el, 'source')?.querySelector('a'));
      const clipboard = stubClipboard(async () => {});
      try {
        part(el, 'copy')!.click();
        await waitUntil(() => partText(el, 'status') === 'Скопировано');
      } finally {
        clipboard.restore();
      }
      await expect(el).to.be.accessible();
    });
  });

  describe('provider', () => {
    it('shows publisher data: a newer quote, with a linked source', async () => {
      const provider = await fixture<CstProvider>(
        html`<cst-provider><cst-quote speaker="Kassym-Zhomart Tokayev"></cst-quote></cst-provider>`,
      );
      const el = provider.querySelector('cst-quote')!;
      expect(quoteText(el)).to.equal(FIRST_USE.text);
      provider.data = publisherData;
      await waitUntil(() => quoteText(el) === 'A publisher-supplied line for the test.');
      expect(el.shadowRoot!.querySelector('blockquote')!.getAttribute('cite')).to.equal(
        'https://news.example/transcript',
      );
      const link = part(el, 'source')!.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('https://news.example/transcript');
      expect(link.textContent).to.equal('Interview transcript');
      expect(partText(el, 'event')).to.equal('Press conference, Astana');
      expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2024-03-01');
      // Not marked as a translation.
      expect(part(el, 'note')).to.equal(null);
    });

    it('reaches a quote that was upgraded before the provider was defined', async () => {
      const tag = `late-provider-${Math.random().toString(36).slice(2)}`;
      const host = await fixture(html`<div></div>`);
      let el!: CstQuote;
      await captureWarnings(async () => {
        host.innerHTML = `<${tag} src="/__fixtures__/publisher?file=publisher.json"><cst-quote quote="publisher-sample"><p>Loading the quote</p></cst-quote></${tag}>`;
        el = host.querySelector('cst-quote')!;
        await el.updateComplete;
        // Not in the bundled data: the fallback shows until the provider brings it.
        expect(el.shadowRoot!.querySelector('slot')).to.exist;
        customElements.define(tag, class extends CstProvider {});
        await waitUntil(
          () => quoteText(el) === 'A sample line that only exists in a publisher file.',
          'late provider answers',
        );
      });
      expect(partText(el, 'speaker')).to.equal('Stanislav Zas');
      expect(part(el, 'source')!.querySelector('a')!.getAttribute('href')).to.equal(
        'https://news.example/research',
      );
    });

    it('keeps rendering when the provider has a malformed as-of', async () => {
      let el!: CstQuote;
      const warnings = await captureWarnings(async () => {
        const provider = await fixture(
          html`<cst-provider as-of="16/05/2022"
            ><cst-quote quote="zas-2020-medical-unit"></cst-quote
          ></cst-provider>`,
        );
        el = provider.querySelector('cst-quote')!;
        await el.updateComplete;
      });
      expect(warnings.join('\n')).to.contain('as-of="16/05/2022"');
      expect(quoteText(el)).to.equal(byId('zas-2020-medical-unit').text);
    });
  });

  describe('copy button', () => {
    const tokayevLine =
      `${FIRST_USE.text} — Kassym-Jomart Tokayev, President of Kazakhstan, ` +
      'Anniversary session of the Collective Security Council, Moscow, May 16, 2022, ' +
      'Stability and Security Mechanism';

    it('is a real, named, focusable button', async () => {
      const el = await render(html`<cst-quote quote="tokayev-2022-first-use"></cst-quote>`);
      const button = part(el, 'copy') as HTMLButtonElement;
      expect(button.localName).to.equal('button');
      expect(button.type).to.equal('button');
      expect(button.textContent!.trim()).to.equal('Copy quote');
      button.focus();
      expect(el.shadowRoot!.activeElement).to.equal(button);
      const status = part(el, 'status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.getAttribute('aria-live')).to.equal('polite');
      expect(status.textContent!.trim()).to.equal('');
    });

    it('copies "text — speaker, title, event, date, source" and fires cst-copy', async () => {
      const el = await render(html`<cst-quote quote="tokayev-2022-first-use"></cst-quote>`);
      const clipboard = stubClipboard(async () => {});
      try {
        const copied = oneEvent(el, 'cst-copy') as Promise<CstCopyEvent>;
        part(el, 'copy')!.click();
        const event = await copied;
        expect(clipboard.written).to.deep.equal([tokayevLine]);
        expect(event.detail).to.deep.equal({ text: tokayevLine });
        expect(event.bubbles && event.composed).to.equal(true);
        await el.updateComplete;
        expect(partText(el, 'status')).to.equal('Copied');
      } finally {
        clipboard.restore();
      }
    });

    it('copies in the UI language, with the source address in parentheses', async () => {
      let el!: CstQuote;
      // The id exists only in the publisher data, which arrives after the first render.
      await captureWarnings(async () => {
        const provider = await fixture<CstProvider>(
          html`<cst-provider .data=${publisherData}
            ><cst-quote lang="ru" quote="tokayev-2024-sample"></cst-quote
          ></cst-provider>`,
        );
        el = provider.querySelector('cst-quote')!;
        await waitUntil(() => quoteText(el) === 'A publisher-supplied line for the test.');
      });
      const clipboard = stubClipboard(async () => {});
      try {
        const copied = oneEvent(el, 'cst-copy') as Promise<CstCopyEvent>;
        part(el, 'copy')!.click();
        await copied;
        expect(clipboard.written).to.deep.equal([
          'A publisher-supplied line for the test. — Касым-Жомарт Токаев, Президент Казахстана, ' +
            'Пресс-конференция, Астана, 1 марта 2024 г., ' +
            'Interview transcript (https://news.example/transcript)',
        ]);
        await el.updateComplete;
        expect(partText(el, 'status')).to.equal('Скопировано');
      } finally {
        clipboard.restore();
      }
    });

    it('copies an author quote without a title', async () => {
      const el = await render(html`<cst-quote quote="statement-2022-test-of-time"></cst-quote>`);
      const clipboard = stubClipboard(async () => {});
      try {
        const copied = oneEvent(el, 'cst-copy') as Promise<CstCopyEvent>;
        part(el, 'copy')!.click();
        expect((await copied).detail.text).to.equal(
          `${STATEMENT.text} — Collective Security Council, ` +
            'Anniversary session of the Collective Security Council, Moscow, May 16, 2022, ' +
            'Commonwealth against NATO: 30 years ago, after the collapse of the USSR, the CSTO was created',
        );
      } finally {
        clipboard.restore();
      }
    });

    it('announces a failure, without throwing or firing cst-copy, when writing is refused', async () => {
      const el = await render(html`<cst-quote quote="tokayev-2022-first-use"></cst-quote>`);
      const clipboard = stubClipboard(() => Promise.reject(new DOMException('denied')));
      const fired: Event[] = [];
      el.addEventListener('cst-copy', (e) => fired.push(e));
      try {
        part(el, 'copy')!.click();
        await waitUntil(() => partText(el, 'status') !== '');
        expect(clipboard.written).to.deep.equal([tokayevLine]);
        expect(partText(el, 'status')).to.equal(
          'Could not copy. Select the text and copy it yourself.',
        );
        expect(fired).to.have.length(0);
      } finally {
        clipboard.restore();
      }
    });

    it('announces a failure when there is no clipboard API, and recovers', async () => {
      const el = await render(
        html`<cst-quote lang="ru" quote="tokayev-2022-first-use"></cst-quote>`,
      );
      let clipboard = stubClipboard();
      try {
        part(el, 'copy')!.click();
        await waitUntil(() => partText(el, 'status') !== '');
        expect(partText(el, 'status')).to.equal(
          'Не удалось скопировать. Выделите текст и скопируйте его вручную.',
        );
      } finally {
        clipboard.restore();
      }
      clipboard = stubClipboard(async () => {});
      try {
        const copied = oneEvent(el, 'cst-copy');
        part(el, 'copy')!.click();
        await copied;
        await el.updateComplete;
        expect(partText(el, 'status')).to.equal('Скопировано');
      } finally {
        clipboard.restore();
      }
    });

    it('clears the status when another quote is shown', async () => {
      const el = await render(html`<cst-quote quote="tokayev-2022-first-use"></cst-quote>`);
      const clipboard = stubClipboard(async () => {});
      try {
        const copied = oneEvent(el, 'cst-copy');
        part(el, 'copy')!.click();
        await copied;
        await el.updateComplete;
        expect(partText(el, 'status')).to.equal('Copied');
        el.quote = 'zas-2020-medical-unit';
        await el.updateComplete;
        expect(partText(el, 'status')).to.equal('');
      } finally {
        clipboard.restore();
      }
    });
  });

  describe('rendering failure', () => {
    class BrokenQuote extends CstQuote {
      protected override renderView(): TemplateResult {
        throw new Error('boom');
      }
    }
    customElements.define('broken-quote', BrokenQuote);

    it('shows the fallback and reports render-failed', async () => {
      const outcome = await renderBadInput(
        html`<broken-quote quote="tokayev-2022-first-use"
          ><blockquote>Fallback words</blockquote></broken-quote
        >`,
      );
      expectReported(outcome, { tag: 'broken-quote', attribute: 'render', code: 'render-failed' });
      expect(outcome.warnings[0]).to.contain('boom');
      const slot = outcome.el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Fallback words');
    });
  });

  describe('bad input', () => {
    const speakers = 'Alexander Lukashenko, Kassym-Jomart Tokayev, Stanislav Zas, Vladimir Putin';

    it('missing: names the attributes, speakers and topics; shows the fallback', async () => {
      const outcome = await renderBadInput(html`<cst-quote><p>Quote unavailable.</p></cst-quote>`);
      expectReported(outcome, {
        tag: 'cst-quote',
        attribute: 'quote, speaker or topic',
        code: 'missing-attribute',
        includes: [speakers, 'peacekeeping'],
      });
      const slot = outcome.el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Quote unavailable.');
      expect(outcome.el.shadowRoot!.querySelector('figure')).to.equal(null);
    });

    it('missing without fallback: a neutral notice', async () => {
      const outcome = await renderBadInput(html`<cst-quote></cst-quote>`);
      expect(outcome.errors[0]!.detail.code).to.equal('missing-attribute');
      expect(shadowText(outcome.el)).to.equal('This content is not available.');
    });

    it('missing, in Russian: the notice is Russian', async () => {
      const outcome = await renderBadInput(html`<cst-quote lang="ru"></cst-quote>`);
      expect(shadowText(outcome.el)).to.equal('Этот материал недоступен.');
    });

    it('empty quote', async () => {
      const outcome = await renderBadInput(html`<cst-quote quote=""></cst-quote>`);
      expectReported(outcome, {
        tag: 'cst-quote',
        attribute: 'quote=""',
        code: 'invalid-value',
        includes: ['is empty', 'tokayev-2022-first-use'],
      });
    });

    it('empty speaker', async () => {
      const outcome = await renderBadInput(html`<cst-quote speaker="  "></cst-quote>`);
      expectReported(outcome, {
        tag: 'cst-quote',
        attribute: 'speaker="  "',
        code: 'invalid-value',
        includes: ['is empty', speakers],
      });
    });

    it('empty topic', async () => {
      const outcome = await renderBadInput(html`<cst-quote topic=""></cst-quote>`);
      expectReported(outcome, {
        tag: 'cst-quote',
        attribute: 'topic=""',
        code: 'invalid-value',
        includes: ['is empty', 'afghanistan, borders'],
      });
    });

    it('an empty attribute is ignored when another one selects', async () => {
      const el = await render(html`<cst-quote quote="" speaker="zas" topic=""></cst-quote>`);
      expect(quoteText(el)).to.equal(byId('zas-2022-peacekeeping-contingent').text);
    });

    it('unknown quote id: lists ids, suggests the closest', async () => {
      const outcome = await renderBadInput(
        html`<cst-quote quote="tokayev-2022-first-us"><p>Fallback</p></cst-quote>`,
      );
      expectReported(outcome, {
        tag: 'cst-quote',
        attribute: 'quote',
        value: 'tokayev-2022-first-us',
        code: 'not-found',
        includes: [
          'valid values: tokayev-2022-first-use,',
          'Did you mean "tokayev-2022-first-use"?',
        ],
      });
      expect(outcome.el.shadowRoot!.querySelector('slot')).to.exist;
    });

    it('unknown speaker: lists speakers, suggests by any spelling', async () => {
      const outcome = await renderBadInput(html`<cst-quote speaker="Tokaiev"></cst-quote>`);
      expectReported(outcome, {
        tag: 'cst-quote',
        attribute: 'speaker',
        value: 'Tokaiev',
        code: 'not-found',
        includes: [`valid values: ${speakers}`, 'Did you mean "Kassym-Jomart Tokayev"?'],
      });
      const cyrillic = await renderBadInput(html`<cst-quote speaker="Лукашенка"></cst-quote>`);
      expect(cyrillic.warnings[0]).to.contain('Did you mean "Alexander Lukashenko"?');
    });

    it('a known person without quotes is named as such', async () => {
      const outcome = await renderBadInput(html`<cst-quote speaker="Pashinyan"></cst-quote>`);
      expectReported(outcome, {
        tag: 'cst-quote',
        attribute: 'speaker',
        value: 'Pashinyan',
        code: 'not-found',
        includes: ['Nikol Pashinyan has no quotes in the data.', speakers],
      });
    });

    it('unknown topic: lists topics, suggests the closest', async () => {
      const outcome = await renderBadInput(html`<cst-quote topic="peacekeping"></cst-quote>`);
      expectReported(outcome, {
        tag: 'cst-quote',
        attribute: 'topic',
        value: 'peacekeping',
        code: 'not-found',
        includes: ['afghanistan, borders, caucasus', 'Did you mean "peacekeeping"?'],
      });
    });

    it("a topic the speaker has no quote on: lists the speaker's topics", async () => {
      const outcome = await renderBadInput(
        html`<cst-quote speaker="putin" topic="nato"></cst-quote>`,
      );
      expectReported(outcome, {
        tag: 'cst-quote',
        attribute: 'topic',
        value: 'nato',
        code: 'not-found',
        includes: ['valid values: history, security, solidarity, un.', "Vladimir Putin's quotes"],
      });
    });

    it('unknown variant: suggests the closest and shows the fallback', async () => {
      const outcome = await renderBadInput(
        html`<cst-quote variant="pul" quote="zas-2020-medical-unit"><p>Fallback</p></cst-quote>`,
      );
      expectReported(outcome, {
        tag: 'cst-quote',
        attribute: 'variant',
        value: 'pul',
        code: 'invalid-value',
        includes: ['card, pull, inline', 'Did you mean "pull"?'],
      });
      expect(outcome.el.shadowRoot!.querySelector('figure')).to.equal(null);
    });

    it('unknown theme: warns and still renders', async () => {
      const outcome = await renderBadInput(
        html`<cst-quote theme="drak" quote="zas-2020-medical-unit"></cst-quote>`,
      );
      expectReported(outcome, {
        tag: 'cst-quote',
        attribute: 'theme',
        value: 'drak',
        code: 'invalid-value',
        includes: ['"dark"'],
      });
      expect(quoteText(outcome.el)).to.equal(byId('zas-2020-medical-unit').text);
    });

    it('a date-like value is just an unknown id (the element takes no date)', async () => {
      const outcome = await renderBadInput(html`<cst-quote quote="2022-13-45"></cst-quote>`);
      expectReported(outcome, {
        tag: 'cst-quote',
        attribute: 'quote',
        value: '2022-13-45',
        code: 'not-found',
      });
    });

    for (const attribute of ['quote', 'speaker', 'topic', 'variant'] as const) {
      it(`markup in ${attribute} is shown as text only, never run`, async () => {
        const hostile = '<img src=x onerror="window.__cstPwned = true">';
        const el = document.createElement('cst-quote');
        if (attribute === 'variant') el.setAttribute('quote', 'zas-2020-medical-unit');
        el.setAttribute(attribute, hostile);
        const outcome = await renderBadInput(html`<div>${el}</div>`);
        outcome.el = el;
        expect(outcome.warnings).to.have.length(1);
        expect(outcome.warnings[0]).to.contain(`<cst-quote> ${attribute}="${hostile}"`);
        expect(outcome.errors[0]!.detail.message).to.equal(outcome.warnings[0]);
        expect(el.shadowRoot!.querySelector('img')).to.equal(null);
        expect(shadowText(el)).to.equal('This content is not available.');
        await new Promise((r) => setTimeout(r, 0));
        expect((window as unknown as { __cstPwned?: boolean }).__cstPwned).to.equal(undefined);
      });
    }

    it('recovers when a bad attribute is fixed', async () => {
      const outcome = await renderBadInput(html`<cst-quote quote="nope"></cst-quote>`);
      const el = outcome.el as CstQuote;
      el.quote = 'zas-2020-medical-unit';
      await el.updateComplete;
      expect(quoteText(el)).to.equal(byId('zas-2020-medical-unit').text);
    });
  });
});
