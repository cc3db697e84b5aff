import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolvePerson, resolveState } from '../../src/data/aliases.js';
import { bundledDataset as data } from '../../src/data/bundled/index.js';
import { findQuote } from '../../src/data/queries/quotes.js';

describe('names', () => {
  const where = (name: string) => resolveState(data.states, name)?.id;

  it('resolves a state by id, ISO code, name in either language or alias', () => {
    assert.equal(where('kg'), 'kg');
    assert.equal(where('KG'), 'kg');
    assert.equal(where('KGZ'), 'kg');
    assert.equal(where('Kyrgyzstan'), 'kg');
    assert.equal(where('Кыргызстан'), 'kg');
    assert.equal(where('Kirghizia'), 'kg');
    assert.equal(where('Киргизия'), 'kg');
    assert.equal(where('kyrgyz republic'), 'kg');
    assert.equal(where('Белоруссия'), 'by');
    assert.equal(where('Byelorussia'), 'by');
    assert.equal(where('  belarus '), 'by');
    assert.equal(where('Russian Federation'), 'ru');
    assert.equal(where('Российская Федерация'), 'ru');
  });

  it('finds no state for unknown or empty names', () => {
    assert.equal(where('Atlantis'), undefined);
    assert.equal(where(''), undefined);
    assert.equal(where('  '), undefined);
  });

  it('gives every state its aliases, none shared with another state', () => {
    const seen = new Map<string, string>();
    for (const s of data.states) {
      assert.ok(Array.isArray(s.aliases), s.id);
      for (const alias of s.aliases!) {
        assert.equal(where(alias), s.id, alias);
        assert.ok(!seen.has(alias), alias);
        seen.set(alias, s.id);
      }
    }
  });

  it('resolves Tokaev and Джапаров', () => {
    assert.equal(resolvePerson(data.people, 'Tokaev')?.id, 'tokayev');
    assert.equal(resolvePerson(data.people, 'Kassym-Jomart Tokaev')?.id, 'tokayev');
    assert.equal(resolvePerson(data.people, 'Джапаров')?.id, 'japarov');
    assert.equal(resolvePerson(data.people, 'Садыр Джапаров')?.id, 'japarov');
    assert.equal(findQuote(data, { speaker: 'Tokaev' })?.speaker, 'tokayev');
  });
});
