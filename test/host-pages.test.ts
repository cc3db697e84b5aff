import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { HOST_PAGES, mountHost, type MountedHost } from './helpers/host-pages.js';
import { WIDTHS } from './helpers/visual.js';

/**
 * The elements in other people's pages: Bootstrap, Pico, water.css, Tailwind's preflight and a
 * WordPress content column, on a desktop and a phone. Their styles reach the element's own box
 * (a reset's `* { margin: 0 }` wins over `:host`), so what the design asks for is checked there:
 * space of its own around each element, no double border where two cards meet, a member table
 * that fits a phone, solid badges. Screenshots of the same pages: test/visual/host-pages.test.ts.
 */

/** Some space, clearly: more than a line of hairline or a rounding error. */
const MIN_GAP = 8;

const libraryElements = (root: ParentNode) =>
  [...root.querySelectorAll<HTMLElement>('*')].filter(
    (el) => el.localName.startsWith('cst-') && el.localName !== 'cst-provider',
  );

/** Every element of a shadow tree, nested shadow trees included. */
function shadowElements(host: Element): Element[] {
  const found: Element[] = [];
  const walk = (root: ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (host.shadowRoot) walk(host.shadowRoot);
  return found;
}

/** What a reader sees of an element: its box, or the boxes it draws beyond it. */
function drawnBox(el: HTMLElement): { top: number; bottom: number; left: number; right: number } {
  const own = el.getBoundingClientRect();
  const box = { top: own.top, bottom: own.bottom, left: own.left, right: own.right };
  for (const node of shadowElements(el)) {
    // What is not drawn (inside a closed disclosure) takes no room on the page.
    if (!node.checkVisibility()) continue;
    const rect = node.getBoundingClientRect();
    if (rect.width <= 1 || rect.height <= 1) continue;
    box.top = Math.min(box.top, rect.top);
    box.bottom = Math.max(box.bottom, rect.bottom);
    box.left = Math.min(box.left, rect.left);
    box.right = Math.max(box.right, rect.right);
  }
  return box;
}

const describeEl = (el: Element) =>
  `<${el.localName}${[...el.attributes].map((a) => ` ${a.name}="${a.value}"`).join('')}>`;

for (const host of HOST_PAGES) {
  for (const width of WIDTHS) {
    describe(`in a ${host.name} page at ${width} px`, () => {
      let page: MountedHost;

      before(async () => {
        await setViewport({ width, height: 900 });
        page = await mountHost(host);
      });

      after(async () => {
        page?.remove();
        await setViewport({ width: 800, height: 600 });
      });

      it('keeps space around every element: it never touches the text or card next to it', () => {
        const elements = libraryElements(page.article);
        expect(elements).to.have.length(7);
        for (const el of elements) {
          const box = drawnBox(el);
          const before = el.previousElementSibling as HTMLElement | null;
          const after = el.nextElementSibling as HTMLElement | null;
          if (before) {
            const above = before.localName.startsWith('cst-')
              ? drawnBox(before).bottom
              : before.getBoundingClientRect().bottom;
            expect(box.top - above, `space above ${describeEl(el)}`).to.be.at.least(MIN_GAP);
          }
          if (after && !after.localName.startsWith('cst-')) {
            const below = after.getBoundingClientRect().top;
            expect(below - box.bottom, `space below ${describeEl(el)}`).to.be.at.least(MIN_GAP);
          }
        }
      });

      it('sets two cards in a row apart: no double border', () => {
        const [first, second] = [...page.article.querySelectorAll('cst-summit-card')];
        expect(second!.previousElementSibling).to.equal(first);
        const card = (el: Element) =>
          el.shadowRoot!.querySelector('[part~="card"]')!.getBoundingClientRect();
        expect(card(second!).top - card(first!).bottom).to.be.at.least(MIN_GAP);
      });

      it("keeps the quote's copy button off the next paragraph", () => {
        for (const quote of page.article.querySelectorAll('cst-quote')) {
          const button = quote.shadowRoot!.querySelector('[part~="copy"]')!;
          const next = quote.nextElementSibling!;
          expect(
            next.getBoundingClientRect().top - button.getBoundingClientRect().bottom,
            describeEl(quote),
          ).to.be.at.least(MIN_GAP);
        }
      });

      it('stays inside the column, and the page does not scroll sideways', () => {
        const column = page.article.getBoundingClientRect();
        for (const el of libraryElements(page.article)) {
          const box = drawnBox(el);
          expect(box.left, describeEl(el)).to.be.at.least(column.left - 0.5);
          expect(box.right, describeEl(el)).to.be.at.most(column.right + 0.5);
          expect(el.scrollWidth, `${describeEl(el)} scrolls`).to.be.at.most(el.clientWidth);
        }
        const root = document.documentElement;
        expect(root.scrollWidth, 'the page scrolls sideways').to.be.at.most(root.clientWidth);
      });

      it("keeps the member list's caption wide, and dates, labels and flags each on one line", () => {
        const list = page.article.querySelector('cst-member-list')!;
        const scroll = list.shadowRoot!.querySelector('.scroll')!;
        expect(scroll.scrollWidth, 'the table scrolls').to.be.at.most(scroll.clientWidth);
        // Its title and lede take the width of the list, not that of their longest word.
        const caption = list.shadowRoot!.querySelector('caption')!.getBoundingClientRect();
        expect(caption.width, 'caption width').to.be.at.least(scroll.clientWidth - 1);
        const rows = [...list.shadowRoot!.querySelectorAll('[part~="item"]')];
        expect(rows.length).to.be.at.least(6);
        for (const row of rows) {
          const id = row.getAttribute('data-state');
          for (const node of row.querySelectorAll('time, .label')) {
            expect(node.getClientRects(), `${id}: ${node.textContent}`).to.have.length(1);
          }
          // The flag sits on the first line of the name, not on a line of its own.
          const name = row.querySelector('[part~="name"]')!;
          const flag = row.querySelector('[part~="flag"]')!.getBoundingClientRect();
          const text = [...name.childNodes].find(
            (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim(),
          )!;
          const range = document.createRange();
          range.selectNodeContents(text);
          const line = range.getClientRects()[0]!;
          const middle = (flag.top + flag.bottom) / 2;
          expect(middle, `${id}: flag beside the name`).to.be.within(line.top, line.bottom);
        }
      });

      it('draws no dashed border or outline, badges included', () => {
        const labels = libraryElements(page.article).flatMap((el) =>
          shadowElements(el).filter((node) => node.classList.contains('label')),
        );
        expect(labels.length, 'badges').to.be.at.least(3);
        for (const el of libraryElements(page.article)) {
          for (const node of shadowElements(el)) {
            const s = getComputedStyle(node);
            const styles = [
              s.borderTopStyle,
              s.borderRightStyle,
              s.borderBottomStyle,
              s.borderLeftStyle,
              s.outlineStyle,
            ];
            expect(styles, `${describeEl(el)} ${node.localName}.${node.className}`).not.to.include(
              'dashed',
            );
          }
        }
      });
    });
  }
}
