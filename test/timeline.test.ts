import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  emulateMedia,
  resetMouse,
  sendKeys,
  sendMouse,
  setViewport,
} from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/define/provider.js';
import '../src/define/summit-card.js';
import '../src/define/timeline.js';
import { meta } from '../src/data/bundled/meta.js';
import { sessions } from '../src/data/bundled/sessions.js';
import { states } from '../src/data/bundled/states.js';
import type { EventRecord, SourceRecord, StateRecord } from '../src/data/types.js';
import type { CstProvider } from '../src/elements/provider/provider.js';
import type { CstTimeline } from '../src/elements/timeline/timeline.js';
import { atClock } from './helpers/clock.js';
import { elementWith, expectReported, renderBadInput } from './helpers/element.js';
import {
  citations,
  expectNotes,
  expectOpens,
  expectPrintedInFull,
  notesLine,
  refNumbers,
  visible,
} from './helpers/notes.js';
import {
  ALL_KINDS,
  citedBy,
  expectedCollapsed,
  expectedTimeline,
  sourceById,
  stateById,
  type ExpectedItem,
  type Filter,
} from './helpers/timeline-expected.js';

const TAG = 'cst-timeline';
type Lang = 'en' | 'ru';

/** Each `~` written as a no-break space (U+00A0), as dates, counts and Russian short words have. */
const nb = (s: string) => s.replace(/~/g, '\u00a0');

/** Text as read, ASCII whitespace collapsed: no-break spaces are kept, so they are checked too. */
const text = (node: Node | null | undefined) =>
  (node?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
/** Text as read, without the markers to its sources. */
function said(node: Element | null | undefined): string {
  const copy = node?.cloneNode(true) as Element | undefined;
  copy?.querySelectorAll('.refs').forEach((r) => r.remove());
  return text(copy);
}

const root = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) =>
  root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const partText = (el: Element, name: string) => text(part(el, name));
const items = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('[part~="event"]')];
const years = (el: Element) =>
  [...part(el, 'list')!.children].filter((c) => c.matches('[part~="year-group"]')) as HTMLElement[];
/** Each item's own date: the first `<time>` in it. */
const dates = (el: Element) =>
  items(el).map((li) => li.querySelector('time')!.getAttribute('datetime'));
const titles = (el: Element) =>
  items(el).map((li) => text(li.querySelector('[part~="event-title"]')));
const toggle = (el: Element) => part(el, 'toggle') as HTMLButtonElement | null;
const gaps = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('[part~="gap"]')];
/** Rendered at all (not `display: none`, nor inside something that is). */
const displayed = (node: Element) => node.getClientRects().length > 0;
/** The datetime of each event shown. */
const shownDates = (el: Element) =>
  items(el)
    .filter(displayed)
    .map((li) => li.querySelector('time')!.getAttribute('datetime'));
const shadowTextOf = (el: Element) => text(root(el));
const style = (node: Element, pseudo?: string) => getComputedStyle(node, pseudo);
const px = (value: string) => parseFloat(value);

// What the reader should read, from the data and Intl.
const dateFormats = {
  en: new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }),
  ru: new Intl.DateTimeFormat('ru', { dateStyle: 'long', timeZone: 'UTC' }),
};
/** A date as the reader reads it, one unbreakable phrase. */
const dateText = (iso: string, lang: Lang = 'en') =>
  dateFormats[lang].format(new Date(`${iso}T00:00:00Z`)).replace(/ /g, '\u00a0');
const dayFormats = {
  en: new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', timeZone: 'UTC' }),
  ru: new Intl.DateTimeFormat('ru', { day: 'numeric', month: 'short', timeZone: 'UTC' }),
};
/** An event's day as its line gives it: the year heads its group. */
const dayText = (iso: string, lang: Lang = 'en') =>
  dayFormats[lang].format(new Date(`${iso}T00:00:00Z`)).replace(/ /g, '\u00a0');
const stateName = (id: string, lang: Lang = 'en') => stateById(id).name[lang]!;
/** The states' names, in the reader's alphabetical order, as a list. */
const namesOf = (ids: readonly string[], lang: Lang = 'en') =>
  new Intl.ListFormat(lang).format(
    ids.map((id) => stateName(id, lang)).sort(new Intl.Collator(lang).compare),
  );
const RU_EVENTS: Partial<Record<Intl.LDMLPluralRule, string>> = {
  one: 'событие',
  few: 'события',
  many: 'событий',
};
/** "46 events" / «46 событий», the count glued to its noun. */
function count(n: number, lang: Lang = 'en'): string {
  if (lang === 'en') return `${n}\u00a0${n === 1 ? 'event' : 'events'}`;
  const rule = new Intl.PluralRules('ru').select(n);
  return `${n}\u00a0${RU_EVENTS[rule] ?? 'события'}`;
}
/** The lede the data gives: the count, the years it spans and the date it holds for. */
function ledeOf(expected: readonly ExpectedItem[], asOf: string, lang: Lang = 'en'): string {
  const first = expected[0]!.date.slice(0, 4);
  const last = expected.at(-1)!.date.slice(0, 4);
  const span = first === last ? first : `${first}–${last}`;
  const holds = lang === 'en' ? `as of ${asOf}` : nb(`по~состоянию на~${asOf}`);
  return `${count(expected.length, lang)}, ${span}\u00a0· ${holds}`;
}

async function render(template: TemplateResult): Promise<CstTimeline> {
  const el = await fixture<CstTimeline>(template);
  await el.updateComplete;
  return el;
}

/** A timeline inside a provider, once the provider's data, date or language has reached it. */
async function provided(
  template: TemplateResult,
  ready: (el: CstTimeline) => boolean,
): Promise<CstTimeline> {
  const provider = await fixture<CstProvider>(template);
  const el = provider.querySelector(TAG)!;
  await waitUntil(() => el.shadowRoot !== null && ready(el), 'the provider reaches the timeline');
  return el;
}

/**
 * Runs `check` with the page as printed, then back on screen. Where the browser can emulate
 * print media (Chromium), it does; where it cannot (Firefox driven over WebDriver BiDi has no
 * media emulation), the element's style sheets are replaced by what printing would apply: the
 * rules of `@media print` in their places, those of `@media screen` left out.
 */
async function asPrinted(el: Element, check: () => void | Promise<void>): Promise<void> {
  let emulated = true;
  try {
    await emulateMedia({ media: 'print' });
  } catch {
    emulated = false;
  }
  const shadow = root(el);
  const before = [...shadow.adoptedStyleSheets];
  if (emulated) {
    expect(matchMedia('print').matches, 'print media emulated').to.equal(true);
  } else {
    let printRules = 0;
    const printed = (rule: CSSRule): string[] => {
      if (!(rule instanceof CSSMediaRule)) return [rule.cssText];
      const media = [...rule.media];
      if (media.includes('screen')) return [];
      if (!media.includes('print')) return [rule.cssText];
      printRules += rule.cssRules.length;
      return [...rule.cssRules].map((r) => r.cssText);
    };
    shadow.adoptedStyleSheets = before.map((original) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync([...original.cssRules].flatMap(printed).join('\n'));
      return sheet;
    });
    expect(printRules, 'the element has print rules').to.be.greaterThan(0);
  }
  try {
    await check();
  } finally {
    if (emulated) await emulateMedia({ media: 'screen' });
    else shadow.adoptedStyleSheets = before;
  }
}

/** A source's citation as the reader sees it: its title, linked only to an http(s) address. */
function expectCitation(cite: Element, source: SourceRecord): void {
  expect(text(cite)).to.equal(source.title);
  const link = cite.querySelector('a');
  if (source.url && /^https?:\/\//.test(source.url)) {
    expect(link, `${source.id} is linked`).to.exist;
    expect(link!.getAttribute('href')).to.equal(source.url);
  } else {
    expect(link, `${source.id} is not linked`).to.equal(null);
  }
}

