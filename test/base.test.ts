import { expect, fixture, html as testHtml, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../src/define/provider.js';
import { meta } from '../src/data/bundled/meta.js';
import { states } from '../src/data/bundled/states.js';
import { membersOn } from '../src/data/queries.js';
import { atHand } from '../src/data/slim/types.js';
import { date } from '../src/internal/kinds/date.js';
import { litProperties, read } from '../src/internal/spec.js';
import type { Lang } from '../src/data/types.js';
import { CstElement, type Renderer } from '../src/internal/base.js';
import { isProblem } from '../src/internal/problems.js';
import { common } from '../src/internal/strings.js';
import { expectReported, renderBadInput, shadowText } from './helpers/element.js';

type Data = { meta: typeof meta; states: typeof states };
type View = { count: number; date: string; lang: Lang };

const attributes = { 'as-of': date() };

/** A minimal element on the shared base: counts members on `as-of`. */
class TestCount extends CstElement<Data, View> {
  static override readonly attributes = attributes;
  static override properties = litProperties(attributes);
  static readonly renderer: Renderer<Data, View> = {
    data: atHand({ meta, states }),
    strings: [common],
    view: ({ attrs, data, lang, asOf }) => {
      const values = read(attributes, attrs);
      if (isProblem(values)) return { problem: values };
      const date = values.asOf ?? asOf;
      return { view: { count: membersOn(data.states, date).length, date, lang } };
    },
    template: (view) =>
      html`<p>${view.count} ${view.date} ${view.lang} ${common[view.lang].unverified}</p>`,
    title: (view) => String(view.count),
  };
  declare asOf: string | null;
}
customElements.define('test-count', TestCount);

describe('shared element base', () => {
  it('renders from the bundled data with no provider', async () => {
    const el = await fixture(testHtml`<test-count></test-count>`);
    expect(shadowText(el)).to.equal(`6 ${meta.asOf} en Unverified`);
  });

  it('takes lang from itself, then ancestors, then the provider', async () => {
    const wrap = await fixture(testHtml`<div lang="ru-RU"><test-count></test-count></div>`);
    // The Russian strings load with the first element that shows them.
    await (wrap.firstElementChild as TestCount).updateComplete;
    expect(shadowText(wrap.firstElementChild!)).to.contain('ru Не подтверждено');
    const own = await fixture(testHtml`<div lang="ru"><test-count lang="en"></test-count></div>`);
    expect(shadowText(own.firstElementChild!)).to.contain('en Unverified');
    const provided = await fixture(
      testHtml`<cst-provider lang="ru"><test-count></test-count></cst-provider>`,
    );
    const el = provided.firstElementChild as TestCount;
    await waitUntil(() => shadowText(el).includes('ru'));
    el.lang = 'en';
    await waitUntil(() => shadowText(el).includes('en Unverified'), 'lang change re-renders');
  });

  it('follows the provider as-of', async () => {
    const provided = await fixture(
      testHtml`<cst-provider as-of="1995-01-01"><test-count></test-count></cst-provider>`,
    );
    await waitUntil(() => shadowText(provided.firstElementChild!).startsWith('9 1995-01-01'));
  });

  it('shows the publisher fallback and reports a malformed date', async () => {
    const outcome = await renderBadInput(
      testHtml`<test-count as-of="2022-13-45"><p>Six member states.</p></test-count>`,
    );
    expectReported(outcome, {
      tag: 'test-count',
      attribute: 'as-of',
      value: '2022-13-45',
      code: 'invalid-date',
    });
    const slot = outcome.el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Six member states.');
  });

  it('shows a neutral notice when there is no fallback', async () => {
    const outcome = await renderBadInput(testHtml`<test-count as-of="nope"> </test-count>`);
    expect(outcome.el.shadowRoot!.querySelector('[role="note"]')!.textContent).to.equal(
      'This content is not available.',
    );
  });

  it('warns about an unknown theme, suggesting the closest, and still renders', async () => {
    const outcome = await renderBadInput(testHtml`<test-count theme="drak"></test-count>`);
    expectReported(outcome, {
      tag: 'test-count',
      attribute: 'theme',
      value: 'drak',
      code: 'invalid-value',
      includes: ['"dark"'],
    });
    expect(shadowText(outcome.el)).to.match(/^6 /);
  });
});
