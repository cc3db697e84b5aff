import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../src/define/member-map.js';
import '../src/define/provider.js';
import { meta } from '../src/data/bundled/meta.js';
import { sources } from '../src/data/bundled/sources.js';

import { states } from '../src/data/bundled/states.js';
import type { CstMemberMap } from '../src/elements/member-map/member-map.js';
import type { CstProvider } from '../src/elements/provider/provider.js';
import { expectReported, renderBadInput } from './helpers/element.js';
import { citations, notesOf, refNumbers } from './helpers/notes.js';

const TAG = 'cst-member-map';

/**
 * Chromium emulates print and reduced motion for the tests; Firefox, driven over WebDriver BiDi,
 * cannot: there the rules that apply under them are read from the element's style sheets.
 */
// Chromium emulates media over its protocol; Firefox and WebKit over WebDriver cannot.
const emulates = navigator.userAgent.includes('Chrome/');

/** The declarations the element's style sheets give `selector` under `@media condition`. */
function rulesUnder(el: Element, condition: string, selector: string): string {
  return el
    .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
    .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === condition)
    .flatMap((r) => [...r.cssRules])
    .filter(
      (r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText.includes(selector),
    )
    .map((r) => r.style.cssText)
    .join(' ');
}

/** Text as read, every run of white space (no-break spaces included) one space. */
const read = (node: Node | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** An attribute as read (no-break spaces as spaces). */
const said = (el: Element, name: string) => (el.getAttribute(name) ?? '').replace(/\s+/g, ' ');
const part = (el: Element, name: string) =>
  el.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
const map = (el: Element) => el.shadowRoot!.querySelector<SVGSVGElement>('svg[part="map"]')!;
const shape = (el: Element, id: string) =>
  el.shadowRoot!.querySelector<SVGPathElement>(`.shape[data-state="${id}"]`);
const longDate = (date: string, lang = 'en') =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
const nameOf = (id: string) => states.find((s) => s.id === id)!.name.en;
const eventOf = (id: string, type: string) =>
  states.find((s) => s.id === id)!.membership.find((e) => e.type === type && e.verified !== false)!;
const titleOf = (id: string) => sources.find((s) => s.id === id)!.title;
/** A legend entry as read, without its markers. */
const entryText = (entry: Element) => {
  const copy = entry.cloneNode(true) as Element;
  copy.querySelector('.refs')?.remove();
  return read(copy);
};

async function render(template: ReturnType<typeof html>, width = 680): Promise<CstMemberMap> {
  const box = await fixture<HTMLElement>(html`<div style="width: ${width}px">${template}</div>`);
  const el = box.querySelector<CstMemberMap>(TAG)!;
  await waitUntil(() => map(el), 'the map renders');
  await el.updateComplete;
  return el;
}

/** Moves the real mouse over the middle of an element's box. */
async function pointAt(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({
    type: 'move',
    position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
  });
}

describe('<cst-member-map>', () => {
  afterEach(() => sendMouse({ type: 'move', position: [0, 0] }));

  it('is one image named by its point, on the data’s date', async () => {
    const el = await render(html`<cst-member-map></cst-member-map>`);
    const svg = map(el);
    expect(svg.getAttribute('role')).to.equal('img');
    expect(said(svg, 'aria-label')).to.equal(
      `6 member states of the CSTO as of ${longDate(meta.asOf)}; participation frozen: Armenia; membership suspended: Uzbekistan`,
    );
    // Nothing inside the image is an element of its own to assistive technology.
    expect(svg.querySelectorAll('[tabindex], a, [role]')).to.have.length(0);
    expect(read(part(el, 'title'))).to.equal('CSTO member states');
    expect(read(part(el, 'caption'))).to.equal(
      `6 member states of the CSTO as of ${longDate(meta.asOf)}`,
    );
    expect(part(el, 'caption')!.querySelector('time')!.getAttribute('datetime')).to.equal(
      meta.asOf,
    );
  });

  it('colours each state by its status, with a second channel besides colour', async () => {
    const el = await render(html`<cst-member-map status="all"></cst-member-map>`);
    const paint = (id: string) => getComputedStyle(shape(el, id)!).fill;
    // Members solid; frozen striped, suspended dotted, former parties lined: three patterns.
    expect(paint('ru')).to.match(/^rgb/);
    expect(paint('ru')).to.equal(paint('kz'));
    expect(paint('am')).to.match(/url\(.*#cst-map-frozen/);
    expect(paint('uz')).to.match(/url\(.*#cst-map-suspended/);
    expect(paint('az')).to.match(/url\(.*#cst-map-left/);
    expect(paint('ge')).to.equal(paint('az'));
    const patterns = [...el.shadowRoot!.querySelectorAll('pattern')].map((p) =>
      [...p.children]
        .map((c) => `${c.localName} ${c.getAttribute('width')} ${c.getAttribute('height')}`)
        .join(),
    );
    expect(new Set(patterns).size, 'patterns drawn apart').to.equal(3);
    // Uncoloured context stays quiet: the land and a state of the data with no status.
    const current = await render(html`<cst-member-map></cst-member-map>`);
    const land = getComputedStyle(current.shadowRoot!.querySelector('.land')!).fill;
    expect(getComputedStyle(current.shadowRoot!.querySelector('.shape.none')!).fill).to.equal(land);
    expect(shape(current, 'az')).to.equal(null);
  });

  it('draws the greyscale-safe channel in its legend too, which names every state with its status and date', async () => {
    const el = await render(html`<cst-member-map status="all"></cst-member-map>`);
    const entries = [...part(el, 'legend')!.querySelectorAll('li')];
    const frozen = eventOf('am', 'frozen');
    const suspended = eventOf('uz', 'suspended');
    const short = (d: string) =>
      new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(`${d}T00:00:00Z`),
      );
    expect(entries.map(entryText)).to.deep.equal([
      `Member since ${short('2002-10-07')}: Belarus, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan`,
      `Participation frozen since ${short(frozen.date)}: Armenia ${read(document.createTextNode(frozen.caveat!.en))}`,
      `Membership suspended since ${short(suspended.date)}: Uzbekistan`,
      `Former party since ${short('1999-04-20')}: Azerbaijan and Georgia ${eventOf('az', 'left').caveat!.en.replace('Did', 'Azerbaijan: Did')} ${eventOf('ge', 'left').caveat!.en.replace('Did', 'Georgia: Did')}`,
    ]);
    for (const [i, status] of ['member', 'frozen', 'suspended', 'left'].entries()) {
      const sample = entries[i]!.querySelector(`[part="swatch"] .shape.${status}`)!;
      expect(getComputedStyle(sample).fill).to.equal(
        getComputedStyle(el.shadowRoot!.querySelector(`.map .shape.${status}`)!).fill,
      );
    }
  });

  it('cites each legend entry with markers into one line of notes at its foot', async () => {
    const el = await render(html`<cst-member-map status="all"></cst-member-map>`);
    const line = notesOf(el)!;
    expect(line.localName).to.equal('details');
    expect(line.open, 'a quiet line until it is opened').to.equal(false);
    expect(read(part(el, 'sources-line'))).to.match(/^Sources: .+; \d+ more$/);
    const notes = citations(el).map(read);
    const entries = [...part(el, 'legend')!.querySelectorAll('li')];
    // Each entry's markers point to the notes citing the event its states' status follows from:
    // every source of those events, and no other.
    const events: [string, string][][] = [
      ['by', 'kz', 'kg', 'ru', 'tj'].map((id) => [id, 'founding-member']),
      [['am', 'frozen']],
      [['uz', 'suspended']],
      [
        ['az', 'left'],
        ['ge', 'left'],
      ],
    ];
    for (const [i, entry] of entries.entries()) {
      const cited = new Set(events[i]!.flatMap(([id, type]) => eventOf(id, type).sources));
      const numbers = refNumbers(entry);
      expect(numbers.length, entryText(entry)).to.equal(cited.size);
      for (const id of cited) {
        expect(
          numbers.map((n) => notes[n - 1]),
          entryText(entry),
        ).to.satisfy((found: string[]) => found.some((note) => note.includes(titleOf(id))));
      }
    }
    // Numbered in reading order: the first entry's markers are the first notes.
    expect(refNumbers(entries[0]!)).to.deep.equal([1, 2]);
    // A marker opens the list at its note and moves focus there.
    const marker = entries[1]!.querySelector<HTMLAnchorElement>('[part~="ref"]')!;
    marker.click();
    await el.updateComplete;
    expect(line.open).to.equal(true);
    const note = el.shadowRoot!.activeElement!;
    expect(note.id).to.equal(`note-${marker.textContent}`);
    expect(read(note)).to.contain(titleOf(eventOf('am', 'frozen').sources[0]!));
  });

  it("keeps one list of notes as the slider moves; each year's markers point into it", async () => {
    const el = await render(html`<cst-member-map controls="years"></cst-member-map>`);
    const notes = citations(el).map(read);
    const range = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!;
    range.focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(citations(el).map(read)).to.deep.equal(notes);
    // 1992: the signatories, cited by the signing's sources.
    const [entry] = part(el, 'legend')!.querySelectorAll('li');
    const cited = eventOf('ru', 'signed').sources;
    expect(refNumbers(entry!).map((n) => notes[n - 1]!)).to.satisfy((found: string[]) =>
      cited.every((id) => found.some((note) => note.includes(titleOf(id)))),
    );
  });

  it('names the states on the map, small ones with a leader line', async () => {
    const el = await render(html`<cst-member-map></cst-member-map>`);
    const names = [...el.shadowRoot!.querySelectorAll('.labels text')].map(read);
    expect(names.sort()).to.deep.equal(
      ['am', 'by', 'kz', 'kg', 'ru', 'tj', 'uz'].map(nameOf).sort(),
    );
    expect(el.shadowRoot!.querySelectorAll('.leader').length).to.be.at.least(2);
    const all = await render(html`<cst-member-map labels="all"></cst-member-map>`);
    const neighbours = [...all.shadowRoot!.querySelectorAll('.neighbour')].map(read);
    expect(neighbours).to.include(new Intl.DisplayNames('en', { type: 'region' }).of('UA'));
    const none = await render(html`<cst-member-map labels="none"></cst-member-map>`);
    expect(none.shadowRoot!.querySelectorAll('.labels')).to.have.length(0);
  });

  it('keeps names readable and inside the map at 300, 390 and 1200 px', async () => {
    for (const width of [300, 390, 1200]) {
      await setViewport({ width: width + 40, height: 900 });
      const el = await render(
        html`<cst-member-map lang="ru" status="all"></cst-member-map>`,
        width,
      );
      expect(el.scrollWidth, `${width}: no overflow`).to.be.at.most(el.clientWidth + 1);
      const frame = map(el).getBoundingClientRect();
      for (const text of el.shadowRoot!.querySelectorAll<SVGTextElement>('.labels text')) {
        const box = text.getBoundingClientRect();
        const name = `${width} px: ${read(text)}`;
        expect(box.left, name).to.be.at.least(frame.left - 1);
        // Within the map, give or take Firefox's wider text metrics (under 2 px).
        expect(box.right, name).to.be.at.most(frame.right + 2);
        expect(box.height, `${name} (height)`).to.be.within(10, 24);
      }
    }
    await setViewport({ width: 800, height: 600 });
  });

  it('shows a state’s status line when pointed at, and lets go when the pointer leaves', async () => {
    const el = await render(html`<cst-member-map></cst-member-map>`);
    const status = part(el, 'status')!;
    const hint = read(status);
    expect(status.getAttribute('aria-hidden')).to.equal('true');
    await pointAt(shape(el, 'kz')!);
    await waitUntil(() => read(status) !== hint, 'the status line changes');
    expect(read(status)).to.equal(`Kazakhstan: member of the CSTO since ${longDate('2002-10-07')}`);
    expect(el.shadowRoot!.querySelectorAll('.emphasis')).to.have.length(1);
    await sendMouse({ type: 'move', position: [0, 0] });
    await waitUntil(() => read(status) === hint, 'the hint is back');
    // A name in the legend points at its state too.
    await pointAt(part(el, 'legend')!.querySelector('[data-state="am"]')!);
    await waitUntil(() => read(status).startsWith('Armenia'), 'Armenia’s line');
    expect(read(status)).to.equal(
      `Armenia: member of the CSTO, participation frozen since ${longDate(eventOf('am', 'frozen').date)}`,
    );
  });

  it('steps through the states with the arrow keys on the focused map, and lets focus go on', async () => {
    const el = await render(
      html`<button>before</button><cst-member-map></cst-member-map
        ><button id="after">after</button>`,
    );
    const status = part(el, 'status')!;
    (el.previousElementSibling as HTMLElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(map(el));
    const order = [...part(el, 'legend')!.querySelectorAll('[data-state]')].map((n) =>
      n.getAttribute('data-state'),
    );
    const seen: string[] = [];
    for (let i = 0; i < order.length; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      seen.push(read(status).split(':')[0]!);
    }
    expect(seen).to.deep.equal(order.map((id) => nameOf(id!)));
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(read(status).split(':')[0]).to.equal(nameOf(order[0]!));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.emphasis')).to.have.length(0);
    // No trap: Tab goes on, past the links of the sources line, to what follows.
    for (let i = 0; i < 10 && document.activeElement!.id !== 'after'; i++) {
      await sendKeys({ press: 'Tab' });
    }
    expect(document.activeElement!.id).to.equal('after');
  });

  it('emphasises the state named by highlight, by any of its names', async () => {
    const el = await render(html`<cst-member-map highlight="Киргизия"></cst-member-map>`);
    expect(el.shadowRoot!.querySelectorAll('.emphasis')).to.have.length(1);
    expect(read(el.shadowRoot!.querySelector('.state-name.emphasised'))).to.equal('Kyrgyzstan');
    expect(read(part(el, 'status'))).to.match(/^Kyrgyzstan: member of the CSTO since/);
  });

  describe('controls="years"', () => {
    it('is a native range over the years in which membership changed, announced politely on change only', async () => {
      const el = await render(html`<cst-member-map controls="years"></cst-member-map>`);
      const range = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!;
      const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
      expect(read(el.shadowRoot!.querySelector(`label[for="${range.id}"]`))).to.match(/^Year/);
      expect(Number(range.value)).to.equal(Number(range.max));
      expect(said(range, 'aria-valuetext')).to.equal(longDate(meta.asOf));
      expect(read(live), 'nothing said before the reader moves it').to.equal('');
      range.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      const date = '2024-02-22';
      expect(said(range, 'aria-valuetext')).to.equal(longDate(date));
      expect(read(part(el, 'caption'))).to.equal(
        `6 member states of the CSTO as of ${longDate(date)}`,
      );
      expect(read(live)).to.equal(said(map(el), 'aria-label'));
      // Back to 2012, before Armenia froze its participation: Armenia is a plain member again.
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(said(range, 'aria-valuetext')).to.match(/2012$/);
      expect(shape(el, 'am')!.getAttribute('fill')).to.equal(shape(el, 'ru')!.getAttribute('fill'));
      expect(shape(el, 'am')!.classList.contains('member')).to.equal(true);
      // At the first step, 1992: the signatories, the Treaty not yet in force.
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(read(part(el, 'title'))).to.equal('Signatories of the Collective Security Treaty');
      const first = read(live);
      // Pressing Home again changes nothing, and says nothing new.
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(read(live)).to.equal(first);
    });

    it('honours reduced motion: the colours change without a transition', async () => {
      const moving = await render(html`<cst-member-map controls="years"></cst-member-map>`);
      expect(getComputedStyle(shape(moving, 'ru')!).transitionDuration).to.not.match(/^0s/);
      if (!emulates) {
        expect(rulesUnder(moving, '(prefers-reduced-motion: reduce)', '.map path')).to.contain(
          'transition: none',
        );
        return;
      }
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const el = await render(html`<cst-member-map controls="years"></cst-member-map>`);
        expect(getComputedStyle(shape(el, 'ru')!).transitionDuration).to.match(/^0s/);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });

  it('prints the map and its legend, without the status line or the slider', async () => {
    const el = await render(html`<cst-member-map controls="years"></cst-member-map>`);
    if (!emulates) {
      expect(rulesUnder(el, 'print', '.status')).to.contain('display: none');
      expect(rulesUnder(el, 'print', '.years')).to.contain('display: none');
      return;
    }
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(part(el, 'status')!).display).to.equal('none');
      expect(getComputedStyle(part(el, 'years')!).display).to.equal('none');
      expect(getComputedStyle(map(el)).display).to.equal('block');
      expect(getComputedStyle(part(el, 'legend')!).display).to.not.equal('none');
      // Printed in grey, the frozen stripes still stand apart from the members' solid.
      expect(getComputedStyle(shape(el, 'am')!).fill).to.match(/url\(/);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('keeps its patterns in forced colours, drawn in the system’s colours', async () => {
    // The test runner cannot force colours; the rules that apply then are read instead.
    const el = await render(
      html`<cst-member-map status="all" as-of="2013-01-01"></cst-member-map>`,
    );
    const forced = '(forced-colors: active)';
    const palette = rulesUnder(el, forced, ':host');
    for (const colour of ['Highlight', 'Canvas', 'CanvasText']) expect(palette).to.contain(colour);
    expect(palette).to.not.match(/#[0-9a-f]{3,6}/i);
    // The map and the legend's samples are not flattened to one colour: stripes, dots and lines stay.
    // (WebKit has no forced colours, nor the property that opts out of them.)
    if (CSS.supports('forced-color-adjust', 'none')) {
      expect(rulesUnder(el, forced, '.map')).to.contain('forced-color-adjust: none');
      expect(rulesUnder(el, forced, '.swatch')).to.contain('forced-color-adjust: none');
    }
    for (const id of ['uz', 'ge', 'az'])
      expect(shape(el, id)!.getAttribute('fill')).to.match(/^url\(#/);
  });

  it('lists a publisher’s state that has no shape, rather than dropping it', async () => {
    const provider = await fixture<CstProvider>(
      html`<cst-provider><cst-member-map></cst-member-map></cst-provider>`,
    );
    provider.data = {
      states: [
        {
          id: 'xa',
          iso2: 'XA',
          iso3: 'XAA',
          isoNumeric: '999',
          name: { en: 'Publisherland' },
          capital: { en: 'Capital' },
          membership: [{ date: '2010-01-01', type: 'restored', sources: ['mfa-by-membership'] }],
          chairmanships: [],
          sources: ['mfa-by-membership'],
        },
      ],
    };
    const el = provider.querySelector<CstMemberMap>(TAG)!;
    await waitUntil(() => read(el.shadowRoot).includes('Not on the map: Publisherland'));
    expect(said(map(el), 'aria-label')).to.match(/^7 member states/);
  });

  describe('bad input', () => {
    it('an unknown status: one warning, cst-error, the fallback', async () => {
      const outcome = await renderBadInput(
        html`<cst-member-map status="former"><p>Map of the CSTO</p></cst-member-map>`,
      );
      expectReported(outcome, {
        tag: TAG,
        attribute: 'status',
        value: 'former',
        code: 'invalid-value',
      });
      expect(outcome.el.shadowRoot!.querySelector('slot')).to.not.equal(null);
      expect(map(outcome.el)).to.equal(null);
    });

    it('a highlight that names no state', async () => {
      const outcome = await renderBadInput(
        html`<cst-member-map highlight="Atlantis"></cst-member-map>`,
      );
      expectReported(outcome, {
        tag: TAG,
        attribute: 'highlight',
        value: 'Atlantis',
        code: 'not-found',
      });
    });

    it('a malformed date', async () => {
      const outcome = await renderBadInput(
        html`<cst-member-map as-of="2024-02-30"></cst-member-map>`,
      );
      expectReported(outcome, { tag: TAG, attribute: 'as-of', code: 'invalid-date' });
    });
  });

  describe('languages and themes', () => {
    it('speaks Russian and Kazakh', async () => {
      const ru = await render(html`<cst-member-map lang="ru"></cst-member-map>`);
      expect(read(part(ru, 'title'))).to.equal('Государства — члены ОДКБ');
      expect(said(map(ru), 'aria-label')).to.match(
        /; участие заморожено: Армения; членство приостановлено: Узбекистан$/,
      );
      const kk = await render(html`<div lang="kk"><cst-member-map></cst-member-map></div>`);
      expect(read(part(kk, 'title'))).to.equal('ҰҚШҰ-ға мүше мемлекеттер');
      expect(read(part(kk, 'legend'))).to.contain('Қазақстан');
    });

    for (const theme of ['light', 'dark']) {
      it(`is accessible in the ${theme} theme, with the slider and every label`, async () => {
        const el = await render(
          html`<cst-member-map
            theme=${theme}
            status="all"
            labels="all"
            controls="years"
          ></cst-member-map>`,
        );
        await expect(el).to.be.accessible();
      });
    }
  });
});
