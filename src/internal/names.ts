// The names of records (states, people) in the reader's language, as templates put them into a
// sentence: one name, or a list of them.
import { DECLINES } from '../locales/index.js';
import { html } from './template.js';
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

/**
 * A phrase that agrees with the states it is about: in Russian a past-tense verb takes the gender
 * of a single state's name («не участвовала: Армения», «не участвовал: Казахстан») and the plural
 * for several («не участвовали: …»). A language without such agreement gives one string.
 * `unknown` is for a single state whose gender the data does not give (publisher records).
 */
export type Agreeing =
  string | { masculine: string; feminine: string; neuter: string; plural: string; unknown: string };

/**
 * The form of `phrase` that agrees with the states `ids`: the plural for several (a list of names,
 * not a count, so no plural rule applies), the gender of the one state's name in `lang` otherwise.
 */
export function agreeing(
  records: readonly Named[],
  ids: readonly string[],
  lang: Lang,
  phrase: Agreeing,
): string {
  if (typeof phrase === 'string') return phrase;
  if (ids.length !== 1) return phrase.plural;
  const gender = grammarOf(byId(records, ids[0]), lang)?.gender;
  return gender ? phrase[gender] : phrase.unknown;
}

/** Grammatical cases a state's name is given in, in a language that declines names. */
export type Case = 'genitive' | 'dative';

/** How a record's name declines in `lang`, where the data says. */
const grammarOf = (record: Named | undefined, lang: Lang) =>
  (record?.grammar as Partial<Record<Lang, NonNullable<Named['grammar']>['ru']>> | undefined)?.[
    lang
  ];

/**
 * The name of the state `id` in a grammatical case, as a sentence built around it needs
 * («от Кыргызстана к России»); the name as it stands (nominative) in a language without cases.
 * `undefined` for a name in a language with cases that the data gives no case forms of, so the
 * caller can choose a sentence that needs none.
 */
export function nameInCase(
  records: readonly Named[],
  id: string,
  lang: Lang,
  grammaticalCase: Case,
): Inline | undefined {
  if (!DECLINES[lang]) return nameOf(records, id, lang);
  const form = grammarOf(byId(records, id), lang)?.[grammaticalCase];
  return form ? html`<bdi>${form}</bdi>` : undefined;
}
