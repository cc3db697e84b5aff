// An attribute that must be given (see spec.ts).
import { invalidValue } from '../problems.js';
import { absent, type Attribute } from '../spec.js';

/** One of `values` (case-insensitive), which must be given: `null` until it is. */
export function required<const T extends string>(
  values: readonly T[],
): Attribute<T | null, T> & { values: readonly T[] } {
  return {
    kind: 'required',
    initial: null,
    values,
    read(value, name) {
      const wanted = absent(value) ? '' : String(value).trim().toLowerCase();
      return (values as readonly string[]).includes(wanted)
        ? (wanted as T)
        : invalidValue(name, value, values);
    },
  };
}
