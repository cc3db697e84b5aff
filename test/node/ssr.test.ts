import assert from 'node:assert/strict';
import { LANGS } from '../../src/locales/index.js';
import { describe, it } from 'node:test';
import '../../src/define/all.js';
import { bundledDataset } from '../../src/data/index.js';
import { membersOn, treatyPartiesOn } from '../../src/data/queries/states.js';
import { fallbackHtml } from '../../src/embed/snippets.js';
import { renderElement, type RenderOptions } from '../../src/ssr/index.js';
import { expectedTimeline, stateById, type Filter } from '../helpers/timeline-expected.js';
import { dateText, literal, visibleText } from './text.js';

const { meta, states } = bundledDataset;
/** The member states on the data's own date, and the Treaty's parties on 1 January 1995. */
const members = membersOn(states, meta.asOf).length;
const parties1995 = treatyPartiesOn(states, '1995-01-01').length;
/** Armenia's part in the history, as the data files give it. */
const armenia = expectedTimeline({ state: 'am' });
const span = (items: readonly { date: string }[]) =>
  `${items.length} events, ${items[0]!.date.slice(0, 4)}–${items.at(-1)!.date.slice(0, 4)}`;

const DSD = /<template shadowroot="open" shadowrootmode="open">/;

describe('server rendering', () => {
  it('renders the provider to declarative shadow DOM', async () => {
    const out = await renderElement('cst-provider', { lang: 'ru' });
    assert.match(out, /<cst-provider[^>]* lang="ru"/);
    assert.match(out, DSD);
    assert.match(out, /<slot><\/slot>/);
  });

  const cases: [string, Record<string, string>, RegExp][] = [
    [
      'cst-member-list',
      {},
      new RegExp(
        `^CSTO member states ${members} member states as of ${dateText(meta.asOf, 'en')} `,
      ),
    ],
    // Before the Organization (2002), the states were parties to the Treaty, and the table says so.
    [
      'cst-member-list',
      { 'as-of': '1995-01-01', layout: 'table' },
      new RegExp(
        `^Parties to the Collective Security Treaty ${parties1995} parties as of January 1, 1995 ` +
          'State Joined the Treaty Status Capital ',
      ),
    ],
    ['cst-summit-card', { summit: '2022-05-16' }, /Stanislav Zas/],
    ['cst-treaty-article', { article: '4' }, /Article 51 of the UN Charter/],
    ['cst-quote', { speaker: 'Kassym-Zhomart Tokayev' }, /Kassym-Jomart Tokayev/],
    [
      'cst-timeline',
      { state: 'am' },
      new RegExp(
        `^${stateById('am').name.en} and the CSTO: timeline ${span(armenia)} · as of ${dateText(meta.asOf, 'en')} `,
      ),
    ],
  ];
  for (const [tag, attributes, expected] of cases) {
    it(`renders <${tag}> ${JSON.stringify(attributes)} with its text`, async () => {
      const out = await renderElement(tag, attributes);
      assert.match(out, DSD);
      assert.match(visibleText(out), expected);
    });
  }

  it('renders a timeline with the same words as its fallback, a heading per year', async () => {
    // Each with the filter the data files are read with; none long enough to collapse.
    const timelines: [Record<string, string>, RenderOptions, Filter][] = [
      [{ state: 'am', from: '2023' }, {}, { state: 'am', from: '2023' }],
      [
        { state: 'am', from: '2023', layout: 'compact' },
        { lang: 'ru' },
        { state: 'am', from: '2023' },
      ],
      [
        { kinds: 'membership', 'as-of': '2000-01-01' },
        {},
        { kinds: ['membership'], asOf: '2000-01-01' },
      ],
    ];
    for (const [attributes, options, filter] of timelines) {
      const label = JSON.stringify(attributes);
      const out = await renderElement('cst-timeline', attributes, options);
      assert.match(out, DSD);
      assert.equal(
        visibleText(out),
        visibleText(await fallbackHtml('cst-timeline', attributes, options)),
        label,
      );
      const years = [...out.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<h3 [^>]*>(\d{4})<\/h3>/g)];
      const expected = expectedTimeline(filter);
      assert.ok(expected.length > 0 && expected.length <= 12, label);
      assert.deepEqual(
        years.map(([, year]) => year),
        [...new Set(expected.map((e) => e.date.slice(0, 4)))],
        label,
      );
    }
  });

  it('renders in Russian from the lang attribute or the option', async () => {
    const byAttribute = visibleText(await renderElement('cst-member-list', { lang: 'ru' }));
    const ru = new RegExp(
      `^Государства — члены ОДКБ ${members} государств-членов по состоянию на ${literal(dateText(meta.asOf, 'ru'))} `,
    );
    assert.match(byAttribute, ru);
    const byOption = visibleText(await renderElement('cst-member-list', {}, { lang: 'ru' }));
    assert.match(byOption, ru);
  });

  it('renders with a reference date and publisher data, as a provider would', async () => {
    const dated = visibleText(await renderElement('cst-member-list', {}, { asOf: '1995-01-01' }));
    assert.match(
      dated,
      new RegExp(
        `^Parties to the Collective Security Treaty ${parties1995} parties as of January 1, 1995 `,
      ),
    );
    assert.doesNotMatch(dated, /member state|founding member/);
    const quote = visibleText(
      await renderElement(
        'cst-quote',
        { quote: 'server-only' },
        {
          data: {
            quotes: [
              {
                id: 'server-only',
                text: 'Words given only to the server renderer.',
                lang: 'en',
                speaker: 'zas',
                date: '2022-05-16',
                topics: [],
                source: 'seed-002',
                sources: ['seed-002'],
              },
            ],
          },
        },
      ),
    );
    assert.match(quote, /Words given only to the server renderer\./);
  });

  it('renders the neutral notice for bad input, never throwing', async () => {
    const out = visibleText(await renderElement('cst-quote', { quote: 'no-such-quote' }));
    assert.match(out, /This content is not available\./);
  });

  it('escapes attribute values and refuses unsafe names', async () => {
    const out = await renderElement('cst-provider', { src: '"><script>alert(1)</script>' });
    assert.ok(!out.includes('<script>'), out);
    await assert.rejects(renderElement('script', {}), /not a cst-elements tag/);
    await assert.rejects(
      renderElement('cst-provider', { 'onclick="x"': '' }),
      /not an attribute name/,
    );
  });
});

