import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/fact.js';
import '../src/define/provider.js';
import { meta } from '../src/data/bundled/meta.js';
import { people } from '../src/data/bundled/people.js';
import { sessions } from '../src/data/bundled/sessions.js';
import { sources } from '../src/data/bundled/sources.js';
import { states } from '../src/data/bundled/states.js';
import type { CstFact } from '../src/elements/fact/fact.js';
import { atClock } from './helpers/clock.js';
import { expectReported, renderBadInput } from './helpers/element.js';

const TAG = 'cst-fact';

/** Text as read, every run of white space (no-break spaces included) one space. */
const read = (node: Node | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: Element, name: string) =>
  el.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
const value = (el: Element) => read(part(el, 'value'));
const note = (el: Element) => read(part(el, 'note'));

const longDate = (date: string, lang = 'en') =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
const nameOf = (id: string, lang: 'en' | 'ru' = 'en') =>
  states.find((s) => s.id === id)!.name[lang]!;

/** A fact inside a sentence of a paragraph, as a publisher writes it. */
async function inSentence(attrs: string, fallback = 'six', lang = 'en'): Promise<CstFact> {
  const p = await fixture<HTMLParagraphElement>(
    `<p lang="${lang}" style="font-size: 16px; line-height: 24px; max-width: 40rem">The CSTO has <cst-fact ${attrs}>${fallback}</cst-fact> member states.</p>`,
  );
  const el = p.querySelector<CstFact>(TAG)!;
  await waitUntil(() => part(el, 'value'), 'the fact renders');
  return el;
}

