import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { bundledDataset as full } from '../../src/data/bundled/index.js';
import { memberListData } from '../../src/data/slim/member-list.js';
import { quoteData } from '../../src/data/slim/quote.js';
import { summitCardData } from '../../src/data/slim/summit-card.js';
import { treatyArticleData } from '../../src/data/slim/treaty-article.js';
import type { Dataset } from '../../src/data/types.js';

const slims = { quoteData, memberListData, summitCardData, treatyArticleData };
const speakers = new Set(full.quotes.map((q) => q.speaker));

describe('per-element data', () => {
  it('is fresh: regenerating it from data/ changes nothing', () => {
    const run = spawnSync(process.execPath, ['scripts/slim-data.js', '--check'], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
  });

  it('holds only records of the full dataset, unchanged but for notes and unneeded roles', () => {
    for (const [name, slim] of Object.entries(slims)) {
      assert.equal(slim.meta.asOf, full.meta.asOf, name);
      for (const [collection, records] of Object.entries(slim)) {
        if (collection === 'meta') continue;
        for (const record of records as { id: string }[]) {
          const original = full[collection as keyof Omit<Dataset, 'meta'>].find(
            (r) => r.id === record.id,
          );
          assert.ok(original, `${name}.${collection}: ${record.id} is not in data/`);
          const {
            note: _note,
            file: _file,
            ...kept
          } = original as unknown as Record<string, unknown>;
          const expected =
            collection === 'sources'
              ? kept
              : name === 'quoteData' && collection === 'people' && !speakers.has(record.id)
                ? { ...kept, roles: [] }
                : original;
          assert.deepEqual(record, expected, record.id);
        }
      }
    }
  });

  it('keeps every record an element can reach', () => {
    const sourceIds = (slim: { sources: { id: string }[] }) =>
      new Set(slim.sources.map((s) => s.id));
    const quoteSources = sourceIds(quoteData);
    for (const q of quoteData.quotes) assert.ok(quoteSources.has(q.source), q.id);
    const people = new Set(quoteData.people.map((p) => p.id));
    for (const q of quoteData.quotes) if (q.speaker) assert.ok(people.has(q.speaker), q.id);
    const sessionPeople = new Set(summitCardData.people.map((p) => p.id));
    for (const s of summitCardData.sessions) {
      for (const a of s.attendees) assert.ok(sessionPeople.has(a.person), `${s.id} ${a.person}`);
    }
    assert.deepEqual(treatyArticleData.documents.map((d) => d.id).sort(), ['charter', 'treaty']);
    assert.equal(memberListData.states.length, full.states.length);
  });
});
