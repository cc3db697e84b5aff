import type { CollectionName, DatasetMeta, PartialDataset } from './types.js';

/** How a publisher's collections combine with the ones below them. */
export type MergeMode = 'merge' | 'replace';

/** One publisher dataset, as a provider contributes it. */
export interface DataLayer {
  data: PartialDataset;
  mode: MergeMode;
}

/**
 * Data that layers go over: any of the collections, with records of any shape that has an id
 * (an element's data holds only the fields it shows).
 */
export type Layered = { meta?: DatasetMeta } & {
  [K in CollectionName]?: readonly { id: string }[];
};

/** The collections of a dataset, in the order the data files and messages list them. */
export const COLLECTIONS: readonly CollectionName[] = [
  'sources',
  'states',
  'people',
  'sessions',
  'documents',
  'quotes',
  'events',
];

/**
 * Lays publisher data over a base. In `merge` mode a record replaces the base record with the same
 * id and new ids are added; in `replace` mode every collection the layer has replaces the base's.
 * Collections a layer lacks are kept as they are.
 */
export function applyLayer<T extends Layered>(base: T, layer: DataLayer): T {
  const out: Layered = { ...base };
  if (layer.data.meta && base.meta) out.meta = { ...base.meta, ...layer.data.meta };
  for (const name of COLLECTIONS) {
    const over = layer.data[name];
    const under = base[name];
    if (!over || !(name in base)) continue;
    if (layer.mode === 'replace' || !under) {
      (out as Record<string, unknown>)[name] = over;
      continue;
    }
    const ids = new Set(over.map((r) => r.id));
    (out as Record<string, unknown>)[name] = [...under.filter((r) => !ids.has(r.id)), ...over];
  }
  return out as T;
}

const cache = new WeakMap<object, WeakMap<readonly DataLayer[], object>>();

/** `applyLayer` over every layer, outermost first; the result is cached per base and layer list. */
export function withLayers<T extends Layered>(base: T, layers: readonly DataLayer[]): T {
  if (layers.length === 0) return base;
  let perBase = cache.get(base);
  if (!perBase) cache.set(base, (perBase = new WeakMap()));
  let result = perBase.get(layers) as T | undefined;
  if (!result) {
    result = layers.reduce(applyLayer, base);
    perBase.set(layers, result);
  }
  return result;
}
