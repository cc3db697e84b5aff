import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/define/member-list.js';
import '../src/define/provider.js';
import { meta } from '../src/data/bundled/meta.js';
import { sources } from '../src/data/bundled/sources.js';
import { states } from '../src/data/bundled/states.js';
import type { MembershipEvent, SourceRecord, StateRecord } from '../src/data/types.js';
import { CstMemberList } from '../src/elements/member-list/member-list.js';
import { CstProvider } from '../src/elements/provider/provider.js';
import type { CstErrorEvent } from '../src/events.js';
import { expectReported, renderBadInput, shadowText } from './helpers/element.js';
import { captureWarnings } from './helpers/events.js';
import {
  citations,
  expectNotes,
  expectOpens,
  expectPrintedInFull,
  notesLine,
  refNumbers,
} from './helpers/notes.js';

const TAG = 'cst-member-list';
const MARKUP = '<img src=x onerror=alert(1)>';

async function render(template: TemplateResult): Promise<CstMemberList> {
  const el = await fixture<CstMemberList>(template);
  await el.updateComplete;
  return el;
}

/** Each `~` written as a no-break space (U+00A0), as dates, counts and Russian short words have. */
const nb = (s: string) => s.replace(/~/g, '\u00a0');

const root = (el: Element) => el.shadowRoot!;
const items = (el: Element) => [...root(el).querySelectorAll('[part~="item"]')];
const item = (el: Element, id: string) => root(el).querySelector(`[data-state="${id}"]`);
/** Text as read, ASCII whitespace collapsed: no-break spaces are kept, so they are checked too. */
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
const titleOf = (el: Element) => text(root(el).querySelector('[part~="title"]'));
const ledeNode = (el: Element) => root(el).querySelector('[part~="caption"]');
/** The lede's count and date, without the founding-members line that follows it. */
function lede(el: Element): string {
  const copy = ledeNode(el)?.cloneNode(true) as Element | undefined;
  copy?.querySelector('.founding')?.remove();
  return text(copy);
}
const founding = (el: Element) => root(el).querySelector('[part~="caption"] .founding');
const empty = (el: Element) => root(el).querySelector('[part~="empty"]');

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
const ids = (el: Element) => items(el).map((i) => i.getAttribute('data-state'));
const badgeOf = (el: Element, id: string) =>
  item(el, id)?.querySelector<HTMLElement>('[part~="badge"]') ?? null;
/**
 * The status label with its date, as read, without the markers to its sources: "Participation
 * frozen since Feb 22, 2024".
 */
function statusOf(el: Element, id: string): string {
  const copy = item(el, id)?.querySelector('.status')?.cloneNode(true) as Element | undefined;
  copy?.querySelector('.refs')?.remove();
  return text(copy);
}
/** The numbers of the markers after a state's status. */
const refsOf = (el: Element, id: string) => refNumbers(item(el, id)!);
/** A state's status on the data's date, as the tests read it from the data. */
const row = (id: string) => ({
  since: ['am', 'az', 'ge', 'uz'].includes(id),
  /** It ceased to be a party and came back since. */
  left: id === 'uz',
});
const sinceDate = (el: Element, id: string) =>
  item(el, id)?.querySelector('.status time')?.getAttribute('datetime');
const detailsOf = (el: Element, id: string) => text(item(el, id)?.querySelector('.details'));
const caveatOf = (el: Element, id: string) =>
  item(el, id)?.querySelector<HTMLElement>('.caveat') ?? null;
const style = (node: Element, pseudo?: string) => getComputedStyle(node, pseudo);
const px = (value: string) => parseFloat(value);

// The facts the tests expect, each checked against data/*.json in "the data these tests read".
const state = (id: string): StateRecord => states.find((s) => s.id === id)!;
const eventOf = (id: string, type: MembershipEvent['type']) =>
  state(id).membership.find((e) => e.type === type);
const sourceById = (id: string): SourceRecord => sources.find((s) => s.id === id)!;
const CURRENT = ['am', 'by', 'kz', 'kg', 'ru', 'tj'];
const FORMER = ['az', 'ge', 'uz'];
const CURRENT_EN = ['Armenia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan'];
const CURRENT_RU = ['Армения', 'Беларусь', 'Казахстан', 'Кыргызстан', 'Россия', 'Таджикистан'];
const D = {
  treaty: '1992-05-15',
  azAcceded: '1993-09-24',
  geAcceded: '1993-12-09',
  byAcceded: '1993-12-31',
  left: '1999-04-20',
  founded: '2002-10-07',
  uzRestored: '2006-08-16',
  uzSuspended: '2012-12-19',
  amFrozen: '2024-02-22',
};
/** The first signature or accession: the day a state became a party to the Treaty. */
const partySince = (id: string) =>
  state(id).membership.find((e) => e.type === 'signed' || e.type === 'acceded')!.date;

