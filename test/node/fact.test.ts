// <cst-fact>'s view in Node: every fact on many dates, in every language, against what the sources
// say (FACTS: six members in 2022, Uzbekistan back from 2006 and suspended from 2012, the chairs by
// year, the Secretaries General by term).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { factData } from '../../src/data/slim/fact.js';
import { attributes } from '../../src/elements/fact/fact.spec.js';
import { factTitle, factView, type FactView } from '../../src/elements/fact/fact.view.js';
import { LANGS, type Lang } from '../../src/locales/index.js';

const data = factData.current();
const FACTS = attributes.fact.values!;

function view(attrs: Record<string, string>, lang: Lang = 'en'): FactView {
  const result = factView({
    tag: 'cst-fact',
    attrs,
    data,
    lang,
    asOf: data.meta.asOf,
    today: data.meta.asOf,
  });
  assert.ok('view' in result, `${JSON.stringify(attrs)}: ${JSON.stringify(result)}`);
  return result.view;
}

const problem = (attrs: Record<string, string>) => {
  const result = factView({
    tag: 'cst-fact',
    attrs,
    data,
    lang: 'en',
    asOf: data.meta.asOf,
    today: data.meta.asOf,
  });
  assert.ok('problem' in result, JSON.stringify(attrs));
  return result.problem;
};

const count = (date: string) => {
  const { value } = view({ fact: 'member-count', 'as-of': date });
  assert.equal(value.kind, 'count');
  return value.count;
};

describe('<cst-fact> view', () => {
  it('counts the members as the sources give them: 6 before 2006, 7 with Uzbekistan, 6 after its suspension', () => {
    assert.equal(count('2003-06-01'), 6);
    assert.equal(count('2007-06-01'), 7);
    assert.equal(count('2012-12-18'), 7);
    assert.equal(count('2013-01-01'), 6);
    assert.equal(count('2022-05-16'), 6);
    // Armenia's frozen participation leaves it a member.
    assert.equal(count('2024-06-01'), 6);
  });

  it('counts the parties to the Treaty before the Organization, and says that is what it counts', () => {
    const { value } = view({ fact: 'member-count', 'as-of': '1994-06-01' });
    assert.equal(value.kind === 'count' && value.of, 'parties');
    assert.equal(view({ fact: 'member-count', 'as-of': '2003-06-01' }).value.kind, 'count');
    const after = view({ fact: 'member-count', 'as-of': '2003-06-01' }).value;
    assert.equal(after.kind === 'count' && after.of, 'members');
    // Before the Treaty took effect (20 April 1994): the states that had signed it.
    const signed = view({ fact: 'member-count', 'as-of': '1993-06-01' }).value;
    assert.equal(signed.kind === 'count' && signed.of, 'signatories');
    assert.ok(signed.kind === 'count' && signed.count >= 6);
  });

  it('names the chair of each year the sources give', () => {
    const chair = (date: string) => factTitle(view({ fact: 'chair', 'as-of': date }));
    assert.equal(chair('2016-01-01'), 'Armenia');
    assert.equal(chair('2020-06-01'), 'Russia');
    assert.equal(chair('2021-06-01'), 'Tajikistan');
    assert.equal(chair('2024-06-01'), 'Kazakhstan');
    assert.equal(chair('2025-06-01'), 'Kyrgyzstan');
  });

  it('names only Secretaries General whose terms the sources hold', () => {
    const sg = (date: string) => factTitle(view({ fact: 'secretary-general', 'as-of': date }));
    assert.equal(sg('2021-06-01'), 'Stanislav Zas');
    assert.equal(sg('2024-06-01'), 'Imangali Tasmagambetov');
    assert.equal(sg('2010-01-01'), 'Nikolai Bordyuzha');
    // Before the office was first held, and inside the year in which only the year of the first
    // term's start is known, no one is named.
    assert.equal(problem({ fact: 'secretary-general', 'as-of': '2001-01-01' }).code, 'not-found');
    assert.equal(problem({ fact: 'secretary-general', 'as-of': '2003-06-01' }).code, 'not-found');
  });

  it('words every fact in every language, on every year-end the data covers', () => {
    const dated = FACTS.filter((f) => f !== 'status');
    for (let year = 1992; year <= Number(data.meta.asOf.slice(0, 4)); year += 1) {
      for (const lang of LANGS) {
        for (const fact of dated) {
          const result = factView({
            tag: 'cst-fact',
            attrs: { fact, 'as-of': `${year}-12-31` },
            data,
            lang,
            asOf: data.meta.asOf,
            today: data.meta.asOf,
          });
          if ('view' in result) {
            assert.ok(factTitle(result.view).trim(), `${fact} ${year} ${lang}`);
            assert.ok(result.view.sources.length > 0, `${fact} ${year}: cites no source`);
          } else {
            assert.equal(result.problem.code, 'not-found', `${fact} ${year}`);
          }
        }
        for (const state of data.states) {
          const status = view({ fact: 'status', state: state.id, 'as-of': `${year}-12-31` }, lang);
          assert.ok(factTitle(status).trim(), `${state.id} ${year} ${lang}`);
        }
      }
    }
  });

  it('finds a state by any of its names, in any language', () => {
    for (const name of ['am', 'ARM', 'Armenia', 'Армения']) {
      const { value } = view({ fact: 'status', state: name, 'as-of': '2025-01-01' });
      assert.equal(value.kind === 'status' && value.standing, 'frozen', name);
    }
  });

  it('gives as the next session the first one after the date, held since or planned', () => {
    const next = view({ fact: 'next-session', 'as-of': '2022-01-01' }).value;
    assert.equal(next.kind === 'session' && next.date, '2022-01-06');
    assert.equal(next.kind === 'session' && next.planned, undefined);
    const planned = view({ fact: 'next-session' }).value;
    assert.ok(planned.kind === 'session' && planned.planned, 'the planned one, as planned');
  });

  it('holds for the data’s date when asked for a later one, and says so', () => {
    const later = view({ fact: 'member-count', 'as-of': '2099-01-01' });
    assert.equal(later.asOf, data.meta.asOf);
    assert.equal(later.latest, true);
    const timeless = view({ fact: 'treaty-signed', 'as-of': '2099-01-01' });
    assert.equal(timeless.asOf, undefined);
    assert.equal(timeless.latest, false);
  });

  it('reports bad attributes as problems, never throws', () => {
    assert.equal(problem({}).code, 'missing-attribute');
    assert.equal(problem({ fact: 'member-cuont' }).code, 'invalid-value');
    assert.equal(problem({ fact: 'status' }).code, 'missing-attribute');
    assert.equal(problem({ fact: 'status', state: 'Atlantis' }).code, 'not-found');
    assert.equal(problem({ fact: 'chair', 'as-of': '2022-13-01' }).code, 'invalid-date');
  });
});