describe('server rendering options, read as a provider reads its attributes', () => {
  it('refuses an option a provider would refuse, naming it, its value and the choices', async () => {
    await assert.rejects(
      renderElement('cst-member-list', {}, { asOf: '2024-13-45' }),
      /^Error: renderElement: asOf "2024-13-45" is not a day of the calendar/,
    );
    await assert.rejects(
      renderElement('cst-member-list', {}, { lang: 'xx' as never }),
      new RegExp(
        `^Error: renderElement: lang "xx" is not valid; valid values: ${LANGS.join(', ')}$`,
      ),
    );
    await assert.rejects(
      renderElement('cst-member-list', {}, { mode: 'replce' as never }),
      /mode "replce" is not valid; valid values: merge, replace/,
    );
  });

  it('gives the element and its fallback the same date', async () => {
    const options = { asOf: '2022-05-16' };
    const date = `as of ${dateText('2022-05-16', 'en')}`;
    const shadow = visibleText(await renderElement('cst-member-list', {}, options));
    const fallback = visibleText(await fallbackHtml('cst-member-list', {}, options));
    assert.ok(shadow.includes(date), shadow);
    assert.ok(fallback.includes(date), fallback);
  });

  it('keeps any attribute name HTML allows on the tag, as written', async () => {
    const out = await renderElement('cst-quote', {
      quote: 'tokayev-2022-first-use',
      data_x: '1',
      ':prop': 'a',
      '@click': 'b()',
      'v-on:click': 'c',
      'x.y': '"d"',
    });
    const tag = /<cst-quote[^>]*>/.exec(out)![0];
    for (const written of [
      'data_x="1"',
      ':prop="a"',
      '@click="b()"',
      'v-on:click="c"',
      'x.y="&quot;d&quot;"',
    ])
      assert.ok(tag.includes(` ${written}`), `${written} in ${tag}`);
    assert.match(visibleText(out), /peacekeeping potential/);
  });

  it('puts the nonce a policy allows on the styles of the shadow root', async () => {
    const out = await renderElement(
      'cst-quote',
      { quote: 'tokayev-2022-first-use' },
      { styleNonce: 'n"1' },
    );
    assert.ok(/<style nonce="n&quot;1">\s*:host\s*\{/.test(out), 'the nonce on the style');
    assert.doesNotMatch(out, /<style>/);
  });
});
