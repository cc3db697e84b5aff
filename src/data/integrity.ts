/**
 * What the schema cannot see in one value: ids a publisher file uses twice in a collection, and
 * ids it refers to that no record has. `cst-elements validate` reports both with suggestions; the
 * provider reports them in one warning, leaves out the records whose id is used twice (the
 * bundled record with that id stays) and uses the rest of the file.
 */
import { isRecord, references, type Key, type Reference } from './fields.js';
import { COLLECTIONS } from './merge.js';
import type { CollectionName, PartialDataset } from './types.js';

/** An id used a second time in one collection of the file (or in one document's amendments). */
export interface Duplicate {
  keys: Key[];
  id: string;
  /** The path of the record that has it first. */
  first: Key[];
  collection: CollectionName | 'amendments';
}

export interface IdProblems {
  duplicates: Duplicate[];
  /** References to ids that no record has. */
  dangling: Reference[];
}

/** The ids each collection holds once the file is laid over what lies below it. */
export type KnownIds = (collection: CollectionName) => ReadonlySet<string>;

/**
 * The ids `json` uses twice, and the references in it that point at no id `known` gives (the file's
 * own ids among them). Values the schema refuses are left to the schema's messages.
 */
export function checkIds(json: unknown, known: KnownIds): IdProblems {
  const duplicates: Duplicate[] = [];
  const check = (list: unknown, keys: Key[], collection: Duplicate['collection']) => {
    if (!Array.isArray(list)) return;
    const first = new Map<string, number>();
    list.forEach((record, i) => {
      if (!isRecord(record) || typeof record.id !== 'string') return;
      const before = first.get(record.id);
      if (before === undefined) first.set(record.id, i);
      else {
        duplicates.push({
          keys: [...keys, i, 'id'],
          id: record.id,
          first: [...keys, before],
          collection,
        });
      }
    });
  };
  if (isRecord(json)) {
    for (const name of COLLECTIONS) check(json[name], [name], name);
    const documents = Array.isArray(json.documents) ? json.documents : [];
    documents.forEach((document, i) => {
      if (isRecord(document))
        check(document.amendments, ['documents', i, 'amendments'], 'amendments');
    });
  }
  const dangling = references(json).filter(({ keys, id, target }) => {
    if (target !== 'amendments') return !known(target).has(id);
    const document = valueAt(json, keys.slice(0, 2));
    const list =
      isRecord(document) && Array.isArray(document.amendments) ? document.amendments : [];
    return !list.some((a) => isRecord(a) && a.id === id);
  });
  return { duplicates, dangling };
}

/** The ids of each collection of a file. */
export function fileIds(data: unknown, name: CollectionName): string[] {
  const list = isRecord(data) ? data[name] : undefined;
  return Array.isArray(list)
    ? list.flatMap((r) => (isRecord(r) && typeof r.id === 'string' ? [r.id] : []))
    : [];
}

/** The file without the records whose id it uses twice in the same collection. */
export function withoutDuplicates(
  data: PartialDataset,
  duplicates: readonly Duplicate[],
): PartialDataset {
  const out: Record<string, unknown> = { ...data };
  for (const name of COLLECTIONS) {
    const twice = new Set(duplicates.filter((d) => d.collection === name).map((d) => d.id));
    const list = data[name];
    if (twice.size && list) out[name] = list.filter((r) => !twice.has(r.id));
  }
  return out as PartialDataset;
}

export function valueAt(value: unknown, keys: readonly Key[]): unknown {
  let current = value;
  for (const key of keys) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<Key, unknown>)[key];
  }
  return current;
}
