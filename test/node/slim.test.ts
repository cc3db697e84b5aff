import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { bundledDataset as full } from '../../src/data/bundled/index.js';
import allJson from '../../src/data/slim/all.json';
import { memberListData as memberList } from '../../src/data/slim/member-list.js';
import { memberMapData as memberMap } from '../../src/data/slim/member-map.js';
import { timelineData as timeline } from '../../src/data/slim/timeline.js';
import quoteJson from '../../src/data/slim/quote.json';
import { quoteData as quotes } from '../../src/data/slim/quote.js';
import { parts as quoteRecords } from '../../src/data/slim/quote-parts.js';
import { summitCardData as summitCard } from '../../src/data/slim/summit-card.js';
import { treatyArticleData as treatyArticle } from '../../src/data/slim/treaty-article.js';
import type { Dataset } from '../../src/data/types.js';
import type { QuoteData } from '../../src/elements/quote/quote.data.js';
import { LANGS } from '../../src/locales/index.js';

const quoteData = quoteJson as unknown as QuoteData;
const memberListData = memberList.current();
const summitCardData = summitCard.current();
const treatyArticleData = treatyArticle.current();
const memberMapData = memberMap.current();
const slims = {
  quoteData,
  memberListData,
  memberMapData,
  summitCardData,
  treatyArticleData,
};
const speakers = new Set(full.quotes.map((q) => q.speaker));

/**
 * A state's name in a language the data lacks, as the data holds it: Intl's name of its region
 * (CLDR), as Kazakh readers see state names.
 */
const regionName = (iso2: string, lang: string) =>
  new Intl.DisplayNames(lang, { type: 'region', fallback: 'none' }).of(iso2);

