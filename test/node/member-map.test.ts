// <cst-member-map> in Node: its geometry (fresh, every state of the data drawn, the borders drawn
// as recognised), and its view on dates across the data, against what the sources say: the
// signatories of 1992–1993, the parties of 1994, the three that left in 1999, the Organization
// of 2002, Uzbekistan back in 2006 and suspended in 2012, Armenia's freeze of 2024.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { before, describe, it } from 'node:test';
import { geoConicEqualArea } from 'd3-geo';
import { bundledDataset } from '../../src/data/bundled/index.js';
import { geometry } from '../../src/data/slim/member-map.geometry.js';
import allJson from '../../src/data/slim/all.json';
import { memberMapData } from '../../src/data/slim/member-map.js';
import { resolveView, staticHtml } from '../../src/embed/render.js';
import type { MemberMapData } from '../../src/elements/member-map/member-map.data.js';
import { frame } from '../../src/elements/member-map/member-map.frame.js';
import { strings } from '../../src/elements/member-map/member-map.strings.js';
import {
  memberMapView,
  pointOf,
  type MapStatus,
  type MemberMapView,
} from '../../src/elements/member-map/member-map.view.js';
import { LANGS, type Lang } from '../../src/locales/index.js';
import { dateText, readable } from './text.js';

const data = memberMapData.current();

function view(attrs: Record<string, string>, lang: Lang = 'en', from = data): MemberMapView {
  const result = memberMapView({
    tag: 'cst-member-map',
    attrs,
    data: from,
    lang,
    asOf: data.meta.asOf,
    today: data.meta.asOf,
  });
  assert.ok('view' in result, `${JSON.stringify(attrs)}: ${JSON.stringify(result)}`);
  return result.view;
}

function problem(attrs: Record<string, string>) {
  const result = memberMapView({
    tag: 'cst-member-map',
    attrs,
    data,
    lang: 'en',
    asOf: data.meta.asOf,
    today: data.meta.asOf,
  });
  assert.ok('problem' in result, JSON.stringify(attrs));
  return result.problem;
}

/** The map's own step: each state it colours, by id, with its status. */
function statuses(attrs: Record<string, string>): Record<string, MapStatus> {
  const v = view(attrs);
  return Object.fromEntries(v.steps[v.shown]!.states.map((s) => [s.id, s.status]));
}

// --- Geometry -------------------------------------------------------------------------------

/** The rings of path data as the geometry step writes it (`M x y l dx dy … z`), absolute. */
function rings(d: string): [number, number][][] {
  return [...d.matchAll(/M(-?\d+) (-?\d+)l([^Mz]*)z?/g)].map(([, x, y, steps]) => {
    const at: [number, number] = [Number(x), Number(y)];
    const points = [at];
    const numbers = (steps!.match(/-?\d+/g) ?? []).map(Number);
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const [px, py] = points.at(-1)!;
      points.push([px + numbers[i]!, py + numbers[i + 1]!]);
    }
    return points;
  });
}

