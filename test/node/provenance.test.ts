import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import tableJson from '../../data/provenance.json';
import { bundledDataset } from '../../src/data/bundled/index.js';
import type { Dataset } from '../../src/data/types.js';
import {
  checkOwnWords,
  checkProvenance,
  checkVerbatim,
  ownWords,
  words,
  type ProvenanceTable,
} from './provenance-checks.js';

const table = tableJson as ProvenanceTable;
/** A copy of the bundled data to break on purpose. */
const copy = (): Dataset => structuredClone(bundledDataset);

// The seed documents sit beside the checkout (shared/sources/seeds), or where CST_SEEDS points.
const seedDir = resolve(process.env.CST_SEEDS ?? '../shared/sources/seeds');
const haveSeeds = existsSync(seedDir);
const seeds = new Map(
  haveSeeds
    ? bundledDataset.sources
        .filter((s) => s.kind === 'seed')
        .map((s) => [s.id, readFileSync(resolve(seedDir, s.file!), 'utf8')] as const)
    : [],
);

describe('provenance: each fact cites only sources the table allows for its kind', () => {
  it('holds for the bundled data', () => {
    assert.deepEqual(checkProvenance(bundledDataset, table), []);
  });

  it('says where every source its authority comes from, in one line', () => {
    for (const [id, line] of Object.entries(table.sources)) {
      assert.ok(line.trim().length > 10 && !line.includes('\n'), id);
    }
  });

  it('fails for a record citing a source not listed for its kind', () => {
    const data = copy();
    data.people.find((p) => p.id === 'bordyuzha')!.roles[0]!.sources.push('tass-906600');
    data.documents
      .find((d) => d.id === 'treaty')!
      .articles!.find((a) => a.number === 8)!.blocks[0]!.source = 'gibler-alliances';
    const problems = checkProvenance(data, table);
    assert.ok(problems.some((p) => p.includes('people.bordyuzha.roles[0] cites tass-906600')));
    assert.ok(problems.some((p) => p.includes('art. 8 block 0 cites gibler-alliances')));
  });

  it('fails for a record the table does not know', () => {
    const data = copy();
    data.sessions.push({ ...data.sessions[0]!, id: 'csc-2099-01-01' });
    assert.ok(
      checkProvenance(data, table).some((p) => p.includes('no provenance entry for session')),
    );
  });

  it('fails for a fact resting on the facts file that is not marked unverified', () => {
    const data = copy();
    const role = data.people.find((p) => p.id === 'khachaturov')!.roles[0]!;
    delete role.verified;
    assert.ok(
      checkProvenance(data, table).some((p) =>
        p.includes('people.khachaturov.roles[0] rests on the facts file'),
      ),
    );
  });

  it("fails for a person's list citing what none of their facts may", () => {
    const data = copy();
    data.people.find((p) => p.id === 'zaynetdinov')!.sources.push('tass-687141');
    assert.ok(
      checkProvenance(data, table).some((p) => p.includes('people.zaynetdinov cites tass-687141')),
    );
  });
});

describe('seed text', { skip: !haveSeeds && `no seed documents at ${seedDir}` }, () => {
  it('has every seed', () => {
    assert.equal(seeds.size, 5);
  });

  describe('(b) verbatim blocks and quotes are word for word in their seed', () => {
    it('holds for the bundled data', () => {
      assert.deepEqual(checkVerbatim(bundledDataset, seeds), []);
    });

    it('forgives typographic quotes and line breaks, nothing else', () => {
      const data = copy();
      const quote = data.quotes.find((q) => q.id === 'tokayev-2022-un-peacekeeping')!;
      quote.text = quote.text.replace('Organization’s', "Organization's").replace(' ', '\n ');
      assert.deepEqual(checkVerbatim(data, seeds), []);
    });

    it('fails for a quote with a word added', () => {
      const data = copy();
      const quote = data.quotes.find((q) => q.id === 'tokayev-2022-first-use')!;
      quote.text = quote.text.replace('was actually used', 'was immediately and actually used');
      assert.deepEqual(checkVerbatim(data, seeds).length, 1);
    });

    it('fails for a verbatim block cited to the wrong seed', () => {
      const data = copy();
      const block = data.documents.find((d) => d.id === 'declaration-2020')!.body![0]!;
      block.source = 'seed-000';
      assert.ok(checkVerbatim(data, seeds)[0]?.includes('not word for word in seed-000'));
    });
  });

  describe('(c) text in our own words shares no run of eight words with a seed', () => {
    it('covers summaries, notes, caveats, verification notes and events', () => {
      const where = ownWords(bundledDataset).map((s) => s.where);
      for (const part of ['.notes[', '.caveat', '.verification', 'events.', 'art. 3 block 0']) {
        assert.ok(
          where.some((w) => w.includes(part)),
          part,
        );
      }
    });

    it('holds for the bundled data', () => {
      assert.deepEqual(checkOwnWords(bundledDataset, seeds), []);
    });

    it('counts words case-insensitively with punctuation ignored', () => {
      assert.deepEqual(words('Kassym-Jomart, TOKAYEV’s “first” 2,030'), [
        'kassym',
        'jomart',
        'tokayev',
        's',
        'first',
        '2',
        '030',
      ]);
    });

    it('fails for a summary that keeps a seed run of eight words', () => {
      const data = copy();
      const block = data.documents.find((d) => d.id === 'statement-2020')!.body![0]!;
      block.text =
        'The Statement calls for the FORMATION of conditions, guarantees and prospects for the harmonious development of future generations.';
      const problems = checkOwnWords(data, seeds);
      assert.equal(problems.length, 1);
      assert.match(problems[0]!, /statement-2020\.body\[0\] shares ".+" with seed-003/);
    });

    it('fails for a session note or a caveat that copies a seed', () => {
      const data = copy();
      data.sessions.find((s) => s.id === 'csc-2020-12-02')!.notes[0]!.en =
        'For the first time, the CSC session was held via videoconferencing.';
      data.states.find((s) => s.id === 'ge')!.membership[0]!.caveat!.en =
        'The Collective Security Council decided to transform the mechanisms and structures of cooperation.';
      assert.equal(checkOwnWords(data, seeds).length, 2);
    });

    it('lets seven shared words pass', () => {
      const data = copy();
      data.sessions.find((s) => s.id === 'csc-2020-12-02')!.notes[0]!.en =
        'We note that the CSC session was held via videoconferencing here.';
      assert.deepEqual(checkOwnWords(data, seeds), []);
    });
  });
});
