/**
 * Publisher-file problems in words, each with a way out where one can be given: a schema issue
 * (what the field wants, read from the schema's descriptions), a field the schema does not know,
 * an id used twice, an id that points at nothing. Suggestions look at the file's records and the
 * bundled ones: the closest id, a person or state written by name, a date written another way.
 */
import * as v from 'valibot';
import { listChoices } from '../internal/diagnostics.js';
import { clip } from '../internal/format.js';
import { closestMatch } from '../internal/suggest.js';
import { resolvePerson, resolveState, type NamedState } from './aliases.js';
import { isIsoDate } from './dates.js';
import {
  expects,
  formatPath,
  isArrayNode,
  isRecord,
  metaOf,
  schemaAt,
  unwrap,
  type Key,
  type Reference,
  type Schema,
} from './fields.js';
import { valueAt, type Duplicate } from './integrity.js';
import { NOUNS } from './schema.js';
import type { CollectionName, PersonRecord } from './types.js';

export { formatPath };

/** A problem in words, without its place. */
export interface Explained {
  message: string;
  suggestion?: string;
}

/** A value as a message shows it. */
export function received(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (isRecord(value)) return 'an object';
  if (typeof value === 'string') return JSON.stringify(clip(value));
  return String(value);
}

type Person = Pick<PersonRecord, 'id' | 'name' | 'aliases'>;

/** The records a suggestion can point at: the file's and the bundled ones. */
export class Explainer {
  constructor(
    private readonly json: Record<string, unknown>,
    /** Ids of each collection, the file's and the bundled ones. */
    private readonly ids: (collection: CollectionName) => ReadonlySet<string>,
    private readonly people: readonly Person[],
    private readonly states: readonly NamedState[],
  ) {}

  /** The problem a schema issue stands for. */
  issue(issue: v.BaseIssue<unknown>, keys: readonly Key[]): Explained {
    const node = schemaAt(keys);
    const field = keys.at(-1);
    if (!node || keys.length === 0) {
      return keys.length
        ? { message: issue.message }
        : { message: `expected an object holding collections, got ${received(issue.input)}` };
    }
    const parent = valueAt(this.json, keys.slice(0, -1));
    if (typeof field === 'string' && isRecord(parent) && !Object.hasOwn(parent, field)) {
      return { message: `missing field "${field}"`, suggestion: `add it: ${expects(node)}` };
    }
    const value = issue.input;
    const wanted = expects(node);
    const got = received(value);
    const format = metaOf(node).format;
    switch (issue.type) {
      case 'picklist': {
        const options = (unwrap(node) as v.PicklistSchema<v.PicklistOptions, undefined>).options;
        const near =
          typeof value === 'string' ? closestMatch(value, options.map(String)) : undefined;
        return {
          message: `expected ${wanted}, got ${got}`,
          ...(near && { suggestion: `did you mean "${near}"?` }),
        };
      }
      case 'regex':
        return {
          message: `expected ${wanted}, got ${got}`,
          ...optional(this.formatSuggestion(node, value, keys)),
        };
      case 'check':
        if (format === 'date') {
          return {
            message: `${got} is not a day of the calendar`,
            suggestion: 'check the month and the day',
          };
        }
        return { message: issue.message };
      case 'min_length':
        if (!isArrayNode(unwrap(node)))
          return {
            message: 'the text is empty',
            suggestion: 'write the text, or leave the record out',
          };
        return /sources$/i.test(String(field))
          ? {
              message: 'cites no source',
              suggestion: 'give the id of the source that holds this fact',
            }
          : { message: 'the list is empty', suggestion: 'give at least one item' };
      case 'max_length':
        return {
          message: `${typeof value === 'string' ? `${value.length.toLocaleString('en')} characters` : got} is over the limit of ${Number(issue.requirement).toLocaleString('en')}`,
          suggestion: field === 'id' || format ? 'shorten it' : 'shorten the text',
        };
      case 'url':
        return {
          message: `${got} is not a web address`,
          suggestion: 'write the whole address, starting with https://',
        };
      case 'integer':
      case 'min_value':
        return {
          message: `expected ${wanted}${issue.type === 'min_value' ? ` of at least ${String(issue.requirement)}` : ''}, got ${got}`,
        };
      default:
        return {
          message: `expected ${wanted}, got ${got}`,
          ...optional(retype(unwrap(node), value)),
        };
    }
  }

  /** A field of an object that its schema does not name. */
  unknownField(keys: readonly Key[], fields: readonly string[], object: object): Explained {
    const key = String(keys.at(-1));
    const near = closestMatch(
      key,
      fields.filter((f) => !(f in object)),
    );
    return {
      message: `unknown field "${clip(key)}", which the provider ignores`,
      suggestion: near
        ? `did you mean "${near}"?`
        : `remove it; ${keys.length > 1 ? 'fields' : 'collections'} here: ${fields.join(', ')}`,
    };
  }

