import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/provider.js';
import '../src/define/treaty-article.js';
import { documents } from '../src/data/bundled/documents.js';
import { sources } from '../src/data/bundled/sources.js';
import type { DocumentRecord, TextBlock } from '../src/data/types.js';
import { CstProvider } from '../src/elements/provider/provider.js';
import { CstTreatyArticle } from '../src/elements/treaty-article/treaty-article.js';
import { formatDate } from '../src/internal/format.js';
import { formatList } from '../src/internal/format.js';
import { expectReported, renderBadInput, shadowText } from './helpers/element.js';
import { captureWarnings } from './helpers/events.js';

const TAG = 'cst-treaty-article';
const MARKUP = '<img src=x onerror=alert(1)>';
const treaty = documents.find((d) => d.id === 'treaty')!;
const charter = documents.find((d) => d.id === 'charter')!;

/** The blocks of an article in the bundled data. */
function blocksOf(document: DocumentRecord, number: number): TextBlock[] {
  return document.articles!.find((a) => a.number === number)!.blocks;
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What a reader sees of each passage: its kind, labels, language, words and citation. */
function passages(el: Element) {
  return $$(el, '[part~="passage"]').map((p) => ({
    kind: p.matches('[part~="verbatim"]') ? 'verbatim' : 'summary',
    labels: [...p.querySelectorAll('[part="label"]')].map(text),
    lang: (p.querySelector('blockquote') ?? p.querySelector('.text'))!.getAttribute('lang'),
    text: text(p.querySelector('blockquote') ?? p.querySelector('.text')),
    source: text(p.querySelector('[part="source"]')),
    link: p.querySelector<HTMLAnchorElement>('[part="source"] a'),
  }));
}

async function render(markup: ReturnType<typeof html>): Promise<CstTreatyArticle> {
  const el = await fixture<CstTreatyArticle>(markup);
  await el.updateComplete;
  return el;
}

describe('<cst-treaty-article>', () => {
  it('is a registered element that reads only the collections it shows', async () => {
    const el = await render(html`<cst-treaty-article article="1"></cst-treaty-article>`);
    expect(el).to.be.instanceOf(CstTreatyArticle);
    expect(customElements.get(TAG)).to.equal(CstTreatyArticle);
    const bundle = CstTreatyArticle.renderer.data.current();
    expect(Object.keys(bundle).sort()).to.deep.equal(['documents', 'meta', 'sources']);
  });

  describe('Article 4 of the Treaty', () => {
    let el: CstTreatyArticle;
    beforeEach(async () => {
      el = await render(html`<cst-treaty-article article="4"></cst-treaty-article>`);
    });

    it('shows the title, the document and its dates', () => {
      expect(text($(el, '[part="title"]'))).to.equal('Article 4');
      expect(text($(el, '[part="document"]'))).to.equal('Collective Security Treaty');
      const card = $(el, '[part="card"]')!;
      expect(card.localName).to.equal('article');
      expect(card.getAttribute('lang')).to.equal('en');
      expect(card.getAttribute('aria-labelledby')).to.equal('title document');
      const meta = $(el, '[part="meta"]')!;
      expect(meta.localName).to.equal('dl');
      expect([...meta.querySelectorAll('dt')].map(text)).to.deep.equal([
        'Signed',
        'In force since',
      ]);
      const signed = meta.querySelector('time[datetime="1992-05-15"]')!;
      expect(text(signed)).to.equal(formatDate('1992-05-15', 'en'));
      expect(text(signed)).to.contain('1992');
      expect(text(signed.closest('dd'))).to.contain('Tashkent');
      const inForce = meta.querySelector('time[datetime="1994-04-20"]')!;
      expect(text(inForce)).to.equal(formatDate('1994-04-20', 'en'));
    });

    it('quotes the English wording from seed 001, labelled as a translation and cited', () => {
      const [verbatim] = passages(el);
      const wording = blocksOf(treaty, 4).find((b) => b.kind === 'verbatim')!;
      expect(verbatim!.kind).to.equal('verbatim');
      expect(verbatim!.text).to.equal(wording.text);
      expect(verbatim!.text).to.match(/^If one of the States Parties is subjected to aggression/);
      expect(verbatim!.lang).to.equal('en');
      expect(verbatim!.labels).to.deep.equal(['English translation']);
      expect(verbatim!.labels).not.to.include('Summary');
      expect(verbatim!.source).to.equal('Source: Stability and Security Mechanism');
      // The seed has no address, so the citation is not a link.
      expect(verbatim!.link).to.equal(null);
      const figure = $(el, '[part~="verbatim"]')!;
      expect(figure.localName).to.equal('figure');
      expect(figure.querySelector('blockquote')).to.exist;
      expect(figure.querySelector('figcaption cite')).to.exist;
    });

    it('shows the summary of the article and of what the quoted wording leaves out', () => {
      const summaries = passages(el).filter((p) => p.kind === 'summary');
      expect(summaries).to.have.length(2);
      for (const s of summaries) {
        expect(s.labels).to.deep.equal(['Summary']);
        expect(s.lang).to.equal('en');
      }
      expect(summaries[0]!.text).to.match(/^Aggression against one party/);
      expect(summaries[1]!.text).to.contain(
        'It leaves out the closing provision that the UN Security Council be informed.',
      );
      expect(summaries[1]!.source).to.equal('Source: Stability and Security Mechanism');
      expect(text($(el, '[part="note"]'))).to.equal(
        'Summary in our own words, not the original text',
      );
    });

    it('notes the protocol that amended the article, with its dates', () => {
      const note = $(el, '[part="amendments"]')!;
      expect(text(note)).to.equal(
        `Amended by Protocol on Amendments to the Collective Security Treaty (signed ${formatDate('2010-12-10', 'en')}; in force since ${formatDate('2012-12-19', 'en')})`,
      );
      expect(note.querySelector('time[datetime="2010-12-10"]')).to.exist;
      expect(note.querySelector('time[datetime="2012-12-19"]')).to.exist;
      expect(note.querySelector('cite')).to.exist;
    });
  });

  describe('every article of the Treaty shows its summary, labelled as a summary', () => {
    for (let n = 1; n <= 11; n++) {
      it(`Article ${n}`, async () => {
        const el = await render(html`<cst-treaty-article article=${n}></cst-treaty-article>`);
        expect(text($(el, '[part="title"]'))).to.equal(`Article ${n}`);
        const expected = blocksOf(treaty, n).filter((b) => b.kind === 'summary' && b.lang === 'en');
        const shown = passages(el).filter((p) => p.kind === 'summary');
        expect(shown.map((p) => p.text)).to.deep.equal(expected.map((b) => b.text));
        for (const passage of shown) {
          expect(passage.labels[0]).to.equal('Summary');
          expect(passage.lang).to.equal('en');
          expect(passage.source).to.match(/^Source: \S/);
        }
        expect(text($(el, '[part="note"]'))).to.contain('not the original text');
      });
    }
  });

  it('labels an unverified summary as unverified (Article 10)', async () => {
    const el = await render(html`<cst-treaty-article article="10"></cst-treaty-article>`);
    const [summary] = passages(el);
    expect(summary!.labels).to.deep.equal(['Summary', 'Unverified']);
    expect($(el, '[part~="summary"]')!.classList.contains('unverified')).to.equal(true);
  });

  it('lists every amending protocol in date order (Article 11)', async () => {
    const el = await render(html`<cst-treaty-article article="11"></cst-treaty-article>`);
    const items = [...$(el, '[part="amendments"]')!.querySelectorAll('li')].map(text);
    expect(items).to.have.length(2);
    expect(items[0]).to.match(/^Protocol on the Extension of the Collective Security Treaty/);
    expect(items[1]).to.match(/^Protocol on Amendments to the Collective Security Treaty/);
  });

  it('has no amendment note where the article was never amended (Article 1)', async () => {
    const el = await render(html`<cst-treaty-article article="1"></cst-treaty-article>`);
    expect($(el, '[part="amendments"]')).to.equal(null);
  });

  it('links the citation when the source has a web address', async () => {
    const el = await render(html`<cst-treaty-article article="2"></cst-treaty-article>`);
    const [summary] = passages(el);
    const source = sources.find((s) => s.id === 'zakonpravo-2010-protocol')!;
    expect(summary!.link!.getAttribute('href')).to.equal(source.url);
    expect(text(summary!.link)).to.equal(source.title);
    // An English source in an English article needs no mark; in a Russian one it has it.
    expect(summary!.link!.closest('cite')!.hasAttribute('lang')).to.equal(false);
    const ru = await render(html`<cst-treaty-article article="2" lang="ru"></cst-treaty-article>`);
    expect(passages(ru)[0]!.link!.closest('cite')!.getAttribute('lang')).to.equal('en');
  });

  it('gives the quoted wording a cite address when its source has one', async () => {
    const data = {
      documents: [
        {
          ...treaty,
          articles: treaty.articles!.map((a) =>
            a.number === 4
              ? {
                  ...a,
                  blocks: a.blocks.map((b) =>
                    b.kind === 'verbatim' ? { ...b, source: 'kremlin-events-12507' } : b,
                  ),
                }
              : a,
          ),
        },
      ],
    };
    const provider = await fixture<CstProvider>(
      html`<cst-provider .data=${data}
        ><cst-treaty-article article="4"></cst-treaty-article
      ></cst-provider>`,
    );
    const el = provider.querySelector(TAG)!;
    const url = sources.find((s) => s.id === 'kremlin-events-12507')!.url!;
    await waitUntil(() => $(el, 'blockquote')?.getAttribute('cite') === url, 'cite address');
    expect(passages(el)[0]!.link!.href).to.equal(url);
  });

  describe('the Charter', () => {
    it('shows Article 3 with its dates and both summaries', async () => {
      const el = await render(
        html`<cst-treaty-article document="charter" article="3"></cst-treaty-article>`,
      );
      expect(text($(el, '[part="title"]'))).to.equal('Article 3');
      expect(text($(el, '[part="document"]'))).to.equal(
        'Charter of the Collective Security Treaty Organization',
      );
      const meta = $(el, '[part="meta"]')!;
      expect(text(meta)).to.contain('Chișinău');
      expect(meta.querySelector('time[datetime="2002-10-07"]')).to.exist;
      expect(meta.querySelector('time[datetime="2003-09-18"]')).to.exist;
      const shown = passages(el);
      const expected = blocksOf(charter, 3).filter((b) => b.lang === 'en');
      expect(shown.map((p) => p.text)).to.deep.equal(expected.map((b) => b.text));
      expect(shown.every((p) => p.labels[0] === 'Summary')).to.equal(true);
      expect($(el, '[part="amendments"]')).to.equal(null);
    });

    it('does not present the 2018 protocol as amending Article 21, which no source says', async () => {
      const el = await render(
        html`<cst-treaty-article document="charter" article="21"></cst-treaty-article>`,
      );
      expect($(el, '[part="amendments"]')).to.equal(null);
      const [article, protocol] = passages(el);
      expect(article!.labels).to.deep.equal(['Summary']);
      expect(protocol!.labels).to.deep.equal(['Summary', 'Unverified']);
      expect(protocol!.text).to.contain('the sources do not say which articles it amended');
    });

    it('accepts the document name in any case and with spaces', async () => {
      const el = await render(
        html`<cst-treaty-article document=" Charter " article="1"></cst-treaty-article>`,
      );
      expect(text($(el, '[part="document"]'))).to.match(/^Charter/);
    });
  });

  it('re-renders when document, article (string or number) or lang change', async () => {
    const el = await render(html`<cst-treaty-article article="4"></cst-treaty-article>`);
    el.article = 7;
    await el.updateComplete;
    expect(text($(el, '[part="title"]'))).to.equal('Article 7');
    el.document = 'charter';
    el.article = '19';
    await el.updateComplete;
    expect(text($(el, '[part="document"]'))).to.match(/^Charter/);
    expect(passages(el)[0]!.text).to.equal(blocksOf(charter, 19)[0]!.text);
    el.lang = 'ru';
    await waitUntil(() => text($(el, '[part="title"]')) === 'Статья 19', 'lang change re-renders');
  });

  describe('in Russian', () => {
    it('uses Russian UI strings, names and dates, and marks English passages', async () => {
      const el = await render(
        html`<cst-treaty-article lang="ru" article="4"></cst-treaty-article>`,
      );
      expect($(el, '[part="card"]')!.getAttribute('lang')).to.equal('ru');
      expect(text($(el, '[part="title"]'))).to.equal('Статья 4');
      expect(text($(el, '[part="document"]'))).to.equal('Договор о коллективной безопасности');
      const meta = $(el, '[part="meta"]')!;
      expect([...meta.querySelectorAll('dt')].map(text)).to.deep.equal([
        'Подписание',
        'Действует с',
      ]);
      expect(text(meta)).to.contain('Ташкент');
      expect(text(meta.querySelector('time[datetime="1992-05-15"]'))).to.equal(
        formatDate('1992-05-15', 'ru'),
      );
      expect(text(meta.querySelector('time[datetime="1992-05-15"]'))).to.contain('мая 1992');

      const [verbatim, ...summaries] = passages(el);
      expect(verbatim!.kind).to.equal('verbatim');
      expect(verbatim!.lang).to.equal('en');
      expect(verbatim!.labels).to.deep.equal(['Перевод на английский']);
      expect(verbatim!.source).to.equal('Источник: Stability and Security Mechanism');
      expect($(el, 'figcaption cite')!.getAttribute('lang')).to.equal('en');

      const ru = blocksOf(treaty, 4).filter((b) => b.kind === 'summary' && b.lang === 'ru');
      // The Russian text keeps no-break spaces (2022 г.); what is read collapses every space.
      expect(summaries.map((s) => s.text)).to.deep.equal(
        ru.map((b) => b.text.replace(/\s+/g, ' ')),
      );
      for (const s of summaries) {
        expect(s.labels).to.deep.equal(['Краткое изложение']);
        expect(s.lang).to.equal('ru');
      }
      expect(text($(el, '[part="note"]'))).to.equal(
        'Изложение своими словами, а не текст документа',
      );
      const amendments = text($(el, '[part="amendments"]'));
      expect(amendments).to.match(/^Изменения внесены Протокол о внесении изменений/);
      expect(amendments).to.contain('подписание — 10 декабря 2010');
    });

    it('takes Russian from an ancestor and from a provider', async () => {
      const wrap = await fixture(
        html`<div lang="ru-RU"><cst-treaty-article article="1"></cst-treaty-article></div>`,
      );
      const inner = wrap.firstElementChild!;
      await (inner as CstTreatyArticle).updateComplete;
      expect(text($(inner, '[part="title"]'))).to.equal('Статья 1');
      const provider = await fixture(
        html`<cst-provider lang="ru"
          ><cst-treaty-article article="2"></cst-treaty-article
        ></cst-provider>`,
      );
      const provided = provider.firstElementChild!;
      await waitUntil(() => text($(provided, '[part="title"]')) === 'Статья 2');
      expect(passages(provided)[0]!.labels).to.deep.equal(['Краткое изложение']);
    });

    it('falls back to the English summary, marked as English, when there is no Russian one', async () => {
      const data = {
        documents: [
          {
            ...treaty,
            articles: [
              {
                number: 1,
                blocks: [
                  {
                    kind: 'summary' as const,
                    lang: 'en' as const,
                    text: 'Only an English summary.',
                    source: 'seed-001',
                  },
                ],
              },
            ],
          },
        ],
      };
      const provider = await fixture(
        html`<cst-provider lang="ru" .data=${data}
          ><cst-treaty-article article="1"></cst-treaty-article
        ></cst-provider>`,
      );
      const el = provider.firstElementChild!;
      await waitUntil(() => passages(el)[0]?.text === 'Only an English summary.');
      expect(passages(el)[0]!.lang).to.equal('en');
      expect(passages(el)[0]!.labels).to.deep.equal(['Краткое изложение']);
    });
  });

  it('shows publisher data from a provider', async () => {
    const data = {
      documents: [
        {
          ...treaty,
          articles: treaty.articles!.map((a) =>
            a.number === 4
              ? {
                  ...a,
                  amendedBy: [],
                  blocks: [
                    {
                      kind: 'summary' as const,
                      lang: 'en' as const,
                      text: 'A summary from the publisher.',
                      source: 'seed-001',
                    },
                  ],
                }
              : a,
          ),
        },
      ],
    };
    const provider = await fixture(
      html`<cst-provider .data=${data}
        ><cst-treaty-article article="4"></cst-treaty-article
      ></cst-provider>`,
    );
    const el = provider.firstElementChild!;
    await waitUntil(() => passages(el)[0]?.text === 'A summary from the publisher.');
    expect(passages(el)).to.have.length(1);
    expect($(el, '[part="amendments"]')).to.equal(null);
  });

  it('says "entry into force" when the provider date is before it', async () => {
    const provider = await fixture(
      html`<cst-provider as-of="1993-01-01"
        ><cst-treaty-article article="4"></cst-treaty-article
      ></cst-provider>`,
    );
    const el = provider.firstElementChild!;
    await waitUntil(() => text($(el, '[part="meta"]')).includes('Entry into force'));
    expect(text($(el, '[part="amendments"]'))).to.contain('enters into force');
  });

  it('reaches a provider defined after it', async () => {
    const tag = `late-provider-${Math.random().toString(36).slice(2)}`;
    const host = await fixture(html`<div></div>`);
    host.innerHTML = `<${tag} as-of="1993-01-01"><cst-treaty-article article="4"></cst-treaty-article></${tag}>`;
    const el = host.querySelector(TAG)!;
    await waitUntil(() => text($(el, '[part="meta"]')).includes('In force since'));
    customElements.define(tag, class extends CstProvider {});
    await waitUntil(
      () => text($(el, '[part="meta"]')).includes('Entry into force'),
      'late provider answers',
    );
  });

  it('adapts between a narrow sidebar and a wide column', async () => {
    const wrap = await fixture(
      html`<div>
        <div style="width: 300px"><cst-treaty-article article="4"></cst-treaty-article></div>
        <div style="width: 1200px"><cst-treaty-article article="4"></cst-treaty-article></div>
      </div>`,
    );
    const [narrow, wide] = [...wrap.querySelectorAll(TAG)];
    await (wide as CstTreatyArticle).updateComplete;
    expect(getComputedStyle($(narrow!, '[part="meta"]')!).display).to.equal('grid');
    expect(getComputedStyle($(wide!, '[part="meta"]')!).display).to.equal('flex');
    expect(narrow!.getBoundingClientRect().height).to.be.greaterThan(
      wide!.getBoundingClientRect().height,
    );
  });

  describe('themes', () => {
    it('uses a dark palette with theme="dark"', async () => {
      const el = await render(
        html`<cst-treaty-article theme="dark" article="4"></cst-treaty-article>`,
      );
      const style = getComputedStyle(el);
      expect(style.colorScheme).to.equal('dark');
      expect(style.backgroundColor).to.equal('rgb(27, 27, 31)');
      expect(style.color).to.equal('rgb(236, 236, 241)');
    });

    it('is accessible in light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await render(
          html`<cst-treaty-article theme=${theme} article="4"></cst-treaty-article>`,
        );
        await expect(el).to.be.accessible();
      }
      const ru = await render(
        html`<cst-treaty-article theme="dark" lang="ru" article="2"></cst-treaty-article>`,
      );
      await expect(ru).to.be.accessible();
      const unverified = await render(
        html`<cst-treaty-article theme="light" article="10"></cst-treaty-article>`,
      );
      await expect(unverified).to.be.accessible();
    });

    it('is accessible when it shows its notice', async () => {
      const { el } = await renderBadInput(
        html`<cst-treaty-article theme="dark" article="12"></cst-treaty-article>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  it('shows its fallback when rendering fails', async () => {
    const name = `failing-treaty-article-${Math.random().toString(36).slice(2)}`;
    customElements.define(
      name,
      class extends CstTreatyArticle {
        protected override renderView(): never {
          throw new Error('boom');
        }
      },
    );
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const codes: string[] = [];
    host.addEventListener('cst-error', (e) => codes.push(e.detail.code));
    let el!: CstTreatyArticle;
    const warnings = await captureWarnings(async () => {
      host.innerHTML = `<${name} article="4"><p>Article 4: aggression against one is aggression against all.</p></${name}>`;
      el = host.firstElementChild as CstTreatyArticle;
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`<${name}> could not render (boom)`);
    expect(codes).to.deep.equal(['render-failed']);
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.contain('aggression against all');
  });

  describe('bad input', () => {
    const cases: {
      name: string;
      markup: ReturnType<typeof html>;
      attribute: string;
      value?: string;
      code: string;
      includes: string[];
    }[] = [
      {
        name: 'missing article',
        markup: html`<cst-treaty-article></cst-treaty-article>`,
        attribute: 'article',
        code: 'missing-attribute',
        includes: ['needs an article attribute', 'valid values: 1–11'],
      },
      {
        name: 'empty article',
        markup: html`<cst-treaty-article article=""></cst-treaty-article>`,
        attribute: 'article',
        value: 'article=""',
        code: 'invalid-value',
        includes: ['is empty', 'valid values: 1–11'],
      },
      {
        name: 'article in words',
        markup: html`<cst-treaty-article article="four"></cst-treaty-article>`,
        attribute: 'article',
        value: 'four',
        code: 'invalid-value',
        includes: ['is not an article number', 'valid values: 1–11'],
      },
      {
        name: 'fractional article',
        markup: html`<cst-treaty-article article="4.5"></cst-treaty-article>`,
        attribute: 'article',
        value: '4.5',
        code: 'invalid-value',
        includes: ['is not an article number', 'Did you mean "4"?'],
      },
      {
        name: 'negative article',
        markup: html`<cst-treaty-article article="-1"></cst-treaty-article>`,
        attribute: 'article',
        value: '-1',
        code: 'invalid-value',
        includes: ['is not an article number', 'Did you mean "1"?'],
      },
      {
        name: 'article past the end of the Treaty',
        markup: html`<cst-treaty-article article="12"></cst-treaty-article>`,
        attribute: 'article',
        value: 'article="12"',
        code: 'not-found',
        includes: [
          'is out of range',
          'valid values: 1–11, the articles of the Collective Security Treaty',
          'Did you mean "11"?',
        ],
      },
      {
        name: 'article zero',
        markup: html`<cst-treaty-article article="0"></cst-treaty-article>`,
        attribute: 'article',
        value: 'article="0"',
        code: 'not-found',
        includes: ['valid values: 1–11', 'Did you mean "1"?'],
      },
      {
        name: 'Charter article the dataset does not hold',
        markup: html`<cst-treaty-article document="charter" article="4"></cst-treaty-article>`,
        attribute: 'article',
        value: 'article="4"',
        code: 'not-found',
        includes: [
          'is not in the dataset',
          'valid values: 1–3, 13, 19, 21, the articles of the Charter of the Collective Security Treaty Organization that the dataset holds',
          'Did you mean "3"?',
        ],
      },
      {
        name: 'unknown document',
        markup: html`<cst-treaty-article document="charte" article="3"></cst-treaty-article>`,
        attribute: 'document',
        value: 'charte',
        code: 'not-found',
        includes: ['valid values: treaty, charter', 'Did you mean "charter"?'],
      },
      {
        name: 'document that has no articles',
        markup: html`<cst-treaty-article
          document="statement-2022"
          article="1"
        ></cst-treaty-article>`,
        attribute: 'document',
        value: 'statement-2022',
        code: 'not-found',
        includes: ['valid values: treaty, charter'],
      },
      {
        name: 'empty document',
        markup: html`<cst-treaty-article document="" article="3"></cst-treaty-article>`,
        attribute: 'document',
        value: 'document=""',
        code: 'invalid-value',
        includes: ['is empty', 'valid values: treaty, charter'],
      },
      {
        name: 'markup in article',
        markup: html`<cst-treaty-article article=${MARKUP}></cst-treaty-article>`,
        attribute: 'article',
        value: MARKUP,
        code: 'invalid-value',
        includes: ['valid values: 1–11'],
      },
      {
        name: 'markup in document',
        markup: html`<cst-treaty-article document=${MARKUP} article="4"></cst-treaty-article>`,
        attribute: 'document',
        value: MARKUP,
        code: 'invalid-value',
        includes: ['valid values: treaty, charter'],
      },
    ];
    for (const c of cases) {
      it(`${c.name}: warns once, reports cst-error and shows a notice`, async () => {
        const outcome = await renderBadInput(c.markup);
        expectReported(outcome, {
          tag: TAG,
          attribute: c.attribute,
          ...(c.value !== undefined && { value: c.value }),
          code: c.code,
          includes: c.includes,
        });
        const { el } = outcome;
        expect($(el, '[part="card"]')).to.equal(null);
        expect($(el, 'img')).to.equal(null);
        expect($(el, '[part="fallback"] [role="note"]')).to.exist;
      });
    }

    it('explains the range of the Treaty in the notice (article="12")', async () => {
      const { el } = await renderBadInput(
        html`<cst-treaty-article article="12"></cst-treaty-article>`,
      );
      expect(text($(el, '[role="note"]'))).to.equal(
        'There is no Article 12 here. The Collective Security Treaty has articles 1–11.',
      );
    });

    it('lists the Charter articles it holds in the notice, in Russian too', async () => {
      const { el } = await renderBadInput(
        html`<cst-treaty-article document="charter" article="4"></cst-treaty-article>`,
      );
      expect(text($(el, '[role="note"]'))).to.equal(
        `There is no Article 4 here. Articles ${formatList(['1–3', '13', '19', '21'], 'en')} of the Charter of the Collective Security Treaty Organization are available here.`,
      );
      const ru = await renderBadInput(
        html`<cst-treaty-article lang="ru" article="12"></cst-treaty-article>`,
      );
      expect(text($(ru.el, '[role="note"]'))).to.equal(
        'Статьи 12 здесь нет. Документ «Договор о коллективной безопасности» содержит статьи 1–11.',
      );
    });

    it('shows a neutral notice for other problems', async () => {
      const { el } = await renderBadInput(
        html`<cst-treaty-article article="four"></cst-treaty-article>`,
      );
      expect(text($(el, '[role="note"]'))).to.equal('This content is not available.');
    });

    it('shows the publisher fallback instead of a notice', async () => {
      const outcome = await renderBadInput(
        html`<cst-treaty-article article="12"
          ><p>Article 12 does not exist.</p></cst-treaty-article
        >`,
      );
      expect(outcome.warnings).to.have.length(1);
      const slot = outcome.el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Article 12 does not exist.');
      expect($(outcome.el, '[role="note"]')).to.equal(null);
    });

    it('warns about an unknown theme and still renders', async () => {
      const outcome = await renderBadInput(
        html`<cst-treaty-article theme="drak" article="4"></cst-treaty-article>`,
      );
      expectReported(outcome, {
        tag: TAG,
        attribute: 'theme',
        value: 'drak',
        code: 'invalid-value',
        includes: ['Did you mean "dark"?'],
      });
      expect(text($(outcome.el, '[part="title"]'))).to.equal('Article 4');
    });

    it('recovers when the attribute is fixed', async () => {
      const { el } = await renderBadInput(
        html`<cst-treaty-article article="12"></cst-treaty-article>`,
      );
      (el as CstTreatyArticle).article = '11';
      await (el as CstTreatyArticle).updateComplete;
      expect(text($(el, '[part="title"]'))).to.equal('Article 11');
      expect(shadowText(el)).not.to.contain('There is no Article');
    });
  });
});
