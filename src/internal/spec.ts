/**
 * An element's attributes, described once: how each is read, its allowed values and its default.
 * The element's Lit properties, its view's reading of attributes, the manifest (with the doc
 * comment written on each entry), the framework typings, snippets, the command line and the
 * builder all come from one such description in the element's folder (`<name>.spec.ts`).
 */
import { invalidValue, isProblem, type Problem } from './problems.js';

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

/** True when an attribute is not there (`null` or `undefined`). */
export const absent = (value: unknown): value is null | undefined =>
  value === null || value === undefined;

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

/** True when the attribute is given at all, blank included. */
export function given(attrs: Attributes, name: string): boolean {
  return !absent(attrs[name]);
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
