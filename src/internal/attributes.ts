import { isIsoDate } from '../data/dates.js';
import type { IsoDate } from '../data/types.js';
import { invalidDate, invalidValue, type Problem } from './problems.js';

/** Attribute values as an element or a snippet holds them; absent is `null` or `undefined`. */
export type Attributes = Readonly<Record<string, unknown>>;

/** A value as text, trimmed; `null` when absent or blank. */
export function text(attrs: Attributes, name: string): string | null {
  const value = attrs[name];
  if (value === null || value === undefined) return null;
  const trimmed = String(value).trim();
  return trimmed === '' ? null : trimmed;
}

/** True when the attribute is given at all (blank included). */
export function given(attrs: Attributes, name: string): boolean {
  return attrs[name] !== null && attrs[name] !== undefined;
}

/**
 * An enumerated attribute: the default when absent, the trimmed value when it is one of
 * `choices` (case-insensitive), else a problem naming the closest choice.
 */
export function choice<T extends string>(
  attrs: Attributes,
  name: string,
  choices: readonly T[],
  fallback: T,
): T | Problem {
  const value = attrs[name];
  if (value === null || value === undefined) return fallback;
  const wanted = String(value).trim().toLowerCase();
  return (choices as readonly string[]).includes(wanted)
    ? (wanted as T)
    : invalidValue(name, value, choices);
}

/** An optional date attribute: `undefined` when absent, a problem when malformed. */
export function date(attrs: Attributes, name: string): IsoDate | Problem | undefined {
  const value = attrs[name];
  if (value === null || value === undefined) return undefined;
  const trimmed = String(value).trim();
  return isIsoDate(trimmed) ? trimmed : invalidDate(name, String(value));
}
