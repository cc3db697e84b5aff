import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundledDataset as data } from '../../src/data/bundled/index.js';
import {
  formerOn,
  joinedOn,
  memberSince,
  membersOn,
  organizationMembersOn,
  scopeOf,
  standingOn,
  statusOn,
  treatyPartiesOn,
  treatyPartySince,
} from '../../src/data/queries/states.js';

const state = (id: string) => data.states.find((s) => s.id === id)!;
const ids = (states: { id: string }[]) => states.map((s) => s.id).sort();
const SIX = ['am', 'by', 'kg', 'kz', 'ru', 'tj'];

describe('Treaty party and Organization member', () => {
  it('every bundled membership event says whether it is about the Treaty or the Organization', () => {
    for (const s of data.states) {
      for (const e of s.membership) {
        assert.ok(e.scope, `${s.id} ${e.type} ${e.date} has no scope`);
        assert.equal(e.scope, scopeOf({ type: e.type }), `${s.id} ${e.type}`);
      }
    }
  });

  it('dates Treaty membership from signature or accession, Organization membership from 2002', () => {
    assert.equal(treatyPartySince(state('ru'))?.date, '1992-05-15');
    assert.equal(treatyPartySince(state('by'))?.date, '1993-12-31');
    for (const id of SIX) {
      const since = memberSince(state(id));
      assert.equal(since?.type, 'founding-member', id);
      assert.equal(since?.date, '2002-10-07', id);
    }
    assert.equal(memberSince(state('uz'))?.type, 'restored');
    assert.equal(memberSince(state('uz'))?.date, '2006-08-16');
    assert.equal(memberSince(state('az')), undefined);
    assert.equal(memberSince(state('ge')), undefined);
  });

  it('has the six signatories of the 1999 extension, and not the three that left', () => {
    const extended = data.states.filter((s) =>
      s.membership.some((e) => e.type === 'extension-signed' && e.date === '1999-04-02'),
    );
    assert.deepEqual(ids(extended), SIX);
  });

  it('calls a state a Treaty party before the Organization and a member after', () => {
    assert.equal(standingOn(state('ru'), '1995-01-01').standing, 'party');
    assert.equal(standingOn(state('ru'), '1995-01-01').scope, 'treaty');
    assert.equal(standingOn(state('ru'), '2002-10-06').standing, 'party');
    assert.equal(standingOn(state('ru'), '2002-10-07').standing, 'member');
    assert.equal(standingOn(state('ru'), '2002-10-07').scope, 'organization');
    assert.equal(standingOn(state('ru'), '1992-05-14').standing, 'none');
    assert.deepEqual(ids(treatyPartiesOn(data.states, '1995-01-01')), [
      'am',
      'az',
      'by',
      'ge',
      'kg',
      'kz',
      'ru',
      'tj',
      'uz',
    ]);
    assert.deepEqual(organizationMembersOn(data.states, '1995-01-01'), []);
    assert.deepEqual(organizationMembersOn(data.states, '2002-10-06'), []);
    assert.deepEqual(ids(organizationMembersOn(data.states, '2002-10-07')), SIX);
  });

  it('follows Uzbekistan: party, left the Treaty, restored as a member, suspended (not left)', () => {
    const uz = state('uz');
    assert.equal(standingOn(uz, '1995-01-01').standing, 'party');
    assert.equal(standingOn(uz, '2000-01-01').standing, 'left');
    assert.equal(standingOn(uz, '2000-01-01').scope, 'treaty');
    assert.equal(standingOn(uz, '2008-01-01').standing, 'member');
    const now = standingOn(uz, data.meta.asOf);
    assert.equal(now.standing, 'suspended');
    assert.equal(now.scope, 'organization');
    assert.equal(now.event?.date, '2012-12-19');
    assert.equal(statusOn(uz, data.meta.asOf).status, 'suspended');
  });

  it('keeps Armenia a member with its participation frozen, and Azerbaijan and Georgia former parties', () => {
    assert.equal(standingOn(state('am'), data.meta.asOf).standing, 'frozen');
    assert.equal(standingOn(state('az'), data.meta.asOf).standing, 'left');
    assert.equal(standingOn(state('ge'), data.meta.asOf).standing, 'left');
    assert.deepEqual(ids(organizationMembersOn(data.states, data.meta.asOf)), SIX);
    assert.deepEqual(ids(treatyPartiesOn(data.states, data.meta.asOf)), SIX);
  });

  it('keeps the old queries meaning what they meant', () => {
    assert.equal(membersOn(data.states, '1995-01-01').length, 9);
    assert.deepEqual(ids(membersOn(data.states, data.meta.asOf)), SIX);
    assert.deepEqual(ids(formerOn(data.states, data.meta.asOf)), ['az', 'ge', 'uz']);
    assert.equal(joinedOn(state('kz'))?.date, '1992-05-15');
    // The status of a founding member now follows from the Organization's founding.
    assert.equal(statusOn(state('kz'), data.meta.asOf).event?.type, 'founding-member');
    assert.equal(statusOn(state('kz'), '2000-01-01').event?.type, 'signed');
  });

  it('carries the caveats readers need on the events they qualify', () => {
    const georgia = state('ge').membership.find((e) => e.type === 'acceded')!;
    assert.match(georgia.caveat!.en, /9 September 1993/);
    const frozen = state('am').membership.find((e) => e.type === 'frozen')!;
    assert.match(frozen.caveat!.en, /in March 2025 Russia said Armenia had sent no notice/);
    assert.match(frozen.caveat!.ru!, /в марте 2025 г\. Россия заявила/);
    assert.ok(frozen.sources.includes('caliber-armenia-2025'));
  });
});
