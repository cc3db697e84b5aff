import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/provider.js';
import '../src/define/summit-card.js';
import { sessions } from '../src/data/bundled/sessions.js';
import type { SessionRecord } from '../src/data/types.js';
import { CstProvider } from '../src/elements/provider/provider.js';
import { CstSummitCard } from '../src/elements/summit-card/summit-card.js';
import type { CstErrorEvent } from '../src/events.js';
import { expectReported, renderBadInput, shadowText } from './helpers/element.js';
import { captureWarnings } from './helpers/events.js';

const TAG = 'cst-summit-card';

/** The first shadow element with a part. */
function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** Visible text of every shadow element matching a selector, whitespace collapsed. */
function texts(el: Element, selector: string): string[] {
  return Array.from(el.shadowRoot!.querySelectorAll(selector), (n) =>
    (n.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

/** Text of a part, whitespace collapsed ('' when the part is absent). */
function partText(el: Element, name: string): string {
  return (part(el, name)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** `label → value` of the facts list. */
function facts(el: Element): Record<string, string> {
  const rows = el.shadowRoot!.querySelectorAll('[part~="facts"] > div');
  return Object.fromEntries(
    Array.from(rows, (row) => [
      (row.querySelector('dt')!.textContent ?? '').trim(),
      (row.querySelector('dd')!.textContent ?? '').replace(/\s+/g, ' ').trim(),
    ]),
  );
}

/** A list's accessible name given through aria-labelledby. */
function listName(list: Element): string {
  const id = list.getAttribute('aria-labelledby')!;
  return (list.getRootNode() as ShadowRoot)
    .getElementById(id)!
    .textContent!.replace(/\s+/g, ' ')
    .trim();
}

/** The list inside a block part, checked to be a real list of list items. */
function listIn(el: Element, name: string): HTMLUListElement {
  const list = part(el, name)!.querySelector('ul')!;
  expect(list, `${name} list`).to.exist;
  expect(list.getAttribute('role') ?? 'list').to.equal('list');
  for (const child of Array.from(list.children)) expect(child.localName).to.equal('li');
  return list;
}

function session(id: string): SessionRecord {
  return structuredClone(sessions.find((s) => s.id === id)!);
}

async function card(template: ReturnType<typeof html>): Promise<CstSummitCard> {
  const el = await fixture<CstSummitCard>(template);
  await el.updateComplete;
  return el;
}

/** A card inside a provider, once the provider's data or date has reached it. */
async function provided(
  template: ReturnType<typeof html>,
  ready: (el: CstSummitCard) => boolean,
): Promise<CstSummitCard> {
  const provider = await fixture<CstProvider>(template);
  const el = provider.querySelector(TAG)!;
  await waitUntil(() => ready(el), 'the provider reaches the card');
  return el;
}

const SIX_LEADERS = [
  'Nikol Pashinyan, Prime Minister of the Republic of Armenia',
  'Alexander Lukashenko, President of the Republic of Belarus',
  'Kassym-Jomart Tokayev, President of the Republic of Kazakhstan',
  'Sadyr Japarov, President of the Kyrgyz Republic',
  'Vladimir Putin, President of the Russian Federation',
  'Emomali Rahmon, President of the Republic of Tajikistan',
];

describe('<cst-summit-card>', () => {
  describe('the Moscow anniversary session', () => {
    for (const summit of ['2022-05-16', 'csc-2022-05-16']) {
      it(`summit="${summit}" shows the six leaders, the Statement and Secretary General Zas`, async () => {
        const el = await card(html`<cst-summit-card summit=${summit}></cst-summit-card>`);
        expect(partText(el, 'title')).to.equal(
          'Jubilee session of the CSTO Collective Security Council',
        );
        expect(part(el, 'status')).to.equal(null);
        // Who chaired this sitting is not established, so the card names no chair.
        expect(facts(el)).to.deep.equal({
          Date: 'May 16, 2022',
          Place: 'Kremlin, Moscow, Russia',
          Occasion: '30 years of the Collective Security Treaty and 20 years of the Organization',
        });
        const time = part(el, 'facts')!.querySelector('time')!;
        expect(time.getAttribute('datetime')).to.equal('2022-05-16');

        const attendees = listIn(el, 'attendees');
        expect(listName(attendees)).to.equal('Attendees');
        expect(texts(el, '[part~="attendees"] li')).to.deep.equal([
          ...SIX_LEADERS,
          'Stanislav Zas, CSTO Secretary General',
        ]);
        expect(attendees.querySelectorAll('li.head')).to.have.length(6);

        const documents = listIn(el, 'documents');
        expect(listName(documents)).to.equal('Documents adopted');
        expect(texts(el, '[part~="documents"] li')).to.deep.equal([
          'Statement of the Collective Security Council of the Collective Security Treaty Organization on the occasion of the 30th anniversary of the Collective Security Treaty and the 20th anniversary of the Collective Security Treaty Organization',
        ]);
        expect(part(el, 'handover')).to.equal(null);
        expect(part(el, 'caption')).to.equal(null);
        expect(part(el, 'next')).to.equal(null);
      });
    }

    it('is the same card by date and by id', async () => {
      const byDate = await card(html`<cst-summit-card summit="2022-05-16"></cst-summit-card>`);
      const byId = await card(html`<cst-summit-card summit="csc-2022-05-16"></cst-summit-card>`);
      expect(shadowText(byDate)).to.equal(shadowText(byId));
    });

    it('labels its notes visibly as a summary and lists its sources', async () => {
      const el = await card(html`<cst-summit-card summit="2022-05-16"></cst-summit-card>`);
      const notes = listIn(el, 'notes');
      expect(listName(notes)).to.equal('Summary');
      expect(part(el, 'notes')!.querySelector('[part~="label"]')!.checkVisibility()).to.equal(true);
      expect(texts(el, '[part~="notes"] li')[0]).to.equal(
        'All six heads signed a Statement on the two anniversaries.',
      );
      const sources = listIn(el, 'sources');
      expect(listName(sources)).to.equal('Sources');
      // Seed documents have no address: named as text, not linked.
      expect(sources.querySelectorAll('a')).to.have.length(0);
      expect(texts(el, '[part~="sources"] li')).to.have.length(3);
      expect(texts(el, '[part~="sources"] li')[2]).to.equal(
        'Russia and Allies Held Summit in Moscow, Vindobona, May 17, 2022',
      );
      const dates = Array.from(sources.querySelectorAll('time'), (t) => t.getAttribute('datetime'));
      expect(dates).to.deep.equal(['2022-05-16', '2022-05-17']);
    });
  });

  describe('the first session by videoconference (2020-12-02)', () => {
    it('says so, counts 15 documents and hands the chair to Tajikistan', async () => {
      const el = await card(html`<cst-summit-card summit="2020-12-02"></cst-summit-card>`);
      expect(partText(el, 'title')).to.equal(
        'Regular session of the CSTO Collective Security Council',
      );
      expect(facts(el)).to.deep.equal({
        Date: 'December 2, 2020',
        Format: 'Videoconference',
        Chair: 'Vladimir Putin (Russia)',
      });
      expect(texts(el, '[part~="notes"] li')[0]).to.contain(
        'This was the first session of the Council ever held by videoconference',
      );
      expect(partText(el, 'handover')).to.equal('Chairmanship passed from Russia to Tajikistan');
      const documents = listIn(el, 'documents');
      expect(listName(documents)).to.equal('15 documents adopted');
      expect(part(el, 'unverified')).to.equal(null);
      expect(documents.children).to.have.length(6);
      expect(texts(el, '[part~="attendees"] li')).to.include.members([
        'Talant Mamytov, Acting President of the Kyrgyz Republic',
        'Stanislav Zas, CSTO Secretary General',
      ]);
    });
  });

  describe('summit="latest"', () => {
    it('is the Bishkek session of 2025-11-27 at the dataset date, saying which date it holds for', async () => {
      const el = await card(html`<cst-summit-card summit="latest"></cst-summit-card>`);
      expect(part(el, 'facts')!.querySelector('time')!.getAttribute('datetime')).to.equal(
        '2025-11-27',
      );
      expect(facts(el)).to.deep.equal({
        Date: 'November 27, 2025',
        Place: 'Bishkek, Kyrgyzstan',
        Chair: 'Sadyr Japarov (Kyrgyzstan)',
        'Did not take part': 'Armenia',
      });
      expect(partText(el, 'caption')).to.equal('Latest session held as of November 27, 2025');
      expect(part(el, 'caption')!.querySelector('time')!.getAttribute('datetime')).to.equal(
        '2025-11-27',
      );
      expect(part(el, 'status')).to.equal(null);
      // On the data's date the handover was still to come.
      expect(partText(el, 'handover')).to.equal(
        'Chairmanship passes from Kyrgyzstan to Russia on January 1, 2026',
      );
      // The number of documents is disputed: shown, and marked unverified.
      expect(partText(el, 'documents')).to.equal('15 documents adopted Unverified');
      expect(partText(el, 'unverified')).to.equal('Unverified');
      // The announced session is named as planned, apart from the one shown as held.
      expect(partText(el, 'next')).to.equal('Next session planned for November 11, 2026');
      expect(part(el, 'next')!.querySelector('time')!.getAttribute('datetime')).to.equal(
        '2026-11-11',
      );
    });

    it('links its web sources with their titles as link text', async () => {
      const el = await card(html`<cst-summit-card summit="latest"></cst-summit-card>`);
      const links = Array.from(part(el, 'sources')!.querySelectorAll('a'));
      expect(links.map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
        ['24.kg: CSC session in Bishkek, November 2025', 'https://24.kg'],
        ['eccis.org: CSC session in Bishkek, November 2025', 'https://eccis.org'],
      ]);
    });

    it('never presents the planned 2026 session as held, even with as-of="2099-01-01"', async () => {
      const el = await provided(
        html`<cst-provider as-of="2099-01-01"
          ><cst-summit-card summit="latest"></cst-summit-card
        ></cst-provider>`,
        (el) => partText(el, 'caption').includes('2099'),
      );
      expect(partText(el, 'caption')).to.equal('Latest session held as of January 1, 2099');
      expect(facts(el).Date).to.equal('November 27, 2025');
      expect(facts(el).Place).to.equal('Bishkek, Kyrgyzstan');
      expect(part(el, 'status')).to.equal(null);
      expect(part(el, 'next')).to.equal(null);
      expect(shadowText(el)).not.to.contain('November 11, 2026');
      expect(shadowText(el)).not.to.contain('Planned');
    });

    it('follows the provider as-of back in time, without naming sessions announced later', async () => {
      const el = await provided(
        html`<cst-provider as-of="2022-06-01"
          ><cst-summit-card summit="latest"></cst-summit-card
        ></cst-provider>`,
        (el) => partText(el, 'caption').includes('2022'),
      );
      expect(facts(el).Date).to.equal('May 16, 2022');
      expect(partText(el, 'caption')).to.equal('Latest session held as of June 1, 2022');
      expect(part(el, 'next')).to.equal(null);
    });

    it('says when a handover was still to come at the as-of date', async () => {
      const el = await provided(
        html`<cst-provider as-of="2025-12-01"
          ><cst-summit-card summit="latest"></cst-summit-card
        ></cst-provider>`,
        (el) => partText(el, 'caption').includes('December 1, 2025'),
      );
      expect(partText(el, 'handover')).to.equal(
        'Chairmanship passes from Kyrgyzstan to Russia on January 1, 2026',
      );
    });

    it('accepts "latest" in any case and with spaces', async () => {
      const el = await card(html`<cst-summit-card summit=" Latest "></cst-summit-card>`);
      expect(facts(el).Date).to.equal('November 27, 2025');
    });
  });

  describe('a planned session', () => {
    for (const summit of ['2026-11-11', 'csc-2026-11-11']) {
      it(`summit="${summit}" is shown as planned, with nothing presented as having happened`, async () => {
        const el = await card(html`<cst-summit-card summit=${summit}></cst-summit-card>`);
        expect(partText(el, 'status')).to.equal('Planned');
        expect(facts(el)).to.deep.equal({
          'Scheduled for': 'November 11, 2026',
          Place: 'Moscow, Russia',
          Chair: 'Russia',
        });
        expect(part(el, 'facts')!.querySelector('time')!.getAttribute('datetime')).to.equal(
          '2026-11-11',
        );
        for (const name of ['attendees', 'documents', 'handover', 'counts', 'caption', 'next']) {
          expect(part(el, name), name).to.equal(null);
        }
        // Dated, and true on any later day: it never says the session has not happened.
        const note = texts(el, '[part~="notes"] li')[0]!;
        expect(note).to.contain('As of 27 November 2025');
        expect(note).to.contain('no later record');
        expect(note).not.to.match(/not yet|has not taken place/);
      });
    }

    it('stays planned in the compact variant, without counts', async () => {
      const el = await card(
        html`<cst-summit-card summit="2026-11-11" variant="compact"></cst-summit-card>`,
      );
      expect(partText(el, 'status')).to.equal('Planned');
      expect(facts(el)['Scheduled for']).to.equal('November 11, 2026');
      expect(part(el, 'counts')).to.equal(null);
    });
  });

  describe('variant', () => {
    it('full (default) and full look the same', async () => {
      const implicit = await card(html`<cst-summit-card summit="2020-12-02"></cst-summit-card>`);
      const explicit = await card(
        html`<cst-summit-card summit="2020-12-02" variant="full"></cst-summit-card>`,
      );
      expect(shadowText(implicit)).to.equal(shadowText(explicit));
      expect(part(explicit, 'card')!.classList.contains('full')).to.equal(true);
    });

    it('compact shows date, place, kind, chair, handover and one line of counts', async () => {
      const el = await card(
        html`<cst-summit-card summit="2020-12-02" variant="compact"></cst-summit-card>`,
      );
      expect(partText(el, 'title')).to.equal(
        'Regular session of the CSTO Collective Security Council',
      );
      expect(facts(el)).to.deep.equal({
        Date: 'December 2, 2020',
        Format: 'Videoconference',
        Chair: 'Vladimir Putin (Russia)',
      });
      expect(partText(el, 'handover')).to.equal('Chairmanship passed from Russia to Tajikistan');
      expect(partText(el, 'counts')).to.equal('8 attendees · 15 documents');
      for (const name of ['attendees', 'documents', 'notes', 'sources']) {
        expect(part(el, name), name).to.equal(null);
      }
    });

    it('compact leaves out the occasion and marks an unverified count', async () => {
      const moscow = await card(
        html`<cst-summit-card summit="2022-05-16" variant="compact"></cst-summit-card>`,
      );
      expect(facts(moscow)).to.deep.equal({
        Date: 'May 16, 2022',
        Place: 'Kremlin, Moscow, Russia',
      });
      expect(partText(moscow, 'counts')).to.equal('7 attendees · 1 document');
      const bishkek = await card(
        html`<cst-summit-card summit="2025-11-27" variant="COMPACT"></cst-summit-card>`,
      );
      expect(partText(bishkek, 'counts')).to.equal('15 documents Unverified');
    });

    it('switches when the attribute changes', async () => {
      const el = await card(html`<cst-summit-card summit="2022-05-16"></cst-summit-card>`);
      expect(part(el, 'attendees')).to.exist;
      el.setAttribute('variant', 'compact');
      await el.updateComplete;
      expect(part(el, 'attendees')).to.equal(null);
      expect(part(el, 'counts')).to.exist;
    });
  });

  it('follows a change of summit', async () => {
    const el = await card(html`<cst-summit-card summit="2022-05-16"></cst-summit-card>`);
    el.summit = '2020-12-02';
    await el.updateComplete;
    expect(facts(el).Date).to.equal('December 2, 2020');
  });

  it('shows a session without place or format (2022-09-13) without inventing one', async () => {
    const el = await card(html`<cst-summit-card summit="2022-09-13"></cst-summit-card>`);
    expect(facts(el)).to.deep.equal({ Date: 'September 13, 2022', Chair: 'Armenia' });
    expect(partText(el, 'title')).to.equal(
      'Extraordinary session of the CSTO Collective Security Council',
    );
  });

  it('shows consultations as the format (2022-01-06)', async () => {
    const el = await card(html`<cst-summit-card summit="2022-01-06"></cst-summit-card>`);
    expect(facts(el).Format).to.equal('Consultations');
  });

  describe('in Russian', () => {
    it('lang="ru" gives Russian strings, names, titles and dates', async () => {
      const el = await card(
        html`<cst-summit-card summit="2022-05-16" lang="ru"></cst-summit-card>`,
      );
      expect(partText(el, 'title')).to.equal(
        'Юбилейная сессия Совета коллективной безопасности ОДКБ',
      );
      expect(facts(el)).to.deep.equal({
        Дата: '16 мая 2022 г.',
        Место: 'Кремль, Москва, Россия',
        Повод: '30-летие Договора о коллективной безопасности и 20-летие Организации',
      });
      expect(listName(listIn(el, 'attendees'))).to.equal('Участники');
      expect(texts(el, '[part~="attendees"] li')).to.include.members([
        'Никол Пашинян, Премьер-министр Республики Армения',
        'Садыр Жапаров, Президент Кыргызской Республики',
        'Станислав Зась, Генеральный секретарь ОДКБ',
      ]);
      expect(listName(listIn(el, 'documents'))).to.equal('Принятые документы');
      expect(texts(el, '[part~="documents"] li')[0]).to.match(/^Заявление Совета/);
      expect(listName(listIn(el, 'notes'))).to.equal('Краткое изложение');
      expect(listName(listIn(el, 'sources'))).to.equal('Источники');
    });

    it('marks English source titles with lang="en" inside a Russian card', async () => {
      const el = await card(html`<cst-summit-card summit="latest" lang="ru"></cst-summit-card>`);
      const link = part(el, 'sources')!.querySelector('a')!;
      expect(link.closest('cite')!.getAttribute('lang')).to.equal('en');
      const english = await card(html`<cst-summit-card summit="latest"></cst-summit-card>`);
      const cite = part(english, 'sources')!.querySelector('a')!.closest('cite')!;
      expect(cite.hasAttribute('lang')).to.equal(false);
    });

    it('counts and hands over in Russian', async () => {
      const el = await card(
        html`<cst-summit-card summit="2020-12-02" lang="ru"></cst-summit-card>`,
      );
      expect(facts(el).Формат).to.equal('Видеоконференция');
      expect(listName(listIn(el, 'documents'))).to.equal('Принято 15 документов');
      expect(partText(el, 'handover')).to.equal('Председательство перешло: Россия → Таджикистан');
      const compact = await card(
        html`<cst-summit-card summit="2020-12-02" variant="compact" lang="ru"></cst-summit-card>`,
      );
      expect(partText(compact, 'counts')).to.equal('8 участников · 15 документов');
      const latest = await card(
        html`<cst-summit-card summit="latest" lang="ru"></cst-summit-card>`,
      );
      expect(partText(latest, 'caption')).to.equal(
        'Последняя состоявшаяся сессия на 27 ноября 2025 г.',
      );
      expect(partText(latest, 'documents')).to.equal('Принято 15 документов Не проверено');
      expect(facts(latest)['Не участвовали']).to.equal('Армения');
      expect(partText(latest, 'next')).to.equal(
        'Следующая сессия запланирована на 11 ноября 2026 г.',
      );
    });

    it('shows a planned session as planned in Russian', async () => {
      const el = await card(
        html`<cst-summit-card summit="2026-11-11" lang="ru"></cst-summit-card>`,
      );
      expect(partText(el, 'status')).to.equal('Запланирована');
      expect(facts(el)['Запланирована на']).to.equal('11 ноября 2026 г.');
    });

    it('takes the language from an ancestor or the provider, and follows changes', async () => {
      const wrap = await fixture(
        html`<div lang="ru"><cst-summit-card summit="2022-05-16"></cst-summit-card></div>`,
      );
      expect(facts(wrap.firstElementChild!).Дата).to.equal('16 мая 2022 г.');
      const el = await provided(
        html`<cst-provider lang="ru"
          ><cst-summit-card summit="2022-05-16"></cst-summit-card
        ></cst-provider>`,
        (el) => partText(el, 'title').startsWith('Юбилейная'),
      );
      el.lang = 'en';
      await waitUntil(() => partText(el, 'title').startsWith('Jubilee'), 'lang change re-renders');
    });
  });

  describe('theme', () => {
    it('theme="dark" sets its own dark palette', async () => {
      const el = await card(
        html`<cst-summit-card summit="2022-05-16" theme="dark"></cst-summit-card>`,
      );
      expect(getComputedStyle(el).color).to.equal('rgb(236, 236, 241)');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(27, 27, 31)');
      expect(getComputedStyle(part(el, 'title')!).color).to.equal('rgb(236, 236, 241)');
    });

    it('theme="light" sets its own light palette', async () => {
      const el = await card(
        html`<cst-summit-card summit="2022-05-16" theme="light"></cst-summit-card>`,
      );
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    });

    for (const theme of ['light', 'dark']) {
      for (const [summit, variant] of [
        ['2022-05-16', 'full'],
        ['latest', 'full'],
        ['2026-11-11', 'full'],
        ['2025-11-27', 'compact'],
      ]) {
        it(`is accessible: ${theme}, ${summit}, ${variant}`, async () => {
          const el = await card(
            html`<cst-summit-card
              summit=${summit!}
              variant=${variant!}
              theme=${theme}
            ></cst-summit-card>`,
          );
          await expect(el).to.be.accessible();
        });
      }
    }

    it('is accessible in Russian, dark', async () => {
      const el = await card(
        html`<cst-summit-card summit="latest" lang="ru" theme="dark"></cst-summit-card>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('with a provider', () => {
    it('shows a publisher record that replaces the bundled one', async () => {
      const moscow = session('csc-2022-05-16');
      moscow.occasion = { en: 'A publisher occasion', ru: 'Повод издателя' };
      moscow.documents = { count: 2, items: moscow.documents.items };
      const el = await provided(
        html`<cst-provider .data=${{ sessions: [moscow] }}
          ><cst-summit-card summit="2022-05-16"></cst-summit-card
        ></cst-provider>`,
        (el) => facts(el).Occasion === 'A publisher occasion',
      );
      expect(listName(listIn(el, 'documents'))).to.equal('2 documents adopted');
    });

    it('takes a newer held session from publisher data as the latest', async () => {
      const extra = session('csc-2025-11-27');
      Object.assign(extra, {
        id: 'csc-2025-12-20',
        date: '2025-12-20',
        kind: 'extraordinary',
        format: 'videoconference',
        absent: [],
        documents: { items: [] },
      });
      delete extra.place;
      delete extra.handover;
      const el = await provided(
        html`<cst-provider .data=${{ meta: { asOf: '2025-12-31' }, sessions: [extra] }}
          ><cst-summit-card summit="latest"></cst-summit-card
        ></cst-provider>`,
        (el) => facts(el).Date === 'December 20, 2025',
      );
      expect(facts(el).Format).to.equal('Videoconference');
      expect(partText(el, 'title')).to.match(/^Extraordinary/);
    });

    it('renders publisher values as text, never as markup', async () => {
      const moscow = session('csc-2022-05-16');
      moscow.occasion = { en: '<img src=x onerror=alert(1)>', ru: '<b>x</b>' };
      moscow.notes = [{ en: '<script>alert(1)</script>', ru: '' }];
      const el = await provided(
        html`<cst-provider .data=${{ sessions: [moscow] }}
          ><cst-summit-card summit="2022-05-16"></cst-summit-card
        ></cst-provider>`,
        (el) => facts(el).Occasion === '<img src=x onerror=alert(1)>',
      );
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect(texts(el, '[part~="notes"] li')).to.deep.equal(['<script>alert(1)</script>']);
    });

    it('marks English text with lang="en" when a record has no Russian', async () => {
      const moscow = session('csc-2022-05-16');
      moscow.notes = [{ en: 'Only in English.', ru: '' }];
      const el = await provided(
        html`<cst-provider lang="ru" .data=${{ sessions: [moscow] }}
          ><cst-summit-card summit="2022-05-16"></cst-summit-card
        ></cst-provider>`,
        (el) => texts(el, '[part~="notes"] li')[0] === 'Only in English.',
      );
      expect(part(el, 'notes')!.querySelector('li > [lang="en"]')!.textContent).to.equal(
        'Only in English.',
      );
    });

    it('leaves out a chair the sources do not confirm', async () => {
      const moscow = session('csc-2022-05-16');
      moscow.chair = { state: 'ru', verified: false };
      const el = await provided(
        html`<cst-provider .data=${{ sessions: [moscow] }}
          ><cst-summit-card summit="2022-05-16"></cst-summit-card
        ></cst-provider>`,
        (el) => !('Chair' in facts(el)),
      );
      expect(shadowText(el)).not.to.contain('Chair');
    });

    it('reaches a card that was upgraded before the provider was defined', async () => {
      const tag = `late-provider-${Math.random().toString(36).slice(2)}`;
      const host = await fixture(html`<div></div>`);
      host.innerHTML = `<${tag} as-of="2022-06-01"><cst-summit-card summit="latest"></cst-summit-card></${tag}>`;
      const el = host.querySelector(TAG)!;
      await waitUntil(() => facts(el).Date === 'November 27, 2025', 'bundled data first');
      customElements.define(tag, class extends CstProvider {});
      await waitUntil(() => facts(el).Date === 'May 16, 2022', 'the late provider answers');
      expect(facts(el).Place).to.equal('Kremlin, Moscow, Russia');
    });
  });

  describe('when it cannot render', () => {
    it('shows the publisher fallback and reports render-failed', async () => {
      class Broken extends CstSummitCard {
        protected override renderView(): never {
          throw new Error('boom');
        }
      }
      const tag = `broken-summit-${Math.random().toString(36).slice(2)}`;
      customElements.define(tag, Broken);
      const host = document.createElement('div');
      host.innerHTML = `<${tag} summit="2022-05-16"><p>Moscow, 16 May 2022: jubilee session.</p></${tag}>`;
      const outcome = await renderBadInput(html`${host}`);
      const el = host.firstElementChild as HTMLElement;
      expect(outcome.warnings).to.have.length(1);
      expect(outcome.warnings[0]).to.contain(`<${tag}>`).and.contain('boom');
      expect(outcome.errors[0]!.detail.code).to.equal('render-failed');
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal(
        'Moscow, 16 May 2022: jubilee session.',
      );
    });
  });

  describe('bad input', () => {
    const matrix: {
      name: string;
      attrs: Record<string, string>;
      attribute: string;
      value?: string;
      code: string;
      includes?: string[];
    }[] = [
      {
        name: 'missing summit',
        attrs: {},
        attribute: 'summit',
        code: 'missing-attribute',
        includes: ['needs the summit attribute', 'latest', 'csc-2025-11-27'],
      },
      {
        name: 'empty summit',
        attrs: { summit: '' },
        attribute: 'summit',
        value: 'summit=""',
        code: 'invalid-value',
        includes: ['is empty', 'latest'],
      },
      {
        name: 'unknown id',
        attrs: { summit: 'csc-2022-05-17' },
        attribute: 'summit',
        value: 'csc-2022-05-17',
        code: 'not-found',
        includes: ['Did you mean "csc-2022-05-16"?'],
      },
      {
        name: 'a date on which no session met',
        attrs: { summit: '2022-06-01' },
        attribute: 'summit',
        value: '2022-06-01',
        code: 'not-found',
        includes: [
          'nearest sessions met on 2022-05-16 and 2022-09-13',
          'Did you mean "2022-05-16"?',
          'latest',
        ],
      },
      {
        name: 'malformed date (month 13)',
        attrs: { summit: '2022-13-01' },
        attribute: 'summit',
        value: '2022-13-01',
        code: 'invalid-date',
        includes: ['YYYY-MM-DD'],
      },
      {
        name: 'malformed date (dotted)',
        attrs: { summit: '16.05.2022' },
        attribute: 'summit',
        value: '16.05.2022',
        code: 'invalid-date',
        includes: ['YYYY-MM-DD'],
      },
      {
        name: 'impossible date',
        attrs: { summit: '2022-02-30' },
        attribute: 'summit',
        value: '2022-02-30',
        code: 'invalid-date',
      },
      {
        name: 'unknown variant',
        attrs: { summit: '2022-05-16', variant: 'compakt' },
        attribute: 'variant',
        value: 'compakt',
        code: 'invalid-value',
        includes: ['full, compact', 'Did you mean "compact"?'],
      },
      {
        name: 'empty variant',
        attrs: { summit: '2022-05-16', variant: '' },
        attribute: 'variant',
        value: 'variant=""',
        code: 'invalid-value',
        includes: ['is empty'],
      },
      {
        name: 'markup in summit',
        attrs: { summit: '<img src=x onerror=alert(1)>' },
        attribute: 'summit',
        value: '<img src=x onerror=alert(1)>',
        code: 'not-found',
      },
      {
        name: 'markup in variant',
        attrs: { summit: '2022-05-16', variant: '<b>full</b>' },
        attribute: 'variant',
        value: '<b>full</b>',
        code: 'invalid-value',
      },
    ];

    /** A card with the given attributes and, optionally, fallback content. */
    function build(attrs: Record<string, string>, fallback: string | null): HTMLElement {
      const el = document.createElement(TAG);
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      if (fallback !== null) {
        const p = document.createElement('p');
        p.textContent = fallback;
        el.append(p);
      }
      return el;
    }

    for (const row of matrix) {
      it(`${row.name}: one warning, a cst-error, the fallback`, async () => {
        const outcome = await renderBadInput(
          html`${build(row.attrs, 'The CSTO Council met in Moscow on 16 May 2022.')}`,
        );
        expectReported(outcome, {
          tag: TAG,
          attribute: row.attribute,
          ...(row.value !== undefined && { value: row.value }),
          code: row.code,
          ...(row.includes && { includes: row.includes }),
        });
        const el = outcome.el;
        expect(part(el, 'card')).to.equal(null);
        expect(el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
        const slot = el.shadowRoot!.querySelector('slot')!;
        expect(slot.assignedElements()[0]!.textContent).to.equal(
          'The CSTO Council met in Moscow on 16 May 2022.',
        );
      });
    }

    it('shows a neutral notice, in the card language, when there is no fallback', async () => {
      const outcome = await renderBadInput(html`${build({ summit: 'nope' }, null)}`);
      expect(outcome.el.shadowRoot!.querySelector('[role="note"]')!.textContent).to.equal(
        'This content is not available.',
      );
      const ru = await renderBadInput(html`${build({ summit: 'nope', lang: 'ru' }, null)}`);
      expect(ru.el.shadowRoot!.querySelector('[role="note"]')!.textContent).to.equal(
        'Этот материал недоступен.',
      );
    });

    it('reports "latest" with no held session before the provider as-of', async () => {
      const errors: CstErrorEvent[] = [];
      const listener = (e: Event) => errors.push(e as CstErrorEvent);
      document.addEventListener('cst-error', listener);
      let el!: CstSummitCard;
      try {
        const warnings = await captureWarnings(async () => {
          const provider = await fixture<CstProvider>(
            html`<cst-provider as-of="1990-01-01"
              ><cst-summit-card summit="latest"
                ><p>No session yet.</p></cst-summit-card
              ></cst-provider
            >`,
          );
          el = provider.querySelector(TAG)!;
          await waitUntil(() => errors.length > 0, 'cst-error');
        });
        expect(warnings).to.have.length(1);
        expect(errors[0]!.detail.code).to.equal('not-found');
        expect(errors[0]!.detail.message).to.equal(warnings[0]);
        expect(warnings[0])
          .to.contain('<cst-summit-card> summit="latest"')
          .and.contain('1990-01-01')
          .and.contain('"csc-2014-12-23"');
        expect(el.shadowRoot!.querySelector('slot')!.assignedElements()[0]!.textContent).to.equal(
          'No session yet.',
        );
      } finally {
        document.removeEventListener('cst-error', listener);
      }
    });

    it('recovers when the attribute is fixed', async () => {
      const outcome = await renderBadInput(html`${build({ summit: '2022-13-01' }, null)}`);
      const el = outcome.el as CstSummitCard;
      el.setAttribute('summit', '2022-05-16');
      await el.updateComplete;
      expect(facts(el).Date).to.equal('May 16, 2022');
    });
  });
});
