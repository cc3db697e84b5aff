import type { DatasetMeta } from '../types.js';
import type { DataSource } from './types.js';

type Loader = () => Promise<{ default: unknown }>;
type Collections = Record<string, { id: string }[]>;

/**
 * Data that arrives in parts: a record chosen by a bundled id (the `attribute` an element names
 * it by) brings only its own file (the record and what it names); anything else (another
 * attribute, publisher data, a message listing what exists, a server rendering everything)
 * brings all of them at once. A part that cannot be loaded is not asked for again; the elements
 * that wanted it show their fallback.
 */
export function byParts<B extends { meta: DatasetMeta }>(options: {
  meta: DatasetMeta;
  /** The slice with its collections empty. */
  empty: Omit<B, 'meta'>;
  attribute: string;
  /** The collection of the records chosen by id. */
  collection: string;
  /** Every record at once. */
  all: Loader;
  /** One loader per bundled id. */
  parts: Readonly<Record<string, Loader>>;
}): DataSource<B> {
  const { attribute, parts } = options;
  let data = { ...options.empty, meta: options.meta } as B;
  let complete = false;
  let everything: Promise<void> | undefined;
  let allFailed = false;
  const loading = new Map<string, Promise<void>>();
  const failed = new Set<string>();
  const collections = Object.keys(options.empty);
  const has = (id: string) =>
    (data as unknown as Collections)[options.collection]!.some((r) => r.id === id);

  /** The id an element asks for, when it asks for one. */
  const idOf = (attrs: Readonly<Record<string, unknown>> | null) => {
    const value = attrs?.[attribute];
    return typeof value === 'string' && value.trim() ? value.trim() : null;
  };

  /** Adds one part to what is loaded. */
  const add = (file: Collections) => {
    if (complete) return;
    const merged = { ...data } as unknown as Collections;
    for (const name of collections) {
      const have = new Set(merged[name]!.map((r) => r.id));
      merged[name] = [...merged[name]!, ...(file[name] ?? []).filter((r) => !have.has(r.id))];
    }
    data = merged as unknown as B;
  };

  const loadAll = () =>
    // Failure leaves the parts loaded so far: elements show their fallback for the others.
    options.all().then(
      (file) => {
        data = file.default as B;
        complete = true;
      },
      () => void (allFailed = true),
    );

  return {
    current: () => data,
    load(attrs) {
      if (complete) return undefined;
      const id = idOf(attrs);
      if (id === null || !Object.hasOwn(parts, id)) {
        return allFailed ? undefined : (everything ??= loadAll());
      }
      if (failed.has(id) || has(id)) return undefined;
      let pending = loading.get(id);
      if (!pending) {
        pending = parts[id]!()
          .then(
            (file) => add(file.default as Collections),
            () => void failed.add(id),
          )
          .finally(() => loading.delete(id));
        loading.set(id, pending);
      }
      return pending;
    },
    failed(attrs) {
      const id = idOf(attrs);
      return id && failed.has(id) && !has(id) ? `${attribute} "${id}"` : undefined;
    },
  };
}
