import type { CstErrorCode } from '../events.js';

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
  /** Why the view could not be drawn (`render-failed`): the error's message. */
  error?: string;
  /** What could not be loaded (`render-failed`): `quote "…"`. */
  unloaded?: string;
  /** The date attribute takes a year too (`invalid-date`). */
  years?: true;
  /**
   * The rest of the problem (its attribute, value, choices, spellings, notes) when working them
   * out takes code of its own: that code loads only on pages that have the problem to explain.
   * What it gives is laid over this problem; the `code` stays this problem's.
   */
  details?: () => Promise<Omit<Problem, 'code' | 'details'>>;
}

/** A view, or the problem that stands in its way. */
export type Resolution<V> = { view: V } | { problem: Problem };

/** Type guard for a `Problem` returned in place of a value. */
export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'code' in value;
}

/** The problem with its details worked out (see `Problem.details`); its code is unchanged. */
export async function explained(problem: Problem): Promise<Problem> {
  const { details, ...known } = problem;
  return details ? { ...known, ...(await details()), code: known.code } : known;
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
export function invalidDate(attribute: string, value: string): Problem {
  return { code: 'invalid-date', attribute, value };
}

/** A problem for a view that could not be drawn. */
export function renderFailed(error: unknown): Problem {
  return { code: 'render-failed', error: (error as Error)?.message ?? String(error) };
}

/** A problem for data the element could not load (`quote "…"`). */
export function loadFailed(what: string): Problem {
  return { code: 'render-failed', unloaded: what };
}
