import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { bundledDataset as data } from '../../src/data/bundled/index.js';

// The seed documents sit beside the checkout (shared/sources/seeds), or where CST_SEEDS points.
const seeds = resolve(process.env.CST_SEEDS ?? '../shared/sources/seeds');
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe(
  'verbatim text against the seed documents',
  { skip: !existsSync(seeds) && `no seed documents at ${seeds}` },
  () => {
    const seedText = new Map(
      data.sources
        .filter((s) => s.kind === 'seed')
        .map((s) => [s.id, collapse(readFileSync(resolve(seeds, s.file!), 'utf8'))]),
    );

    it('names a seed file for every seed source, and every seed file has one', () => {
      const files = data.sources.filter((s) => s.kind === 'seed').map((s) => s.file);
      assert.equal(new Set(files).size, 5);
      assert.equal(seedText.size, 7);
    });

    it('finds every quote word for word in its source', () => {
      for (const q of data.quotes) {
        const text = seedText.get(q.source);
        assert.ok(text, `${q.id}: source ${q.source} is not a seed`);
        assert.ok(text.includes(collapse(q.text)), `${q.id} is not verbatim in ${q.source}`);
      }
    });

    it('finds every verbatim text block word for word in its source', () => {
      const blocks = data.documents.flatMap((d) => [
        ...(d.body ?? []),
        ...(d.articles ?? []).flatMap((a) => a.blocks),
      ]);
      const verbatim = blocks.filter((b) => b.kind === 'verbatim');
      assert.ok(verbatim.length > 20);
      for (const b of verbatim) {
        const text = seedText.get(b.source);
        assert.ok(text, `verbatim block cites ${b.source}, not a seed`);
        assert.ok(
          text.includes(collapse(b.text)),
          `not verbatim in ${b.source}: ${b.text.slice(0, 60)}…`,
        );
      }
    });
  },
);
