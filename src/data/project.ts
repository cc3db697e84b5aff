/**
 * What the element folders' projections (`<name>.data.ts`) are written with: each cuts from the
 * whole dataset the records its element can reach, and of those only the fields it shows, none of
 * the notes meant for maintainers. scripts/slim-data.js runs them at build time and writes what
 * they return to src/data/slim/, so a page downloads only the data its elements can show.
 */
import type { Dataset, DatasetMeta, Localized, SourceRecord, StateRecord } from './types.js';

type Grammar = StateRecord['grammar'];

/**
 * A source as the elements cite it: title, short title (for the line of notes), publisher, date,
 * language and address.
 */
export type CitedSource = Pick<
  SourceRecord,
  'id' | 'title' | 'publisher' | 'date' | 'lang' | 'url'
> &
  Partial<Pick<SourceRecord, 'shortTitle' | 'dateInferred'>>;

/** The meta every slice carries: the data's version and date. */
export function metaOf(data: Dataset): DatasetMeta {
  return { version: data.meta.version, asOf: data.meta.asOf };
}

/** Every source id cited anywhere inside the given records (`sources: […]`, `source: …`). */
export function citedIn(records: unknown): Set<string> {
  const ids = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'sources' && Array.isArray(inner)) inner.forEach((id) => ids.add(String(id)));
        else if (key === 'source' && typeof inner === 'string') ids.add(inner);
        else walk(inner);
      }
    }
  };
  walk(records);
  return ids;
}

/** The records whose ids are in `ids`, in data order. */
export function pick<T extends { id: string }>(
  records: readonly T[],
  ids: ReadonlySet<string>,
): T[] {
  return records.filter((r) => ids.has(r.id));
}

/** The sources of `ids`, as the elements cite them. */
export function citations(data: Dataset, ids: ReadonlySet<string>): CitedSource[] {
  return pick(data.sources, ids).map(
    ({ id, title, shortTitle, publisher, date, dateInferred, lang, url }) => ({
      id,
      title,
      ...(shortTitle && { shortTitle }),
      publisher,
      date,
      ...(dateInferred && { dateInferred }),
      lang,
      url,
    }),
  );
}

/** A person or state shown by name only; a state with the forms its name takes in a sentence. */
export const named = ({
  id,
  name,
  grammar,
}: {
  id: string;
  name: Localized;
  grammar?: Grammar;
}) => ({
  id,
  name,
  ...(grammar && { grammar }),
});
