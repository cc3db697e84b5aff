/**
 * One reading of what a provider gives the elements inside it: the language, the date
 * time-sensitive views hold for, how publisher data combines with what lies below, and how long to
 * wait for it. The provider reads its attributes through it; server rendering, the snippets, the
 * embed page and the command line read their options, query strings, flags and the providers of a
 * file through it too, so a value one of them refuses, every one refuses, and what an element
 * shows and what its fallback says hold for the same date.
 *
 * Publisher data itself is checked by `checkPublisherData` in `data/loader.ts`, which loads only
 * where there is data to check.
 */
import type { DataLayer, MergeMode } from '../data/merge.js';
import type { IsoDate, Lang } from '../data/types.js';
import { attributes as provider } from '../elements/provider/provider.spec.js';
import { LANGS } from '../locales/index.js';
import { toLang } from './lang.js';
import { invalidValue, type Problem } from './problems.js';

/** How a provider's data combines with the data below it; the first is the default. */
export const MODES: readonly MergeMode[] = provider.mode.values;

/** A provider's attributes (or the options that stand for them), as written. */
export interface ProviderAttributes {
  lang?: unknown;
  'as-of'?: unknown;
  mode?: unknown;
  timeout?: unknown;
}

/** What a provider's attributes say, and the problems with the ones that say nothing usable. */
export interface ProviderInput {
  /** Absent when the attributes name none: the surroundings' language holds. */
  lang?: Lang;
  /** Absent when not given or not a date: the surroundings' date holds. */
  asOf?: IsoDate;
  mode: MergeMode;
  timeout: number;
  problems: Problem[];
}

/** What the elements inside a provider (or inside none) see. */
export interface Surroundings {
  lang?: Lang;
  asOf?: IsoDate;
  /** Publisher data, outermost provider first, each checked. */
  layers: readonly DataLayer[];
}

const absent = (value: unknown) => value === null || value === undefined;

/**
 * Reads a provider's attributes. `lang` is an HTML attribute: any language tag goes, and one the
 * library does not ship means English.
 */
export function readProvider(attributes: ProviderAttributes): ProviderInput {
  const problems: Problem[] = [];
  const take = <T>(value: T | Problem): T | undefined =>
    isProblem(value) ? void problems.push(value) : value;
  const lang = attributes.lang ? toLang(String(attributes.lang)) : undefined;
  const asOf = take(readAsOf(attributes['as-of']));
  return {
    mode: take(readMode(attributes.mode)) ?? 'merge',
    timeout: take(readTimeout(attributes.timeout)) ?? DEFAULT_TIMEOUT,
    problems,
    ...(lang && { lang }),
    ...(asOf && { asOf }),
  };
}

/**
 * Reads options that stand for a provider's attributes (server rendering, snippets, the command
 * line), where a language is named to be used: it must be one the library ships.
 */
export function readOptions(options: ProviderAttributes): ProviderInput {
  const input = readProvider(options);
  const lang = readLangOption(options.lang);
  if (isProblem(lang)) input.problems.unshift(lang);
  return input;
}

const isProblem = (value: unknown): value is Problem =>
  typeof value === 'object' && value !== null && 'code' in value;

/** A language the library ships (`ru`, `ru-RU`); `undefined` when none is given. */
export function readLangOption(value: unknown): Lang | Problem | undefined {
  if (absent(value)) return undefined;
  const primary = String(value).trim().toLowerCase().split('-')[0];
  return LANGS.find((lang) => lang === primary) ?? invalidValue('lang', value, LANGS);
}

/** A `YYYY-MM-DD` date that is a day of the calendar; `undefined` when none is given. */
export function readAsOf(value: unknown): IsoDate | Problem | undefined {
  const date = provider['as-of'].read(value, 'as-of');
  return isProblem(date) ? { ...date, what: "the dataset's date is used" } : date;
}

/** `merge` or `replace`, in any case; `merge` when none is given. */
export function readMode(value: unknown): MergeMode | Problem {
  const mode = provider.mode.read(value, 'mode');
  return isProblem(mode) ? { ...mode, what: 'the data is merged' } : mode;
}

/**
 * A wait in milliseconds: a whole number (`10000`), or with a unit (`2500ms`, `10s`), from 1 ms to
 * ten minutes; the default when none is given.
 */
