import { expect, waitUntil } from '@open-wc/testing';
import { CstMemberList } from '../src/elements/member-list/member-list.js';
import { defineElement } from '../src/internal/define.js';

/**
 * `no-shift`: an element that was in the page, showing its fallback, when its definition loaded
 * swaps the fallback for its view only when that moves nothing the reader sees.
 */
let count = 0;
/** Defines a fresh tag (a tag can be defined once), upgrading what is already in the page. */
function define(): string {
  const tag = `test-no-shift-${++count}`;
  defineElement(tag, class extends CstMemberList {});
  return tag;
}

const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

const rendered = (el: Element | null) => Boolean(el?.shadowRoot?.querySelector('[part=caption]'));

describe('no-shift', () => {
  let box: HTMLElement;
  beforeEach(() => {
    box = document.createElement('div');
    document.body.prepend(box);
    scrollTo(0, 0);
  });
  afterEach(() => box.remove());

  /** Puts `<tag …>` with a fallback paragraph in the box, before the tag is defined. */
  function place(tag: string, attributes = 'no-shift', before = '', after = '<p>Below</p>') {
    box.innerHTML = `${before}<${tag} ${attributes}><p>Fallback text</p></${tag}>${after}`;
    return box.querySelector(tag)!;
  }

  it('keeps the fallback of an element in view, with content below, until it leaves the view', async () => {
    const tag = `test-no-shift-${count + 1}`;
    const el = place(tag);
    define();
    await frames();
    expect(el.shadowRoot).to.equal(null);
    expect((el as HTMLElement).innerText.trim()).to.equal('Fallback text');
    // Out of view (here: pushed down by new content above it), it swaps.
    box.insertAdjacentHTML('afterbegin', `<div style="height:${innerHeight * 2}px"></div>`);
    await waitUntil(() => rendered(el), 'the element did not render out of view');
    expect(el.getAttribute('style') ?? '').to.equal('');
  });

  it('renders at once without no-shift', async () => {
    const tag = `test-no-shift-${count + 1}`;
    const el = place(tag, '');
    define();
    await (el as CstMemberList).updateComplete;
    expect(rendered(el)).to.equal(true);
  });

  it('renders at once when added after its definition', async () => {
    const tag = define();
    const el = place(tag);
    await (el as CstMemberList).updateComplete;
    expect(rendered(el)).to.equal(true);
  });

  it('renders at once when it starts out of view', async () => {
    const tag = `test-no-shift-${count + 1}`;
    const el = place(tag, 'no-shift', `<div style="height:${innerHeight * 2}px"></div>`);
    define();
    await waitUntil(() => rendered(el), 'the element did not render');
  });

  it('renders at once when nothing visible follows it', async () => {
    const tag = `test-no-shift-${count + 1}`;
    const el = place(tag, 'no-shift', '<p>Above</p>', '');
    // Whatever else the test page holds goes out of the way for this test.
    const others = [...document.body.children].filter((c) => c !== box) as HTMLElement[];
    const display = others.map((o) => o.style.display);
    others.forEach((o) => (o.style.display = 'none'));
    try {
      define();
      await waitUntil(() => rendered(el), 'the element did not render');
    } finally {
      others.forEach((o, i) => (o.style.display = display[i]!));
    }
  });

  it('reaching past the bottom of the view, swaps and keeps the fallback’s height until out of view', async () => {
    const tag = `test-no-shift-${count + 1}`;
    const el = place(
      tag,
      'no-shift style="font-size:80px"',
      `<div style="height:${innerHeight - 120}px"></div>`,
    ) as HTMLElement;
    const { top, bottom, height } = el.getBoundingClientRect();
    expect(top).to.be.below(innerHeight);
    expect(bottom).to.be.above(innerHeight);
    define();
    await waitUntil(() => rendered(el), 'the element did not render');
    expect(el.style.minBlockSize).to.equal(`${height}px`);
    expect(el.getBoundingClientRect().height).to.be.at.least(height);
    box.insertAdjacentHTML('afterbegin', `<div style="height:${innerHeight * 2}px"></div>`);
    await waitUntil(() => el.style.minBlockSize === '', 'the height was not released');
    expect(el.style.fontSize).to.equal('80px');
  });

  it('stops waiting when removed, and renders when added again', async () => {
    const tag = `test-no-shift-${count + 1}`;
    const el = place(tag);
    define();
    await frames();
    expect(el.shadowRoot).to.equal(null);
    el.remove();
    box.append(el);
    await (el as CstMemberList).updateComplete;
    expect(rendered(el)).to.equal(true);
  });
});
