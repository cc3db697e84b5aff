// The names of records (states, people) in the reader's language, as templates put them into a
// sentence: one name, or a list of them.
import { byId, localize } from '../data/queries/records.js';
import type { Named } from '../data/slim/types.js';
import type { Lang } from '../data/types.js';
import { joined, localized, type Inline } from './markup.js';

/**
 * The name of the record `id` (a state, a person) in the reader's language, marked up as
 * `localized` does; the id itself, as plain text, when `records` lacks it.
 */
export function nameOf(records: readonly Named[], id: string, lang: Lang): Inline {
  const record = byId(records, id);
  return record ? localized(record.name, lang) : id;
}

/**
 * The names of the records `ids` (see `nameOf`) as `a, b and c`: in the order given or, with
 * `alphabetical`, in the reader's alphabetical order.
 */
export function joinedNames(
  records: readonly Named[],
  ids: readonly string[],
  lang: Lang,
  order: 'given' | 'alphabetical' = 'given',
): unknown[] {
  let listed = ids;
  if (order === 'alphabetical') {
    const collator = new Intl.Collator(lang);
    const key = (id: string) => {
      const record = byId(records, id);
      return record ? localize(record.name, lang) : id;
    };
    listed = [...ids].sort((a, b) => collator.compare(key(a), key(b)));
  }
  return joined(
    listed.map((id) => nameOf(records, id, lang)),
    lang,
  );
}
