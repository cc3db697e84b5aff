// What a `state` attribute that names no state says: loaded only by the elements that take one.
import { spellingsOf, type NamedState } from '../data/aliases.js';
import { invalidValue, type Problem } from './problems.js';

/** A `state` attribute that names no state: the states there are, and every spelling of them. */
export function unknownState(value: unknown, states: readonly NamedState[]): Problem {
  return {
    ...invalidValue('state', value, states.map((s) => s.name.en).sort(), undefined, 'not-found'),
    choicesNote: '(an id, an ISO code, or any name or alias of the state)',
    spellings: states.flatMap((s) => spellingsOf(s).map((n) => [n, s.name.en] as const)),
  };
}