/** Even-odd point in polygon over every ring of some path data. */
function inside(d: string, [x, y]: readonly [number, number]): boolean {
  let odd = false;
  for (const ring of rings(d)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

/** A place (`[longitude, latitude]`) in the map's units, as the geometry step projects it. */
function place(point: readonly [number, number]): [number, number] {
  const projection = geoConicEqualArea()
    .rotate(frame.projection.rotate as [number, number])
    .parallels(frame.projection.parallels as [number, number])
    .scale(1)
    .translate([0, 0]);
  const x = (p: readonly number[]) => projection(p as [number, number])![0];
  const y = (p: readonly number[]) => projection(p as [number, number])![1];
  const x0 = Math.min(...frame.bounds.west.map(x));
  const x1 = Math.max(...frame.bounds.east.map(x));
  const y0 = Math.min(...frame.bounds.north.map(y));
  const k = frame.width / (x1 - x0);
  return [(x(point) - x0) * k, (y(point) - y0) * k];
}

describe('<cst-member-map> geometry', () => {
  it('is fresh: projecting the frame again changes nothing', () => {
    const run = spawnSync(process.execPath, ['scripts/geometry.js', '--check'], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
  });

  it('draws every state of the data, each where its capital is', () => {
    const capitals: Record<string, [number, number]> = {
      am: [44.51, 40.18],
      by: [27.56, 53.9],
      kz: [71.45, 51.17],
      kg: [74.6, 42.87],
      ru: [37.62, 55.75],
      tj: [68.79, 38.56],
      uz: [69.24, 41.3],
      az: [49.87, 40.41],
      ge: [44.79, 41.72],
    };
    const states = geometry.states as Record<string, string>;
    for (const state of bundledDataset.states) {
      const d = states[state.isoNumeric];
      assert.ok(d, `${state.id} has a shape`);
      const at = place(capitals[state.id]!);
      assert.ok(inside(d, at), `${state.id}: its capital lies in its shape`);
      for (const other of bundledDataset.states.filter((s) => s !== state)) {
        assert.ok(
          !inside(states[other.isoNumeric]!, at),
          `${state.id}'s capital is not in ${other.id}`,
        );
      }
    }
  });

  it('draws Crimea in Ukraine, with a dashed boundary, and Abkhazia and South Ossetia in Georgia', () => {
    const russia = (geometry.states as Record<string, string>)['643']!;
    const georgia = (geometry.states as Record<string, string>)['268']!;
    for (const crimea of [
      [34.1, 45.0],
      [33.52, 44.6],
    ] as const) {
      assert.ok(!inside(russia, place(crimea)), `${crimea} is not in Russia's shape`);
      assert.ok(inside(geometry.land, place(crimea)), `${crimea} is in the land around`);
    }
    assert.ok(rings(geometry.lines.replace(/(l[^M]*)/g, '$1z')).length > 0, 'a dashed line');
    for (const region of [
      [41.0, 43.0],
      [43.97, 42.23],
    ] as const) {
      assert.ok(inside(georgia, place(region)), `${region} is in Georgia`);
    }
  });

  it('weighs a few kilobytes', () => {
    const text = JSON.stringify(geometry);
    assert.ok(text.length < 12_000, `${text.length} characters`);
  });
});

// --- View -----------------------------------------------------------------------------------

describe('<cst-member-map> view', () => {
  before(() => Promise.all(LANGS.map((lang) => strings.load(lang))));

  it('on the data’s date: six members, Armenia’s participation frozen, Uzbekistan suspended', () => {
    assert.deepEqual(statuses({}), {
      by: 'member',
      kz: 'member',
      kg: 'member',
      ru: 'member',
      tj: 'member',
      am: 'frozen',
      uz: 'suspended',
    });
    const step = view({}).steps[0]!;
    assert.equal(step.kind, 'members');
    assert.equal(step.count, 6);
    assert.equal(
      readable(pointOf(step, 'en')),
      `6 member states of the CSTO as of ${dateText(data.meta.asOf, 'en')}; participation frozen: Armenia; membership suspended: Uzbekistan`,
    );
  });

  it('adds the former parties with status="all"', () => {
    const all = statuses({ status: 'all' });
    assert.equal(all.az, 'left');
    assert.equal(all.ge, 'left');
    assert.match(
      pointOf(view({ status: 'all' }).steps[0]!, 'en'),
      /former parties to the Treaty: Azerbaijan and Georgia$/,
    );
  });

  it('tells the signatories, the parties and the members apart by date', () => {
    // Six signed on 15 May 1992; by June 1993 no other had acceded, and the Treaty was not in force.
    const signatories = view({ 'as-of': '1993-06-01' }).steps[0]!;
    assert.equal(signatories.kind, 'signatories');
    assert.equal(signatories.count, 6);
    assert.ok(
      signatories.states.every((s) => s.status === 'signatory' && s.since === '1992-05-15'),
    );
    // Nine parties from 20 April 1994, the Treaty's entry into force.
    const parties = view({ 'as-of': '1995-01-01' }).steps[0]!;
    assert.equal(parties.kind, 'parties');
    assert.equal(parties.count, 9);
    assert.ok(parties.states.every((s) => s.since === '1994-04-20'));
    // Three did not extend it in 1999.
    assert.deepEqual(
      Object.entries(statuses({ 'as-of': '2000-01-01', status: 'all' }))
        .filter(([, s]) => s === 'left')
        .map(([id]) => id)
        .sort(),
      ['az', 'ge', 'uz'],
    );
    // The Organization from 7 October 2002; Uzbekistan back in 2006, suspended in December 2012.
    assert.equal(statuses({ 'as-of': '2002-10-07' }).ru, 'member');
    assert.equal(statuses({ 'as-of': '2006-08-15' }).uz, undefined);
    assert.equal(statuses({ 'as-of': '2006-08-16' }).uz, 'member');
    assert.equal(statuses({ 'as-of': '2012-12-19' }).uz, 'suspended');
    assert.equal(statuses({ 'as-of': '2024-02-21' }).am, 'member');
    assert.equal(statuses({ 'as-of': '2024-02-22' }).am, 'frozen');
    // Before any signature, nothing is coloured.
    assert.deepEqual(view({ 'as-of': '1992-05-14' }).steps[0]!.states, []);
    assert.match(pointOf(view({ 'as-of': '1992-05-14' }).steps[0]!, 'en'), /^No state had signed/);
  });

  it('answers a date after the data’s for the data’s own date, and says so', () => {
    const step = view({ 'as-of': '2030-01-01' }).steps[0]!;
    assert.equal(step.date, data.meta.asOf);
    assert.equal(step.latest, true);
    assert.match(pointOf(step, 'en'), /the latest date in this data/);
  });

  it('steps through the years in which membership changed, ending on the map’s date', () => {
    const v = view({ controls: 'years' });
    const years = v.steps.map((s) => s.date.slice(0, 4));
    for (const year of ['1992', '1993', '1994', '1999', '2002', '2006', '2012', '2024']) {
      assert.ok(years.includes(year), `${year} in ${years}`);
    }
    assert.equal(v.steps[v.shown]!.date, data.meta.asOf);
    assert.equal(v.shown, v.steps.length - 1);
    // Each step but the map's own date shows something the one before did not.
    const key = (i: number) => JSON.stringify(v.steps[i]!.states.map((s) => [s.id, s.status]));
    for (let i = 1; i < v.steps.length - 1; i++) assert.notEqual(key(i), key(i - 1), years[i]);
    // A date between changes is a step of its own, where it falls.
    const between = view({ controls: 'years', 'as-of': '2010-01-01' });
    assert.equal(between.steps[between.shown]!.date, '2010-01-01');
    assert.ok(between.steps.at(-1)!.date === data.meta.asOf);
    // Without the slider, one step.
    assert.equal(view({}).steps.length, 1);
  });

  it('reads the same from the all-in-one entry’s data as from its own, on every step', () => {
    // Armenia's caveat of 2024 belongs to its freeze, never to its membership of 2002.
    const all = allJson as unknown as MemberMapData;
    const attrs = { controls: 'years', status: 'all' };
    assert.deepEqual(view(attrs, 'en', all).steps, view(attrs).steps);
    const armenia = view({ 'as-of': '2013-01-01' }, 'en', all).steps[0]!.states.find(
      (s) => s.id === 'am',
    );
    assert.deepEqual([armenia?.status, armenia?.caveat], ['member', undefined]);
  });

  it('emphasises a state named by id, ISO code, name or alias, in any language', () => {
    for (const name of ['kg', 'KGZ', 'Kyrgyzstan', 'Киргизия', 'kirghizia']) {
      assert.deepEqual(view({ highlight: name }).highlight, { id: 'kg', iso: '417' }, name);
    }
    const unknown = problem({ highlight: 'Atlantis' });
    assert.equal(unknown.code, 'not-found');
    assert.equal(unknown.attribute, 'highlight');
  });

  it('refuses unknown values of its choices, and malformed dates', () => {
    assert.equal(problem({ status: 'former' }).code, 'invalid-value');
    assert.equal(problem({ labels: 'some' }).code, 'invalid-value');
    assert.equal(problem({ controls: 'months' }).code, 'invalid-value');
    assert.equal(problem({ 'as-of': '2024-02-30' }).code, 'invalid-date');
  });

  it('cites the sources of each status it shows, once each', () => {
    const v = view({ status: 'all' });
    const ids = v.sources.map((s) => s.id);
    assert.equal(new Set(ids).size, ids.length);
    const armenia = bundledDataset.states.find((s) => s.id === 'am')!;
    const frozen = armenia.membership.find((e) => e.type === 'frozen')!;
    for (const id of frozen.sources) assert.ok(ids.includes(id), id);
  });

  it('says its point in Russian and Kazakh, names in lists after a colon', () => {
    const ru = readable(pointOf(view({}, 'ru').steps[0]!, 'ru'));
    assert.match(
      ru,
      /^6 государств-членов ОДКБ по состоянию на .*; участие заморожено: Армения; членство приостановлено: Узбекистан$/,
    );
    const kk = readable(pointOf(view({}, 'kk').steps[0]!, 'kk'));
    assert.match(
      kk,
      /ҰҚШҰ-ға 6 мемлекет мүше; қатысуы мұздатылған: Армения; мүшелігі тоқтатыла тұрған: Өзбекстан$/,
    );
  });
});

describe('<cst-member-map> without script', () => {
  it('writes the map as one image named by its point, and its legend with every state and date', async () => {
    for (const lang of LANGS) {
      const resolved = (await resolveView('cst-member-map', { status: 'all' }, { lang }))!;
      assert.ok('view' in resolved.result);
      const html = staticHtml(resolved);
      const shown = resolved.result.view as MemberMapView;
      const point = pointOf(shown.steps[0]!, lang).replace(/'/g, '&#39;');
      assert.ok(html.includes(`role="img"`), lang);
      assert.ok(html.includes(`aria-label="${point}"`), `${lang}: ${point}`);
      assert.equal(
        (html.match(/<svg/g) ?? []).length,
        1 + 4,
        `${lang}: the map and a swatch per status`,
      );
      assert.equal((html.match(/<path[^>]*d="M/g) ?? []).length >= 9 + 3, true, lang);
      // No control that needs script.
      assert.ok(!/<input|tabindex|aria-live/.test(html), lang);
      for (const state of bundledDataset.states) {
        const name = data.states.find((s) => s.id === state.id)!.name[lang] ?? state.name.en;
        assert.ok(html.includes(name), `${lang}: ${name}`);
      }
    }
  });
});
