import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/define/all.js';
import { citations, notesLine, notesOf, visible, whilePrinted } from './helpers/notes.js';

/**
 * Printed, every element keeps its frame whole where it fits a page, shows its sources in full
 * once (the short line's titles and its chevron left out, the list open), and shows no control.
 * Chromium emulates print media; where a browser cannot (Firefox over WebDriver BiDi), the
 * element tests check the print rules themselves.
 */
const cases: [string, TemplateResult][] = [
  ['quote', html`<cst-quote quote="lukashenko-2022-hybrid-war"></cst-quote>`],
  ['member list', html`<cst-member-list status="all" layout="table"></cst-member-list>`],
  ['summit card', html`<cst-summit-card summit="csc-2022-05-16"></cst-summit-card>`],
  [
    'compact summit card',
    html`<cst-summit-card summit="latest" variant="compact"></cst-summit-card>`,
  ],
  ['treaty article', html`<cst-treaty-article article="4"></cst-treaty-article>`],
  ['timeline', html`<cst-timeline state="am"></cst-timeline>`],
];

describe('in print', () => {
  for (const [name, template] of cases) {
    it(`${name}: a whole frame, its sources in full once, no controls`, async () => {
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(template);
      await el.updateComplete;
      const frame = el.shadowRoot!.querySelector<HTMLElement>('.frame')!;
      const sources = citations(el);
      expect(sources.length, 'sources').to.be.greaterThan(0);
      // Each source once.
      const titles = sources.map((li) => li.querySelector('cite')!.textContent);
      expect(new Set(titles).size).to.equal(titles.length);
      const printed = await whilePrinted(() => {
        expect(getComputedStyle(frame).breakInside, 'frame').to.equal('avoid');
        expect(sources.every(visible), 'every source printed').to.equal(true);
        expect(notesOf(el)!.open, 'the disclosure itself is not opened').to.equal(false);
        const short = notesLine(el)!.querySelector('.short')!;
        expect(visible(short), 'short titles left out').to.equal(false);
        expect(getComputedStyle(notesLine(el)!, '::before').display).to.equal('none');
        for (const control of el.shadowRoot!.querySelectorAll('button')) {
          expect(visible(control), control.textContent!).to.equal(false);
        }
      });
      if (!printed) return;
      // Back on screen: the list is closed again, the line short.
      expect(sources.some(visible)).to.equal(false);
      expect(visible(notesLine(el)!.querySelector('.short')!)).to.equal(true);
    });
  }
});