describe('per-element data', () => {
  it('is fresh: regenerating it from data/ changes nothing', () => {
    const run = spawnSync(process.execPath, ['scripts/slim-data.js', '--check'], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
  });

  it('holds only records of the full dataset, each a selection of its fields, values unchanged', () => {
    /** Every key of `part` is in `whole` with the same value; nested objects may leave keys out. */
    const within = (part: unknown, whole: unknown, path: string): void => {
      if (Array.isArray(part)) {
        assert.ok(Array.isArray(whole), path);
        assert.equal(part.length, whole.length, `${path}: no item is left out`);
        part.forEach((item, i) => within(item, whole[i], `${path}[${i}]`));
      } else if (part && typeof part === 'object') {
        assert.ok(whole && typeof whole === 'object', path);
        for (const [key, value] of Object.entries(part)) {
          const iso2 = /^\w+\.states\.\w+\.name$/.test(path) && path.split('.')[2]!.toUpperCase();
          if (iso2 && !(key in whole)) {
            assert.equal(value, regionName(iso2, key), `${path}.${key} is Intl's`);
            continue;
          }
          assert.ok(key in whole, `${path}.${key} is not in data/`);
          within(value, (whole as Record<string, unknown>)[key], `${path}.${key}`);
        }
      } else {
        assert.equal(part, whole, path);
      }
    };
    for (const [name, slim] of Object.entries(slims)) {
      assert.equal(slim.meta.asOf, full.meta.asOf, name);
      for (const [collection, records] of Object.entries(slim)) {
        if (collection === 'meta') continue;
        for (const record of records as { id: string; roles?: unknown[] }[]) {
          const original = full[collection as keyof Omit<Dataset, 'meta'>].find(
            (r) => r.id === record.id,
          );
          assert.ok(original, `${name}.${collection}: ${record.id} is not in data/`);
          const path = `${name}.${collection}.${record.id}`;
          // A quote needs the roles of its speaker only; other people are known by name.
          if (name === 'quoteData' && collection === 'people' && !speakers.has(record.id)) {
            assert.deepEqual(record.roles, [], path);
            within({ ...record, roles: undefined }, { ...original, roles: undefined }, path);
          } else {
            within(record, original, path);
          }
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
    const sessionSources = sourceIds(summitCardData);
    for (const s of summitCardData.sessions) {
      for (const id of s.sources) assert.ok(sessionSources.has(id), `${s.id} cites ${id}`);
    }
    assert.deepEqual(treatyArticleData.documents.map((d) => d.id).sort(), ['charter', 'treaty']);
    assert.equal(memberListData.states.length, full.states.length);
    const listSources = sourceIds(memberListData);
    for (const state of memberListData.states) {
      for (const event of state.membership) {
        for (const id of event.sources) assert.ok(listSources.has(id), `${state.id} cites ${id}`);
      }
    }
  });

  it('has a file per quote: the quote, its speaker and its source, as in the whole', async () => {
    assert.deepEqual(Object.keys(quoteRecords).sort(), full.quotes.map((q) => q.id).sort());
    for (const [id, load] of Object.entries(quoteRecords)) {
      const file = (await load()).default as Omit<QuoteData, 'meta'>;
      const quote = quoteData.quotes.find((q) => q.id === id)!;
      assert.deepEqual(file.quotes, [quote], id);
      assert.deepEqual(
        file.people,
        quoteData.people.filter((p) => p.id === quote.speaker),
        id,
      );
      assert.deepEqual(
        file.sources,
        quoteData.sources.filter((s) => s.id === quote.source),
        id,
      );
    }
  });

  /** Every text (an object with `en`) inside `value`, with its path. */
  const textsIn = (value: unknown, path = ''): [string, Record<string, unknown>][] => {
    if (Array.isArray(value)) return value.flatMap((v, i) => textsIn(v, `${path}[${i}]`));
    if (!value || typeof value !== 'object') return [];
    const record = value as Record<string, unknown>;
    if (typeof record.en === 'string') return [[path, record]];
    return Object.entries(record).flatMap(([k, v]) => textsIn(v, `${path}.${k}`));
  };
  /** The record of data/ a slice's record stands for, and its value at `path`. */
  const originalAt = (collection: string, id: string, path: string) => {
    const records = full[collection as keyof Omit<Dataset, 'meta'>] as { id: string }[];
    let value: unknown = records.find((r) => r.id === id);
    for (const [, key, index] of path.matchAll(/\.([\w-]+)|\[(\d+)\]/g)) {
      value = (value as Record<string, unknown> | undefined)?.[key ?? Number(index)];
    }
    return value as Record<string, unknown> | undefined;
  };

  it('holds texts in English and names in every language; the Russian texts load into their places', async () => {
    const sources = { quotes, memberList, summitCard, treatyArticle, timeline };
    for (const [name, source] of Object.entries(sources)) {
      for (const [collection, records] of Object.entries(source.current())) {
        if (collection === 'meta') continue;
        for (const record of records as { id: string }[]) {
          for (const [path, text] of textsIn(record)) {
            const named = path.endsWith('.name');
            const original = originalAt(collection, record.id, path);
            assert.equal(
              'ru' in text,
              named && original?.ru !== undefined,
              `${name}.${collection}.${record.id}${path} before Russian loads`,
            );
            if (path === '.name' && collection === 'states') {
              assert.deepEqual(Object.keys(text).sort(), [...LANGS].sort(), path);
            }
          }
        }
      }
      await source.load(null, 'ru');
      let texts = 0;
      for (const [collection, records] of Object.entries(source.current())) {
        if (collection === 'meta') continue;
        for (const record of records as { id: string }[]) {
          for (const [path, text] of textsIn(record)) {
            texts += 1;
            const original = originalAt(collection, record.id, path);
            // A session note's sources stay in data/; its words come whole.
            const words = (t: Record<string, unknown> | undefined) => ({ en: t?.en, ru: t?.ru });
            assert.deepEqual(
              words(text),
              words(original),
              `${name}.${collection}.${record.id}${path}`,
            );
          }
        }
      }
      assert.ok(texts > 10, `${name}: ${texts} texts`);
    }
  });

  it("holds every element's records once for the all-in-one entry, each slice within it", () => {
    const all = allJson as unknown as Record<string, { id: string }[]>;
    for (const [name, slim] of Object.entries({ ...slims, timelineData: timeline.current() })) {
      for (const [collection, records] of Object.entries(slim)) {
        if (collection === 'meta') continue;
        for (const record of records as { id: string }[]) {
          const whole = all[collection]!.filter((r) => r.id === record.id);
          assert.equal(whole.length, 1, `${name}.${collection}.${record.id} once`);
          // The slice's record is a selection of the union's (texts in English in both).
          const within = (part: unknown, inAll: unknown, path: string): void => {
            if (part && typeof part === 'object') {
              for (const [key, value] of Object.entries(part)) {
                if (key === 'ru' && path.endsWith('.name') === false) continue;
                within(value, (inAll as Record<string, unknown>)?.[key], `${path}.${key}`);
              }
            } else assert.equal(part, inAll, path);
          };
          within(record, whole[0], `${name}.${collection}.${record.id}`);
        }
      }
    }
  });
});
