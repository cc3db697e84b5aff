// The fallback that snippets and the static export write is the element's own template: these
// tests hold the two to the same words for every element, variant and language, and hold the
// HTML writer to what Lit itself renders.
import { expect, fixture } from '@open-wc/testing';
import { html as litHtml, render } from 'lit';
import { html as ownHtml } from '../src/internal/template.js';
import '../src/define/all.js';
import { resolveView } from '../src/embed/render.js';
import { fallbackHtml } from '../src/embed/snippets.js';
import { toHtml } from '../src/internal/html.js';

const cases: [string, Record<string, string>][] = [];
for (const lang of ['en', 'ru']) {
  for (const variant of ['card', 'pull', 'inline']) {
    cases.push(['cst-quote', { quote: 'tokayev-2022-first-use', variant, lang }]);
  }
  cases.push(['cst-quote', { speaker: 'lukashenko', lang }]);
  cases.push(['cst-quote', { topic: 'covid', lang }]);
  for (const layout of ['list', 'grid', 'table']) {
    cases.push(['cst-member-list', { layout, lang }]);
  }
  cases.push(['cst-member-list', { status: 'former', 'as-of': '2013-01-01', lang }]);
  cases.push(['cst-member-list', { status: 'all', fields: 'flag status', lang }]);
  for (const variant of ['full', 'compact']) {
    cases.push(['cst-summit-card', { summit: 'csc-2022-05-16', variant, lang }]);
    cases.push(['cst-summit-card', { summit: 'latest', variant, lang }]);
    cases.push(['cst-summit-card', { summit: 'csc-2026-11-11', variant, lang }]);
  }
  cases.push(['cst-treaty-article', { article: '4', lang }]);
  cases.push(['cst-treaty-article', { document: 'charter', article: '3', lang }]);
  cases.push(['cst-treaty-article', { article: '12', lang }]);
  for (const layout of ['list', 'compact']) {
    cases.push(['cst-timeline', { layout, lang }]);
    cases.push(['cst-timeline', { state: 'am', from: '2022', layout, lang }]);
  }
  cases.push(['cst-timeline', { kinds: 'membership', 'as-of': '2000-01-01', lang }]);
  cases.push(['cst-timeline', { kinds: 'wars', lang }]);
}

/** Text as a reader gets it, white space collapsed. */
const words = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * The element's text without its interactive controls (the copy button and its status) and
 * without what is hidden from assistive technology (the quote's monogram).
 */
function elementWords(el: Element): string {
  const copy = document.createElement('div');
  for (const child of el.shadowRoot!.children) copy.append(child.cloneNode(true));
  copy.querySelectorAll('button, [role="status"], [aria-hidden="true"]').forEach((c) => c.remove());
  return words(copy);
}

/** A DOM subtree written out with attributes in order and white space collapsed. */
function canonical(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').replace(/\s+/g, ' ');
  if (!(node instanceof Element)) return '';
  const attributes = [...node.attributes]
    .map((a) => `${a.name}="${a.value}"`)
    .sort()
    .join(' ');
  const inner = [...node.childNodes].map(canonical).join('');
  return `<${node.localName}${attributes ? ` ${attributes}` : ''}>${inner}</${node.localName}>`;
}

const attributeList = (attrs: Record<string, string>) =>
  Object.entries(attrs)
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ');

describe('fallback and element', () => {
  for (const [tag, attrs] of cases) {
    it(`say the same: <${tag} ${attributeList(attrs)}>`, async () => {
      const host = await fixture<HTMLDivElement>(litHtml`<div></div>`);
      host.innerHTML = `<${tag} ${attributeList(attrs)}></${tag}>`;
      const el = host.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      const written = document.createElement('div');
      written.innerHTML = await fallbackHtml(tag, attrs);
      const shown = elementWords(el);
      expect(shown.length, shown).to.be.above(20);
      expect(words(written)).to.equal(shown);
      // The light DOM takes none of the element's styling hooks, ids or controls.
      expect(written.querySelector('[class], [part], [id], button, slot')).to.equal(null);
    });
  }
});

describe('the HTML writer', () => {
  for (const [tag, attrs] of cases) {
    it(`writes what Lit renders: <${tag} ${attributeList(attrs)}>`, async () => {
      const resolved = (await resolveView(tag, attrs))!;
      const template =
        'view' in resolved.result
          ? resolved.renderer.template(resolved.result.view, { static: true })
          : resolved.result.notice!;
      const byLit = document.createElement('div');
      render(template, byLit);
      const byWriter = document.createElement('div');
      byWriter.innerHTML = toHtml(template);
      const collapsed = (node: Node) => canonical(node).replace(/\s+/g, ' ');
      expect(collapsed(byWriter)).to.equal(collapsed(byLit));
    });
  }

  it('escapes text and attribute values, and leaves out event and property bindings', () => {
    const hostile = '"><script>x</script>&\'';
    const out = toHtml(
      ownHtml`<p title=${hostile} @click=${() => {}} .value=${1} ?hidden=${false}>${hostile}</p>`,
    );
    expect(out).to.equal(
      '<p title="&quot;&gt;&lt;script&gt;x&lt;/script&gt;&amp;&#39;">&quot;&gt;&lt;script&gt;x&lt;/script&gt;&amp;&#39;</p>',
    );
  });
});