/**
 * The items shown are the items the data gives, each dated by its day and titled, key events
 * marked; in the list layout each carries markers to its sources, which the notes at the foot
 * list once each, in order of first citation.
 */
function expectItems(el: Element, expected: readonly ExpectedItem[], lang: Lang = 'en'): void {
  expect(dates(el)).to.deep.equal(expected.map((e) => e.date));
  const compact = part(el, 'base')!.classList.contains('compact');
  const cited = citedBy(expected);
  items(el).forEach((li, i) => {
    const item = expected[i]!;
    const time = li.querySelector('time')!;
    expect(text(time), item.id).to.equal(dayText(item.date, lang));
    expect(text(li.querySelector('[part~="event-title"]')), `${item.id} title`).not.to.equal('');
    if (item.title) {
      expect(text(li.querySelector('[part~="event-title"]'))).to.equal(item.title[lang]);
    }
    expect(li.classList.contains('key'), `${item.id} key`).to.equal(item.key);
    const marks = refNumbers(li);
    if (compact) {
      expect(marks, item.id).to.deep.equal([]);
    } else {
      expect(
        marks.map((n) => cited[n - 1]),
        `${item.id} sources`,
      ).to.deep.equal(
        item.sources.map((id) => id).sort((a, b) => cited.indexOf(a) - cited.indexOf(b)),
      );
    }
  });
  const notes = citations(el);
  expect(notes).to.have.length(cited.length);
  notes.forEach((li, i) => expectCitation(li.querySelector('cite')!, sourceById(cited[i]!)));
}

/** The element shows exactly what the data gives for the filter, and counts it in the lede. */
function expectTimeline(el: Element, filter: Filter, lang: Lang = 'en'): ExpectedItem[] {
  const expected = expectedTimeline(filter);
  expect(expected.length, 'the data has events for this filter').to.be.greaterThan(0);
  expectItems(el, expected, lang);
  const asOf = filter.asOf !== undefined && filter.asOf < meta.asOf ? filter.asOf : meta.asOf;
  expect(partText(el, 'lede')).to.equal(ledeOf(expected, dateText(asOf, lang), lang));
  return expected;
}

/** The latest planned session in the data, and the one item the timeline shows for it. */
const PLANNED = sessions.find((s) => s.status === 'planned')!;
const plannedItem = (el: Element) =>
  items(el).find(
    (li) => li.querySelector('time')!.getAttribute('datetime') === PLANNED.date,
  ) as HTMLElement;