export function readTimeout(value: unknown): number | Problem {
  const ms = provider.timeout.read(value, 'timeout');
  return isProblem(ms)
    ? { ...ms, what: 'it waits 10 s', choicesNote: '(ms or s, up to 10 minutes)' }
    : ms;
}

/** Milliseconds a provider waits for `src` unless told otherwise. */
export const DEFAULT_TIMEOUT = provider.timeout.read(undefined, 'timeout') as number;

/** What the elements inside a provider see: its language and date over the surroundings'. */
export function inside(
  outer: Surroundings,
  input: Pick<ProviderInput, 'lang' | 'asOf'>,
  layers: readonly DataLayer[] = [],
): Surroundings {
  const lang = input.lang ?? outer.lang;
  const asOf = input.asOf ?? outer.asOf;
  return {
    layers: layers.length ? [...outer.layers, ...layers] : outer.layers,
    ...(lang && { lang }),
    ...(asOf && { asOf }),
  };
}

/**
 * The language an element shows in: its own `lang` attribute, else its surroundings', else
 * English. (In a page, the closest ancestor's `lang` comes before the provider's; the element
 * finds it itself.)
 */
export function elementLang(own: unknown, around: Pick<Surroundings, 'lang'>): Lang {
  return (typeof own === 'string' && own.trim() ? toLang(own) : undefined) ?? around.lang ?? 'en';
}

/**
 * A problem with an option or a command-line flag, in words: `--as-of "2022-02-30" is not a day of
 * the calendar; …`. (Attributes are worded by the element's diagnostics.)
 */
export function optionMessage(problem: Problem, option: string): string {
  const value = JSON.stringify(String(problem.value ?? ''));
  if (problem.code === 'invalid-date') {
    return /^\d{4}-\d{2}-\d{2}$/.test(String(problem.value).trim())
      ? `${option} ${value} is not a day of the calendar; check the month and the day`
      : `${option} ${value} is not a date; write YYYY-MM-DD, for example 2022-05-16`;
  }
  const choices = (problem.choices ?? []).join(', ');
  return `${option} ${value} is not valid; valid values: ${choices}${problem.choicesNote ? ` ${problem.choicesNote}` : ''}`;
}

/** Options that stand for a provider around an element (server rendering, snippets). */
export interface ProviderOptions {
  lang?: string;
  /** `YYYY-MM-DD`. */
  asOf?: string;
  /** Publisher data, as a provider's `data` property takes it; checked before use. */
  data?: unknown;
  mode?: string;
}

/** The option names of the attributes a problem names. */
const OPTION_NAMES: Record<string, string> = { lang: 'lang', 'as-of': 'asOf', mode: 'mode' };

const checked = new WeakMap<object, Map<string, unknown>>();

/**
 * What options standing for a provider give the elements inside it, within `outer`: each value
 * checked as the provider checks its attributes, the data as it checks its `data` (the schema,
 * then the ids). What is refused is left out and said in `refused`; `warnings` says what is wrong
 * in data that is used all the same (an id used twice, an id no record has).
 */
export async function readSurroundings(
  options: ProviderOptions,
  outer: Surroundings = { layers: [] },
): Promise<{ around: Surroundings; refused: string[]; warnings: string[] }> {
  const input = readOptions({ lang: options.lang, 'as-of': options.asOf, mode: options.mode });
  const refused = input.problems.map((p) =>
    optionMessage(p, OPTION_NAMES[p.attribute ?? ''] ?? String(p.attribute)),
  );
  const warnings: string[] = [];
  const layers: DataLayer[] = [];
  const { data } = options;
  if (data !== undefined) {
    const { checkPublisherData } = await import('../data/loader.js');
    // The same data object is checked once (snippets are often written many times from it).
    const key = `${input.mode} ${outer.layers.length}`;
    const cache = typeof data === 'object' && data !== null && !outer.layers.length;
    let result = (cache && checked.get(data)?.get(key)) as ReturnType<typeof checkPublisherData>;
    if (!result) {
      result = checkPublisherData(data, outer.layers, input.mode);
      if (cache) {
        if (!checked.has(data)) checked.set(data, new Map());
        checked.get(data)!.set(key, result);
      }
    }
    if (!result.ok) refused.push(`data was not used (${result.code}: ${result.message})`);
    else {
      layers.push({ data: result.data, mode: input.mode });
      if (result.warning) warnings.push(`data (src-references): ${result.warning}`);
    }
  }
  return { around: inside(outer, input, layers), refused, warnings };
}