describe('<cst-fact>', () => {
  it('says how many member states there were on a date the sources give (six in May 2022)', async () => {
    const el = await inSentence('fact="member-count" as-of="2022-05-16"');
    expect(value(el)).to.equal('6');
    expect(note(el)).to.contain(`As of ${longDate('2022-05-16')}`);
    expect(note(el)).to.contain('6 member states of the CSTO');
  });

  it('counts the parties to the Treaty before the Organization existed, and says so', async () => {
    const el = await inSentence('fact="member-count" as-of="1995-01-01"');
    expect(note(el)).to.match(/^As of .* \d+ parties to the Collective Security Treaty/);
  });

  it('lists the member states by name, in the reader’s alphabetical order', async () => {
    const el = await inSentence('fact="members" as-of="2022-05-16"');
    const six = ['am', 'by', 'kz', 'kg', 'ru', 'tj'].map((id) => nameOf(id)).sort();
    expect(value(el)).to.equal(new Intl.ListFormat('en').format(six));
    const ru = await inSentence('fact="members" as-of="2022-05-16"', 'шесть', 'ru');
    const sixRu = ['am', 'by', 'kz', 'kg', 'ru', 'tj']
      .map((id) => nameOf(id, 'ru'))
      .sort(new Intl.Collator('ru').compare);
    expect(value(ru)).to.equal(new Intl.ListFormat('ru').format(sixRu));
  });

  it("states a state's standing with the date it follows from (Armenia's freeze, Uzbekistan's suspension)", async () => {
    const armenia = states.find((s) => s.id === 'am')!;
    const frozen = armenia.membership.find((e) => e.type === 'frozen' && e.verified !== false)!;
    const am = await inSentence(`fact="status" state="Armenia"`);
    expect(value(am)).to.equal(
      `member of the CSTO, participation frozen since ${longDate(frozen.date)}`,
    );
    const uz = await inSentence(`fact="status" state="Узбекистан" as-of="2013-01-01"`);
    expect(value(uz)).to.match(/^membership suspended since /);
    const before = await inSentence(`fact="status" state="am" as-of="2022-05-16"`);
    expect(value(before)).to.equal('member of the CSTO');
  });

  it('names the Secretary General in office on a date, as the verified terms give it', async () => {
    const zas = people.find((p) => p.id === 'zas')!;
    const el = await inSentence('fact="secretary-general" as-of="2022-05-16"');
    expect(value(el)).to.equal(zas.name.en);
    const term = zas.roles.find((r) => r.kind === 'secretary-general')!;
    const cited = sources.find((s) => s.id === term.sources[0])!;
    expect(note(el)).to.contain(cited.title);
  });

  it('names the state chairing the Organization on a date', async () => {
    const armenia = states.find((s) => s.id === 'am')!;
    const term = armenia.chairmanships.find((t) => t.from.startsWith('2021'))!;
    const el = await inSentence(`fact="chair" as-of="${term.from}"`);
    expect(value(el)).to.equal(armenia.name.en);
  });

  it('gives the dates of the founding and the Treaty’s signature, whatever the as-of date', async () => {
    const founded = await inSentence('fact="founded" as-of="2024-01-01"');
    expect(value(founded)).to.equal(longDate('2002-10-07'));
    expect(note(founded)).not.to.contain('As of');
    const signed = await inSentence('fact="treaty-signed"');
    expect(value(signed)).to.equal(longDate('1992-05-15'));
    expect(part(signed, 'value')!.querySelector('time')!.dateTime).to.equal('1992-05-15');
  });

  it('gives the latest session held and the next one planned, with the date the plan held for', async () => {
    const held = sessions
      .filter((s) => s.status === 'held' && s.date <= meta.asOf)
      .sort((a, b) => (a.date < b.date ? 1 : -1))[0]!;
    const latest = await inSentence('fact="latest-session"');
    expect(value(latest)).to.equal(`${longDate(held.date)}, ${held.place!.city.en}`);
    const planned = sessions.find((s) => s.status === 'planned' && s.date > meta.asOf);
    if (!planned) return;
    const next = await atClock(planned.date, () => inSentence('fact="next-session"'));
    expect(value(next)).to.contain(longDate(planned.date));
    expect(note(next)).to.contain(
      `Planned, as announced by ${longDate(planned.statusAsOf ?? meta.asOf)}`,
    );
  });

  it('answers a later as-of date with the data’s own, and says so', async () => {
    const el = await inSentence('fact="member-count" as-of="2099-01-01"');
    expect(note(el)).to.contain(`As of ${longDate(meta.asOf)}, the latest date in this data`);
  });

  it('follows a provider’s as-of and language', async () => {
    const wrap = await fixture(
      html`<cst-provider lang="ru" as-of="2022-05-16"
        ><p>В ОДКБ <cst-fact fact="member-count">шесть</cst-fact> государств.</p></cst-provider
      >`,
    );
    const el = wrap.querySelector<CstFact>(TAG)!;
    await waitUntil(() => note(el).includes('По состоянию на'), 'Russian note');
    expect(value(el)).to.equal('6');
    expect(note(el)).to.contain(longDate('2022-05-16', 'ru'));
  });

  it('speaks Kazakh: the note, Kazakh dates, counts without a plural noun, a state’s standing', async () => {
    const count = await inSentence('fact="member-count" as-of="2022-05-16"', 'алты', 'kk');
    expect(value(count)).to.equal('6');
    expect(part(count, 'marker')!.getAttribute('aria-label')).to.equal('Дереккөзі және күні');
    // Kazakh month names in every browser, its Intl's or the library's own.
    expect(note(count)).to.match(/^2022 ж\. 16 мамыр жағдай бойынша\s*ҰҚШҰ-ға мүше 6 мемлекет/);
    expect(note(count)).to.contain('Дереккөздер: ');
    const armenia = await inSentence('fact="status" state="Armenia"', 'мүшесі', 'kk');
    expect(value(armenia)).to.equal(
      'ҰҚШҰ мүшесі, 2024 ж. 22 ақпан күнінен бастап қатысуы мұздатылған',
    );
    const before = await inSentence('fact="member-count" as-of="1993-01-01"', 'алты', 'kk');
    expect(note(before)).to.contain(
      'Ұжымдық қауіпсіздік туралы шартқа қол қойған 6 мемлекет (шарт әлі күшіне енбеген)',
    );
  });

  it('runs inside the sentence: inline, on the line of the words around it, with no margins', async () => {
    const el = await inSentence('fact="member-count" as-of="2022-05-16"');
    const style = getComputedStyle(el);
    expect(style.display).to.equal('inline');
    expect(style.marginTop).to.equal('0px');
    const p = el.parentElement!;
    // One line of 24 px: nothing around the fact was pushed onto a line of its own.
    expect(p.getBoundingClientRect().height).to.equal(24);
    expect(read(p)).to.equal('The CSTO has six member states.');
  });

  it('never leaves the punctuation after it at the start of a line', async () => {
    const p = await fixture<HTMLParagraphElement>(
      html`<p style="font-size: 16px; line-height: 24px">
        It was signed on <cst-fact fact="treaty-signed">15 May 1992</cst-fact>. Then more words.
      </p>`,
    );
    const el = p.querySelector(TAG)!;
    await waitUntil(() => part(el, 'marker'), 'the fact renders');
    const period = el.nextSibling as Text;
    const range = document.createRange();
    range.setStart(period, 0);
    range.setEnd(period, 1);
    let broken = 0;
    for (let width = 120; width <= 360; width += 2) {
      p.style.width = `${width}px`;
      const at = range.getBoundingClientRect();
      if (at.left - p.getBoundingClientRect().left < 2) broken += 1;
    }
    // WebKit breaks the line where the element's shadow tree meets the sentence's text at a few
    // widths (5 of these 121), whatever the element's own markup: held to that, not hidden.
    const allowed =
      /AppleWebKit/.test(navigator.userAgent) && !/Chrome\//.test(navigator.userAgent) ? 5 : 0;
    expect(broken, 'widths at which "." starts a line').to.be.at.most(allowed);
  });

  it('opens its note from the marker by keyboard, beside the marker, and closes it with Escape', async () => {
    const el = await inSentence('fact="member-count" as-of="2022-05-16"');
    const marker = part(el, 'marker')!;
    const popover = part(el, 'note')!;
    expect(marker.getAttribute('aria-label')).to.equal('Source and date');
    expect(marker.getAttribute('aria-expanded')).to.equal('false');
    expect(popover.matches(':popover-open')).to.equal(false);
    marker.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => popover.matches(':popover-open'), 'the note opens');
    await waitUntil(() => marker.getAttribute('aria-expanded') === 'true', 'it says so');
    const at = marker.getBoundingClientRect();
    const box = popover.getBoundingClientRect();
    expect(Math.abs(box.top - at.bottom)).to.be.below(12);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !popover.matches(':popover-open'), 'Escape closes the note');
    await sendKeys({ press: ' ' });
    await waitUntil(() => popover.matches(':popover-open'), 'Space opens it too');
    marker.click();
    await waitUntil(() => !popover.matches(':popover-open'), 'a click on the marker closes it');
  });

  it('is accessible, with its note open too', async () => {
    const el = await inSentence('fact="members"');
    await expect(el.parentElement).to.be.accessible();
    part(el, 'note')!.showPopover();
    await expect(el.parentElement).to.be.accessible();
  });

  it('marks a name that falls back to another language with that language', async () => {
    const el = await inSentence('fact="secretary-general" lang="kk"', 'Масадықов', 'kk');
    const name = part(el, 'value')!.querySelector('[lang]');
    expect(name?.getAttribute('lang')).to.equal('ru');
  });

  describe('bad input', () => {
    it('an unknown fact: one warning, cst-error, the words inside shown', async () => {
      const outcome = await renderBadInput(
        html`<cst-fact fact="member-cuont"><span>six</span></cst-fact>`,
      );
      expectReported(outcome, {
        tag: TAG,
        attribute: 'fact',
        value: 'member-cuont',
        code: 'invalid-value',
        includes: ['member-count'],
      });
      expect(outcome.el.shadowRoot!.querySelector('slot')).to.exist;
    });

    it('no fact at all: missing-attribute', async () => {
      const outcome = await renderBadInput(html`<cst-fact>six</cst-fact>`);
      expectReported(outcome, { tag: TAG, attribute: 'fact', code: 'missing-attribute' });
    });

    it('a status without a state, and one of a state the data does not know', async () => {
      const missing = await renderBadInput(html`<cst-fact fact="status">a member</cst-fact>`);
      expectReported(missing, { tag: TAG, attribute: 'state', code: 'missing-attribute' });
      const unknown = await renderBadInput(
        html`<cst-fact fact="status" state="Armenai">a member</cst-fact>`,
      );
      expectReported(unknown, {
        tag: TAG,
        attribute: 'state',
        value: 'Armenai',
        code: 'not-found',
        includes: ['Armenia'],
      });
    });

    it('a date on which the data names no Secretary General', async () => {
      const outcome = await renderBadInput(
        html`<cst-fact fact="secretary-general" as-of="1995-01-01"
          >the Secretary General</cst-fact
        >`,
      );
      expectReported(outcome, { tag: TAG, attribute: 'secretary-general', code: 'not-found' });
    });

    it('a malformed as-of date', async () => {
      const outcome = await renderBadInput(
        html`<cst-fact fact="member-count" as-of="2022-02-30">six</cst-fact>`,
      );
      expectReported(outcome, {
        tag: TAG,
        attribute: 'as-of',
        value: '2022-02-30',
        code: 'invalid-date',
      });
    });
  });
});
