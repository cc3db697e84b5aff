/**
 * What `cst-elements validate` finds in a publisher file, before a provider ever loads it: every
 * schema issue (the provider names only the first few), fields the schema does not know (the
 * provider drops them without a word, so a misspelt field silently loses its value), ids that
 * point at no record of the file or of the bundled data, and ids used twice in the file. Each
 * problem has the JSON path of the value at fault and, where one can be given, a suggestion.
 * Pure: the caller reads the file and passes the bundled data in.
 *
 * The schema is read through `fields.ts`; the ids are checked by `integrity.ts`, as the provider
 * checks them; the words come from `explain.ts`.
 */
import * as v from 'valibot';
import type { NamedState } from './aliases.js';
import { Explainer, formatPath, received, type Explained } from './explain.js';
import { expects, isObjectNode, isRecord, unwrap, walk, type Key } from './fields.js';
import { checkIds, fileIds, valueAt } from './integrity.js';
import { validateDataset } from './loader.js';
import { COLLECTIONS } from './merge.js';
import { PartialDatasetSchema } from './schema.js';
import type { CollectionName, Dataset, PartialDataset, PersonRecord } from './types.js';

export { formatPath };

export interface DataProblem {
  /** JSON path of the value at fault: `$.quotes[3].date`. */
  path: string;
  message: string;
  suggestion?: string;
}

export interface DatasetCheck {
  problems: DataProblem[];
  /** The data a provider would use, when it would accept the file (unknown fields dropped). */
  data?: PartialDataset;
  /** Ids of the file's records that replace a bundled record of the same id, per collection. */
  replaces: Partial<Record<CollectionName, string[]>>;
}

/** Deeper than any field of the schema. */
const MAX_DEPTH = 12;

/** Checks a parsed publisher file against the schema and against the ids it refers to. */
export function checkDataset(json: unknown, bundled: Dataset): DatasetCheck {
  if (!isRecord(json)) {
    return {
      problems: [
        {
          path: '$',
          message: `expected an object holding collections, got ${received(json)}`,
          suggestion: `write {"quotes": […]} with any of: meta, ${COLLECTIONS.join(', ')}`,
        },
      ],
      replaces: {},
    };
  }
  const ids = new Map(
    COLLECTIONS.map((name) => [
      name,
      new Set([...fileIds(json, name), ...bundled[name].map((r) => r.id)]),
    ]),
  );
  const known = (name: CollectionName) => ids.get(name)!;
  const list = (name: CollectionName) => (Array.isArray(json[name]) ? json[name] : []);
  const explain = new Explainer(
    json,
    known,
    [...list('people').filter(isPersonLike), ...bundled.people],
    [...list('states').filter(isStateLike), ...bundled.states],
  );

  const problems: DataProblem[] = [];
  const reported = new Set<string>();
  const add = (keys: readonly Key[], problem: Explained) => {
    const path = formatPath(keys);
    if (reported.has(path)) return;
    reported.add(path);
    problems.push({ path, ...problem });
  };

  const result = v.safeParse(PartialDatasetSchema, json);
  if (!result.success) {
    for (const issue of result.issues) {
      const keys = (issue.path ?? []).map((item) => item.key as Key);
      // Valibot takes a list for an object and finds each of its fields missing: the walk below
      // reports the list instead.
      if (typeof keys.at(-1) === 'string' && Array.isArray(valueAt(json, keys.slice(0, -1))))
        continue;
      add(keys, explain.issue(issue, keys));
    }
  }
  walk(
    json,
    ({ keys, value, schema }) => {
      if (Array.isArray(value) && isObjectNode(unwrap(schema)))
        add(keys, { message: `expected ${expects(schema)}, got a list` });
    },
    (keys, object, value) =>
      add(keys, explain.unknownField(keys, Object.keys(object.entries), value)),
  );
  if (!['meta', ...COLLECTIONS].some((name) => name in json)) {
    add([], {
      message: 'the file holds no known collection',
      suggestion: `add one of: meta, ${COLLECTIONS.join(', ')}`,
    });
  }
  const { duplicates, dangling } = checkIds(json, known);
  for (const reference of dangling) add(reference.keys, explain.dangling(reference));
  for (const duplicate of duplicates) add(duplicate.keys, explain.duplicate(duplicate));

  const order = documentOrder(json);
  problems.sort((a, b) => compareOrder(order, a.path, b.path));
  const accepted = validateDataset(json);
  return {
    problems,
    ...(accepted.ok && { data: accepted.data }),
    replaces: replaces(json, bundled),
  };
}

/** Ids of the file's records that a bundled record has too, per collection. */
function replaces(json: Record<string, unknown>, bundled: Dataset) {
  const out: Partial<Record<CollectionName, string[]>> = {};
  for (const name of COLLECTIONS) {
    const ids = new Set(bundled[name].map((r) => r.id));
    const both = [...new Set(fileIds(json, name).filter((id) => ids.has(id)))];
    if (both.length) out[name] = both;
  }
  return out;
}

const isLocalized = (value: unknown) => isRecord(value) && typeof value.en === 'string';

function isPersonLike(value: unknown): value is Pick<PersonRecord, 'id' | 'name' | 'aliases'> {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    isLocalized(value.name) &&
    Array.isArray(value.aliases) &&
    value.aliases.every((a) => typeof a === 'string')
  );
}

function isStateLike(value: unknown): value is NamedState {
  return (
    isRecord(value) &&
    ['id', 'iso2', 'iso3'].every((k) => typeof value[k] === 'string') &&
    isLocalized(value.name) &&
    (value.aliases === undefined ||
      (Array.isArray(value.aliases) && value.aliases.every((a) => typeof a === 'string')))
  );
}

/**
 * Each path of the document, with the place of its value and of its last descendant. Problems lie
 * no deeper than the schema goes, so neither does this (a file may nest lists thousands deep).
 */
function documentOrder(json: unknown): Map<string, [start: number, end: number]> {
  const order = new Map<string, [number, number]>();
  const visit = (value: unknown, keys: Key[]) => {
    const place: [number, number] = [order.size, order.size];
    order.set(formatPath(keys), place);
    if (keys.length > MAX_DEPTH) return;
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...keys, i]));
    else if (isRecord(value))
      for (const [k, inner] of Object.entries(value)) visit(inner, [...keys, k]);
    place[1] = order.size - 1;
  };
  visit(json, []);
  return order;
}

/**
 * Orders two problems as the file writes their values. A missing field has no place of its own: it
 * comes after the fields of the record that lacks it.
 */
function compareOrder(order: Map<string, [number, number]>, a: string, b: string): number {
  const rank = (path: string): [number, number] => {
    for (let p = path; ;) {
      const place = order.get(p);
      if (place) return p === path ? [place[0], 0] : [place[1], 1];
      const parent = p.replace(/(\.[^.[]+|\[[^\]]*\])$/, '');
      if (parent === p) return [0, 1];
      p = parent;
    }
  };
  const [ra, rb] = [rank(a), rank(b)];
  return ra[0] - rb[0] || ra[1] - rb[1];
}
