/**
 * An element's attributes, described once: how each is read, its allowed values and its default.
 * The element's Lit properties, its view's reading of attributes, the manifest (with the doc
 * comment written on each entry), the framework typings, snippets, the command line and the
 * builder all come from one such description in the element's folder (`<name>.spec.ts`).
 */
import { isIsoDate } from '../data/dates.js';
import type { IsoDate } from '../data/types.js';
import { invalidDate, invalidValue, isProblem, type Problem } from './problems.js';

/** Attribute values as an element or a snippet holds them; absent is `null` or `undefined`. */
export type Attributes = Readonly<Record<string, unknown>>;

/**
 * One attribute. `P` is the type of the element's property, `V` what the view reads from it; the
 * manifest writes `P` out from the kind and the values (scripts/specs.js).
 */
export interface Attribute<P, V> {
  kind: 'text' | 'numeral' | 'choice' | 'required' | 'tokens' | 'date' | 'number' | 'duration';
  /** The property's value when the attribute is absent. */
  initial: P;
  /** The values it takes (of a choice), or may list (of tokens). */
  values?: readonly string[];
  /** What the view reads: the value, or the problem with it. */
  read(value: unknown, name: string): V | Problem;
}

/** Every attribute of an element, by attribute name. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Spec = Readonly<Record<string, Attribute<any, any>>>;

const absent = (value: unknown): value is null | undefined => value === null || value === undefined;

/** Trimmed text; `null` when absent or blank. */
function trimmed(value: unknown): string | null {
  if (absent(value)) return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}

/** Free text (an id, a name): `null` when absent or blank. */
export function text(): Attribute<string | null, string | null> {
  return { kind: 'text', initial: null, read: trimmed };
}

/** Free text, or a number (an article number): `null` when absent or blank. */
export function numeral(): Attribute<string | number | null, string | null> {
  return { kind: 'numeral', initial: null, read: trimmed };
}

/**
 * One of `values` (case-insensitive), `fallback` when absent. With `open`, any id passes, for the
 * view to look up in data a publisher may extend; `values` then name the bundled ones.
 */
export function choice<const T extends string>(
  values: readonly T[],
  fallback: T,
  options: { open?: boolean } = {},
): Attribute<T, T> & { values: readonly T[] } {
  return {
    kind: 'choice',
    initial: fallback,
    values,
    read(value, name) {
      if (absent(value)) return fallback;
      const wanted = String(value).trim().toLowerCase();
      return options.open || (values as readonly string[]).includes(wanted)
        ? (wanted as T)
        : invalidValue(name, value, values);
    },
  };
}

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

/**
 * A `YYYY-MM-DD` date; `undefined` when absent. With `years`, a year alone stands for its first
 * day (`edge: 'start'`) or its last (`'end'`).
 */
export function date(
  options: { years?: 'start' | 'end' } = {},
): Attribute<string | null, IsoDate | undefined> {
  return {
    kind: 'date',
    initial: null,
    read(value, name) {
      if (absent(value)) return undefined;
      const given = String(value).trim();
      if (options.years && /^\d{4}$/.test(given)) {
        return `${given}-${options.years === 'start' ? '01-01' : '12-31'}`;
      }
      if (isIsoDate(given)) return given;
      const problem = invalidDate(name, String(value));
      return options.years ? { ...problem, years: true } : problem;
    },
  };
}

/** A whole number, at least `min`; `fallback` when absent. */
export function number(fallback: number, min = 0): Attribute<number, number> {
  return {
    kind: 'number',
    initial: fallback,
    read(value, name) {
      if (absent(value)) return fallback;
      const given = typeof value === 'number' ? value : Number(String(value).trim() || NaN);
      return Number.isInteger(given) && given >= min
        ? given
        : invalidValue(name, value, [`a whole number from ${min}`]);
    },
  };
}

/** True when the attribute is given at all, blank included. */
export function given(attrs: Attributes, name: string): boolean {
  return !absent(attrs[name]);
}

/**
 * A wait: milliseconds (`10000`), or with a unit (`2500ms`, `10s`), from 1 ms to `max`; `fallback`
 * ms when absent.
 */
export function duration(fallback: number, max: number): Attribute<number | string | null, number> {
  return {
    kind: 'duration',
    initial: null,
    read(value, name) {
      if (absent(value)) return fallback;
      const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s)?\s*$/i.exec(String(value));
      const ms = m ? Math.round(Number(m[1]) * (m[2]?.toLowerCase() === 's' ? 1000 : 1)) : NaN;
      return ms >= 1 && ms <= max
        ? ms
        : { ...invalidValue(name, value, [String(fallback), `${fallback / 1000}s`]) };
    },
  };
}

/** `as-of` → `asOf`. */
export const propertyName = (attribute: string) =>
  attribute.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

type Camel<S extends string> = S extends `${infer H}-${infer T}`
  ? `${H}${Capitalize<Camel<T>>}`
  : S;

/** The element's properties that a spec declares, as their types. */
export type Properties<S extends Spec> = {
  -readonly [K in keyof S & string as Camel<K>]: S[K] extends Attribute<infer P, unknown>
    ? P
    : never;
};

/** What the view reads from the attributes of a spec. */
export type Values<S extends Spec> = {
  -readonly [K in keyof S & string as Camel<K>]: S[K] extends Attribute<unknown, infer V>
    ? V
    : never;
};

/**
 * Lit's property declarations for a spec: one property per attribute. A choice set as a property
 * (by a framework) shows as its attribute, for styles that select on it; its default is never
 * written, so server-rendered markup and the markup a framework hydrates stay the same.
 */
export function litProperties(
  spec: Spec,
): Record<string, { attribute: string; reflect?: true; useDefault?: true }> {
  return Object.fromEntries(
    Object.entries(spec).map(([name, { kind }]) => [
      propertyName(name),
      kind === 'choice'
        ? { attribute: name, reflect: true, useDefault: true }
        : { attribute: name },
    ]),
  );
}

/** Each property's value while its attribute is absent. */
export function initialValues(spec: Spec): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(spec).map(([name, attribute]) => [propertyName(name), attribute.initial]),
  );
}

/**
 * Reads the attributes (by attribute name) as the spec says, in its order: the values, or the
 * problem with the first one that is wrong.
 */
export function read<S extends Spec>(spec: S, attrs: Attributes): Values<S> | Problem {
  const values: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(spec)) {
    const value = attribute.read(attrs[name], name);
    if (isProblem(value)) return value;
    values[propertyName(name)] = value;
  }
  return values as Values<S>;
}