describe('<cst-member-list>', () => {
  describe('the data these tests read', () => {
    it('holds the dates, states and caveats the tests expect', () => {
      expect(meta.asOf).to.equal('2026-02-13');
      expect(states.map((s) => s.id).sort()).to.deep.equal([...CURRENT, ...FORMER].sort());
      expect(CURRENT.map((id) => state(id).name.en)).to.deep.equal(CURRENT_EN);
      expect(CURRENT.map((id) => state(id).name.ru)).to.deep.equal(CURRENT_RU);
      for (const id of ['am', 'kz', 'kg', 'ru', 'tj', 'uz'])
        expect(partySince(id)).to.equal(D.treaty);
      expect(partySince('az')).to.equal(D.azAcceded);
      expect(partySince('ge')).to.equal(D.geAcceded);
      expect(partySince('by')).to.equal(D.byAcceded);
      // The six current members are all founding members, none left or was suspended.
      for (const id of CURRENT) {
        expect(eventOf(id, 'founding-member')?.date, id).to.equal(D.founded);
        expect(eventOf(id, 'left'), id).to.equal(undefined);
        expect(eventOf(id, 'suspended'), id).to.equal(undefined);
      }
      expect(eventOf('am', 'frozen')?.date).to.equal(D.amFrozen);
      for (const id of FORMER) expect(eventOf(id, 'founding-member'), id).to.equal(undefined);
      for (const id of ['az', 'ge', 'uz']) expect(eventOf(id, 'left')?.date, id).to.equal(D.left);
      expect(eventOf('uz', 'restored')?.date).to.equal(D.uzRestored);
      expect(eventOf('uz', 'suspended')?.date).to.equal(D.uzSuspended);
      expect(eventOf('uz', 'restored')!.date > eventOf('uz', 'left')!.date).to.equal(true);
      // Caveats for readers: Armenia's frozen status, Georgia's accession date, and the 1999
      // protocol the three states that ceased to be parties did not sign; and no other.
      const withCaveat = states.flatMap((s) =>
        s.membership.filter((e) => e.caveat).map((e) => [s.id, e.type]),
      );
      expect(withCaveat).to.deep.equal([
        ['am', 'frozen'],
        ['uz', 'left'],
        ['az', 'left'],
        ['ge', 'acceded'],
        ['ge', 'left'],
      ]);
      for (const s of states) {
        for (const e of s.membership) expect(e.verified, `${s.id} ${e.date}`).not.to.equal(false);
      }
    });
  });

  describe('header', () => {
    it("titles the list and counts the members on the data's date, in <time>", async () => {
      const el = await render(html`<cst-member-list></cst-member-list>`);
      const title = root(el).querySelector('[part~="title"]')!;
      expect(title.classList.contains('title')).to.equal(true);
      expect(text(title)).to.equal('CSTO member states');
      expect(lede(el)).to.equal(nb(`${CURRENT.length}~member states as of February~13,~2026`));
      expect(ledeNode(el)!.classList.contains('lede')).to.equal(true);
      const time = ledeNode(el)!.querySelector(':scope > time')!;
      expect(time.getAttribute('datetime')).to.equal(meta.asOf);
      expect(ids(el)).to.deep.equal(CURRENT);
      expect(names(el)).to.deep.equal(CURRENT_EN);
    });

    it('says that all are founding members of the Organization', async () => {
      const el = await render(html`<cst-member-list></cst-member-list>`);
      const line = founding(el)!;
      expect(text(line)).to.equal(
        nb('All are founding members of the Organization, established on October~7,~2002.'),
      );
      expect(line.querySelector('time')!.getAttribute('datetime')).to.equal(D.founded);
      // Its own line under the count.
      expect(style(line).display).to.equal('block');
      const count = ledeNode(el)!.querySelector(':scope > time')!.getBoundingClientRect();
      expect(line.getBoundingClientRect().top).to.be.at.least(count.bottom - 1);
    });

    it('says nothing of founding members when one joined later (2010: Uzbekistan)', async () => {
      const el = await render(html`<cst-member-list as-of="2010-01-01"></cst-member-list>`);
      expect(ids(el)).to.deep.equal([...CURRENT, 'uz']);
      expect(lede(el)).to.equal(nb('7~member states as of January~1,~2010'));
      expect(founding(el)).to.equal(null);
      expect(shadowText(el)).not.to.contain('founding');
    });

    it('lists parties to the Treaty before the Organization was founded', async () => {
      const early = await render(html`<cst-member-list as-of="1995-01-01"></cst-member-list>`);
      expect(titleOf(early)).to.equal('Parties to the Collective Security Treaty');
      expect(lede(early)).to.equal(nb('9~parties as of January~1,~1995'));
      expect(founding(early)).to.equal(null);
      expect(ids(early).sort()).to.deep.equal(states.map((s) => s.id).sort());
      // Plain parties need no label in a list.
      expect(root(early).querySelector('[part~="badge"]')).to.equal(null);
      expect(shadowText(early)).not.to.match(/\bmembers?\b/i);
      // The day before the Charter was signed, and the day itself.
      const eve = await render(html`<cst-member-list as-of="2002-10-06"></cst-member-list>`);
      expect(titleOf(eve)).to.equal('Parties to the Collective Security Treaty');
      expect(lede(eve)).to.equal(nb('6~parties as of October~6,~2002'));
      const day = await render(html`<cst-member-list as-of=${D.founded}></cst-member-list>`);
      expect(titleOf(day)).to.equal('CSTO member states');
      expect(lede(day)).to.equal(nb('6~member states as of October~7,~2002'));
      expect(founding(day)).to.exist;
    });

    it('answers a date later than the data for the data’s date, and says so', async () => {
      const el = await render(html`<cst-member-list as-of="2026-06-01"></cst-member-list>`);
      expect(lede(el)).to.equal(
        nb('6~member states as of February~13,~2026, the latest date in this data'),
      );
      const times = [...ledeNode(el)!.querySelectorAll(':scope > time')];
      expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal([meta.asOf]);
      // Nothing dated in June but what the sources in the notes print.
      const shown = document.createElement('div');
      for (const node of root(el).childNodes) shown.append(node.cloneNode(true));
      shown.querySelector('[part~="sources"]')!.remove();
      expect(shown.textContent).not.to.contain('June');
      expect(ids(el)).to.deep.equal(CURRENT);
      // The data's own date is not "later than the data".
      const same = await render(html`<cst-member-list as-of=${meta.asOf}></cst-member-list>`);
      expect(lede(same)).to.equal(nb('6~member states as of February~13,~2026'));
    });

    it('shows an honest empty state before the Treaty, not an error', async () => {
      const outcome = await renderBadInput(
        html`<cst-member-list as-of="1990-01-01"><p>Fallback</p></cst-member-list>`,
      );
      expect(outcome.warnings).to.deep.equal([]);
      expect(outcome.errors).to.deep.equal([]);
      const el = outcome.el;
      expect(titleOf(el)).to.equal('CSTO member states');
      const note = empty(el)!;
      expect(text(note)).to.equal(nb('No member states as of January~1,~1990'));
      expect(note.getAttribute('role')).to.equal('note');
      expect(note.querySelector('time')!.getAttribute('datetime')).to.equal('1990-01-01');
      expect(root(el).querySelector('ul, table, [part~="item"], [part~="sources"]')).to.equal(null);
      expect(root(el).querySelector('slot')).to.equal(null);
    });

    it('re-renders when as-of changes', async () => {
      const el = await render(html`<cst-member-list></cst-member-list>`);
      el.asOf = '1995-01-01';
      await el.updateComplete;
      expect(items(el)).to.have.length(9);
      expect(titleOf(el)).to.equal('Parties to the Collective Security Treaty');
      el.asOf = null;
      await el.updateComplete;
      expect(items(el)).to.have.length(6);
      el.setAttribute('as-of', '2010-01-01');
      await el.updateComplete;
      expect(items(el)).to.have.length(7);
    });
  });

  describe('rows', () => {
    it('is a list of the states, named by the title and described by the lede', async () => {
      const el = await render(html`<cst-member-list></cst-member-list>`);
      const list = root(el).querySelector('ul[part~="list"]')!;
      expect(list.children).to.have.length(CURRENT.length);
      for (const child of list.children) expect(child.localName).to.equal('li');
      expect(root(el).getElementById(list.getAttribute('aria-labelledby')!)).to.equal(
        root(el).querySelector('[part~="title"]'),
      );
      expect(root(el).getElementById(list.getAttribute('aria-describedby')!)).to.equal(
        ledeNode(el),
      );
      expect(root(el).querySelector('table')).to.equal(null);
    });

    it('draws each flag as an inline SVG hidden from assistive technology, never emoji or images', async () => {
      const el = await render(html`<cst-member-list status="all"></cst-member-list>`);
      expect(items(el)).to.have.length(states.length);
      for (const row of items(el)) {
        const flags = row.querySelectorAll('[part~="flag"]');
        expect(flags, row.getAttribute('data-state')!).to.have.length(1);
        const flag = flags[0]!;
        expect(flag.localName).to.equal('svg');
        expect(flag.getAttribute('aria-hidden')).to.equal('true');
        expect(flag.getAttribute('viewBox')).to.equal('0 0 30 20');
        expect(flag.querySelector('path, circle')).to.exist;
        // Inside the name, before it.
        expect(flag.parentElement!.getAttribute('part')).to.equal('name');
        const box = flag.getBoundingClientRect();
        expect(box.width).to.be.greaterThan(box.height);
      }
      // No regional-indicator emoji, no image of any kind.
      expect(shadowText(el)).not.to.match(/[\u{1F1E6}-\u{1F1FF}]/u);
      expect(root(el).querySelector('img, image, picture, object, iframe, use')).to.equal(null);
    });

    it('gives each state a details line: how it joined the Treaty, and capital', async () => {
      const el = await render(html`<cst-member-list></cst-member-list>`);
      expect(detailsOf(el, 'am')).to.equal(
        nb('Signed the Treaty on May~15,~1992~· Capital: Yerevan'),
      );
      expect(detailsOf(el, 'by')).to.equal(
        nb('Acceded to the Treaty on Dec~31,~1993~· Capital: Minsk'),
      );
      for (const id of CURRENT) {
        const row = item(el, id)!;
        const joined = row.querySelector('[part~="joined"]')!;
        expect(joined.querySelector('time')!.getAttribute('datetime'), id).to.equal(partySince(id));
        expect(text(row.querySelector('[part~="capital"]')), id).to.equal(
          `Capital: ${state(id).capital.en}`,
        );
        expect(style(row.querySelector('.details')!).color).to.equal(style(ledeNode(el)!).color);
      }
    });

    it('labels no plain member, and Armenia as frozen since February 22, 2024', async () => {
      const el = await render(html`<cst-member-list></cst-member-list>`);
      for (const id of ['by', 'kz', 'kg', 'ru', 'tj']) {
        expect(badgeOf(el, id), id).to.equal(null);
        expect(statusOf(el, id), id).to.equal('');
      }
      expect(shadowText(el)).not.to.match(/\bMember\b/);
      const badge = badgeOf(el, 'am')!;
      expect(text(badge)).to.equal('Participation frozen');
      expect(badge.getAttribute('part')).to.equal('badge badge-frozen');
      expect([...badge.classList]).to.deep.equal(['label']);
      expect(statusOf(el, 'am')).to.equal(nb('Participation frozen since Feb~22,~2024'));
      expect(sinceDate(el, 'am')).to.equal(D.amFrozen);
      // The label follows the name on its line.
      const line = item(el, 'am')!.querySelector('.line')!;
      expect(line.contains(badge)).to.equal(true);
      expect(line.firstElementChild!.getAttribute('part')).to.equal('name');
    });

    it('shows Armenia frozen from 2024-02-22 on, and a plain member the day before', async () => {
      const before = await render(html`<cst-member-list as-of="2024-02-21"></cst-member-list>`);
      expect(badgeOf(before, 'am')).to.equal(null);
      expect(caveatOf(before, 'am')).to.equal(null);
      expect(shadowText(before)).not.to.match(/frozen/i);
      const on = await render(html`<cst-member-list as-of=${D.amFrozen}></cst-member-list>`);
      expect(statusOf(on, 'am')).to.equal(nb('Participation frozen since Feb~22,~2024'));
      const later = await render(html`<cst-member-list as-of="2025-06-01"></cst-member-list>`);
      expect(statusOf(later, 'am')).to.equal(nb('Participation frozen since Feb~22,~2024'));
      expect(names(later)).to.have.length(6);
    });

    it("shows readers' caveats in italics, on the events of the date the list holds for", async () => {
      const el = await render(html`<cst-member-list status="all"></cst-member-list>`);
      const shown = items(el)
        .filter((row) => row.querySelector('.caveat'))
        .map((row) => row.getAttribute('data-state'));
      expect(shown).to.deep.equal(['am', 'az', 'ge']);
      const am = caveatOf(el, 'am')!;
      expect(text(am)).to.equal(eventOf('am', 'frozen')!.caveat!.en);
      // Georgia's status (it did not sign the extension), then its uncertain accession date.
      const ge = [...item(el, 'ge')!.querySelectorAll('.caveat')].map((c) => text(c));
      expect(ge).to.deep.equal([
        eventOf('ge', 'left')!.caveat!.en,
        eventOf('ge', 'acceded')!.caveat!.en,
      ]);
      for (const caveat of [am, caveatOf(el, 'ge')!]) {
        expect(style(caveat).fontStyle).to.equal('italic');
        expect(style(caveat).color).to.equal(style(ledeNode(el)!).color);
        // Below the name and details, not inside them.
        expect(caveat.closest('.line, .details')).to.equal(null);
      }
    });

    it('shows Uzbekistan as a restored member between 2006 and 2012', async () => {
      const el = await render(html`<cst-member-list as-of="2010-01-01"></cst-member-list>`);
      expect(items(el)).to.have.length(7);
      const badge = badgeOf(el, 'uz')!;
      expect(text(badge)).to.equal('Membership restored');
      expect(badge.getAttribute('part')).to.equal('badge badge-member');
      // Restored: the date alone.
      expect(statusOf(el, 'uz')).to.equal(nb('Membership restored Aug~16,~2006'));
      expect(sinceDate(el, 'uz')).to.equal(D.uzRestored);
      // Its years outside the Treaty, and no capital for a past date (the data dates none).
      expect(detailsOf(el, 'uz')).to.equal(
        nb('Signed the Treaty on May~15,~1992; ceased to be a party on Apr~20,~1999'),
      );
      for (const id of CURRENT) expect(badgeOf(el, id), id).to.equal(null);
    });

    it('does not style a restored member like a state that left', async () => {
      // A restored member is a member: its label must not take the muted, outlined look of
      // `.label.off`, which marks states that are out (left the Treaty).
      const el = await render(html`<cst-member-list as-of="2010-01-01"></cst-member-list>`);
      const badge = badgeOf(el, 'uz')!;
      expect(badge.classList.contains('label')).to.equal(true);
      expect(badge.classList.contains('off'), 'restored label has .off').to.equal(false);
    });

    it('keeps names, flags, labels and dates on one line', async () => {
      const el = await render(html`<cst-member-list status="all"></cst-member-list>`);
      for (const row of items(el)) {
        const id = row.getAttribute('data-state')!;
        const name = row.querySelector('[part~="name"]')!;
        expect(name.getBoundingClientRect().height, id).to.be.at.most(
          px(style(name).lineHeight) + 0.5,
        );
        const flag = row.querySelector('[part~="flag"]')!.getBoundingClientRect();
        const box = name.getBoundingClientRect();
        expect(flag.top, id).to.be.at.least(box.top - 0.5);
        expect(flag.bottom, id).to.be.at.most(box.bottom + 0.5);
        for (const node of row.querySelectorAll('time, .label')) {
          expect(node.getClientRects(), `${id}: ${text(node)}`).to.have.length(1);
          expect(style(node).whiteSpace).to.equal('nowrap');
        }
      }
    });
  });

  describe('status', () => {
    it('current is the default', async () => {
      const el = await render(html`<cst-member-list status="current"></cst-member-list>`);
      expect(names(el)).to.deep.equal(CURRENT_EN);
      expect(titleOf(el)).to.equal('CSTO member states');
    });

    it('former lists the states that left and Uzbekistan, suspended (not left)', async () => {
      const el = await render(html`<cst-member-list status="former"></cst-member-list>`);
      expect(titleOf(el)).to.equal('Former parties and suspended members');
      expect(lede(el)).to.equal(nb('3~states as of February~13,~2026'));
      expect(founding(el)).to.equal(null);
      expect(ids(el)).to.deep.equal(FORMER);
      for (const id of ['az', 'ge']) {
        const badge = badgeOf(el, id)!;
        expect(badge.getAttribute('part'), id).to.equal('badge badge-left');
        expect([...badge.classList], id).to.deep.equal(['label']);
        // A former party since the day the Treaty's first term ended.
        expect(statusOf(el, id), id).to.equal(nb('Former party since Apr~20,~1999'));
        expect(sinceDate(el, id), id).to.equal(D.left);
      }
      const uz = badgeOf(el, 'uz')!;
      expect(uz.getAttribute('part')).to.equal('badge badge-suspended');
      expect([...uz.classList]).to.deep.equal(['label']);
      expect(statusOf(el, 'uz')).to.equal(nb('Membership suspended since Dec~19,~2012'));
      expect(sinceDate(el, 'uz')).to.equal(D.uzSuspended);
      expect(text(item(el, 'uz'))).not.to.match(/left/i);
      expect(detailsOf(el, 'ge')).to.equal(
        nb('Acceded to the Treaty on Dec~9,~1993~· Capital: Tbilisi'),
      );
    });

    it('former counts on earlier dates and says when there are none', async () => {
      const two = await render(
        html`<cst-member-list status="former" as-of="2007-01-01"></cst-member-list>`,
      );
      expect(lede(two)).to.equal(nb('2~states as of January~1,~2007'));
      expect(ids(two)).to.deep.equal(['az', 'ge']);
      const none = await render(
        html`<cst-member-list status="former" as-of="1995-01-01"></cst-member-list>`,
      );
      expect(titleOf(none)).to.equal('Former parties and suspended members');
      expect(text(empty(none))).to.equal(
        nb('No former parties or suspended members as of January~1,~1995'),
      );
    });

    it('all lists every state that has been a party, each with its status on the date', async () => {
      const el = await render(html`<cst-member-list status="all"></cst-member-list>`);
      expect(titleOf(el)).to.equal(
        'States that have been parties to the Collective Security Treaty',
      );
      expect(lede(el)).to.equal(nb('9~states as of February~13,~2026'));
      expect(founding(el)).to.equal(null);
      expect(items(el)).to.have.length(states.length);
      expect(statusOf(el, 'am')).to.equal(nb('Participation frozen since Feb~22,~2024'));
      expect(statusOf(el, 'az')).to.equal(nb('Former party since Apr~20,~1999'));
      expect(statusOf(el, 'uz')).to.equal(nb('Membership suspended since Dec~19,~2012'));
      expect(badgeOf(el, 'ru')).to.equal(null);
      const early = await render(
        html`<cst-member-list status="all" as-of="1992-06-01"></cst-member-list>`,
      );
      const signed = states.filter((s) => partySince(s.id) <= '1992-06-01').map((s) => s.name.en);
      expect(names(early)).to.deep.equal(signed.sort());
      expect(signed).to.have.length(6);
      const none = await render(
        html`<cst-member-list status="all" as-of="1992-05-14"></cst-member-list>`,
      );
      expect(text(empty(none))).to.equal(
        nb('No state had been a party to the Treaty as of May~14,~1992'),
      );
    });

    it('re-renders when status changes', async () => {
      const el = await render(html`<cst-member-list></cst-member-list>`);
      el.status = 'former';
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(FORMER);
      expect(titleOf(el)).to.equal('Former parties and suspended members');
    });
  });

  describe('table', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('is a real table with caption, column headers and row headers', async () => {
      const el = await render(html`<cst-member-list layout="table"></cst-member-list>`);
      const table = root(el).querySelector('table[part~="table"]')!;
      expect(table.getAttribute('role')).to.equal(null);
      const caption = table.querySelector(':scope > caption')!;
      expect(caption.querySelector('[part~="title"]')!.classList.contains('title')).to.equal(true);
      expect(titleOf(el)).to.equal('CSTO member states');
      expect(caption.contains(ledeNode(el))).to.equal(true);
      expect(lede(el)).to.equal(nb('6~member states as of February~13,~2026'));
      expect(founding(el)).to.exist;
      const headers = [...table.querySelectorAll('thead th')];
      expect(headers.map((th) => text(th))).to.deep.equal([
        'State',
        'Joined the Treaty',
        'Status',
        'Capital',
      ]);
      for (const th of headers) expect(th.getAttribute('scope')).to.equal('col');
      const rows = [...table.querySelectorAll('tbody tr')];
      expect(rows).to.have.length(6);
      const rowHeaders = rows.map((tr) => tr.querySelector(':scope > th[scope="row"]')!);
      expect(rowHeaders.map((th) => nameOf(th))).to.deep.equal(CURRENT_EN);
      const cells = (id: string) => [...item(el, id)!.querySelectorAll('td')].map((td) => text(td));
      // Armenia's status cell: the dated status with markers to its sources, then what readers
      // must know, and its steps since.
      const am = cells('am');
      expect([am[0], am[2]]).to.deep.equal([nb('May~15,~1992'), 'Yerevan']);
      expect(am[1]).to.satisfy((cell: string) =>
        cell.startsWith(
          nb(`Participation frozen since Feb~22,~2024${refsOf(el, 'am').join(',')} Still a member`),
        ),
      );
      expect(am[1]).to.contain("Armenia stops paying into the Organization's budget");
      expect(statusOf(el, 'am')).to.equal(nb('Participation frozen since Feb~22,~2024'));
      expect(item(el, 'am')!.querySelector('td time')!.getAttribute('datetime')).to.equal(D.treaty);
      // A plain member: the same badge, with no date and no marker.
      expect(cells('by')).to.deep.equal([nb('Dec~31,~1993'), 'Member', 'Minsk']);
      expect(badgeOf(el, 'by')!.getAttribute('part')).to.equal('badge badge-member');
      // Only the joining date names its column for the narrow layout; the capital needs no name.
      for (const tr of rows) {
        const labels = [...tr.querySelectorAll('td')].map((td) => td.getAttribute('data-label'));
        expect(labels).to.deep.equal(['Treaty:', null, null]);
      }
      expect(root(el).querySelector('ul[part~="list"]')).to.equal(null);
    });

    it('names plain parties in words before 2002, and every status of all', async () => {
      const early = await render(
        html`<cst-member-list layout="table" as-of="1995-01-01"></cst-member-list>`,
      );
      for (const row of items(early)) {
        const id = row.getAttribute('data-state')!;
        expect(statusOf(early, id)).to.equal('Party to the Treaty');
        expect(badgeOf(early, id)!.getAttribute('part')).to.equal('badge badge-party');
      }
      const all = await render(
        html`<cst-member-list layout="table" status="all"></cst-member-list>`,
      );
      expect(statusOf(all, 'ru')).to.equal('Member');
      expect(statusOf(all, 'ge')).to.equal(nb('Former party since Apr~20,~1999'));
      expect(statusOf(all, 'uz')).to.equal(nb('Membership suspended since Dec~19,~2012'));
    });

    it('is a table layout at 800 px', async () => {
      await setViewport({ width: 800, height: 600 });
      const el = await render(
        html`<cst-member-list layout="table" status="all"></cst-member-list>`,
      );
      const table = root(el).querySelector('table')!;
      expect(style(table).display).to.equal('table');
      expect(style(root(el).querySelector('thead')!).display).to.equal('table-header-group');
      expect(style(root(el).querySelector('thead')!).clipPath).to.equal('none');
      for (const tr of root(el).querySelectorAll('tbody tr')) {
        expect(style(tr).display).to.equal('table-row');
        const cells = [...tr.children].map((c) => c.getBoundingClientRect());
        // Side by side on one row.
        for (let i = 1; i < cells.length; i++) {
          expect(cells[i]!.left).to.be.at.least(cells[i - 1]!.right - 0.5);
          expect(cells[i]!.top).to.be.closeTo(cells[0]!.top, 0.5);
        }
        for (const td of tr.querySelectorAll('td')) {
          expect(style(td).display).to.equal('table-cell');
          expect(style(td, '::before').content).to.be.oneOf(['none', 'normal']);
        }
      }
      const scroll = root(el).querySelector('.scroll')!;
      expect(scroll.scrollWidth).to.be.at.most(scroll.clientWidth);
    });

    it('at 300 px gives a state two lines, a dated status its own; nothing scrolls', async () => {
      await setViewport({ width: 300, height: 640 });
      // In a font both browsers have, so that they measure the same.
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="font: 16px/1.5 'DejaVu Sans', sans-serif">
          <cst-member-list layout="table" status="all"></cst-member-list>
        </div>`,
      );
      const el = wrap.querySelector<CstMemberList>(TAG)!;
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      expect(el.getBoundingClientRect().width).to.be.at.most(300);
      const scroll = root(el).querySelector('.scroll')!;
      expect(scroll.scrollWidth, 'the table scrolls').to.be.at.most(scroll.clientWidth);
      expect(el.scrollWidth, 'the element scrolls').to.be.at.most(el.clientWidth);
      const page = document.documentElement;
      expect(page.scrollWidth, 'the page scrolls').to.be.at.most(page.clientWidth);
      const thead = root(el).querySelector('thead')!;
      // The headers stay for assistive technology, out of sight.
      expect(thead.getBoundingClientRect().width).to.be.at.most(1);
      expect(style(thead).clipPath).to.equal('inset(50%)');
      const rows = [...root(el).querySelectorAll<HTMLElement>('tbody tr')];
      for (const tr of rows) {
        const id = tr.getAttribute('data-state')!;
        expect(style(tr).display).to.equal('flex');
        const name = tr.querySelector('[part~="name"]')!;
        const line = px(style(name).lineHeight);
        expect(name.getBoundingClientRect().height, id).to.be.at.most(line + 0.5);
        const flag = tr.querySelector('[part~="flag"]')!.getBoundingClientRect();
        expect(flag.top, id).to.be.at.least(name.getBoundingClientRect().top - 0.5);
        expect(flag.bottom, id).to.be.at.most(name.getBoundingClientRect().bottom + 0.5);
        // The joining date and the capital share a small line below the name and status.
        const joined = tr.querySelector<HTMLElement>('.joined')!;
        const capital = tr.querySelector<HTMLElement>('.capital')!;
        // (Beside a joining date that runs on to when the state ceased to be a party, the capital
        // takes the next line.)
        if (!row(id).left) {
          expect(capital.getBoundingClientRect().top, id).to.be.closeTo(
            joined.getBoundingClientRect().top,
            1,
          );
          expect(capital.getBoundingClientRect().left, id).to.be.above(
            joined.getBoundingClientRect().right,
          );
        }
        expect(joined.getBoundingClientRect().top, id).to.be.at.least(
          name.getBoundingClientRect().bottom - 0.5,
        );
        expect(px(style(joined).fontSize)).to.be.below(px(style(name).fontSize));
        // The dot between the date and the capital ends the date's line, never begins the
        // capital's.
        expect(style(joined, '::after').content).to.equal('"·"');
        expect(style(capital, '::before').content).to.be.oneOf(['none', 'normal']);
        if (row(id).left) {
          expect(capital.getBoundingClientRect().left, id).to.be.closeTo(
            joined.getBoundingClientRect().left,
            1,
          );
        }
        // As each engine writes it: resolved, unresolved, or resolved in two strings (WebKit).
        expect(style(joined, '::before').content).to.be.oneOf([
          '"Treaty: "',
          'attr(data-label) " "',
          '"Treaty:" " "',
        ]);
        // Two lines for a plain status; a dated one may need its badge and date below (what a
        // reader must know of it, and its steps since, come beneath).
        const remarks = [...tr.querySelectorAll('.caveat, .steps')].reduce(
          (sum, node) => sum + node.getBoundingClientRect().height,
          0,
        );
        const inner =
          tr.getBoundingClientRect().height -
          remarks -
          px(style(tr).paddingTop) -
          px(style(tr).paddingBottom);
        // (A joining date that runs on to the day it ceased to be a party takes one more.)
        expect(Math.round(inner / line), id).to.be.at.most(
          (row(id).since ? 4 : 2) + (row(id).left ? 1 : 0),
        );
        for (const node of tr.querySelectorAll('time, .label')) {
          expect(node.getClientRects(), `${id}: ${text(node)}`).to.have.length(1);
        }
      }
      // Compact: at most 80 px a state on average, where a row of label and value per fact
      // took some 130 (what a reader must know of a status, and the steps since, aside).
      const height = rows.reduce((sum, tr) => {
        const box = tr.getBoundingClientRect();
        const first = tr.querySelector('.caveat, .steps');
        const end = first
          ? first.getBoundingClientRect().top + px(style(tr).paddingBottom)
          : box.bottom;
        return sum + (end - box.top);
      }, 0);
      expect(height / rows.length).to.be.below(80);
    });

    it('keeps a long publisher name inside a narrow column, the flag with it', async () => {
      await setViewport({ width: 300, height: 640 });
      const long: StateRecord = {
        ...state('kz'),
        name: { en: 'Republic of Kazakhstan (Qazaqstan Respublikasy)', ru: 'Республика Казахстан' },
      };
      const provider = await fixture<CstProvider>(
        html`<cst-provider .data=${{ states: [long] }}
          ><cst-member-list layout="table"></cst-member-list
        ></cst-provider>`,
      );
      const el = provider.querySelector<CstMemberList>(TAG)!;
      await waitUntil(() => names(el).includes(long.name.en), 'publisher name shown');
      const scroll = root(el).querySelector('.scroll')!;
      expect(scroll.scrollWidth).to.be.at.most(scroll.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(
        document.documentElement.clientWidth,
      );
      const name = item(el, 'kz')!.querySelector('[part~="name"]')!;
      const box = name.getBoundingClientRect();
      expect(box.right).to.be.at.most(scroll.getBoundingClientRect().right + 0.5);
      // It wraps inside its cell, at spaces, beside its flag.
      const node = [...name.childNodes].find((n) => n.textContent!.includes('Republic'))!;
      const range = document.createRange();
      range.selectNodeContents(node);
      const lines = [...range.getClientRects()];
      expect(lines.length).to.be.at.least(2);
      const flag = name.querySelector('[part~="flag"]')!.getBoundingClientRect();
      expect(flag.top).to.be.at.least(box.top - 0.5);
      expect(flag.bottom).to.be.at.most(box.bottom + 0.5);
      for (const line of lines) expect(line.left).to.be.at.least(flag.right - 0.5);
      // No word is broken.
      for (const word of node.textContent!.matchAll(/\S+/g)) {
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        expect(range.getClientRects(), word[0]).to.have.length(1);
      }
    });
  });

  describe('grid', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('lays the rows out in columns, in the one frame: no boxes in the box', async () => {
      const el = await render(html`<cst-member-list layout="grid" status="all"></cst-member-list>`);
      const list = root(el).querySelector('ul[part~="list"].grid')!;
      expect(items(el)).to.have.length(9);
      for (const card of items(el)) {
        expect(card.localName).to.equal('li');
        const s = style(card);
        // A rule above, as in the list; no border around, no padding of its own.
        expect(s.borderTopStyle).to.equal('solid');
        for (const side of ['Right', 'Bottom', 'Left'] as const) {
          expect(s[`border${side}Style`], side).to.equal('none');
        }
        expect([s.paddingLeft, s.paddingRight]).to.deep.equal(['0px', '0px']);
        expect(s.borderRadius).to.equal('0px');
      }
      expect(style(root(el).querySelector('.frame')!).borderTopStyle).to.equal('solid');
      expect(text(root(el).getElementById(list.getAttribute('aria-labelledby')!))).to.equal(
        'States that have been parties to the Collective Security Treaty',
      );
    });

    it('fills as many columns as fit, one at 300 px', async () => {
      const el = await render(html`<cst-member-list layout="grid"></cst-member-list>`);
      const list = root(el).querySelector('ul')!;
      const columns = () => style(list).gridTemplateColumns.split(' ').length;
      const width = list.getBoundingClientRect().width;
      const gap = px(style(list).columnGap);
      // Cards at least 13rem wide.
      const fit = Math.floor((width + gap) / (208 + gap));
      expect(fit).to.be.at.least(2);
      expect(columns()).to.equal(fit);
      for (const card of items(el)) expect(card.getBoundingClientRect().width).to.be.at.least(208);
      await setViewport({ width: 300, height: 640 });
      await waitUntil(() => columns() === 1, 'one column');
      expect(document.documentElement.scrollWidth).to.be.at.most(
        document.documentElement.clientWidth,
      );
    });

    it('follows --cst-radius and --cst-member-list-card-min-width', async () => {
      const el = await render(
        html`<cst-member-list
          layout="grid"
          style="--cst-radius: 2px; --cst-member-list-card-min-width: 40rem"
        ></cst-member-list>`,
      );
      expect(style(root(el).querySelector('.frame')!).borderRadius).to.equal('2px');
      expect(style(root(el).querySelector('ul')!).gridTemplateColumns.split(' ')).to.have.length(1);
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
      expect(text(item(el, 'by'))).to.equal('Belarus Capital: Minsk');
      expect(detailsOf(el, 'am')).to.equal('Capital: Yerevan');
    });

    it('labels only what is not plain when the details are left out', async () => {
      const el = await render(html`<cst-member-list fields="flag status"></cst-member-list>`);
      expect(statusOf(el, 'am')).to.equal(nb('Participation frozen since Feb~22,~2024'));
      expect(item(el, 'am')!.querySelector('[part~="flag"]')).to.exist;
      for (const id of CURRENT) {
        expect(
          item(el, id)!.querySelector('[part~="joined"], [part~="capital"], .details'),
        ).to.equal(null);
      }
      for (const id of ['by', 'kz', 'kg', 'ru', 'tj']) {
        expect(text(item(el, id)), id).to.equal(state(id).name.en);
      }
    });

    it('sets the table columns', async () => {
      const el = await render(
        html`<cst-member-list layout="table" fields="joined  joined capital"></cst-member-list>`,
      );
      const headers = [...root(el).querySelectorAll('thead th')].map((th) => text(th));
      expect(headers).to.deep.equal(['State', 'Joined the Treaty', 'Capital']);
      expect(item(el, 'am')!.querySelector('[part~="flag"]')).to.equal(null);
      expect([...item(el, 'am')!.querySelectorAll('td')].map((td) => text(td))).to.deep.equal([
        nb('May~15,~1992'),
        'Yerevan',
      ]);
    });
  });

  describe('sort', () => {
    it('name sorts by the localized name', async () => {
      const el = await render(html`<cst-member-list sort="name" status="all"></cst-member-list>`);
      const byName = states.map((s) => s.name.en).sort((a, b) => a.localeCompare(b, 'en'));
      expect(names(el)).to.deep.equal(byName);
      expect(byName[0]).to.equal('Armenia');
      const ru = await render(html`<cst-member-list lang="ru" status="all"></cst-member-list>`);
      expect(names(ru)).to.deep.equal(
        states.map((s) => s.name.ru!).sort((a, b) => a.localeCompare(b, 'ru')),
      );
      expect(names(ru).slice(0, 2)).to.deep.equal(['Азербайджан', 'Армения']);
    });

    it('joined sorts by the day each became a party, then name', async () => {
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
      const dates = items(el).map((row) => partySince(row.getAttribute('data-state')!));
      expect(dates).to.deep.equal([...dates].sort());
    });
  });

  describe('sources', () => {
    /**
     * The notes a list gives: first the sources of the dated statuses, row by row (their markers
     * count from 1), then the other sources of the events it shows, web addresses first, then the
     * most cited.
     */
    function notesFor(
      dated: [string, MembershipEvent['type']][],
      others: [string, MembershipEvent['type']][],
    ): SourceRecord[] {
      const order: string[] = [];
      for (const [id, type] of dated) {
        for (const source of eventOf(id, type)!.sources) {
          if (!order.includes(source)) order.push(source);
        }
      }
      // Each state counts a source once: its joining, its status, its titled steps (Armenia's
      // since 2024, Uzbekistan's of 2012) and, for Kazakhstan, the source that dates its capital.
      // States in the data's order; for each, its joining, then its status, as the list reads them.
      const counts = new Map<string, number>();
      for (const { id } of states) {
        const events = [...others, ...dated].filter(([state]) => state === id);
        if (!events.length) continue;
        const cited = new Set(events.flatMap(([, type]) => eventOf(id, type)!.sources));
        for (const step of state(id).membership.filter((e) => e.type === 'note' && e.title)) {
          for (const source of step.sources) cited.add(source);
        }
        if (id === 'kz') {
          for (const source of state('kz').capitals!.at(-1)!.sources) cited.add(source);
        }
        for (const source of cited) counts.set(source, (counts.get(source) ?? 0) + 1);
      }
      const rest = [...counts]
        .sort(
          ([a, x], [b, y]) =>
            Number(Boolean(sourceById(b).url)) - Number(Boolean(sourceById(a).url)) || y - x,
        )
        .map(([id]) => id)
        .filter((id) => !order.includes(id));
      return [...order, ...rest].map(sourceById);
    }

    it('cites every source of what it shows once, in the line of notes at its foot', async () => {
      const el = await render(html`<cst-member-list></cst-member-list>`);
      const expected = notesFor(
        [['am', 'frozen']],
        [
          ...CURRENT.map((id) => [id, id === 'by' ? 'acceded' : 'signed'] as [string, 'signed']),
          ...CURRENT.filter((id) => id !== 'am').map(
            (id) => [id, 'founding-member'] as [string, 'founding-member'],
          ),
        ],
      );
      expect(new Set(expected).size).to.equal(expected.length);
      expectNotes(el, expected);
      // Armenia's freeze carries its own markers, the first notes; a plain member none.
      const frozen = eventOf('am', 'frozen')!.sources;
      expect(refsOf(el, 'am')).to.deep.equal(frozen.map((_, i) => i + 1));
      expect(refsOf(el, 'by')).to.deep.equal([]);
      for (const cite of root(el).querySelectorAll('[part~="citation"] cite')) {
        // All are in English, as the reader is: no lang to mark.
        expect(cite.hasAttribute('lang')).to.equal(false);
      }
      await expectOpens(el);
    });

    it('a marker opens the list at its note and moves focus there', async () => {
      const el = await render(html`<cst-member-list status="former"></cst-member-list>`);
      const marker = item(el, 'uz')!.querySelector<HTMLAnchorElement>('[part~="ref"]')!;
      const n = Number(marker.textContent);
      expect(marker.getAttribute('href')).to.equal(`#note-${n}`);
      expect(marker.getAttribute('aria-label')).to.equal(`Source ${n}`);
      const before = location.href;
      marker.click();
      await el.updateComplete;
      expect(location.href, 'the page address stays').to.equal(before);
      const note = citations(el)[n - 1]!;
      expect(note.id).to.equal(`note-${n}`);
      expect(root(el).activeElement).to.equal(note);
      expect(note.checkVisibility()).to.equal(true);
      expect(text(note)).to.contain(sourceById(eventOf('uz', 'suspended')!.sources[0]!).title);
      // Small, raised, quiet.
      expect(px(style(marker).fontSize)).to.be.below(px(style(item(el, 'uz')!).fontSize));
      expect(style(marker.parentElement!).verticalAlign).to.equal('super');
    });

    it('names two sources on its line and counts the rest; the list holds them all', async () => {
      const el = await render(html`<cst-member-list status="all"></cst-member-list>`);
      const expected = notesFor(
        [
          ['am', 'frozen'],
          ['az', 'left'],
          ['ge', 'left'],
          ['uz', 'suspended'],
        ],
        [
          ...states.map(
            (s) =>
              [s.id, s.id === 'by' || s.id === 'az' || s.id === 'ge' ? 'acceded' : 'signed'] as [
                string,
                'signed',
              ],
          ),
          ...['by', 'kz', 'kg', 'ru', 'tj'].map(
            (id) => [id, 'founding-member'] as [string, 'founding-member'],
          ),
        ],
      );
      expect(expected.length).to.be.greaterThan(2);
      expectNotes(el, expected);
      expect(text(notesLine(el))).to.match(/; \d+\u00a0?\s?more$/);
      await expectPrintedInFull(el);
    });

    it('never links an address that is not http(s)', async () => {
      const hostile: SourceRecord = {
        ...sourceById('asbarez-armenia-freeze'),
        url: 'javascript:alert(1)',
      };
      const codes: string[] = [];
      const listener = (e: Event) => codes.push((e as CstErrorEvent).detail.code);
      document.addEventListener('cst-error', listener);
      const warnings = await captureWarnings(async () => {
        const provider = await fixture<CstProvider>(
          html`<cst-provider .data=${{ sources: [hostile] }}
            ><cst-member-list></cst-member-list
          ></cst-provider>`,
        );
        await waitUntil(() => codes.length > 0, 'the provider refuses the address');
        await provider.querySelector<CstMemberList>(TAG)!.updateComplete;
      }).finally(() => document.removeEventListener('cst-error', listener));
      expect(codes).to.deep.equal(['src-schema']);
      expect(warnings).to.have.length(1);
      const el = document.querySelector<CstMemberList>(TAG)!;
      // Links go to web addresses, or are markers pointing to a note inside the element.
      for (const a of root(el).querySelectorAll('a:not([part~="ref"])')) {
        expect(a.getAttribute('href')).to.match(/^https?:\/\//);
      }
      for (const a of root(el).querySelectorAll('a[part~="ref"]')) {
        expect(a.getAttribute('href')).to.match(/^#note-\d+$/);
      }
      expect(
        citations(el)
          .map((c) => text(c))
          .join(' '),
      ).to.contain('Asbarez');
    });

    it('shows readers no data version and no developer notes', async () => {
      for (const template of [
        html`<cst-member-list status="all"></cst-member-list>`,
        html`<cst-member-list layout="table" status="all"></cst-member-list>`,
        html`<cst-member-list lang="ru" layout="grid" status="all"></cst-member-list>`,
      ]) {
        const el = await render(template);
        const all = shadowText(el);
        expect(root(el).innerHTML).not.to.contain(meta.version);
        expect(all).not.to.match(/version|версия/i);
        expect(all).not.to.contain(meta.note!.en.slice(0, 40));
        expect(all).not.to.contain(meta.note!.ru!.slice(0, 40));
        for (const source of sources) {
          if (source.note) expect(all).not.to.contain(source.note.slice(0, 40));
        }
      }
    });
  });

  describe('lang="kk"', () => {
    it('shows Kazakh title, lede, names, labels, details and sources', async () => {
      const el = await render(html`<cst-member-list lang="kk"></cst-member-list>`);
      expect(names(el)).to.deep.equal([
        'Армения',
        'Беларусь',
        'Қазақстан',
        'Қырғызстан',
        'Ресей',
        'Тәжікстан',
      ]);
      expect(titleOf(el)).to.equal('ҰҚШҰ-ға мүше мемлекеттер');
      expect(lede(el)).to.equal(nb('2026~ж.~13~ақпан жағдай бойынша 6~мүше мемлекет'));
      expect(statusOf(el, 'am')).to.equal(nb('Қатысуы мұздатылған 2024~ж.~22~ақп. күнінен бастап'));
      expect(detailsOf(el, 'by')).to.equal(
        nb('Шартқа қосылған күні: 1993~ж.~31~жел.~· Астанасы: Минск'),
      );
      expect(text(founding(el))).to.equal(
        nb('Олардың барлығы~— 2002~ж.~7~қазан күні құрылған Ұйымның негізін қалаушы мемлекеттер'),
      );
      // A record text the data has no Kazakh for falls back to Russian, marked so.
      expect(caveatOf(el, 'am')!.querySelector('[lang="ru"]')!.textContent).to.equal(
        eventOf('am', 'frozen')!.caveat!.ru,
      );
      expect(text(notesLine(el))).to.match(/^Дереккөздер: [^;]+; [^;]+; тағы \d+$/);
    });

    it('shows Kazakh table headers and statuses, and counts without a plural noun', async () => {
      const el = await render(
        html`<cst-member-list lang="kk" layout="table" status="all"></cst-member-list>`,
      );
      const headers = [...root(el).querySelectorAll('thead th')].map((th) => text(th));
      expect(headers).to.deep.equal(['Мемлекет', 'Шартқа қосылуы', 'Мәртебесі', 'Астанасы']);
      expect(titleOf(el)).to.equal('Ұжымдық қауіпсіздік туралы шартқа қатысқан мемлекеттер');
      expect(lede(el)).to.equal(nb('2026~ж.~13~ақпан жағдай бойынша 9~мемлекет'));
      expect(text(item(el, 'by')!.querySelectorAll('td')[1])).to.equal('Ұйым мүшесі');
      expect(statusOf(el, 'uz')).to.equal(
        nb('Мүшелігі тоқтатыла тұрған 2012~ж.~19~жел. күнінен бастап'),
      );
      const none = await render(
        html`<cst-member-list lang="kk" as-of="1990-01-01"></cst-member-list>`,
      );
      expect(text(empty(none))).to.equal(
        nb('1990~ж.~1~қаңтар жағдай бойынша мүше мемлекеттер жоқ'),
      );
    });
  });

  describe('lang="ru"', () => {
    it('shows Russian title, lede, names, labels, details and sources', async () => {
      const el = await render(html`<cst-member-list lang="ru"></cst-member-list>`);
      expect(names(el)).to.deep.equal(CURRENT_RU);
      expect(titleOf(el)).to.equal(nb('Государства~— члены ОДКБ'));
      expect(lede(el)).to.equal(nb('6~государств-членов по~состоянию на~13~февраля~2026~г.'));
      expect(ledeNode(el)!.querySelector(':scope > time')!.getAttribute('datetime')).to.equal(
        meta.asOf,
      );
      expect(statusOf(el, 'am')).to.equal(nb('Участие заморожено с~22~февр.~2024~г.'));
      expect(detailsOf(el, 'by')).to.equal(
        nb('Присоединение к~Договору: 31~дек.~1993~г.~· Столица: Минск'),
      );
      expect(text(caveatOf(el, 'am'))).to.equal(eventOf('am', 'frozen')!.caveat!.ru);
      expect(caveatOf(el, 'am')!.querySelector('[lang]')).to.equal(null);
      expect(text(notesLine(el))).to.match(/^Источники: [^;]+; [^;]+; ещё \d+$/);
      // The sources are in English: marked so.
      const cites = citations(el).map((c) => c.querySelector('cite')!);
      expect(cites.length).to.be.greaterThan(0);
      for (const cite of cites) expect(cite.getAttribute('lang')).to.equal('en');
    });

    it('ends the founding-members line with one period', async () => {
      const el = await render(html`<cst-member-list lang="ru"></cst-member-list>`);
      expect(text(founding(el))).to.equal(
        nb('Все они~— государства-учредители Организации, созданной 7~октября~2002~г.'),
      );
      expect(founding(el)!.querySelector('time')!.getAttribute('datetime')).to.equal(D.founded);
    });

    it('uses Russian plurals and texts for every status and date', async () => {
      const nine = await render(
        html`<cst-member-list lang="ru" as-of="1995-01-01"></cst-member-list>`,
      );
      expect(titleOf(nine)).to.equal(nb('Участники Договора о~коллективной безопасности'));
      expect(lede(nine)).to.equal(nb('9~участников Договора по~состоянию на~1~января~1995~г.'));
      const former = await render(
        html`<cst-member-list lang="ru" status="former"></cst-member-list>`,
      );
      expect(titleOf(former)).to.equal(
        nb('Бывшие участники Договора и~государства с~приостановленным членством'),
      );
      expect(lede(former)).to.equal(nb('3~государства по~состоянию на~13~февраля~2026~г.'));
      expect(names(former)).to.deep.equal(['Азербайджан', 'Грузия', 'Узбекистан']);
      expect(statusOf(former, 'az')).to.equal(nb('Бывший участник Договора с~20~апр.~1999~г.'));
      expect(statusOf(former, 'uz')).to.equal(nb('Членство приостановлено с~19~дек.~2012~г.'));
      const all = await render(html`<cst-member-list lang="ru" status="all"></cst-member-list>`);
      expect(titleOf(all)).to.equal(
        nb('Государства, участвовавшие в~Договоре о~коллективной безопасности'),
      );
      expect(lede(all)).to.equal(nb('9~государств по~состоянию на~13~февраля~2026~г.'));
      expect(text(notesLine(all))).to.match(/; ещё \d+$/);
      const again = await render(
        html`<cst-member-list lang="ru" as-of="2010-01-01"></cst-member-list>`,
      );
      expect(lede(again)).to.equal(nb('7~государств-членов по~состоянию на~1~января~2010~г.'));
      expect(statusOf(again, 'uz')).to.equal(nb('Членство восстановлено 16~авг.~2006~г.'));
      const latest = await render(
        html`<cst-member-list lang="ru" as-of="2026-06-01"></cst-member-list>`,
      );
      expect(lede(latest)).to.equal(
        nb('6~государств-членов по~состоянию на~13~февраля~2026~г.~— последнюю дату в~этих данных'),
      );
      const none = await render(
        html`<cst-member-list lang="ru" as-of="1990-01-01"></cst-member-list>`,
      );
      expect(text(empty(none))).to.equal(
        nb('По~состоянию на~1~января~1990~г. государств-членов нет'),
      );
    });

    it('shows Russian table headers and statuses, taking lang from an ancestor', async () => {
      const wrap = await fixture(
        html`<div lang="ru"><cst-member-list layout="table"></cst-member-list></div>`,
      );
      const el = wrap.querySelector<CstMemberList>(TAG)!;
      await el.updateComplete;
      const headers = [...root(el).querySelectorAll('thead th')].map((th) => text(th));
      expect(headers).to.deep.equal(
        ['Государство', 'Присоединение к~Договору', 'Статус', 'Столица'].map(nb),
      );
      expect(lede(el)).to.equal(nb('6~государств-членов по~состоянию на~13~февраля~2026~г.'));
      expect(text(item(el, 'by')!.querySelectorAll('td')[1])).to.equal('Член Организации');
      expect(item(el, 'by')!.querySelector('td')!.getAttribute('data-label')).to.equal('Договор:');
    });

    it('switches language when lang changes', async () => {
      const el = await render(html`<cst-member-list></cst-member-list>`);
      el.lang = 'ru';
      await waitUntil(() => lede(el).startsWith(nb('6~государств-членов')), 'Russian lede');
      expect(names(el)).to.deep.equal(CURRENT_RU);
    });

    it('marks English text shown in a Russian list with lang="en"', async () => {
      const untranslated: StateRecord = {
        ...state('ge'),
        membership: state('ge').membership.map((e) =>
          e.caveat ? { ...e, caveat: { en: 'Date uncertain.', ru: '' } } : e,
        ),
      };
      const provider = await fixture<CstProvider>(
        html`<cst-provider lang="ru" .data=${{ states: [untranslated] }}
          ><cst-member-list status="former"></cst-member-list
        ></cst-provider>`,
      );
      const el = provider.querySelector<CstMemberList>(TAG)!;
      await waitUntil(() => text(caveatOf(el, 'ge')) === 'Date uncertain.', 'publisher caveat');
      expect(caveatOf(el, 'ge')!.querySelector('[lang="en"]')).to.exist;
      expect(names(el)).to.include('Грузия');
    });
  });

  describe('provider', () => {
    const renamed: StateRecord = {
      ...state('am'),
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
      expect(lede(el)).to.equal(nb('9~parties as of January~1,~1995'));
      provider.lang = 'ru';
      await waitUntil(() => names(el).includes('Республика Армения'), 'provider lang followed');
      expect(lede(el)).to.equal(nb('9~участников Договора по~состоянию на~1~января~1995~г.'));
    });

    it('replaces the states, counting one in the singular', async () => {
      const provider = await fixture<CstProvider>(
        html`<cst-provider mode="replace" .data=${{ states: [renamed] }}
          ><cst-member-list></cst-member-list><cst-member-list lang="ru"></cst-member-list
        ></cst-provider>`,
      );
      const [en, ru] = [...provider.querySelectorAll<CstMemberList>(TAG)];
      await waitUntil(() => items(en!).length === 1 && items(ru!).length === 1);
      expect(lede(en!)).to.equal(nb('1~member state as of February~13,~2026'));
      expect(lede(ru!)).to.equal(nb('1~государство-член по~состоянию на~13~февраля~2026~г.'));
    });

    it('shows only verified events', async () => {
      const unverified: StateRecord = {
        ...state('am'),
        membership: state('am').membership.map((e) =>
          e.type === 'frozen' ? { ...e, verified: false } : e,
        ),
      };
      const provider = await fixture<CstProvider>(
        html`<cst-provider .data=${{ states: [unverified] }}
          ><cst-member-list></cst-member-list
        ></cst-provider>`,
      );
      const el = provider.querySelector<CstMemberList>(TAG)!;
      await waitUntil(() => badgeOf(el, 'am') === null, 'unverified freeze not shown');
      expect(caveatOf(el, 'am')).to.equal(null);
      expect(shadowText(el)).not.to.match(/frozen/i);
      expect(names(el)).to.deep.equal(CURRENT_EN);
    });

    it("prefers the element's own as-of over the provider's", async () => {
      const provider = await fixture<CstProvider>(
        html`<cst-provider as-of="1995-01-01"
          ><cst-member-list as-of="2026-06-01"></cst-member-list
        ></cst-provider>`,
      );
      const el = provider.querySelector<CstMemberList>(TAG)!;
      await el.updateComplete;
      expect(items(el)).to.have.length(6);
      expect(lede(el)).to.equal(
        nb('6~member states as of February~13,~2026, the latest date in this data'),
      );
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
      expect(lede(el)).to.equal(nb('9~участников Договора по~состоянию на~1~января~1995~г.'));
    });
  });

  describe('time elements', () => {
    for (const layout of ['list', 'grid', 'table']) {
      it(`writes every date in <time datetime> (${layout})`, async () => {
        const el = await render(
          html`<cst-member-list layout=${layout} status="all"></cst-member-list>`,
        );
        // The data's date, the states' steps, and the dates of the sources in the notes.
        const dates = new Set([
          meta.asOf,
          ...states.flatMap((s) => s.membership.map((e) => e.date)),
          ...sources.map((s) => s.date),
        ]);
        const times = [...root(el).querySelectorAll('time')];
        expect(times.length).to.be.at.least(states.length + 1);
        for (const time of times) {
          expect(dates.has(time.getAttribute('datetime')!), text(time)).to.equal(true);
        }
        // No date of the element's own written outside a <time> (caveats and titles are quoted).
        const copy = document.createElement('div');
        for (const node of root(el).childNodes) copy.append(node.cloneNode(true));
        // (The line of notes names its sources' dates in short; their list gives them in <time>.)
        for (const node of copy.querySelectorAll(
          'time, .caveat, cite, style, [part~="sources-line"]',
        )) {
          node.remove();
        }
        expect(copy.textContent).not.to.match(/\b(19|20)\d\d\b/);
      });
    }
  });

  describe('design', () => {
    it('has outer block margins, fills its column, and takes a max width, which a page may set', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 1100px">
          <cst-member-list></cst-member-list>
          <cst-member-list style="--cst-margin: 0.5rem; --cst-max-width: 20rem"></cst-member-list>
        </div>`,
      );
      const [plain, set] = [...wrap.querySelectorAll<CstMemberList>(TAG)];
      await plain!.updateComplete;
      await set!.updateComplete;
      expect(style(plain!).marginTop).to.equal('24px');
      expect(style(plain!).marginBottom).to.equal('24px');
      expect(style(plain!).maxWidth).to.equal('none');
      expect(plain!.getBoundingClientRect().width).to.equal(1100);
      expect(style(set!).marginTop).to.equal('8px');
      expect(style(set!).marginBottom).to.equal('8px');
      expect(set!.getBoundingClientRect().width).to.equal(320);
    });

    it('has one title style, a muted lede and a quiet footer', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="font-size: 20px">
          <cst-member-list></cst-member-list>
          <cst-member-list layout="table"></cst-member-list>
        </div>`,
      );
      const [list, table] = [...wrap.querySelectorAll<CstMemberList>(TAG)];
      await list!.updateComplete;
      await table!.updateComplete;
      for (const el of [list!, table!]) {
        const title = style(root(el).querySelector('[part~="title"]')!);
        expect(title.fontSize).to.equal('22.5px');
        expect(title.fontWeight).to.equal('700');
        const lede = style(ledeNode(el)!);
        const footer = style(notesLine(el)!);
        expect(lede.color).to.not.equal(title.color);
        expect(lede.color).to.equal(footer.color);
        expect(footer.fontSize).to.equal('16.25px');
      }
    });

    it('has one status style: the same quiet badge for every status, its date beside it', async () => {
      await setViewport({ width: 1000, height: 700 });
      const el = await render(
        html`<cst-member-list status="all" layout="table" theme="light"></cst-member-list>`,
      );
      const labels = [...root(el).querySelectorAll<HTMLElement>('.label')];
      expect(labels.map((l) => l.getAttribute('part'))).to.have.members([
        'badge badge-frozen',
        'badge badge-left',
        'badge badge-left',
        'badge badge-member',
        'badge badge-member',
        'badge badge-member',
        'badge badge-member',
        'badge badge-member',
        'badge badge-suspended',
      ]);
      const first = style(labels[0]!);
      for (const label of labels) {
        const s = style(label);
        for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
          expect(s[`border${side}Style`]).to.equal('none');
        }
        expect(s.outlineStyle).to.equal('none');
        expect(s.boxShadow).to.equal('none');
        for (const prop of [
          'borderRadius',
          'fontSize',
          'fontWeight',
          'color',
          'backgroundColor',
        ] as const) {
          expect(s[prop], `${label.getAttribute('part')} ${prop}`).to.equal(first[prop]);
        }
        expect(s.whiteSpace).to.equal('nowrap');
      }
      // Quiet: a faint tint of the text colour, never an alarm colour.
      expect(first.backgroundColor).not.to.be.oneOf(['rgba(0, 0, 0, 0)', 'transparent']);
      expect(first.color).to.equal(style(el).color);
      // The date beside its badge, on the same line, where there is room.
      for (const id of ['am', 'az', 'uz']) {
        const badge = badgeOf(el, id)!.getBoundingClientRect();
        const date = item(el, id)!.querySelector('.since')!.getBoundingClientRect();
        expect(date.left, id).to.be.at.least(badge.right);
        expect(
          Math.abs(date.top + date.height / 2 - (badge.top + badge.height / 2)),
          id,
        ).to.be.below(4);
      }
      // Rows of one height: one line each (but for what a reader must know of a state's status,
      // and its steps since, beneath it).
      const heights = items(el)
        .filter((tr) => !tr.querySelector('.caveat, .steps'))
        .map((tr) => Math.round(tr.getBoundingClientRect().height));
      expect(new Set(heights).size).to.equal(1);
    });

    it('is framed in every theme alike; a theme paints its ground and colours only', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="color: rgb(10, 20, 30); font-family: serif">
          <cst-member-list></cst-member-list>
          <cst-member-list theme="light"></cst-member-list>
          <cst-member-list theme="dark"></cst-member-list>
          <cst-member-list frame="open"></cst-member-list>
        </div>`,
      );
      const [auto, light, dark, open] = [...wrap.querySelectorAll<CstMemberList>(TAG)];
      for (const el of [auto, light, dark, open]) await el!.updateComplete;
      const frame = (el: Element) => style(root(el).querySelector('.frame')!);
      expect(style(auto!).color).to.equal('rgb(10, 20, 30)');
      expect(frame(auto!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(style(auto!).fontFamily).to.equal(style(wrap).fontFamily);
      expect(style(light!).color).to.equal('rgb(27, 27, 31)');
      expect(frame(light!).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(style(dark!).color).to.equal('rgb(236, 236, 241)');
      expect(frame(dark!).backgroundColor).to.equal('rgb(31, 31, 36)');
      for (const el of [auto!, light!, dark!]) {
        expect(frame(el).borderTopStyle).to.equal('solid');
        expect(frame(el).borderRadius).to.equal('8px');
        expect(frame(el).padding).to.equal('16px 20px');
        // The host paints nothing of its own.
        expect(style(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
        expect(items(el)).to.have.length(6);
      }
      expect(frame(open!).borderTopStyle).to.equal('none');
      expect(frame(open!).padding).to.equal('0px');
    });
  });

  describe('accessibility', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    for (const theme of ['light', 'dark']) {
      for (const layout of ['list', 'grid', 'table']) {
        it(`is accessible: theme="${theme}" layout="${layout}"`, async () => {
          const el = await render(
            html`<cst-member-list theme=${theme} layout=${layout} status="all"></cst-member-list>`,
          );
          await expect(el).to.be.accessible();
          const current = await render(
            html`<cst-member-list theme=${theme} layout=${layout}></cst-member-list>`,
          );
          await expect(current).to.be.accessible();
        });
      }
    }

    it('is accessible as stacked rows, in its empty state and in Russian', async () => {
      await setViewport({ width: 300, height: 640 });
      const narrow = await render(
        html`<cst-member-list theme="light" layout="table" status="all"></cst-member-list>`,
      );
      await expect(narrow).to.be.accessible();
      await setViewport({ width: 800, height: 600 });
      const none = await render(
        html`<cst-member-list theme="light" as-of="1990-01-01"></cst-member-list>`,
      );
      await expect(none).to.be.accessible();
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
        ['not a day of the calendar', 'Until it is fixed nothing is shown.'],
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

    it('warns about an unknown theme but still shows the list in the page colours', async () => {
      const outcome = await renderBadInput(html`<cst-member-list theme="blue"></cst-member-list>`);
      expectReported(outcome, {
        tag: TAG,
        attribute: 'theme',
        value: 'blue',
        code: 'invalid-value',
        includes: ['light, dark, auto'],
      });
      expect(items(outcome.el)).to.have.length(6);
      expect(style(outcome.el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
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
        // The report loads on demand: it arrives after the update.
        await waitUntil(() => errors.length > 0, 'the new value is reported');
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('status="past"');
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-value']);
    });
  });
});