  /** An id that points at no record. */
  dangling({ keys, id, target }: Reference): Explained {
    if (target === 'amendments') {
      const document = valueAt(this.json, keys.slice(0, 2));
      const list =
        isRecord(document) && Array.isArray(document.amendments) ? document.amendments : [];
      const ids = list.flatMap((a) => (isRecord(a) && typeof a.id === 'string' ? [a.id] : []));
      const near = closestMatch(id, ids);
      return {
        message: `this document has no amendment "${clip(id)}"`,
        suggestion: near
          ? `did you mean "${near}"?`
          : ids.length
            ? `its amendments: ${ids.join(', ')}`
            : 'add the amendment to the document\'s "amendments", or leave "amendedBy" out',
      };
    }
    const noun = NOUNS[target];
    const near = this.closestId(target, id);
    return {
      message: `no ${noun} has the id "${clip(id)}", in this file or in the bundled data`,
      suggestion: near
        ? `did you mean "${near}"?`
        : `add the ${noun} to "${target}", or use one of: ${listChoices([...this.ids(target)])}`,
    };
  }

  /** An id used a second time. */
  duplicate({ id, first, collection }: Duplicate): Explained {
    return {
      message: `the id "${clip(id)}" is used twice: ${formatPath(first)} has it too`,
      suggestion: `give each ${NOUNS[collection]} its own id, or keep one of the two`,
    };
  }

  /** A way to write `value` in the format the field wants. */
  private formatSuggestion(node: Schema, value: unknown, keys: readonly Key[]): string | undefined {
    if (typeof value !== 'string') return undefined;
    const { format, ref } = metaOf(node);
    if (ref && ref !== 'amendments') {
      const near = this.closestId(ref, value);
      if (near) return `did you mean "${near}"?`;
    }
    switch (format) {
      case 'date':
        return dateSuggestion(value, keys);
      case 'state-id': {
        const state = resolveState(this.states, value);
        return state ? `did you mean "${state.id}"?` : undefined;
      }
      case 'id': {
        const id = slug(value);
        return id && id !== value ? `write it as "${id}"` : undefined;
      }
      case 'iso2':
      case 'iso3': {
        const upper = value.toUpperCase();
        return upper !== value && v.is(unwrap(node), upper)
          ? `write it in capitals: "${upper}"`
          : undefined;
      }
      case 'url':
        return 'link to an http(s) page, or leave "url" out';
      default:
        return undefined;
    }
  }

  /** The existing id closest to `value`: by name or alias for people and states, else by spelling. */
  private closestId(target: CollectionName, value: string): string | undefined {
    if (target === 'people') {
      const person = resolvePerson(this.people, value);
      if (person) return person.id;
    }
    if (target === 'states') {
      const state = resolveState(this.states, value);
      if (state) return state.id;
    }
    return closestMatch(value, [...this.ids(target)]);
  }
}

const optional = (suggestion: string | undefined) => (suggestion ? { suggestion } : {});

/** How to write a value of the wrong type as the type wanted, when that is plain. */
function retype(node: Schema, value: unknown): string | undefined {
  if (node.type === 'array' && typeof value === 'string')
    return `write it as a list: ["${clip(value)}"]`;
  if (node.type === 'string' && (typeof value === 'number' || typeof value === 'boolean'))
    return `write it in quotes: "${value}"`;
  if (node.type === 'number' && typeof value === 'string' && value.trim() && !isNaN(Number(value)))
    return `write it without quotes: ${Number(value)}`;
  if (node.type === 'boolean' && (value === 'true' || value === 'false'))
    return `write it without quotes: ${value}`;
  return undefined;
}

/** An id made from a name: `Kassym-Jomart Tokayev 2024` → `kassym-jomart-tokayev-2024`. */
function slug(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The date a loosely written one stands for, written YYYY-MM-DD, when it is plain which. */
function dateSuggestion(value: string, keys: readonly Key[]): string {
  const text = value.trim();
  const iso = (y: string, m: string | number, d: string) =>
    `${y}-${String(m).padStart(2, '0')}-${d.padStart(2, '0')}`;
  const month = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase())) + 1;
  let m: RegExpExecArray | null;
  let date: string | undefined;
  if ((m = /^(\d{4})-(\d{2}-\d{2})T/.exec(text))) date = `${m[1]}-${m[2]}`;
  else if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text)))
    date = iso(m[1]!, m[2]!, m[3]!);
  else if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text))) date = iso(m[3]!, m[2]!, m[1]!);
  else if ((m = /^(\d{1,2}) ([a-z]{3,})\.? (\d{4})$/i.exec(text)) && month(m[2]!))
    date = iso(m[3]!, month(m[2]!), m[1]!);
  else if ((m = /^([a-z]{3,})\.? (\d{1,2}),? (\d{4})$/i.exec(text)) && month(m[1]!))
    date = iso(m[3]!, month(m[1]!), m[2]!);
  if (date && isIsoDate(date)) return `write it as "${date}"`;
  const partial = /^(\d{4})(?:-(\d{2}))?$/.exec(text);
  if (partial && keys.at(-1) === 'from' && keys.includes('roles')) {
    return `write "${partial[2] ? `${text}-01` : `${text}-01-01`}" with "fromPrecision": "${partial[2] ? 'month' : 'year'}"`;
  }
  if (partial) return 'write the whole day, YYYY-MM-DD: the data holds dates known to the day';
  return 'write it as YYYY-MM-DD, for example 2022-05-16';
}
