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

/** What a person can be named by, as the data spells it: id, display names and aliases. */
export function spellingsOf(person: Pick<PersonRecord, 'id' | 'name' | 'aliases'>): string[] {
  return [person.id, person.name.en, person.name.ru, ...person.aliases];
}

/** Every folded form a person can be named by: `spellingsOf`, folded for matching. */
export function namesOf(person: Pick<PersonRecord, 'id' | 'name' | 'aliases'>): string[] {
  return spellingsOf(person).map(foldName);
}

/** Finds the person an id or any alias names; `undefined` when none or when the name is empty. */
export function resolvePerson<P extends Pick<PersonRecord, 'id' | 'name' | 'aliases'>>(
  people: readonly P[],
  nameOrId: string,
): P | undefined {
  const wanted = foldName(nameOrId);
  if (!wanted) return undefined;
  return people.find((p) => p.id === nameOrId) ?? people.find((p) => namesOf(p).includes(wanted));
}

/** What `resolveState` reads of a state. */
export type NamedState = Pick<StateRecord, 'id' | 'iso2' | 'iso3' | 'name'> &
  Partial<Pick<StateRecord, 'aliases'>>;

/** What a state can be named by, as the data spells it: id, ISO codes, names and aliases. */
export function spellingsOfState(state: NamedState): string[] {
  return [state.id, state.iso2, state.iso3, state.name.en, state.name.ru, ...(state.aliases ?? [])];
}

/** Every folded form a state can be named by: `spellingsOfState`, folded for matching. */
export function namesOfState(state: NamedState): string[] {
  return spellingsOfState(state).map(foldName);
}

/**
 * Finds the state an id, ISO code, name (English or Russian) or alias names (`KG`, `KGZ`,
 * `Kirghizia`, «Киргизия»); `undefined` when none or when the name is empty.
 */
export function resolveState<S extends NamedState>(
  states: readonly S[],
  nameOrId: string,
): S | undefined {
  const wanted = foldName(nameOrId);
  if (!wanted) return undefined;
  return (
    states.find((s) => s.id === nameOrId) ?? states.find((s) => namesOfState(s).includes(wanted))
  );
}
