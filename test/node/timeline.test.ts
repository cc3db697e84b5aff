import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundledDataset as data } from '../../src/data/bundled/index.js';
import { timelineEvents, type TimelineEvent } from '../../src/data/queries/timeline.js';
import type { Dataset } from '../../src/data/types.js';

const timeline = timelineEvents(data);
const byId = (id: string) => timeline.find((e) => e.id === id);
const sourceIds = new Set(data.sources.map((s) => s.id));
const KINDS = ['treaty', 'membership', 'sessions', 'documents', 'operations'];

/** Whether the record an event comes from is marked unverified. */
function recordUnverified(event: TimelineEvent, d: Dataset): boolean {
  const ref = event.ref;
  switch (ref.collection) {
    case 'states':
      return d.states.find((s) => s.id === ref.id)!.membership[ref.index]!.verified === false;
    case 'events':
      return d.events.find((e) => e.id === ref.id)!.verified === false;
    case 'documents':
      if (ref.fact === 'amendment-signed' || ref.fact === 'amendment-in-force') {
        const document = d.documents.find((x) => x.id === ref.id)!;
        return document.amendments!.find((a) => a.id === ref.amendment)!.verified === false;
      }
      return false;
    default:
      return false;
  }
}

describe('timelineEvents', () => {
  it('lists every event in date order, with unique ids', () => {
    const dates = timeline.map((e) => e.date);
    assert.deepEqual(dates, [...dates].sort());
    assert.equal(new Set(timeline.map((e) => e.id)).size, timeline.length);
    assert.equal(timeline[0]!.date, '1992-05-15');
    // On a day with several, the Treaty comes before the states' own events.
    assert.equal(timeline[0]!.id, 'document:treaty:signed');
    assert.equal(timeline.at(-1)!.id, 'session:csc-2026-11-11');
  });

  it('derives one event from each record and fact, plus every entry of events.json', () => {
    const membership = data.states.reduce((n, s) => n + s.membership.length, 0);
    const documents = data.documents.reduce(
      (n, d) =>
        n +
        1 +
        (d.inForce ? 1 : 0) +
        (d.amendments ?? []).reduce((m, a) => m + 1 + (a.inForce ? 1 : 0), 0),
      0,
    );
    assert.equal(
      timeline.length,
      membership + data.sessions.length + documents + data.events.length,
    );
    for (const e of data.events) assert.ok(byId(`event:${e.id}`), e.id);
    for (const s of data.sessions) assert.ok(byId(`session:${s.id}`), s.id);
  });

  it('uses only the five kinds, and each of them', () => {
    for (const e of timeline) assert.ok(KINDS.includes(e.kind), `${e.id}: ${e.kind}`);
    assert.deepEqual([...new Set(timeline.map((e) => e.kind))].sort(), [...KINDS].sort());
  });

  it('gives every event at least one source, and only sources that exist', () => {
    for (const e of timeline) {
      assert.ok(e.sources.length > 0, e.id);
      for (const id of e.sources) assert.ok(sourceIds.has(id), `${e.id}: ${id}`);
    }
  });

  it('names only states that exist', () => {
    const states = new Set(data.states.map((s) => s.id));
    for (const e of timeline)
      for (const id of e.states) assert.ok(states.has(id), `${e.id}: ${id}`);
  });

  it('holds the foundations of the Treaty and the Organization with the sources of their dates', () => {
    const expect = (id: string, date: string, kind: string, source: string) => {
      const e = byId(id);
      assert.ok(e, id);
      assert.equal(e.date, date, id);
      assert.equal(e.kind, kind, id);
      assert.ok(e.sources.includes(source), `${id} cites ${source}`);
    };
    expect('document:treaty:signed', '1992-05-15', 'treaty', 'mfa-by-membership');
    expect('document:treaty:in-force', '1994-04-20', 'treaty', 'mfa-by-membership');
    expect('amendment:treaty:protocol-1999:signed', '1999-04-02', 'treaty', 'adilet-z990000004');
    expect(
      'amendment:treaty:protocol-1999:in-force',
      '2000-03-22',
      'treaty',
      'zakonpravo-2010-protocol',
    );
    expect('event:founding-decision-2002', '2002-05-14', 'treaty', 'seed-001');
    expect('document:charter:signed', '2002-10-07', 'treaty', 'kremlin-supplement-3506');
    expect('document:charter:in-force', '2003-09-18', 'treaty', 'tass-678014');
    expect('event:un-observer-2004', '2004-12-02', 'treaty', 'mfa-by-membership');
    expect(
      'amendment:treaty:protocol-2010:in-force',
      '2012-12-19',
      'treaty',
      'zakonpravo-2010-protocol',
    );
    expect('event:kazakhstan-2022-request', '2022-01-05', 'operations', 'armradio-2022-01-06');
    expect('event:kazakhstan-2022-withdrawal-completed', '2022-01-19', 'operations', 'inform-kz');
    expect('event:consultations-2024-04-24', '2024-04-24', 'sessions', 'seed-003-2024-04-24');
  });

  it('names the states that signed, extended and founded', () => {
    const six = ['am', 'by', 'kg', 'kz', 'ru', 'tj'];
    assert.deepEqual(byId('document:charter:signed')!.states.sort(), six);
    assert.deepEqual(byId('amendment:treaty:protocol-1999:signed')!.states.sort(), six);
    assert.deepEqual(byId('document:treaty:signed')!.states.sort(), [
      'am',
      'kg',
      'kz',
      'ru',
      'tj',
      'uz',
    ]);
    assert.deepEqual(byId('document:statement-2022:signed')!.states.sort(), six);
  });

  it('tells Treaty events from Organization events', () => {
    const armenia = timeline.filter((e) => e.ref.collection === 'states' && e.ref.id === 'am');
    assert.deepEqual(
      armenia.map((e) => (e.ref.collection === 'states' ? [e.ref.type, e.ref.scope] : [])),
      [
        ['signed', 'treaty'],
        ['extension-signed', 'treaty'],
        ['founding-member', 'organization'],
        ['frozen', 'organization'],
        ['note', 'organization'],
        ['note', 'organization'],
        ['note', 'organization'],
        ['note', 'organization'],
      ],
    );
    // Its dated steps carry their reader titles to the timeline.
    assert.deepEqual(
      armenia.filter((e) => e.note).map((e) => [e.date, e.note!.title.en]),
      [
        ['2024-05-08', "Armenia stops paying into the Organization's budget"],
        [
          '2024-06-12',
          'Pashinyan says Armenia will leave; the foreign minister says no exit was announced',
        ],
        ['2024-12-04', 'Pashinyan says Armenia considers itself outside the Organization'],
        ['2025-03-07', 'Russia says Armenia is still a member'],
      ],
    );
    assert.deepEqual(byId('state:uz:restored:2006-08-16')!.ref, {
      collection: 'states',
      id: 'uz',
      fact: 'membership',
      index: 2,
      type: 'restored',
      scope: 'organization',
    });
  });

  it('marks the planned session planned, as of the latest source that announced it; no held one is', () => {
    const planned = timeline.filter((e) => e.status === 'planned');
    assert.deepEqual(
      planned.map((e) => [e.id, e.statusAsOf]),
      [['session:csc-2026-11-11', '2026-01-01']],
    );
    // That is the date of the latest dated source the session cites, no later than the data's.
    const cited = data.sessions
      .find((s) => s.id === 'csc-2026-11-11')!
      .sources.map((id) => data.sources.find((s) => s.id === id)!.date)
      .filter((d): d is string => d !== null)
      .sort();
    assert.equal(cited.at(-1), '2026-01-01');
    assert.ok(cited.at(-1)! <= data.meta.asOf);
    for (const s of data.sessions.filter((x) => x.status === 'held')) {
      assert.equal(byId(`session:${s.id}`)!.status, undefined, s.id);
    }
  });

  it('presents nothing unverified without verified: false', () => {
    for (const e of timeline) {
      assert.equal(e.verified === false, recordUnverified(e, data), e.id);
    }
    const d = structuredClone(data);
    d.states.find((s) => s.id === 'ge')!.membership[0]!.verified = false;
    d.events.find((e) => e.id === 'un-observer-2004')!.verified = false;
    const flagged = timelineEvents(d)
      .filter((e) => e.verified === false)
      .map((e) => e.id);
    assert.deepEqual(flagged.sort(), ['event:un-observer-2004', 'state:ge:acceded:1993-12-09']);
  });

  it('passes on a caveat, leaves out an unverified chair, and carries prose only for events.json', () => {
    assert.equal(
      byId('state:ge:acceded:1993-12-09')!.caveat?.en,
      data.states.find((s) => s.id === 'ge')!.membership[0]!.caveat?.en,
    );
    assert.ok(byId('state:am:frozen:2024-02-22')!.caveat);
    // The chair of 16 May 2022 is not established, so it adds no state beyond those attending.
    assert.deepEqual(byId('session:csc-2022-05-16')!.states.sort(), [
      'am',
      'by',
      'kg',
      'kz',
      'ru',
      'tj',
    ]);
    assert.deepEqual(byId('session:csc-2022-09-13')!.states, ['am']);
    for (const e of timeline) {
      const fromEvents = e.ref.collection === 'events';
      assert.equal(Boolean(e.title && e.summary), fromEvents, e.id);
    }
  });

  it('works on partial data', () => {
    assert.deepEqual(timelineEvents({}), []);
    const sessionsOnly = timelineEvents({ sessions: data.sessions });
    assert.equal(sessionsOnly.length, data.sessions.length);
  });
});
