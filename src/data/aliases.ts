import type { PersonRecord, StateRecord } from './types.js';

/**
 * Folds a name for matching: case, diacritics, punctuation and hyphens are ignored, so
 * `Kassym-Zhomart Tokayev` and `kassym zhomart tokayev` are equal. Cyrillic letters are kept
 * (`ё` folds to `е`).
 */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A record a reader may name (a person, a state): what its spellings are read from. */
export type Spelled = Pick<PersonRecord, 'id' | 'name'> &
  Partial<Pick<PersonRecord, 'aliases'> & Pick<StateRecord, 'iso2' | 'iso3'>>;

/** What a state can be named by: id, ISO codes, names and aliases. */
export type NamedState = Pick<StateRecord, 'id' | 'iso2' | 'iso3' | 'name'> &
  Partial<Pick<StateRecord, 'aliases'>>;

/**
 * What a person or a state can be named by, as the data spells it: id, ISO codes (a state's),
 * display names in every language and aliases.
 */
export function spellingsOf(record: Spelled): string[] {
  const { id, iso2, iso3, name, aliases = [] } = record;
  return [id, iso2, iso3, ...Object.values(name), ...aliases].filter((s): s is string =>
    Boolean(s),
  );
}

/**
 * Finds the record an id or any of its spellings names (`tokayev`, `Токаев`; a state also by ISO
 * code, `KG`, `KGZ`, or alias, `Kirghizia`, «Киргизия»), ignoring what `foldName` ignores;
 * `undefined` when none or when the name is empty.
 */
export function resolveName<R extends Spelled>(
  records: readonly R[],
  nameOrId: string,
): R | undefined {
  const wanted = foldName(nameOrId);
  if (!wanted) return undefined;
  return (
    records.find((r) => r.id === nameOrId) ??
    records.find((r) => spellingsOf(r).some((s) => foldName(s) === wanted))
  );
}

/** The person an id or any alias names (see `resolveName`). */
export const resolvePerson: <P extends Spelled>(
  people: readonly P[],
  nameOrId: string,
) => P | undefined = resolveName;

/** The state an id, ISO code, name or alias names (see `resolveName`). */
export const resolveState: <S extends NamedState>(
  states: readonly S[],
  nameOrId: string,
) => S | undefined = resolveName;
