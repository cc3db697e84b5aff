// An attribute that lists some of its values (see spec.ts).
import { invalidValue } from '../problems.js';
import { absent, type Attribute } from '../spec.js';

/**
 * Some of `values`, separated by spaces (or commas, with `commas`); all of them when absent.
 */
export function tokens<const T extends string>(
  values: readonly T[],
  options: { commas?: boolean } = {},
): Attribute<string | null, ReadonlySet<T>> {
  const separator = options.commas ? /[\s,]+/ : /\s+/;
  return {
    kind: 'tokens',
    initial: null,
    values,
    read(value, name) {
      if (absent(value)) return new Set(values);
      const list = String(value).trim().toLowerCase().split(separator).filter(Boolean);
      if (!list.length) return invalidValue(name, value, values);
      const unknown = list.find((token) => !(values as readonly string[]).includes(token));
      return unknown === undefined ? new Set(list as T[]) : invalidValue(name, unknown, values);
    },
  };
}
