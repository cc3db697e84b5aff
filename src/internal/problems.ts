import type { CstErrorCode } from '../events.js';
import { clip } from './format.js';

/**
 * Why an element shows its fallback instead of its view. A problem either carries its warning
 * already written (`message`), or says what is wrong as data (an attribute, its value, the valid
 * choices), which `describe()` in diagnostics.ts words when the problem is reported: the closest
 * match and the long lists load only on pages that have a problem to explain.
 */
export interface Problem {
  code: CstErrorCode;
  /** The warning, when it is written already. */
  message?: string;
  /** The attribute (or attributes) at fault. */
  attribute?: string;
  /** The value given; absent when the attribute is missing. */
  value?: unknown;
  /** The valid values. */
  choices?: readonly string[];
  /** Named lists to print instead of `choices` (`speakers: …; topics: …`). */
  lists?: Readonly<Record<string, readonly string[]>>;
  /** Other spellings of the choices, for the closest match: `[spelling, choice]`. */
  spellings?: readonly (readonly [string, string])[];
  /** Said after the list of choices, before the period. */
  choicesNote?: string;
  /** Said instead of the closest match. */
  hint?: string;
  /** What the reader sees meanwhile (`nothing is shown`). */
  what?: string;
}

/** A view, or the problem that stands in its way. */
export type Resolution<V> = { view: V } | { problem: Problem };

/** Type guard for a `Problem` returned in place of a value. */
export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'code' in value;
}

/** A problem for an attribute value that is not one of `choices`, or that is missing. */
export function invalidValue(
  attribute: string,
  value: unknown,
  choices: readonly string[],
  what?: string,
  code: CstErrorCode = 'invalid-value',
): Problem {
  const missing = value === null || value === undefined;
  return {
    code: missing ? 'missing-attribute' : code,
    attribute,
    ...(!missing && { value }),
    choices,
    ...(what && { what }),
  };
}

/** A problem for an attribute that should hold a `YYYY-MM-DD` date. */
export function invalidDate(tag: string, attribute: string, value: string): Problem {
  return {
    code: 'invalid-date',
    message: `<${tag}> ${attribute}="${clip(value)}" is not a date; write YYYY-MM-DD, for example 2022-05-16. Until it is fixed nothing is shown.`,
  };
}

/** A problem for a view that could not be drawn. */
export function renderFailed(tag: string, error: unknown): Problem {
  return {
    code: 'render-failed',
    message: `<${tag}> could not render (${(error as Error)?.message ?? String(error)}); its fallback content is shown.`,
  };
}

/** A problem for data the element could not load (`quote "…"`). */
export function loadFailed(tag: string, what: string): Problem {
  return {
    code: 'render-failed',
    message: `<${tag}> could not load ${what}; its fallback content is shown.`,
  };
}
