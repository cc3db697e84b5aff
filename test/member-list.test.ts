import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/define/member-list.js';
import '../src/define/provider.js';
import { meta } from '../src/data/bundled/meta.js';
import { states } from '../src/data/bundled/states.js';
import type { StateRecord } from '../src/data/types.js';
import { CstMemberList } from '../src/elements/member-list/member-list.js';
import { CstProvider } from '../src/elements/provider/provider.js';
import type { CstErrorEvent } from '../src/events.js';
import { expectReported, renderBadInput, shadowText } from './helpers/element.js';
import { captureWarnings } from './helpers/events.js';

const TAG = 'cst-member-list';
const MARKUP = '<img src=x onerror=alert(1)>';

async function render(template: TemplateResult): Promise<CstMemberList> {
  const el = await fixture<CstMemberList>(template);
  await el.updateComplete;
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const items = (el: Element) => [...root(el).querySelectorAll('[part~="item"]')];
const item = (el: Element, id: string) => root(el).querySelector(`[data-state="${id}"]`);
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const caption = (el: Element) => text(root(el).querySelector('[part~="caption"]'));

/** A state's visible name, without its decorative flag (its own text nodes only). */
function nameOf(row: Element): string {
  const name = row.querySelector('[part~="name"]')!;
  return [...name.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent)
    .join('')
    .trim();
}
const names = (el: Element) => items(el).map(nameOf);
const badge = (el: Element, id: string) => text(item(el, id)?.querySelector('[part~="badge"]'));
const badgeDate = (el: Element, id: string) =>
  item(el, id)?.querySelector('[part~="badge"] time')?.getAttribute('datetime');

const CURRENT_EN = ['Armenia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan'];

describe('<cst-member-list>', () => {
  describe('with the bundled data', () => {
    it("shows the 6 members at the dataset's asOf, with a caption naming that date", async () => {
      const el = await render(html`<cst-member-list></cst-member-list>`);
      expect(meta.asOf).to.equal('2025-11-27');
      expect(names(el)).to.deep.equal(CURRENT_EN);
      expect(caption(el)).to.equal('6 member states as of November 27, 2025');
      const time = root(el).querySelector('[part~="caption"] time')!;
      expect(time.getAttribute('datetime')).to.equal('2025-11-27');
    });

    it('is a list labelled by its caption', async () => {
      const el = await render(html`<cst-member-list></cst-member-list>`);
      const list = root(el).querySelector('ul[part~="list"]')!;
      expect(list).to.exist;
      expect(list.children).to.have.length(6);
      for (const child of list.children) expect(child.localName).to.equal('li');
      const label = root(el).getElementById(list.getAttribute('aria-labelledby')!)!;
      expect(text(label)).to.equal('6 member states as of November 27, 2025');
      expect(root(el).querySelector('table')).to.equal(null);
    });

    it('shows flags as decorative emoji, never as images', async () => {
      const el = await render(html`<cst-member-list></cst-member-list>`);
      const flag = item(el, 'am')!.querySelector('[part~="flag"]')!;
      expect(flag.textContent).to.equal('\u{1F1E6}\u{1F1F2}');
      expect(flag.getAttribute('aria-hidden')).to.equal('true');
      expect(text(item(el, 'ru')!.querySelector('[part~="flag"]'))).to.equal('🇷🇺');
      expect(root(el).querySelector('img, svg image, picture, object, iframe')).to.equal(null);
    });

    it('shows each joining date and capital', async () => {
      const el = await render(html`<cst-member-list></cst-member-list>`);
      const belarus = item(el, 'by')!;
      expect(text(belarus.querySelector('[part~="joined"]'))).to.equal('Joined December 31, 1993');
      expect(belarus.querySelector('[part~="joined"] time')!.getAttribute('datetime')).to.equal(
        '1993-12-31',
      );
      expect(text(belarus.querySelector('[part~="capital"]'))).to.equal('Capital: Minsk');
      expect(text(item(el, 'am')!.querySelector('[part~="joined"]'))).to.equal(
        'Joined May 15, 1992',
      );
      expect(text(item(el, 'kz')!.querySelector('[part~="capital"]'))).to.equal('Capital: Astana');
    });

    it('shows Armenia as frozen since February 2024, with the date in <time>', async () => {
      const el = await render(html`<cst-member-list></cst-member-list>`);
      expect(badge(el, 'am')).to.equal('Participation frozen since February 2024');
      expect(badgeDate(el, 'am')).to.equal('2024-02-22');
      expect(item(el, 'am')!.querySelector('[part~="badge"]')!.getAttribute('part')).to.equal(
        'badge badge-frozen',
      );
      expect(badge(el, 'ru')).to.equal('Member');
    });

    it('shows Armenia frozen from 2024-02-22 on, and a plain member the day before', async () => {
      const before = await render(html`<cst-member-list as-of="2024-02-21"></cst-member-list>`);
      expect(badge(before, 'am')).to.equal('Member');
      expect(shadowText(before)).not.to.contain('frozen');
      const on = await render(html`<cst-member-list as-of="2024-02-22"></cst-member-list>`);
      expect(badge(on, 'am')).to.equal('Participation frozen since February 2024');
      const later = await render(html`<cst-member-list as-of="2025-06-01"></cst-member-list>`);
      expect(badge(later, 'am')).to.equal('Participation frozen since February 2024');
      expect(names(later)).to.have.length(6);
    });

    it('cites its sources (web links only for http(s) addresses), and no data version', async () => {
      const el = await render(html`<cst-member-list></cst-member-list>`);
      const sources = root(el).querySelector('[part~="sources"]')!;
      expect(text(sources)).to.match(/^Sources /);
      expect(shadowText(el)).not.to.match(/version|1\.\d\.\d/i);
      const links = [...sources.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.include.members([
        'https://mfa.gov.by/print/en/organizations/membership/list/cddd96a3f70190b1.html',
        'https://asbarez.com',
      ]);
      for (const a of links) {
        expect(a.getAttribute('href')).to.match(/^https?:\/\//);
        expect(a.textContent!.trim()).not.to.equal('');
      }
      expect(text(sources)).to.contain('International Military Alliances 1648-2008');
      expect(sources.querySelectorAll('li').length).to.be.at.most(5);
    });

    it('keeps the sources line short, counting the rest', async () => {
      const el = await render(html`<cst-member-list status="all"></cst-member-list>`);
      const sources = root(el).querySelector('[part~="sources"]')!;
      expect(sources.querySelectorAll('li > cite')).to.have.length(4);
      expect(text(sources)).to.contain('and 2 more');
    });
  });

  describe('as-of', () => {
    it('shows 9 members on 1995-01-01', async () => {
      const el = await render(html`<cst-member-list as-of="1995-01-01"></cst-member-list>`);
      expect(items(el)).to.have.length(9);
      expect(caption(el)).to.equal('9 member states as of January 1, 1995');
      expect(names(el)).to.include.members(['Azerbaijan', 'Georgia', 'Uzbekistan']);
      expect(badge(el, 'am')).to.equal('Member');
    });

    it('shows Uzbekistan as a member again between 2006 and 2012', async () => {
      const el = await render(html`<cst-member-list as-of="2010-01-01"></cst-member-list>`);
      expect(items(el)).to.have.length(7);
      expect(badge(el, 'uz')).to.equal('Member again since August 2006');
      expect(badgeDate(el, 'uz')).to.equal('2006-08-16');
      expect(text(item(el, 'uz')!.querySelector('[part~="joined"]'))).to.equal(
        'Joined May 15, 1992',
      );
    });

    it('shows an honest empty state before the Treaty, not an error', async () => {
      const outcome = await renderBadInput(
        html`<cst-member-list as-of="1990-01-01"><p>Fallback</p></cst-member-list>`,
      );
      expect(outcome.warnings).to.deep.equal([]);
      expect(outcome.errors).to.deep.equal([]);
      const el = outcome.el;
      const empty = root(el).querySelector('[part~="empty"]')!;
      expect(text(empty)).to.equal('No member states as of January 1, 1990');
      expect(empty.querySelector('time')!.getAttribute('datetime')).to.equal('1990-01-01');
      expect(root(el).querySelector('ul[part~="list"], table')).to.equal(null);
      expect(root(el).querySelector('slot')).to.equal(null);
    });

    it('re-renders when as-of changes', async () => {
      const el = await render(html`<cst-member-list></cst-member-list>`);
      el.asOf = '1995-01-01';
      await el.updateComplete;
      expect(items(el)).to.have.length(9);
      el.removeAttribute('as-of');
      el.asOf = null;
      await el.updateComplete;
      expect(items(el)).to.have.length(6);
    });
  });

  describe('status', () => {
    it('current is the default', async () => {
      const el = await render(html`<cst-member-list status="current"></cst-member-list>`);
      expect(names(el)).to.deep.equal(CURRENT_EN);
    });

    it('former lists Azerbaijan, Georgia and Uzbekistan with their dates', async () => {
      const el = await render(html`<cst-member-list status="former"></cst-member-list>`);
      expect(names(el)).to.deep.equal(['Azerbaijan', 'Georgia', 'Uzbekistan']);
      expect(caption(el)).to.equal('3 former members as of November 27, 2025');
      expect(badge(el, 'az')).to.equal('Left in April 1999');
      expect(badgeDate(el, 'az')).to.equal('1999-04-20');
      expect(badge(el, 'ge')).to.equal('Left in April 1999');
      expect(badge(el, 'uz')).to.equal('Membership suspended since December 2012');
      expect(badgeDate(el, 'uz')).to.equal('2012-12-19');
      expect(text(item(el, 'ge')!.querySelector('[part~="joined"]'))).to.equal(
        'Joined December 9, 1993',
      );
    });

    it('former counts in the plural and says when there are none', async () => {
      const two = await render(
        html`<cst-member-list status="former" as-of="2007-01-01"></cst-member-list>`,
      );
      expect(caption(two)).to.equal('2 former members as of January 1, 2007');
      expect(names(two)).to.deep.equal(['Azerbaijan', 'Georgia']);
      const none = await render(
        html`<cst-member-list status="former" as-of="1995-01-01"></cst-member-list>`,
      );
      expect(text(root(none).querySelector('[part~="empty"]'))).to.equal(
        'No former members as of January 1, 1995',
      );
    });

    it('all lists every state that has been a party, each with its status on the date', async () => {
      const el = await render(html`<cst-member-list status="all"></cst-member-list>`);
      expect(items(el)).to.have.length(9);
      expect(caption(el)).to.equal('9 states that have been parties, as of November 27, 2025');
      expect(badge(el, 'am')).to.equal('Participation frozen since February 2024');
      expect(badge(el, 'az')).to.equal('Left in April 1999');
      expect(badge(el, 'uz')).to.equal('Membership suspended since December 2012');
      expect(badge(el, 'ru')).to.equal('Member');
      const early = await render(
        html`<cst-member-list status="all" as-of="1992-06-01"></cst-member-list>`,
      );
      expect(names(early)).to.deep.equal([
        'Armenia',
        'Kazakhstan',
        'Kyrgyzstan',
        'Russia',
        'Tajikistan',
        'Uzbekistan',
      ]);
      const none = await render(
        html`<cst-member-list status="all" as-of="1992-05-14"></cst-member-list>`,
      );
      expect(text(root(none).querySelector('[part~="empty"]'))).to.equal(
        'No state had been a party to the Treaty as of May 14, 1992',
      );
    });

    it('re-renders when status changes', async () => {
      const el = await render(html`<cst-member-list></cst-member-list>`);
      el.status = 'former';
      await el.updateComplete;
      expect(items(el)).to.have.length(3);
    });
  });

  describe('layout', () => {
    it('list is the default', async () => {
      const el = await render(html`<cst-member-list layout="list"></cst-member-list>`);
      expect(root(el).querySelector('ul.layout-list')).to.exist;
      expect(items(el).every((i) => i.localName === 'li')).to.equal(true);
    });

    it('table is a real table with caption, column headers and row headers', async () => {
      const el = await render(html`<cst-member-list layout="table"></cst-member-list>`);
      const table = root(el).querySelector('table[part~="table"]')!;
      expect(table).to.exist;
      expect(table.getAttribute('role')).to.equal(null);
      expect(text(table.querySelector(':scope > caption'))).to.equal(
        '6 member states as of November 27, 2025',
      );
      const headers = [...table.querySelectorAll('thead th')];
      expect(headers.map((th) => th.textContent!.trim())).to.deep.equal([
        'State',
        'Joined',
        'Status',
        'Capital',
      ]);
      for (const th of headers) expect(th.getAttribute('scope')).to.equal('col');
      const rows = [...table.querySelectorAll('tbody tr')];
      expect(rows).to.have.length(6);
      const rowHeaders = rows.map((tr) => tr.querySelector(':scope > th[scope="row"]')!);
      expect(rowHeaders.map((th) => nameOf(th))).to.deep.equal(CURRENT_EN);
      const armenia = item(el, 'am')!;
      const cells = [...armenia.querySelectorAll('td')].map((td) => text(td));
      expect(cells).to.deep.equal([
        'May 15, 1992',
        'Participation frozen since February 2024',
        'Yerevan',
      ]);
      expect(armenia.querySelector('td time')!.getAttribute('datetime')).to.equal('1992-05-15');
      expect(root(el).querySelector('ul[part~="list"]')).to.equal(null);
    });

    it('grid is a list of cards that adapts to its container', async () => {
      const wrap = await fixture<HTMLDivElement>(html`
        <div>
          <div style="width: 1200px"><cst-member-list layout="grid"></cst-member-list></div>
          <div style="width: 300px"><cst-member-list layout="grid"></cst-member-list></div>
        </div>
      `);
      const [wide, narrow] = [...wrap.querySelectorAll<CstMemberList>(TAG)];
      await wide!.updateComplete;
      await narrow!.updateComplete;
      const columns = (el: Element) =>
        getComputedStyle(root(el).querySelector('ul.layout-grid')!).gridTemplateColumns.split(' ')
          .length;
      expect(items(wide!)).to.have.length(6);
      expect(items(wide!).every((i) => i.localName === 'li')).to.equal(true);
      expect(columns(wide!)).to.be.greaterThan(2);
      expect(columns(narrow!)).to.equal(1);
      const list = root(wide!).querySelector('ul')!;
      expect(text(root(wide!).getElementById(list.getAttribute('aria-labelledby')!))).to.equal(
        '6 member states as of November 27, 2025',
      );
    });
  });

  describe('fields', () => {
    it('shows all four by default', async () => {
      const el = await render(html`<cst-member-list></cst-member-list>`);
      const am = item(el, 'am')!;
      for (const part of ['flag', 'joined', 'badge', 'capital']) {
        expect(am.querySelector(`[part~="${part}"]`), part).to.exist;
      }
    });

    it('shows only the fields asked for', async () => {
      const el = await render(html`<cst-member-list fields="capital"></cst-member-list>`);
      const am = item(el, 'am')!;
      expect(am.querySelector('[part~="capital"]')).to.exist;
      for (const part of ['flag', 'joined', 'badge']) {
        expect(am.querySelector(`[part~="${part}"]`), part).to.equal(null);
      }
      expect(text(am)).to.equal('Armenia Capital: Yerevan');
    });

    it('dates a plain member badge when the joining date is not shown', async () => {
      const el = await render(html`<cst-member-list fields="flag status"></cst-member-list>`);
      // A member of the Organization since it was founded, not since it joined the Treaty.
      expect(badge(el, 'by')).to.equal('Member since October 2002');
      expect(badgeDate(el, 'by')).to.equal('2002-10-07');
      expect(badge(el, 'am')).to.equal('Participation frozen since February 2024');
      expect(item(el, 'am')!.querySelector('[part~="flag"]')).to.exist;
      expect(item(el, 'am')!.querySelector('[part~="joined"], [part~="capital"]')).to.equal(null);
    });

    it('sets the table columns', async () => {
      const el = await render(
        html`<cst-member-list layout="table" fields="joined  joined capital"></cst-member-list>`,
      );
      const headers = [...root(el).querySelectorAll('thead th')].map((th) => text(th));
      expect(headers).to.deep.equal(['State', 'Joined', 'Capital']);
      expect(item(el, 'am')!.querySelector('[part~="flag"]')).to.equal(null);
      expect(item(el, 'am')!.querySelectorAll('td')).to.have.length(2);
    });
  });

  describe('sort', () => {
    it('name sorts by the localized name', async () => {
      const el = await render(html`<cst-member-list sort="name" status="all"></cst-member-list>`);
      expect(names(el)).to.deep.equal([
        'Armenia',
        'Azerbaijan',
        'Belarus',
        'Georgia',
        'Kazakhstan',
        'Kyrgyzstan',
        'Russia',
        'Tajikistan',
        'Uzbekistan',
      ]);
    });

    it('joined sorts by joining date, then name', async () => {
      const el = await render(html`<cst-member-list sort="joined" status="all"></cst-member-list>`);
      expect(names(el)).to.deep.equal([
        'Armenia',
        'Kazakhstan',
        'Kyrgyzstan',
        'Russia',
        'Tajikistan',
        'Uzbekistan',
        'Azerbaijan',
        'Georgia',
        'Belarus',
      ]);
    });
  });

  describe('lang="ru"', () => {
    it('shows Russian names, caption, dates and badges', async () => {
      const el = await render(html`<cst-member-list lang="ru"></cst-member-list>`);
      expect(names(el)).to.deep.equal([
        'Армения',
        'Беларусь',
        'Казахстан',
        'Кыргызстан',
        'Россия',
        'Таджикистан',
      ]);
      expect(caption(el)).to.equal('6 государств-членов на 27 ноября 2025 г.');
      expect(badge(el, 'am')).to.equal('Участие заморожено с 22 февраля 2024 г.');
      expect(badge(el, 'ru')).to.equal('Член организации');
      expect(text(item(el, 'by')!.querySelector('[part~="joined"]'))).to.equal(
        'Вступление: 31 декабря 1993 г.',
      );
      expect(text(item(el, 'by')!.querySelector('[part~="capital"]'))).to.equal('Столица: Минск');
      const sources = text(root(el).querySelector('[part~="sources"]'));
      expect(sources).to.match(/^Источники /);
      expect(sources).not.to.contain('Версия');
    });

    it('uses Russian plurals and texts for every status', async () => {
      const nine = await render(
        html`<cst-member-list lang="ru" as-of="1995-01-01"></cst-member-list>`,
      );
      expect(caption(nine)).to.equal('9 государств-членов на 1 января 1995 г.');
      const former = await render(
        html`<cst-member-list lang="ru" status="former"></cst-member-list>`,
      );
      expect(caption(former)).to.equal('3 бывших члена на 27 ноября 2025 г.');
      expect(names(former)).to.deep.equal(['Азербайджан', 'Грузия', 'Узбекистан']);
      expect(badge(former, 'az')).to.equal('Участие прекращено 20 апреля 1999 г.');
      expect(badge(former, 'uz')).to.equal('Членство приостановлено с 19 декабря 2012 г.');
      const all = await render(html`<cst-member-list lang="ru" status="all"></cst-member-list>`);
      expect(caption(all)).to.equal(
        '9 государств, когда-либо участвовавших в Договоре, на 27 ноября 2025 г.',
      );
      const again = await render(
        html`<cst-member-list lang="ru" as-of="2010-01-01"></cst-member-list>`,
      );
      expect(caption(again)).to.equal('7 государств-членов на 1 января 2010 г.');
      expect(badge(again, 'uz')).to.equal('Снова член организации с 16 августа 2006 г.');
      const empty = await render(
        html`<cst-member-list lang="ru" as-of="1990-01-01"></cst-member-list>`,
      );
      expect(text(root(empty).querySelector('[part~="empty"]'))).to.equal(
        'На 1 января 1990 г. государств-членов нет',
      );
    });

    it('shows Russian table headers, taking lang from an ancestor', async () => {
      const wrap = await fixture(
        html`<div lang="ru"><cst-member-list layout="table"></cst-member-list></div>`,
      );
      const el = wrap.querySelector<CstMemberList>(TAG)!;
      await el.updateComplete;
      const headers = [...root(el).querySelectorAll('thead th')].map((th) => text(th));
      expect(headers).to.deep.equal(['Государство', 'Вступление', 'Статус', 'Столица']);
      expect(text(root(el).querySelector('caption'))).to.equal(
        '6 государств-членов на 27 ноября 2025 г.',
      );
    });

    it('switches language when lang changes', async () => {
      const el = await render(html`<cst-member-list></cst-member-list>`);
      el.lang = 'ru';
      await waitUntil(() => caption(el).startsWith('6 государств-членов'), 'Russian caption');
    });
  });

  describe('provider', () => {
    const renamed: StateRecord = {
      ...states.find((s) => s.id === 'am')!,
      name: { en: 'Republic of Armenia', ru: 'Республика Армения' },
    };

    it("shows the provider's data, lang and as-of", async () => {
      const provider = await fixture<CstProvider>(
        html`<cst-provider .data=${{ states: [renamed] }}
          ><cst-member-list></cst-member-list
        ></cst-provider>`,
      );
      const el = provider.querySelector<CstMemberList>(TAG)!;
      await waitUntil(() => names(el).includes('Republic of Armenia'), 'publisher data shown');
      expect(names(el)).to.have.length(6);
      provider.asOf = '1995-01-01';
      await waitUntil(() => items(el).length === 9, 'provider as-of followed');
      expect(caption(el)).to.equal('9 member states as of January 1, 1995');
      provider.lang = 'ru';
      await waitUntil(() => names(el).includes('Республика Армения'), 'provider lang followed');
    });

    it('replaces the states, counting one in the singular', async () => {
      const provider = await fixture<CstProvider>(
        html`<cst-provider mode="replace" .data=${{ states: [renamed] }}
          ><cst-member-list></cst-member-list><cst-member-list lang="ru"></cst-member-list
        ></cst-provider>`,
      );
      const [en, ru] = [...provider.querySelectorAll<CstMemberList>(TAG)];
      await waitUntil(() => items(en!).length === 1 && items(ru!).length === 1);
      expect(caption(en!)).to.equal('1 member state as of November 27, 2025');
      expect(caption(ru!)).to.equal('1 государство-член на 27 ноября 2025 г.');
    });

    it("prefers the element's own as-of over the provider's", async () => {
      const provider = await fixture<CstProvider>(
        html`<cst-provider as-of="1995-01-01"
          ><cst-member-list as-of="2026-01-01"></cst-member-list
        ></cst-provider>`,
      );
      const el = provider.querySelector<CstMemberList>(TAG)!;
      await el.updateComplete;
      expect(items(el)).to.have.length(6);
    });

    it('is reached by a provider defined after the element', async () => {
      const tag = `late-provider-${Math.random().toString(36).slice(2)}`;
      const host = await fixture(html`<div></div>`);
      host.innerHTML = `<${tag} as-of="1995-01-01" lang="ru"><cst-member-list></cst-member-list></${tag}>`;
      const el = host.querySelector<CstMemberList>(TAG)!;
      await el.updateComplete;
      expect(items(el)).to.have.length(6);
      customElements.define(tag, class extends CstProvider {});
      await waitUntil(() => items(el).length === 9, 'late provider answers');
      expect(caption(el)).to.equal('9 государств-членов на 1 января 1995 г.');
    });
  });

  describe('theme and accessibility', () => {
    it('applies a dark palette with theme="dark"', async () => {
      const el = await render(html`<cst-member-list theme="dark"></cst-member-list>`);
      expect(getComputedStyle(el).color).to.equal('rgb(236, 236, 241)');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(27, 27, 31)');
      expect(items(el)).to.have.length(6);
    });

    for (const theme of ['light', 'dark']) {
      for (const layout of ['list', 'grid', 'table']) {
        it(`is accessible: theme="${theme}" layout="${layout}"`, async () => {
          const el = await render(
            html`<cst-member-list theme=${theme} layout=${layout}></cst-member-list>`,
          );
          await expect(el).to.be.accessible();
        });
      }
    }

    it('is accessible in its empty state and in Russian', async () => {
      const empty = await render(
        html`<cst-member-list theme="light" as-of="1990-01-01"></cst-member-list>`,
      );
      await expect(empty).to.be.accessible();
      const ru = await render(
        html`<cst-member-list theme="dark" lang="ru" status="all"></cst-member-list>`,
      );
      await expect(ru).to.be.accessible();
    });
  });

  describe('when rendering fails', () => {
    class BrokenMemberList extends CstMemberList {
      protected override renderView(): never {
        throw new Error('boom');
      }
    }
    customElements.define('test-broken-member-list', BrokenMemberList);

    it('shows the fallback content and reports render-failed', async () => {
      const outcome = await renderBadInput(
        html`<test-broken-member-list><p>Six member states.</p></test-broken-member-list>`,
      );
      expectReported(outcome, {
        tag: 'test-broken-member-list',
        attribute: 'render',
        code: 'render-failed',
        includes: ['boom'],
      });
      const slot = root(outcome.el).querySelector('slot')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Six member states.');
    });
  });

  describe('bad input', () => {
    it('needs no attribute: without any it renders the defaults and reports nothing', async () => {
      const outcome = await renderBadInput(html`<cst-member-list></cst-member-list>`);
      expect(outcome.warnings).to.deep.equal([]);
      expect(outcome.errors).to.deep.equal([]);
      expect(items(outcome.el)).to.have.length(6);
    });

    const cases: [string, TemplateResult, string, string, string, string[]][] = [
      [
        'an empty status',
        html`<cst-member-list status=""><p>Fallback</p></cst-member-list>`,
        'status',
        'status=""',
        'invalid-value',
        ['is empty', 'current, former, all'],
      ],
      [
        'an unknown status',
        html`<cst-member-list status="formr"><p>Fallback</p></cst-member-list>`,
        'status',
        'formr',
        'invalid-value',
        ['current, former, all', 'Did you mean "former"?'],
      ],
      [
        'an unknown layout',
        html`<cst-member-list layout="tabel"><p>Fallback</p></cst-member-list>`,
        'layout',
        'tabel',
        'invalid-value',
        ['list, grid, table', 'Did you mean "table"?'],
      ],
      [
        'an unknown sort',
        html`<cst-member-list sort="nmae"><p>Fallback</p></cst-member-list>`,
        'sort',
        'nmae',
        'invalid-value',
        ['name, joined', 'Did you mean "name"?'],
      ],
      [
        'an unknown field',
        html`<cst-member-list fields="flag capitol"><p>Fallback</p></cst-member-list>`,
        'fields',
        'capitol',
        'invalid-value',
        ['flag, joined, status, capital', 'Did you mean "capital"?'],
      ],
      [
        'empty fields',
        html`<cst-member-list fields="  "><p>Fallback</p></cst-member-list>`,
        'fields',
        'fields="  "',
        'invalid-value',
        ['is empty', 'flag, joined, status, capital'],
      ],
      [
        'a malformed date',
        html`<cst-member-list as-of="2024-02-30"><p>Fallback</p></cst-member-list>`,
        'as-of',
        '2024-02-30',
        'invalid-date',
        ['YYYY-MM-DD'],
      ],
      [
        'an empty date',
        html`<cst-member-list as-of=""><p>Fallback</p></cst-member-list>`,
        'as-of',
        'as-of=""',
        'invalid-date',
        ['YYYY-MM-DD'],
      ],
      [
        'markup in status',
        html`<cst-member-list status=${MARKUP}><p>Fallback</p></cst-member-list>`,
        'status',
        '<img src=x onerror=alert(1)>',
        'invalid-value',
        ['current, former, all'],
      ],
      [
        'markup in as-of',
        html`<cst-member-list as-of=${MARKUP}><p>Fallback</p></cst-member-list>`,
        'as-of',
        '<img src=x onerror=alert(1)>',
        'invalid-date',
        [],
      ],
    ];

    for (const [what, template, attribute, value, code, includes] of cases) {
      it(`reports ${what} once and shows the fallback`, async () => {
        const outcome = await renderBadInput(template);
        expectReported(outcome, { tag: TAG, attribute, value, code, includes });
        const slot = root(outcome.el).querySelector('slot')!;
        expect(slot.assignedElements()[0]!.textContent).to.equal('Fallback');
        expect(root(outcome.el).querySelector('img, [part~="item"]')).to.equal(null);
        expect(document.querySelector('img')).to.equal(null);
      });
    }

    it('shows a neutral notice when there is no fallback content', async () => {
      const outcome = await renderBadInput(
        html`<cst-member-list layout="cards"></cst-member-list>`,
      );
      expectReported(outcome, {
        tag: TAG,
        attribute: 'layout',
        value: 'cards',
        code: 'invalid-value',
      });
      expect(text(root(outcome.el).querySelector('[role="note"]'))).to.equal(
        'This content is not available.',
      );
    });

    it('recovers when a bad value is fixed, and reports a new one', async () => {
      const errors: CstErrorEvent[] = [];
      const outcome = await renderBadInput(html`<cst-member-list sort="date"></cst-member-list>`);
      const el = outcome.el as CstMemberList;
      el.addEventListener('cst-error', (e) => errors.push(e));
      const warnings = await captureWarnings(async () => {
        el.sort = 'joined';
        await el.updateComplete;
        expect(items(el)).to.have.length(6);
        el.setAttribute('status', 'past');
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('status="past"');
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-value']);
    });
  });
});
