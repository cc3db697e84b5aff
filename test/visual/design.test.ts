import { expect } from '@open-wc/testing';
// Every element, defined once, as demo/main.ts does for the sheet.
import '../../src/define/all.js';
import { meta } from '../../src/data/bundled/meta.js';
import { CONTENT_ELEMENTS } from '../../src/registry.js';
import { pinClock } from '../helpers/clock.js';
import { captureWarnings } from '../helpers/events.js';
import {
  addStyleSheets,
  inChromium,
  settled,
  steadyPage,
  visualDiff,
  WIDTHS,
} from '../helpers/visual.js';

/**
 * The design sheet (demo/design.html) against baselines in test/visual/baselines/design: one shot
 * for each of an element's variants (a section's `h3` and the cells under it), so a failure names
 * the element and the variant, and no shot is so large that taking and comparing it outlasts the
 * test runner's 20 s for a command on a busy machine. The sheet's own markup and style sheets are
 * loaded into this page, so there is one copy of the sheet; `npm run test:visual:update` writes
 * new baselines.
 */
const page = new DOMParser().parseFromString(
  await (await fetch('/demo/design.html')).text(),
  'text/html',
);
const sections = [...page.querySelectorAll<HTMLElement>('section.sheet-section')].map((s) => s.id);

/** "card, short" → "card-short": a variant's heading as a file name. */
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Each variant of a section: its heading and what follows up to the next one, wrapped in a block
 * of its own to be shot (a block without padding or border: the layout stays the same).
 */
function wrapVariants(section: Element): { shot: string; title: string }[] {
  return [...section.querySelectorAll(':scope > h3')].map((heading) => {
    const block = page.createElement('div');
    heading.after(block);
    while (block.nextSibling && (block.nextSibling as Element).localName !== 'h3') {
      block.append(block.nextSibling);
    }
    block.prepend(heading);
    const title = heading.textContent!.trim();
    block.dataset.shot = `${section.id}/${slug(title)}`;
    return { shot: block.dataset.shot, title };
  });
}
const variants = new Map(sections.map((id) => [id, wrapVariants(page.getElementById(id)!)]));

/**
 * Moves a block down to the next whole pixel of the page (relative positioning moves nothing
 * else), so that a change in the height of what is above it cannot change how it is drawn.
 */
function onWholePixel(block: HTMLElement): void {
  block.style.position = 'relative';
  block.style.top = '0px';
  const top = block.getBoundingClientRect().top + scrollY;
  block.style.top = `${Math.ceil(top) - top}px`;
}

describe('design sheet, screenshots', function () {
  // Tall shots take a while to encode and compare on a busy machine.
  this.timeout(60000);
  let restoreClock: (() => void) | undefined;

  before(async function () {
    if (!inChromium) this.skip();
    // Planned sessions read as due or passed by the reader's date: the sheet is shot on the
    // dataset's own date, as a reader saw it the day it was published.
    restoreClock = pinClock(meta.asOf);
    await addStyleSheets(
      [...page.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map(
        (link) => new URL(link.getAttribute('href')!, new URL('/demo/', location.href)).href,
      ),
    );
    document.documentElement.lang = page.documentElement.lang;
    document.body.className = page.body.className;
    const sheet = document.createElement('div');
    sheet.id = 'sheet';
    sheet.append(
      ...[...page.body.children]
        .filter((node) => node.localName !== 'script')
        .map((node) => document.importNode(node, true)),
    );
    // The sheet shows what an element does with an article the Treaty does not have: that is the
    // one warning it may give.
    const warnings = await captureWarnings(async () => {
      document.body.append(sheet);
      await settled(sheet);
    });
    for (const warning of warnings) expect(warning).to.contain('article="12"');
  });

  after(() => {
    restoreClock?.();
    document.getElementById('sheet')?.remove();
  });

  it('has a section for each element, named by its tag', () => {
    expect(sections).to.have.members(CONTENT_ELEMENTS.map((e) => e.tag.slice('cst-'.length)));
    for (const id of sections) {
      expect(page.getElementById(id)!.querySelector(`cst-${id}`), id).to.exist;
      expect(variants.get(id), `variants of ${id}`).to.not.be.empty;
    }
  });

  for (const width of WIDTHS) {
    describe(`at ${width} px`, () => {
      before(async function () {
        if (!inChromium) this.skip();
        await steadyPage(width);
        await settled(document.getElementById('sheet')!);
      });

      for (const id of sections) {
        for (const { shot, title } of variants.get(id)!) {
          it(`${id}: ${title}`, async () => {
            const block = document.querySelector<HTMLElement>(`[data-shot="${shot}"]`)!;
            onWholePixel(block);

            await visualDiff(block, `design/${shot}-${width}`);
          });
        }
      }
    });
  }
});