describe('<cst-timeline>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  describe('the data these tests read', () => {
    it('holds a dated dataset, one planned session and the steps the timeline folds', () => {
      expect(meta.asOf).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(sessions.filter((s) => s.status === 'planned')).to.have.length(1);
      expect(PLANNED.date > meta.asOf).to.equal(true);
      // Planned as of the latest source that announced it, no later than the data's own date.
      expect(PLANNED.statusAsOf! <= meta.asOf).to.equal(true);
      // Three states left on 1999-04-20; maintainers' notes exist (and must not be shown).
      const left = states.filter((s) =>
        s.membership.some((m) => m.type === 'left' && m.date === '1999-04-20'),
      );
      expect(left.map((s) => s.id)).to.have.length(3);
      expect(states.some((s) => s.membership.some((m) => m.type === 'note'))).to.equal(true);
      // Long enough to collapse, and filters on either side of the threshold.
      expect(expectedTimeline().length).to.be.greaterThan(12);
      expect(expectedTimeline({ kinds: ['treaty'], to: '2025' })).to.have.length(12);
      expect(expectedTimeline({ state: 'kz' })).to.have.length(13);
      expect(expectedTimeline({ state: 'am', kinds: ['membership'] }).length).to.be.below(12);
    });
  });

  describe('default timeline', () => {
    it('is a labelled region holding an ordered list of years, each a heading and a list', async () => {
      const el = await render(html`<cst-timeline></cst-timeline>`);
      const section = part(el, 'base')!;
      expect(section.localName).to.equal('section');
      const labelId = section.getAttribute('aria-labelledby')!;
      expect(text(root(el).getElementById(labelId))).to.equal('CSTO timeline');
      expect(partText(el, 'title')).to.equal('CSTO timeline');

      const list = part(el, 'list')!;
      expect(list.localName).to.equal('ol');
      expect(text(root(el).getElementById(list.getAttribute('aria-labelledby')!))).to.equal(
        'CSTO timeline',
      );
      const expected = expectedTimeline();
      const wantYears = [...new Set(expected.map((e) => e.date.slice(0, 4)))];
      expect(years(el).map((y) => y.localName)).to.deep.equal(wantYears.map(() => 'li'));
      years(el).forEach((year, i) => {
        const heading = year.firstElementChild!;
        expect(heading.localName).to.equal('h3');
        expect(text(heading)).to.equal(wantYears[i]);
        const events = year.querySelector(':scope > ol')!;
        expect(events, `${wantYears[i]} list`).to.exist;
        expect(events.children.length).to.be.greaterThan(0);
        // Its events, and where a collapsed timeline leaves some out.
        for (const child of events.children) {
          expect(child.localName).to.equal('li');
          if (child.matches('[part~="gap"]')) continue;
          expect(child.getAttribute('part')).to.equal('event');
          expect(child.querySelector('time')!.getAttribute('datetime')!.slice(0, 4)).to.equal(
            wantYears[i],
          );
        }
      });
    });

    it('shows every event the data holds, in date order, each dated, titled and cited', async () => {
      const el = await render(html`<cst-timeline></cst-timeline>`);
      const expected = expectTimeline(el, {});
      const shown = dates(el);
      expect([...shown].sort()).to.deep.equal(shown);
      expect(items(el)).to.have.length(expected.length);
      // Sources without a web address are named, never linked; web ones are linked.
      const cites = citations(el).map((li) => li.querySelector('cite')!);
      expect(cites.some((c) => c.querySelector('a'))).to.equal(true);
      expect(cites.some((c) => !c.querySelector('a'))).to.equal(true);
      for (const a of root(el).querySelectorAll('a:not([part~="ref"])')) {
        expect(a.getAttribute('href')).to.match(/^https?:\/\//);
      }
      // No source is listed twice, however many events cite it.
      expect(new Set(cites.map((c) => text(c))).size).to.equal(cites.length);
      expectNotes(el, citedBy(expected).map(sourceById));
    });

    it('counts its items in the lede, with the years they span and the date it holds for', async () => {
      const el = await render(html`<cst-timeline></cst-timeline>`);
      const expected = expectedTimeline();
      expect(partText(el, 'lede')).to.equal(ledeOf(expected, dateText(meta.asOf)));
      expect(partText(el, 'lede')).to.contain(count(items(el).length));
      const time = part(el, 'lede')!.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal(meta.asOf);
    });

    it('shows dated steps under their reader titles, and leaves out notes without one', async () => {
      const el = await render(html`<cst-timeline></cst-timeline>`);
      const notes = states.flatMap((s) => s.membership.filter((m) => m.type === 'note'));
      expect(notes.length).to.be.greaterThan(4);
      for (const note of notes) {
        expect(note.title, note.date).to.exist;
        expect(titles(el)).to.include(note.title!.en);
      }
      // A publisher's remark without a reader title stays out.
      const armenia = structuredClone(stateById('am'));
      armenia.membership.push({
        date: '2025-07-01',
        type: 'note',
        scope: 'organization',
        note: { en: 'A maintainers’ remark.', ru: 'Заметка.' },
        sources: ['rferl-armenia-budget'],
      });
      const n = expectedTimeline().length;
      const withRemark = await provided(
        html`<cst-provider .data=${{ states: [armenia] }}
          ><cst-timeline></cst-timeline
        ></cst-provider>`,
        (el) => items(el).length === n,
      );
      expect(dates(withRemark)).not.to.include('2025-07-01');
      expect(shadowTextOf(withRemark)).not.to.contain('maintainers');
    });

    it("folds the states' signings into the Treaty's, the 1999 protocol's and the Charter's items", async () => {
      const el = await render(html`<cst-timeline></cst-timeline>`);
      const expected = expectedTimeline();
      const signings: [string, string, 'signed' | 'extension-signed' | 'founding-member'][] = [
        ['document:treaty:signed', 'Collective Security Treaty signed', 'signed'],
        [
          'amendment:treaty:protocol-1999:signed',
          'Protocol on the Extension of the Collective Security Treaty signed',
          'extension-signed',
        ],
        [
          'document:charter:signed',
          'Charter of the Collective Security Treaty Organization signed',
          'founding-member',
        ],
      ];
      for (const [id, title, step] of signings) {
        const index = expected.findIndex((e) => e.id === id);
        const item = expected[index]!;
        // The signatories are the states whose own record has that step on that day.
        const signers = states
          .filter((s) => s.membership.some((m) => m.type === step && m.date === item.date))
          .map((s) => s.id);
        expect(signers.length, id).to.be.greaterThan(1);
        const li = items(el)[index]!;
        expect(text(li.querySelector('[part~="event-title"]'))).to.equal(title);
        expect(said(li.querySelector('.states'))).to.equal(`Signed by ${namesOf(signers)}`);
        // No separate item for any of those states on that day.
        const sameDay = expected.filter((e) => e.date === item.date);
        expect(sameDay.filter((e) => e.kind === 'membership')).to.deep.equal([]);
        expect(dates(el).filter((d) => d === item.date)).to.have.length(sameDay.length);
      }
      expect(titles(el).filter((t) => / sign(s)? the | founding member/.test(t))).to.deep.equal([]);
    });

    it('gives the three states that left on 1999-04-20 one item', async () => {
      const el = await render(html`<cst-timeline></cst-timeline>`);
      const left = states
        .filter((s) => s.membership.some((m) => m.type === 'left' && m.date === '1999-04-20'))
        .map((s) => s.id)
        .sort();
      const onThatDay = items(el).filter(
        (li) => li.querySelector('time')!.getAttribute('datetime') === '1999-04-20',
      );
      expect(onThatDay).to.have.length(1);
      expect(text(onThatDay[0]!.querySelector('[part~="event-title"]'))).to.equal(
        `${namesOf(left)} cease to be parties to the Treaty`,
      );
    });

    it('has no live region and no status or alert role', async () => {
      const el = await render(html`<cst-timeline></cst-timeline>`);
      expect(
        root(el).querySelector('[aria-live], [role="status"], [role="alert"], output'),
      ).to.equal(null);
      expect(el.getAttribute('aria-live')).to.equal(null);
      expect(el.getAttribute('role')).to.equal(null);
    });
  });

  describe('collapse', () => {
    /** The gaps' counts and the years they span, as read. */
    const gapTexts = (el: Element) =>
      gaps(el)
        .filter(displayed)
        .map((g) => text(g));

    it('collapsed, shows a handful: its key events and latest three, and marks what it leaves out', async () => {
      const el = await render(html`<cst-timeline></cst-timeline>`);
      const expected = expectedTimeline();
      const shown = expectedCollapsed(expected);
      expect(shown.length).to.be.at.most(10);
      expect(shown.length).to.be.at.least(8);
      expect(shownDates(el)).to.deep.equal(shown.map((e) => e.date));
      // The latest three, and key events only besides.
      expect(shown.slice(-3)).to.deep.equal(expected.slice(-3));
      for (const item of shown.slice(0, -3)) expect(item.key, item.id).to.equal(true);
      // Where events are left out, a mark says how many and from which years.
      const runs: ExpectedItem[][] = [];
      let run: ExpectedItem[] = [];
      for (const item of expected) {
        if (shown.includes(item)) {
          if (run.length) runs.push(run);
          run = [];
        } else run.push(item);
      }
      const year = (item: ExpectedItem) => item.date.slice(0, 4);
      expect(gapTexts(el)).to.deep.equal(
        runs.map((r) => {
          const n = `${r.length}\u00a0more ${r.length === 1 ? 'event' : 'events'}`;
          return year(r[0]!) === year(r.at(-1)!)
            ? `${n} in ${year(r[0]!)}`
            : `${n}, ${year(r[0]!)}–${year(r.at(-1)!)}`;
        }),
      );
      // Each mark sits on the rail between the events around it.
      const visibleItems = items(el).filter(displayed);
      for (const gap of gaps(el).filter(displayed)) {
        const top = gap.getBoundingClientRect().top;
        const before = visibleItems.filter((li) => li.getBoundingClientRect().bottom <= top + 1);
        expect(before.length, text(gap)).to.be.greaterThan(0);
        expect(before.length).to.be.below(visibleItems.length);
        expect(style(gap, '::before').borderTopLeftRadius).to.equal('50%');
      }
      // A year whose events are all left out is left out with them.
      for (const y of years(el)) {
        const anyShown = [...y.querySelectorAll('[part~="event"]')].some(displayed);
        expect(displayed(y), text(y.firstElementChild)).to.equal(anyShown);
      }
    });

    it('ends with its control: after the last event, before the notes', async () => {
      const el = await render(html`<cst-timeline></cst-timeline>`);
      const expected = expectedTimeline();
      const button = toggle(el)!;
      expect(button.localName).to.equal('button');
      expect(button.getAttribute('type')).to.equal('button');
      expect(text(button)).to.equal(nb(`Show all ${expected.length}~events`));
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal('list');
      expect(root(el).getElementById('list')).to.equal(part(el, 'list'));
      expect(displayed(button)).to.equal(true);
      const last = items(el).filter(displayed).at(-1)!;
      expect(button.getBoundingClientRect().top).to.be.at.least(
        last.getBoundingClientRect().bottom,
      );
      expect(button.getBoundingClientRect().bottom).to.be.at.most(
        part(el, 'sources')!.getBoundingClientRect().top,
      );
      // Nothing above the list but the title and the lede.
      expect(part(el, 'list')!.previousElementSibling).to.equal(part(el, 'header'));
    });

    it('shows every event from the control, which then collapses it again, keeping focus and in view', async () => {
      await setViewport({ width: 800, height: 600 });
      const el = await render(html`<cst-timeline></cst-timeline>`);
      const n = expectedTimeline().length;
      const handful = expectedCollapsed(expectedTimeline()).length;
      const click = async () => {
        toggle(el)!.scrollIntoView({ block: 'center' });
        const box = toggle(el)!.getBoundingClientRect();
        await sendMouse({
          type: 'click',
          position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
        });
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(r));
      };
      try {
        await click();
        expect(items(el).filter(displayed)).to.have.length(n);
        expect(gaps(el).filter(displayed)).to.deep.equal([]);
        expect(years(el).every(displayed)).to.equal(true);
        expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('true');
        expect(text(toggle(el))).to.equal('Show fewer events');
        expect(root(el).activeElement).to.equal(toggle(el));
        // Still at the end, where a reader who has read it all is.
        const last = items(el).at(-1)!;
        expect(toggle(el)!.getBoundingClientRect().top).to.be.at.least(
          last.getBoundingClientRect().bottom,
        );
        await click();
        expect(items(el).filter(displayed)).to.have.length(handful);
        expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('false');
        expect(root(el).activeElement).to.equal(toggle(el));
        // The control is in view after the list shrank under the reader.
        const box = toggle(el)!.getBoundingClientRect();
        expect(box.top).to.be.at.least(0);
        expect(box.bottom).to.be.at.most(innerHeight);
      } finally {
        await resetMouse();
        window.scrollTo(0, 0);
      }
    });

    it('toggles from the keyboard (Enter, then Space), keeping focus on the control', async () => {
      const el = await render(html`<cst-timeline></cst-timeline>`);
      const n = expectedTimeline().length;
      const handful = expectedCollapsed(expectedTimeline()).length;
      const button = toggle(el)!;
      button.focus();
      expect(root(el).activeElement).to.equal(button);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(items(el).filter(displayed)).to.have.length(n);
      expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('true');
      expect(root(el).activeElement).to.equal(toggle(el));
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(items(el).filter(displayed)).to.have.length(handful);
      expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('false');
      expect(text(toggle(el))).to.equal(nb(`Show all ${n}~events`));
      expect(root(el).activeElement).to.equal(toggle(el));
      window.scrollTo(0, 0);
    });

    it('collapses 13 events, not 12', async () => {
      const thirteen = await render(html`<cst-timeline state="kz"></cst-timeline>`);
      const expected = expectTimeline(thirteen, { state: 'kz' });
      expect(shownDates(thirteen)).to.deep.equal(expectedCollapsed(expected).map((e) => e.date));
      expect(expectedCollapsed(expected).length).to.be.below(13);
      expect(text(toggle(thirteen))).to.equal(nb('Show all 13~events'));
      const twelve = await render(html`<cst-timeline kinds="treaty" to="2025"></cst-timeline>`);
      expectTimeline(twelve, { kinds: ['treaty'], to: '2025' });
      expect(toggle(twelve)).to.equal(null);
      expect(gaps(twelve)).to.deep.equal([]);
      expect(items(twelve).filter(displayed)).to.have.length(12);
    });

    it('has no control on a short timeline', async () => {
      const el = await render(html`<cst-timeline state="am" kinds="membership"></cst-timeline>`);
      const expected = expectTimeline(el, { state: 'am', kinds: ['membership'] });
      expect(toggle(el)).to.equal(null);
      expect(root(el).querySelector('button')).to.equal(null);
      expect(items(el).filter(displayed)).to.have.length(expected.length);
    });

    it('prints every event while collapsed, without the control or the marks', async () => {
      const el = await render(html`<cst-timeline></cst-timeline>`);
      const n = expectedTimeline().length;
      await asPrinted(el, () => {
        expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('false');
        expect(items(el).filter(displayed)).to.have.length(n);
        expect(years(el).every(displayed)).to.equal(true);
        expect(displayed(toggle(el)!)).to.equal(false);
        expect(gaps(el).filter(displayed)).to.deep.equal([]);
      });
      expect(items(el).filter(displayed)).to.have.length(
        expectedCollapsed(expectedTimeline()).length,
      );
      expect(displayed(toggle(el)!)).to.equal(true);
    });

    for (const layout of ['list', 'compact']) {
      it(`prints the earlier years and events laid out like the latest (${layout})`, async () => {
        const el = await render(html`<cst-timeline layout=${layout}></cst-timeline>`);
        await asPrinted(el, () => {
          const events = items(el);
          const [first, last] = [events[0]!, events.at(-1)!];
          expect(style(first).display, 'earliest event').to.equal(style(last).display);
          expect(style(years(el)[0]!).display, 'earliest year').to.equal(
            style(years(el).at(-1)!).display,
          );
          if (layout === 'compact') {
            // Date and title side by side, as on screen.
            expect(style(first).gridTemplateColumns).to.equal(style(last).gridTemplateColumns);
          }
        });
      });
    }
  });

  describe('a graphic', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    /** A timeline in a column of the given width. */
    async function inColumn(width: number, template: TemplateResult) {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: ${width}px">${template}</div>`,
      );
      const el = wrap.firstElementChild as CstTimeline;
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      return el;
    }

    it('in a 680 px column: far under 1,400 px collapsed, and under half its old 6,900 expanded', async () => {
      await setViewport({ width: 1000, height: 800 });
      const el = await inColumn(680, html`<cst-timeline></cst-timeline>`);
      expect(el.getBoundingClientRect().height).to.be.below(900);
      toggle(el)!.click();
      await el.updateComplete;
      expect(el.getBoundingClientRect().height).to.be.below(3000);
    });

    it('gives an ordinary event one line: its day and its title', async () => {
      await setViewport({ width: 1000, height: 800 });
      const el = await inColumn(680, html`<cst-timeline></cst-timeline>`);
      toggle(el)!.click();
      await el.updateComplete;
      const ordinary = items(el).filter(
        (li) => !li.classList.contains('key') && text(li.querySelector('.name')).length <= 40,
      );
      expect(ordinary.length).to.be.greaterThan(10);
      for (const li of ordinary) {
        const line = li.querySelector('[part~="event-line"]')!;
        const lineHeight = px(style(li.querySelector('.name')!).lineHeight);
        expect(line.getBoundingClientRect().height, text(li)).to.be.below(lineHeight * 1.6);
        const time = li.querySelector('time')!.getBoundingClientRect();
        const title = li.querySelector('.name')!.getBoundingClientRect();
        expect(title.left, 'title beside the day').to.be.greaterThan(time.right);
        // What more there is to say waits behind the line.
        expect([...li.querySelectorAll('.body p')].some(visible), text(li)).to.equal(false);
      }
    });

    it('sets key events apart: bold titles, larger dots in the accent colour', async () => {
      const el = await render(
        html`<cst-timeline style="--cst-color-accent: rgb(200, 0, 0)"></cst-timeline>`,
      );
      const key = items(el).filter((li) => li.classList.contains('key'));
      const plain = items(el).filter((li) => !li.classList.contains('key') && displayed(li));
      expect(key.length).to.be.greaterThan(3);
      expect(plain.length).to.be.greaterThan(0);
      const dot = (li: Element) => style(li, '::before');
      for (const li of key) {
        expect(Number(style(li.querySelector('.name')!).fontWeight), text(li)).to.be.at.least(700);
        expect(dot(li).backgroundColor).to.equal('rgb(200, 0, 0)');
        expect(px(dot(li).width)).to.be.above(px(dot(plain[0]!).width));
      }
      for (const li of plain) {
        expect(Number(style(li.querySelector('.name')!).fontWeight)).to.be.below(600);
      }
      // The data's turning points: the signing, the founding, departures, Armenia's freeze.
      const titles = key.map((li) => text(li.querySelector('.name')));
      expect(titles).to.include('Collective Security Treaty signed');
      expect(titles).to.include('Decision to create the Organization');
      expect(titles.some((t) => /freezes its participation/.test(t))).to.equal(true);
      expect(titles.some((t) => /cease to be parties/.test(t))).to.equal(true);
    });

    it('runs one continuous rail from the first event to the last, through every year', async () => {
      const el = await render(html`<cst-timeline></cst-timeline>`);
      toggle(el)!.click();
      await el.updateComplete;
      const list = part(el, 'list')!;
      const rail = style(list, '::before');
      expect(rail.position).to.equal('absolute');
      expect(rail.borderLeftStyle).to.equal('solid');
      // No rail per year or per event.
      for (const y of years(el)) {
        expect(style(y.querySelector('.events')!).borderLeftStyle).to.equal('none');
      }
      // It spans from the first dot to the last.
      const box = list.getBoundingClientRect();
      const railTop = box.top + px(rail.top);
      const railBottom = box.bottom - px(rail.bottom);
      const dots = items(el).map((li) => {
        const r = li.getBoundingClientRect();
        return r.top + px(style(li, '::before').top) + px(style(li, '::before').height) / 2;
      });
      expect(railTop).to.be.at.most(dots[0]! + 1);
      expect(railBottom).to.be.at.least(dots.at(-1)! - 1);
      // Every dot sits on it.
      const railX = box.left + px(rail.left) + px(rail.borderLeftWidth) / 2;
      for (const li of items(el)) {
        const r = li.getBoundingClientRect();
        const center =
          r.left + px(style(li, '::before').left) + px(style(li, '::before').width) / 2;
        expect(Math.abs(center - railX), text(li)).to.be.below(1.5);
      }
    });

    it('opens a line to its sentence, the states involved and markers to its sources', async () => {
      const el = await render(html`<cst-timeline kinds="operations"></cst-timeline>`);
      const expected = expectedTimeline({ kinds: ['operations'] });
      const li = items(el)[0]!;
      const details = li.querySelector('details')!;
      expect(details.open).to.equal(false);
      const line = li.querySelector<HTMLElement>('summary[part~="event-line"]')!;
      expect(line.contains(li.querySelector('time'))).to.equal(true);
      line.click();
      await el.updateComplete;
      expect(details.open).to.equal(true);
      const summary = li.querySelector('.summary')!;
      expect(visible(summary)).to.equal(true);
      expect(text(li.querySelector('.states'))).to.match(/^States? involved: /);
      // Its markers, after its last line, point into the one list.
      const cited = citedBy(expected);
      const numbers = refNumbers(li);
      expect(numbers.map((n) => cited[n - 1])).to.have.members(expected[0]!.sources);
      const marker = li.querySelector<HTMLAnchorElement>('[part~="ref"]')!;
      marker.click();
      await el.updateComplete;
      expect(part(el, 'sources')!.hasAttribute('open')).to.equal(true);
      expect(root(el).activeElement).to.equal(citations(el)[numbers[0]! - 1]);
    });

    it('in a phone-width column, sets the day above the title and keeps the rail', async () => {
      const el = await inColumn(358, html`<cst-timeline></cst-timeline>`);
      for (const li of items(el).filter(displayed)) {
        const time = li.querySelector('time')!.getBoundingClientRect();
        const title = li.querySelector('.name')!.getBoundingClientRect();
        expect(title.top, text(li)).to.be.at.least(time.bottom - 1);
      }
      expect(el.getBoundingClientRect().height).to.be.below(2339);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    });

    it('lists every source once in its notes, which print in full', async () => {
      const el = await render(html`<cst-timeline></cst-timeline>`);
      await expectOpens(el);
      await expectPrintedInFull(el);
      // Printed, each event's sentence and markers show under its line.
      await asPrinted(el, () => {
        for (const li of items(el)) {
          for (const p of li.querySelectorAll('.body p'))
            expect(visible(p), text(li)).to.equal(true);
        }
      });
    });
  });

  describe('filters', () => {
    it('from and to take years, each from its first day to its last', async () => {
      const both = await render(html`<cst-timeline from="2002" to="2002"></cst-timeline>`);
      const expected = expectTimeline(both, { from: '2002', to: '2002' });
      expect(expected.every((e) => e.date.startsWith('2002'))).to.equal(true);
      const from = await render(html`<cst-timeline from="2022"></cst-timeline>`);
      expectTimeline(from, { from: '2022' });
      expect(dates(from).every((d) => d! >= '2022-01-01')).to.equal(true);
      const to = await render(html`<cst-timeline to="1993"></cst-timeline>`);
      expectTimeline(to, { to: '1993' });
      expect(dates(to).at(-1)).to.equal('1993-12-31');
    });

    it('from and to take dates, and include events on those days', async () => {
      const el = await render(
        html`<cst-timeline from="1999-04-02" to="1999-04-20"></cst-timeline>`,
      );
      expectTimeline(el, { from: '1999-04-02', to: '1999-04-20' });
      expect(dates(el)[0]).to.equal('1999-04-02');
      expect(dates(el).at(-1)).to.equal('1999-04-20');
      const after = await render(
        html`<cst-timeline from="1999-04-03" to="1999-04-19"></cst-timeline>`,
      );
      expect(dates(after)).not.to.include('1999-04-02');
      expect(dates(after)).not.to.include('1999-04-20');
    });

    it('kinds="operations" shows the operations only', async () => {
      const el = await render(html`<cst-timeline kinds="operations"></cst-timeline>`);
      const expected = expectTimeline(el, { kinds: ['operations'] });
      expect(expected.every((e) => e.kind === 'operations')).to.equal(true);
      expect(titles(el)).to.deep.equal(expected.map((e) => e.title!.en));
    });

    for (const kind of ALL_KINDS) {
      it(`kinds="${kind}" matches the data`, async () => {
        const el = await render(html`<cst-timeline kinds=${kind}></cst-timeline>`);
        expectTimeline(el, { kinds: [kind] });
      });
    }

    for (const [value, kinds] of [
      ['treaty,operations', ['treaty', 'operations']],
      ['membership  documents', ['membership', 'documents']],
      [' Sessions, treaty ', ['sessions', 'treaty']],
    ] as const) {
      it(`kinds="${value}" shows those kinds together`, async () => {
        const el = await render(html`<cst-timeline kinds=${value}></cst-timeline>`);
        const expected = expectTimeline(el, { kinds });
        for (const kind of kinds) {
          expect(
            expected.some((e) => e.kind === kind),
            kind,
          ).to.equal(true);
        }
      });
    }

    it('kinds="membership" without the Treaty shows the states signing it themselves', async () => {
      const el = await render(html`<cst-timeline kinds="membership"></cst-timeline>`);
      const expected = expectTimeline(el, { kinds: ['membership'] });
      const signing = expected.find((e) => e.step === 'signed')!;
      expect(signing.states.length).to.be.greaterThan(1);
      expect(titles(el)[expected.indexOf(signing)]).to.equal(
        `${namesOf(signing.states)} sign the Collective Security Treaty`,
      );
    });

    // Every way of naming a state, read from the data: id, ISO codes, names and aliases.
    const spellings: [string, string][] = [
      ['am', 'am'],
      ['Armenia', 'am'],
      [stateName('am', 'ru'), 'am'],
      [stateById('am').iso3, 'am'],
      [stateName('kg', 'ru'), 'kg'],
      ...(stateById('kg').aliases ?? []).map((alias): [string, string] => [alias, 'kg']),
      ...(stateById('by').aliases ?? [])
        .filter((alias) => /[а-яё]/i.test(alias))
        .map((alias): [string, string] => [alias, 'by']),
    ];
    it('reads aliases from the data', () => {
      expect(spellings.map(([s]) => s)).to.include.members(['Kirghizia', 'Киргизия']);
    });
    for (const [spelling, id] of spellings) {
      it(`state="${spelling}" is ${id}'s history`, async () => {
        const el = await render(html`<cst-timeline state=${spelling}></cst-timeline>`);
        const expected = expectTimeline(el, { state: id });
        expect(expected.every((e) => e.states.includes(id))).to.equal(true);
        expect(expected.length).to.be.below(expectedTimeline().length);
        expect(partText(el, 'title')).to.equal(`${stateName(id)} and the CSTO: timeline`);
      });
    }

    it("a state's history names it in the items that say who took part", async () => {
      const el = await render(html`<cst-timeline state="uz"></cst-timeline>`);
      const expected = expectTimeline(el, { state: 'uz' });
      const left = expected.findIndex((e) => e.step === 'left');
      expect(titles(el)[left]).to.equal(`${stateName('uz')} ceases to be a party to the Treaty`);
      const treaty = expected.findIndex((e) => e.id === 'document:treaty:signed');
      expect(said(items(el)[treaty]!.querySelector('.states'))).to.contain(stateName('uz'));
    });

    it('as-of removes later events and says which date it holds for', async () => {
      const el = await render(html`<cst-timeline as-of="2022-01-01"></cst-timeline>`);
      expectTimeline(el, { asOf: '2022-01-01' });
      expect(dates(el).every((d) => d! <= '2022-01-01')).to.equal(true);
      expect(part(el, 'lede')!.querySelector('time')!.getAttribute('datetime')).to.equal(
        '2022-01-01',
      );
    });

    it('as-of before the planned session was announced leaves it out; on that day it is in', async () => {
      const announced = PLANNED.statusAsOf!;
      const before = new Date(Date.parse(`${announced}T00:00:00Z`) - 86400000)
        .toISOString()
        .slice(0, 10);
      const early = await render(html`<cst-timeline as-of=${before}></cst-timeline>`);
      expectTimeline(early, { asOf: before });
      expect(dates(early)).not.to.include(PLANNED.date);
      expect(part(early, 'status')).to.equal(null);
      const on = await render(html`<cst-timeline as-of=${announced}></cst-timeline>`);
      expectTimeline(on, { asOf: announced });
      expect(dates(on)).to.include(PLANNED.date);
      expect(partText(on, 'status')).to.equal('Planned');
    });

    it('as-of later than the data answers for the data, says so, and reports nothing', async () => {
      const outcome = await renderBadInput(html`<cst-timeline as-of="2030-01-01"></cst-timeline>`);
      expect(outcome.warnings).to.deep.equal([]);
      expect(outcome.errors).to.deep.equal([]);
      const el = outcome.el;
      expectItems(el, expectedTimeline());
      expect(partText(el, 'lede')).to.equal(
        ledeOf(expectedTimeline(), `${dateText(meta.asOf)}, the latest date in this data`),
      );
    });

    it('says so when nothing matches, without reporting a problem', async () => {
      expect(expectedTimeline({ to: '1991' })).to.deep.equal([]);
      const outcome = await renderBadInput(html`<cst-timeline to="1991"></cst-timeline>`);
      expect(outcome.warnings).to.deep.equal([]);
      expect(outcome.errors).to.deep.equal([]);
      const el = outcome.el;
      expect(partText(el, 'empty')).to.equal('No event in this data matches these settings.');
      expect(items(el)).to.deep.equal([]);
      expect(part(el, 'list')).to.equal(null);
      expect(toggle(el)).to.equal(null);
      expect(partText(el, 'lede')).to.equal(`as of ${dateText(meta.asOf)}`);
    });

    it("follows a provider's as-of", async () => {
      const el = await provided(
        html`<cst-provider as-of="2000-01-01"><cst-timeline></cst-timeline></cst-provider>`,
        (el) => partText(el, 'lede').includes(dateText('2000-01-01')),
      );
      expectTimeline(el, { asOf: '2000-01-01' });
      const late = await provided(
        html`<cst-provider as-of="2099-01-01"><cst-timeline></cst-timeline></cst-provider>`,
        (el) => partText(el, 'lede').includes('the latest date in this data'),
      );
      expectItems(late, expectedTimeline());
    });

    it("prefers its own as-of to the provider's", async () => {
      const provider = await fixture<CstProvider>(
        html`<cst-provider as-of="2000-01-01"
          ><cst-timeline as-of="2010-01-01"></cst-timeline
        ></cst-provider>`,
      );
      const el = provider.querySelector(TAG)!;
      await el.updateComplete;
      expectTimeline(el, { asOf: '2010-01-01' });
    });

    it("follows a provider's lang", async () => {
      const el = await provided(
        html`<cst-provider lang="ru"><cst-timeline></cst-timeline></cst-provider>`,
        (el) => partText(el, 'title') === 'Хроника ОДКБ',
      );
      expectTimeline(el, {}, 'ru');
    });

    it('shows an event from publisher data in its place, cited', async () => {
      const source: SourceRecord = {
        id: 'publisher-exercise-2023',
        kind: 'web',
        title: 'Publisher: joint exercise, June 2023',
        publisher: 'Publisher',
        date: '2023-06-02',
        lang: 'en',
        url: 'https://example.org/exercise-2023',
      };
      const event: EventRecord = {
        id: 'publisher-exercise-2023',
        date: '2023-06-01',
        kind: 'operations',
        title: { en: 'A publisher exercise', ru: 'Учения издателя' },
        summary: { en: 'Forces trained together.', ru: 'Силы провели учения.' },
        states: ['kz'],
        sources: [source.id],
      };
      const n = expectedTimeline().length;
      const el = await provided(
        html`<cst-provider .data=${{ events: [event], sources: [source] }}
          ><cst-timeline></cst-timeline
        ></cst-provider>`,
        (el) => items(el).length === n + 1,
      );
      const shown = dates(el);
      expect([...shown].sort()).to.deep.equal(shown);
      const li = items(el).find(
        (li) => text(li.querySelector('[part~="event-title"]')) === 'A publisher exercise',
      )!;
      expect(li, 'the publisher event').to.exist;
      expect(li.querySelector('time')!.getAttribute('datetime')).to.equal('2023-06-01');
      expect(text(li.querySelector('.summary'))).to.equal('Forces trained together.');
      const [note] = refNumbers(li);
      // One state: in the singular.
      expect(text(li.querySelector('.states'))).to.equal(
        `State involved: ${stateName('kz')}${note}`,
      );
      expectCitation(citations(el)[note! - 1]!.querySelector('cite')!, source);
      expect(partText(el, 'lede')).to.contain(count(n + 1));
    });

    it('gives the states that took one step on one day one item, whatever else happened that day', async () => {
      // A publisher's state that acceded on the day three others left (its id sorts among theirs).
      const extra: StateRecord = {
        id: 'bz',
        iso2: 'BZ',
        iso3: 'BZZ',
        isoNumeric: '999',
        name: { en: 'Testland', ru: 'Тестландия' },
        capital: { en: 'Testville', ru: 'Тествиль' },
        membership: [
          { date: '1999-04-20', type: 'acceded', scope: 'treaty', sources: ['mfa-by-membership'] },
        ],
        chairmanships: [],
        sources: ['mfa-by-membership'],
      };
      const n = expectedTimeline().length;
      const el = await provided(
        html`<cst-provider .data=${{ states: [extra] }}
          ><cst-timeline></cst-timeline
        ></cst-provider>`,
        (el) => items(el).length >= n + 1,
      );
      const left = states
        .filter((s) => s.membership.some((m) => m.type === 'left' && m.date === '1999-04-20'))
        .map((s) => s.id)
        .sort();
      const onThatDay = items(el)
        .filter((li) => li.querySelector('time')!.getAttribute('datetime') === '1999-04-20')
        .map((li) => text(li.querySelector('[part~="event-title"]')));
      expect(onThatDay).to.have.members([
        `${namesOf(left)} cease to be parties to the Treaty`,
        'Testland accedes to the Treaty',
      ]);
      expect(items(el)).to.have.length(n + 1);
    });
  });

  describe('a planned session', () => {
    const announced = (lang: Lang) =>
      lang === 'en'
        ? `Announced for ${dateText(PLANNED.date)} (as of ${dateText(PLANNED.statusAsOf!)})`
        : nb(
            `Намечена на~${dateText(PLANNED.date, 'ru')} (по~состоянию на~${dateText(PLANNED.statusAsOf!, 'ru')})`,
          );
    const passed = (lang: Lang) =>
      lang === 'en'
        ? `Scheduled for ${dateText(PLANNED.date)}; this data holds no later record`
        : nb(
            `Была назначена на~${dateText(PLANNED.date, 'ru')}; более поздних сведений в~этих данных нет`,
          );
    const dayBefore = new Date(Date.parse(`${PLANNED.date}T00:00:00Z`) - 86400000)
      .toISOString()
      .slice(0, 10);
    const dayAfter = new Date(Date.parse(`${PLANNED.date}T00:00:00Z`) + 86400000)
      .toISOString()
      .slice(0, 10);
    const whenAt = (clock: string, lang: Lang) =>
      atClock(clock, async () => {
        const el = await render(html`<cst-timeline lang=${lang}></cst-timeline>`);
        const li = plannedItem(el);
        expect(li, 'the planned session').to.exist;
        expect(text(li.querySelector('[part~="status"]'))).to.equal(
          lang === 'en' ? 'Planned' : 'Запланирована',
        );
        // On its line, labelled; under it, the date it was announced for.
        expect(li.querySelector('[part~="event-line"] [part~="status"]')).to.exist;
        const note = li.querySelector('[part~="planned"]')!;
        const copy = note.cloneNode(true) as Element;
        copy.querySelector('.refs')?.remove();
        const times = [...copy.querySelectorAll('time')].map((t) => t.getAttribute('datetime'));
        return { when: text(copy), times };
      });

    for (const lang of ['en', 'ru'] as const) {
      it(`is announced, with the date that holds for, until its day has passed (${lang})`, async () => {
        for (const clock of [dayBefore, PLANNED.date]) {
          const { when, times } = await whenAt(clock, lang);
          expect(when, clock).to.equal(announced(lang));
          expect(times).to.deep.equal([PLANNED.date, PLANNED.statusAsOf]);
        }
      });

      it(`once its day has passed, says the data holds no later record (${lang})`, async () => {
        const { when, times } = await whenAt(dayAfter, lang);
        expect(when).to.equal(passed(lang));
        expect(times).to.deep.equal([PLANNED.date]);
        expect(when).not.to.match(/not (yet )?(been )?held|did not take place|не состоялась/);
      });
    }

    it('is labelled in the compact layout too', async () => {
      const el = await atClock(dayBefore, () =>
        render(html`<cst-timeline layout="compact"></cst-timeline>`),
      );
      expect(text(plannedItem(el).querySelector('[part~="status"]'))).to.equal('Planned');
      // The compact line has no room for the announcement: the label says what it is.
      expect(text(plannedItem(el))).to.equal(
        `${dayText(PLANNED.date)} Council session in Moscow Planned`,
      );
    });
  });

  describe('bad input', () => {
    const FALLBACK = 'The CSTO: a timeline from 1992.';
    const cases: {
      attrs: Record<string, string>;
      attribute: string;
      value: string;
      code: string;
      includes?: string[];
    }[] = [
      {
        attrs: { layout: 'bogus' },
        attribute: 'layout',
        value: 'bogus',
        code: 'invalid-value',
        includes: ['list, compact'],
      },
      {
        attrs: { kinds: 'wars' },
        attribute: 'kinds',
        value: 'wars',
        code: 'invalid-value',
        includes: [ALL_KINDS.join(', ')],
      },
      {
        attrs: { from: '199' },
        attribute: 'from',
        value: '199',
        code: 'invalid-date',
        includes: ['YYYY'],
      },
      {
        attrs: { to: 'abc' },
        attribute: 'to',
        value: 'abc',
        code: 'invalid-date',
        includes: ['YYYY'],
      },
      {
        attrs: { from: '2010', to: '2000' },
        attribute: 'from',
        value: 'from="2010"',
        code: 'invalid-value',
        includes: ['to="2000"'],
      },
      {
        attrs: { state: 'Atlantis' },
        attribute: 'state',
        value: 'Atlantis',
        code: 'not-found',
        includes: [
          states
            .map((s) => s.name.en)
            .sort()
            .join(', '),
        ],
      },
      {
        attrs: { state: 'Armenai' },
        attribute: 'state',
        value: 'Armenai',
        code: 'not-found',
        includes: [`Did you mean "${stateName('am')}"?`],
      },
      {
        attrs: { 'as-of': 'yesterday' },
        attribute: 'as-of',
        value: 'yesterday',
        code: 'invalid-date',
        includes: ['YYYY-MM-DD'],
      },
    ];

    for (const row of cases) {
      const what = Object.entries(row.attrs)
        .map(([k, v]) => `${k}="${v}"`)
        .join(' ');
      it(`${what}: one warning, one cst-error (${row.code}), the fallback`, async () => {
        const outcome = await renderBadInput(html`${elementWith(TAG, row.attrs, FALLBACK)}`);
        expectReported(outcome, {
          tag: TAG,
          attribute: row.attribute,
          value: row.value,
          code: row.code,
          ...(row.includes && { includes: row.includes }),
        });
        expect(outcome.errors).to.have.length(1);
        expect(part(outcome.el, 'base')).to.equal(null);
        const slot = root(outcome.el).querySelector('slot')!;
        expect(slot.assignedElements().map((n) => n.textContent)).to.deep.equal([FALLBACK]);
      });
    }

    it('shows a neutral notice when it has no fallback, and recovers when fixed', async () => {
      const outcome = await renderBadInput(html`${elementWith(TAG, { kinds: 'wars' }, null)}`);
      expect(text(root(outcome.el).querySelector('[role="note"]'))).to.equal(
        'This content is not available.',
      );
      const el = outcome.el as CstTimeline;
      el.setAttribute('kinds', 'operations');
      await el.updateComplete;
      expectTimeline(el, { kinds: ['operations'] });
    });
  });

  describe('compact layout', () => {
    it('gives each event one line, with no markers and nothing to open', async () => {
      await setViewport({ width: 1000, height: 800 });
      const el = await render(html`<cst-timeline layout="compact"></cst-timeline>`);
      toggle(el)!.click();
      await el.updateComplete;
      const expected = expectedTimeline();
      expect(dates(el)).to.deep.equal(expected.map((e) => e.date));
      const short = items(el).filter(
        (li) => !li.querySelector('[part~="status"]') && text(li).length <= 60,
      );
      expect(short.length).to.be.greaterThan(5);
      for (const li of short) {
        const line = px(style(li.querySelector('.name')!).lineHeight);
        const height = li.getBoundingClientRect().height - px(style(li).paddingTop) * 2;
        expect(height, text(li)).to.be.within(line * 0.75, line * 1.25);
        const time = li.querySelector('time')!.getBoundingClientRect();
        const title = li.querySelector('.name')!.getBoundingClientRect();
        expect(title.left, 'title beside the date').to.be.greaterThan(time.right);
      }
      for (const li of items(el)) {
        expect(li.querySelector('details, [part~="ref"], cite'), text(li)).to.equal(null);
      }
    });

    it('lists every cited source once, in its notes', async () => {
      const el = await render(html`<cst-timeline layout="compact"></cst-timeline>`);
      expectNotes(el, citedBy(expectedTimeline()).map(sourceById));
      expect(part(el, 'sources')!.closest('[part~="event"]')).to.equal(null);
    });

    it('lists only the sources of the events it shows', async () => {
      const el = await render(
        html`<cst-timeline layout="compact" kinds="membership"></cst-timeline>`,
      );
      const cited = citedBy(expectedTimeline({ kinds: ['membership'] }));
      expect(citations(el).map((c) => text(c.querySelector('cite')))).to.deep.equal(
        cited.map((id) => sourceById(id).title),
      );
    });
  });

  describe('in Russian', () => {
    it('titles, counts and dates the timeline in Russian', async () => {
      const el = await render(html`<cst-timeline lang="ru"></cst-timeline>`);
      expect(partText(el, 'title')).to.equal('Хроника ОДКБ');
      const expected = expectTimeline(el, {}, 'ru');
      expect(partText(el, 'lede').startsWith(count(expected.length, 'ru'))).to.equal(true);
      expect(text(toggle(el))).to.equal(`Показать все события (${expected.length})`);
      for (const time of root(el).querySelectorAll('[part~="event"] time.when')) {
        expect(text(time)).to.match(/^\d{1,2}\u00a0[а-я]+\.?$/);
      }
      expect(text(notesLine(el))).to.match(/^Источники: /);
    });

    it('uses the Russian plural of the count for one, few and many', async () => {
      const filters: [TemplateResult, Filter][] = [
        [
          html`<cst-timeline lang="ru" kinds="operations" from="2022-09-01"></cst-timeline>`,
          { kinds: ['operations'], from: '2022-09-01' },
        ],
        [
          html`<cst-timeline lang="ru" kinds="operations"></cst-timeline>`,
          { kinds: ['operations'] },
        ],
        [html`<cst-timeline lang="ru" state="kz"></cst-timeline>`, { state: 'kz' }],
      ];
      const rules = new Set<string>();
      for (const [template, filter] of filters) {
        const el = await render(template);
        const n = expectTimeline(el, filter, 'ru').length;
        rules.add(new Intl.PluralRules('ru').select(n));
        expect(partText(el, 'lede').startsWith(`${count(n, 'ru')},`)).to.equal(true);
      }
      expect([...rules].sort()).to.deep.equal(['few', 'many', 'one']);
    });

    it("words a state's steps in Russian", async () => {
      const el = await render(html`<cst-timeline lang="ru" state="am"></cst-timeline>`);
      expect(partText(el, 'title')).to.equal(nb(`${stateName('am', 'ru')} и~ОДКБ: хроника`));
      const expected = expectTimeline(el, { state: 'am' }, 'ru');
      const frozen = expected.findIndex((e) => e.step === 'frozen');
      expect(frozen).to.be.greaterThan(-1);
      expect(titles(el)[frozen]).to.equal(
        nb(`${stateName('am', 'ru')} замораживает участие в~Организации`),
      );
      const all = await render(html`<cst-timeline lang="ru"></cst-timeline>`);
      const left = expectedTimeline().findIndex((e) => e.step === 'left');
      expect(titles(all)[left]).to.equal(
        `${namesOf(expectedTimeline()[left]!.states, 'ru')} перестают быть участниками Договора`,
      );
    });
  });

  describe('in Kazakh', () => {
    /** Text with its no-break spaces read as spaces. */
    const plain = (value: string) => value.replace(/\u00a0/g, ' ');

    it('titles, counts and dates the timeline in Kazakh, and words its steps', async () => {
      const el = await render(html`<cst-timeline lang="kk"></cst-timeline>`);
      expect(partText(el, 'title')).to.equal('ҰҚШҰ хроникасы');
      const n = expectedTimeline().length;
      expect(plain(partText(el, 'lede'))).to.equal(
        `${n} оқиға, 1992–2026 · 2026 ж. 13 ақпан жағдай бойынша`,
      );
      expect(text(toggle(el))).to.equal(`Барлық оқиғаны көрсету (${n})`);
      for (const time of root(el).querySelectorAll('[part~="event"] time')) {
        // In full, or under its year's heading the day and month (`15 мам.`).
        expect(plain(text(time))).to.match(/^(\d{4} ж\. )?\d{1,2} [а-яәғқңөұүһі]+\.?$/);
      }
      const left = expectedTimeline().findIndex((e) => e.step === 'left');
      toggle(el)!.click();
      await el.updateComplete;
      expect(titles(el)[left]).to.match(
        /^(Әзірбайжан|Грузия|Өзбекстан).* Шартқа қатысуын тоқтатты$/,
      );
      const am = await render(html`<cst-timeline lang="kk" state="am"></cst-timeline>`);
      expect(partText(am, 'title')).to.equal('Армения және ҰҚШҰ: хроника');
      const steps = expectedTimeline({ state: 'am' });
      const frozen = steps.findIndex((e) => e.step === 'frozen');
      expect(frozen).to.be.greaterThan(-1);
      toggle(am)?.click();
      await am.updateComplete;
      expect(titles(am)[frozen]).to.equal('Армения Ұйымға қатысуын мұздатты');
    });
  });

  describe('accessibility', () => {
    const variants: [string, TemplateResult][] = [
      ['default', html`<cst-timeline></cst-timeline>`],
      ['compact', html`<cst-timeline layout="compact"></cst-timeline>`],
      ['Russian', html`<cst-timeline lang="ru"></cst-timeline>`],
      ['Kazakh', html`<cst-timeline lang="kk"></cst-timeline>`],
      ['theme="dark"', html`<cst-timeline theme="dark"></cst-timeline>`],
      ['theme="light"', html`<cst-timeline theme="light"></cst-timeline>`],
    ];
    for (const [name, template] of variants) {
      it(`is accessible: ${name}`, async () => {
        const el = await render(template);
        await expect(el).to.be.accessible();
      });
    }

    it('is accessible expanded, in dark and light', async () => {
      for (const theme of ['dark', 'light']) {
        const el = await render(html`<cst-timeline theme=${theme}></cst-timeline>`);
        toggle(el)!.click();
        await el.updateComplete;
        expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('true');
        await expect(el).to.be.accessible();
      }
    });
  });

  describe('design', () => {
    it('has outer block margins, which a page may set', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div>
          <cst-timeline></cst-timeline>
          <cst-timeline style="--cst-margin: 8px"></cst-timeline>
        </div>`,
      );
      const [plain, set] = [...wrap.querySelectorAll<CstTimeline>(TAG)];
      await plain!.updateComplete;
      await set!.updateComplete;
      expect(style(plain!).marginTop).to.equal('24px');
      expect(style(plain!).marginBottom).to.equal('24px');
      expect(style(set!).marginTop).to.equal('8px');
      expect(style(set!).marginBottom).to.equal('8px');
    });

    it('is framed like every other element: the same frame by default', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div>
          <cst-timeline></cst-timeline>
          <cst-summit-card summit="latest"></cst-summit-card>
        </div>`,
      );
      const el = wrap.querySelector<CstTimeline>(TAG)!;
      const card = wrap.querySelector('cst-summit-card')!;
      await el.updateComplete;
      await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const box = part(el, 'base')!;
      const other = root(card).querySelector('.frame')!;
      expect(box.classList.contains('frame')).to.equal(true);
      const [a, b] = [style(box), style(other)];
      for (const prop of [
        'paddingTop',
        'paddingRight',
        'paddingBottom',
        'paddingLeft',
        'borderTopWidth',
        'borderTopStyle',
        'borderTopColor',
        'borderLeftWidth',
        'borderLeftStyle',
        'borderTopLeftRadius',
        'borderBottomRightRadius',
      ] as const) {
        expect(a[prop], prop).to.equal(b[prop]);
      }
      expect(a.borderTopStyle).to.equal('solid');
      expect(parseFloat(a.paddingTop)).to.be.greaterThan(0);
    });

    for (const layout of ['list', 'compact']) {
      it(`does not overflow a 300 px viewport, and its dates do not wrap (${layout})`, async () => {
        await setViewport({ width: 300, height: 640 });
        const el = await render(html`<cst-timeline layout=${layout}></cst-timeline>`);
        toggle(el)!.click();
        await el.updateComplete;
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        const box = part(el, 'base')!;
        expect(box.scrollWidth).to.be.at.most(box.clientWidth);
        const page = document.documentElement;
        expect(page.scrollWidth).to.be.at.most(page.clientWidth);
        const edge = box.getBoundingClientRect().right;
        for (const time of root(el).querySelectorAll('time')) {
          expect(time.getClientRects().length, text(time)).to.equal(1);
          expect(time.getBoundingClientRect().right, text(time)).to.be.at.most(edge);
        }
      });
    }

    it('fills its column at 1200 px; --cst-max-width caps it', async () => {
      await setViewport({ width: 1200, height: 800 });
      const el = await render(html`<cst-timeline></cst-timeline>`);
      expect(style(el).maxWidth).to.equal('none');
      expect(el.getBoundingClientRect().width).to.equal(
        el.parentElement!.getBoundingClientRect().width,
      );
      const set = await render(html`<cst-timeline style="--cst-max-width: 20rem"></cst-timeline>`);
      expect(set.getBoundingClientRect().width).to.equal(
        20 * parseFloat(style(document.documentElement).fontSize),
      );
    });

    it('draws no dashed border anywhere', async () => {
      for (const template of [
        html`<cst-timeline></cst-timeline>`,
        html`<cst-timeline layout="compact"></cst-timeline>`,
        html`<cst-timeline theme="dark"></cst-timeline>`,
      ]) {
        const el = await render(template);
        toggle(el)!.click();
        await el.updateComplete;
        const nodes = [...root(el).querySelectorAll('*')];
        expect(nodes.length).to.be.greaterThan(100);
        for (const node of nodes) {
          for (const pseudo of [undefined, '::before', '::after']) {
            const s = style(node, pseudo);
            for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
              expect(s[`border${side}Style`], `${node.localName}${pseudo ?? ''}`).not.to.equal(
                'dashed',
              );
            }
            expect(s.outlineStyle).not.to.equal('dashed');
          }
        }
      }
    });
  });
});
