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
  checkSentenceSources,
  checkVerbatim,
  normalise,
  ownWords,
  sentences,
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
    const block = data.documents
      .find((d) => d.id === 'treaty')!
      .articles!.find((a) => a.number === 1)!.blocks[0]!;
    delete block.verified;
    assert.ok(
      checkProvenance(data, table).some((p) =>
        p.includes('documents.treaty art. 1 block 0 rests on the facts file'),
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

describe('(d) every sentence readers see names its sources', () => {
  it('holds for the bundled data', () => {
    assert.deepEqual(checkSentenceSources(bundledDataset), []);
  });

  it('covers notes, occasions, caveats, dated steps, events, summaries and quote contexts', () => {
    const where = sentences(bundledDataset).map((s) => s.where);
    for (const part of [
      'sessions.csc-2020-12-02.notes[0]',
      '.occasion',
      '.caveat',
      'states.am.membership[4].title',
      'states.am.membership[4].summary',
      'events.russia-chairmanship-2026.summary',
      'documents.declaration-2020.summary[0]',
      'documents.treaty art. 4 block 3',
      'quotes.zas-2022-peacekeeping-contingent.context',
    ]) {
      assert.ok(
        where.some((w) => w.includes(part)),
        part,
      );
    }
  });

  it('fails for a session note that names no source, or one its session does not cite', () => {
    const data = copy();
    const notes = data.sessions.find((s) => s.id === 'csc-2016-10-14')!.notes;
    delete notes[0]!.sources;
    notes[1]!.sources = ['seed-004'];
    assert.deepEqual(checkSentenceSources(data), [
      'sessions.csc-2016-10-14.notes[0] names no source',
      'sessions.csc-2016-10-14.notes[1] cites seed-004, which its record does not',
    ]);
  });

  it('fails for a sentence citing no source of the data', () => {
    const data = copy();
    data.documents.find((d) => d.id === 'statement-2022')!.summary![0]!.sources = [
      'no-such-source',
    ];
    assert.deepEqual(checkSentenceSources(data), [
      'documents.statement-2022.summary[0] cites no-such-source, which is not a source',
    ]);
  });
});

describe('seed text', { skip: !haveSeeds && `no seed documents at ${seedDir}` }, () => {
  it('has every seed, each of its dated items a source of its own', () => {
    const files = bundledDataset.sources.filter((s) => s.kind === 'seed').map((s) => s.file);
    assert.equal(new Set(files).size, 5);
    assert.equal(seeds.size, 7);
  });

  it("prints each seed source's own title and date, unless the record says it does not", () => {
    const months = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ];
    for (const s of bundledDataset.sources.filter((x) => x.kind === 'seed')) {
      const text = normalise(seeds.get(s.id)!);
      if (!s.descriptive) assert.ok(text.includes(normalise(s.title)), `${s.id}: title`);
      if (!s.date) continue;
      const [y, m, d] = s.date.split('-');
      const month = months[Number(m) - 1]!;
      const day = String(Number(d));
      const printed = [`${d}.${m}.${y}`, `${day} ${month} ${y}`, `${month} ${day}, ${y}`];
      // A date the source does not print is the day it reports.
      const reported = [`${month} ${day}`, `${day} ${month}`];
      assert.ok(
        (s.dateInferred ? reported : printed).some((p) => text.includes(p)),
        `${s.id}: ${s.date}`,
      );
    }
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
