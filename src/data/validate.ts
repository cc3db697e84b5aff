/**
 * What `cst-elements validate` finds in a publisher file, before a provider ever loads it: every
 * schema issue (the provider names only the first few), fields the schema does not know (the
 * provider drops them without a word, so a misspelt field silently loses its value), ids that
 * point at no record of the file or of the bundled data, and ids used twice in the file. Each
 * problem has the JSON path of the value at fault and, where one can be given, a suggestion.
 * Pure: the caller reads the file and passes the bundled data in.
 */
import * as v from 'valibot';
import { listChoices } from '../internal/diagnostics.js';
import { clip } from '../internal/format.js';
import { closestMatch } from '../internal/suggest.js';
import { resolvePerson, resolveState, type NamedState } from './aliases.js';
import { isIsoDate } from './dates.js';
import { validateDataset } from './loader.js';
import { COLLECTIONS } from './merge.js';
import { PartialDatasetSchema } from './schema.js';
import type { CollectionName, Dataset, PartialDataset, PersonRecord } from './types.js';

export interface DataProblem {
  /** JSON path of the value at fault: `$.quotes[3].date`. */
  path: string;
  message: string;
  suggestion?: string;
}

export interface DatasetCheck {
  problems: DataProblem[];
  /** The data a provider would use, when it would accept the file (unknown fields dropped). */
  data?: PartialDataset;
  /** Ids of the file's records that replace a bundled record of the same id, per collection. */
  replaces: Partial<Record<CollectionName, string[]>>;
}

/** What a reference points at: a collection, or the amendments of the same document. */
export type Target = CollectionName | 'amendments';

/**
 * Every field that holds the id of another record (see `types.ts`), as a path pattern: `[]` is
 * any item of a list.
 */
export const REFERENCES: readonly (readonly [pattern: string, target: Target])[] = [
  ['meta.organization.sources[]', 'sources'],
  ['states[].membership[].sources[]', 'sources'],
  ['states[].capitals[].sources[]', 'sources'],
  ['states[].chairmanships[].sources[]', 'sources'],
  ['states[].sources[]', 'sources'],
  ['people[].state', 'states'],
  ['people[].roles[].state', 'states'],
  ['people[].roles[].sources[]', 'sources'],
  ['people[].sources[]', 'sources'],
  ['sessions[].place.state', 'states'],
  ['sessions[].chair.state', 'states'],
  ['sessions[].chair.person', 'people'],
  ['sessions[].attendees[].person', 'people'],
  ['sessions[].attendees[].state', 'states'],
  ['sessions[].absent[]', 'states'],
  ['sessions[].documents.items[].document', 'documents'],
  ['sessions[].handover.from', 'states'],
  ['sessions[].handover.to', 'states'],
  ['sessions[].notes[].sources[]', 'sources'],
  ['sessions[].sources[]', 'sources'],
  ['documents[].dateSources[]', 'sources'],
  ['documents[].inForceSources[]', 'sources'],
  ['documents[].session', 'sessions'],
  ['documents[].articles[].blocks[].source', 'sources'],
  ['documents[].articles[].amendedBy[]', 'amendments'],
  ['documents[].body[].source', 'sources'],
  ['documents[].summary[].sources[]', 'sources'],
  ['documents[].registration.sources[]', 'sources'],
  ['documents[].signatories[].person', 'people'],
  ['documents[].signatories[].state', 'states'],
  ['documents[].amendments[].sources[]', 'sources'],
  ['documents[].sources[]', 'sources'],
  ['quotes[].speaker', 'people'],
  ['quotes[].session', 'sessions'],
  ['quotes[].document', 'documents'],
  ['quotes[].source', 'sources'],
  ['quotes[].sources[]', 'sources'],
  ['events[].states[]', 'states'],
  ['events[].chair', 'states'],
  ['events[].sources[]', 'sources'],
];

const NOUNS: Record<Target, string> = {
  sources: 'source',
  states: 'state',
  people: 'person',
  sessions: 'session',
  documents: 'document',
  quotes: 'quote',
  events: 'event',
  amendments: 'amendment',
};

type Key = string | number;

/** Deeper than any field of the schema. */
const MAX_DEPTH = 12;

/** `$.quotes[3].date` for `['quotes', 3, 'date']`. */
export function formatPath(keys: readonly Key[]): string {
  return (
    '$' +
    keys
      .map((k) =>
        typeof k === 'number'
          ? `[${k}]`
          : /^[A-Za-z_$][\w$]*$/.test(k)
            ? `.${k}`
            : `[${JSON.stringify(k)}]`,
      )
      .join('')
  );
}

/** Checks a parsed publisher file against the schema and against the ids it refers to. */
export function checkDataset(json: unknown, bundled: Dataset): DatasetCheck {
  if (!isRecord(json)) {
    return {
      problems: [
        {
          path: '$',
          message: `expected an object holding collections, got ${received(json)}`,
          suggestion: `write {"quotes": […]} with any of: meta, ${COLLECTIONS.join(', ')}`,
        },
      ],
      replaces: {},
    };
  }
  const context = new Context(json, bundled);
  const problems: DataProblem[] = [];
  const reported = new Set<string>();
  const add = (keys: readonly Key[], problem: Omit<DataProblem, 'path'>) => {
    const path = formatPath(keys);
    if (reported.has(path)) return;
    reported.add(path);
    problems.push({ path, ...problem });
  };

  const result = v.safeParse(PartialDatasetSchema, json);
  if (!result.success) {
    for (const issue of result.issues) {
      const keys = (issue.path ?? []).map((item) => item.key as Key);
      // Valibot takes a list for an object and finds each of its fields missing; unknownFields
      // reports the list instead.
      if (typeof keys.at(-1) === 'string' && Array.isArray(valueAt(json, keys.slice(0, -1))))
        continue;
      add(keys, context.describeIssue(issue, keys));
    }
  }
  unknownFields(ROOT, json, [], add);
  const known = ['meta', ...COLLECTIONS].filter((name) => name in json);
  if (known.length === 0) {
    add([], {
      message: 'the file holds no known collection',
      suggestion: `add one of: meta, ${COLLECTIONS.join(', ')}`,
    });
  }
  context.references(add);
  context.duplicates(add);

  const order = documentOrder(json);
  problems.sort((a, b) => compareOrder(order, a.path, b.path));
  const accepted = validateDataset(json);
  return {
    problems,
    ...(accepted.ok && { data: accepted.data }),
    replaces: context.replaces(),
  };
}

// --- the schema ----------------------------------------------------------------------------------

/** The parts of a valibot schema this module reads. */
interface SchemaNode {
  type: string;
  wrapped?: SchemaNode;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  options?: readonly unknown[];
  pipe?: readonly { type: string; requirement?: unknown }[];
}

const ROOT = PartialDatasetSchema as unknown as SchemaNode;

function unwrap(node: SchemaNode): SchemaNode {
  while ((node.type === 'optional' || node.type === 'nullable') && node.wrapped)
    node = node.wrapped;
  return node;
}

/** The schema of the value at `keys`, if the schema has one. */
function schemaAt(keys: readonly Key[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = ROOT;
  for (const key of keys) {
    if (!node) return undefined;
    node = unwrap(node);
    node =
      typeof key === 'number'
        ? node.item
        : node.entries && Object.hasOwn(node.entries, key)
          ? node.entries[key]
          : undefined;
  }
  return node;
}

const regexOf = (node: SchemaNode) =>
  unwrap(node).pipe?.find((a) => a.type === 'regex')?.requirement as RegExp | undefined;
const requirementOf = (node: SchemaNode, type: string) =>
  unwrap(node).pipe?.find((a) => a.type === type)?.requirement;

const ID = /^[a-z0-9][a-z0-9-]*$/;
const STATE_ID = /^[a-z]{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The formats of the schema's patterns, in words. */
export const FORMATS = new Map<string, string>([
  [ID.source, 'an id of a-z, 0-9 and - (at most 120 characters)'],
  [STATE_ID.source, 'a state id: its ISO alpha-2 code in lower case, such as "kz"'],
  [/^[A-Z]{2}$/.source, 'an ISO 3166-1 alpha-2 code in capitals, such as "KZ"'],
  [/^[A-Z]{3}$/.source, 'an ISO 3166-1 alpha-3 code in capitals, such as "KAZ"'],
  [/^\d{3}$/.source, 'an ISO 3166-1 numeric code of three digits, such as "398"'],
  [DATE.source, 'a date written YYYY-MM-DD'],
  [/^\d+\.\d+\.\d+/.source, 'a version number such as "1.0.0"'],
  [/^https?:\/\//i.source, 'an http(s) address'],
]);

/** What a schema node accepts, in words. */
function expects(node: SchemaNode): string {
  if (node.type === 'nullable' && node.wrapped) return `${expects(node.wrapped)}, or null`;
  node = unwrap(node);
  const regex = regexOf(node);
  if (regex) return FORMATS.get(regex.source) ?? `text matching ${regex}`;
  switch (node.type) {
    case 'picklist':
      return `one of ${(node.options ?? []).map((o) => JSON.stringify(o)).join(', ')}`;
    case 'string':
      return requirementOf(node, 'min_length') ? 'a text that is not empty' : 'a text';
    case 'number':
      return node.pipe?.some((a) => a.type === 'integer') ? 'a whole number' : 'a number';
    case 'boolean':
      return 'true or false';
    case 'array': {
      const item = node.item && regexOf(node.item);
      const what =
        item?.source === ID.source ? 'ids' : item?.source === STATE_ID.source ? 'state ids' : '';
      const least = requirementOf(node, 'min_length') ? ', at least one' : '';
      return `a list${what && ` of ${what}`}${least}`;
    }
    case 'object': {
      const keys = Object.keys(node.entries ?? {});
      if (keys.join() === 'en,ru') return 'an object with an "en" and a "ru" text';
      const required = keys.filter((k) => node.entries![k]!.type !== 'optional');
      return required.length
        ? `an object with ${required.map((k) => `"${k}"`).join(', ')}`
        : 'an object';
    }
    default:
      return node.type;
  }
}

/**
 * Reports the fields of `value` that its schema does not know, all the way down, and lists where
 * an object belongs.
 */
function unknownFields(
  schema: SchemaNode,
  value: unknown,
  keys: Key[],
  add: (keys: readonly Key[], problem: Omit<DataProblem, 'path'>) => void,
): void {
  const node = unwrap(schema);
  if (node.type === 'array' && node.item && Array.isArray(value)) {
    value.forEach((item, i) => unknownFields(node.item!, item, [...keys, i], add));
  } else if (node.type === 'object' && Array.isArray(value)) {
    add(keys, { message: `expected ${expects(node)}, got a list` });
  } else if (node.type === 'object' && node.entries && isRecord(value)) {
    const fields = Object.keys(node.entries);
    for (const [key, inner] of Object.entries(value)) {
      const entry = Object.hasOwn(node.entries, key) ? node.entries[key] : undefined;
      if (entry) {
        unknownFields(entry, inner, [...keys, key], add);
        continue;
      }
      const near = closestMatch(
        key,
        fields.filter((f) => !(f in value)),
      );
      add([...keys, key], {
        message: `unknown field "${clip(key)}", which the provider ignores`,
        suggestion: near
          ? `did you mean "${near}"?`
          : `remove it; ${keys.length ? 'fields' : 'collections'} here: ${fields.join(', ')}`,
      });
    }
  }
}

// --- the file's records and the bundled ones -----------------------------------------------------

class Context {
  /** Ids of each collection: the file's and the bundled ones. */
  private readonly ids = new Map<CollectionName, Set<string>>();
  private readonly people: Pick<PersonRecord, 'id' | 'name' | 'aliases'>[];
  private readonly states: NamedState[];

  constructor(
    private readonly json: Record<string, unknown>,
    private readonly bundled: Dataset,
  ) {
    for (const name of COLLECTIONS) {
      this.ids.set(name, new Set([...this.fileIds(name), ...bundled[name].map((r) => r.id)]));
    }
    this.people = [...this.records('people').filter(isPersonLike), ...bundled.people];
    this.states = [...this.records('states').filter(isStateLike), ...bundled.states];
  }

  private records(name: CollectionName): unknown[] {
    const list = this.json[name];
    return Array.isArray(list) ? list : [];
  }

  private fileIds(name: CollectionName): string[] {
    return this.records(name).flatMap((r) =>
      isRecord(r) && typeof r.id === 'string' ? [r.id] : [],
    );
  }

  /** The problem a schema issue stands for, in words, with a way out where there is one. */
  describeIssue(issue: v.BaseIssue<unknown>, keys: readonly Key[]): Omit<DataProblem, 'path'> {
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
    switch (issue.type) {
      case 'picklist': {
        const options = (unwrap(node).options ?? []).map(String);
        const near = typeof value === 'string' ? closestMatch(value, options) : undefined;
        return {
          message: `expected ${wanted}, got ${got}`,
          ...(near && { suggestion: `did you mean "${near}"?` }),
        };
      }
      case 'regex':
        return {
          message: `expected ${wanted}, got ${got}`,
          ...optional(this.formatSuggestion(issue.requirement as RegExp, value, keys)),
        };
      case 'check':
        if (regexOf(node)?.source === DATE.source) {
          return {
            message: `${got} is not a day of the calendar`,
            suggestion: 'check the month and the day',
          };
        }
        return { message: issue.message };
      case 'min_length':
        if (unwrap(node).type !== 'array')
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
          suggestion: field === 'id' || regexOf(node) ? 'shorten it' : 'shorten the text',
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

  /** A way to write `value` in the format `regex` wants. */
  private formatSuggestion(
    regex: RegExp,
    value: unknown,
    keys: readonly Key[],
  ): string | undefined {
    if (typeof value !== 'string') return undefined;
    const target = referenceTarget(keys);
    if (target && target !== 'amendments') {
      const near = this.closestId(target, value);
      if (near) return `did you mean "${near}"?`;
    }
    switch (regex.source) {
      case DATE.source:
        return dateSuggestion(value, keys);
      case STATE_ID.source: {
        const state = resolveState(this.states, value);
        return state ? `did you mean "${state.id}"?` : undefined;
      }
      case ID.source: {
        const id = slug(value);
        return id && id !== value ? `write it as "${id}"` : undefined;
      }
      case /^[A-Z]{2}$/.source:
      case /^[A-Z]{3}$/.source:
        return value.toUpperCase() !== value && regex.test(value.toUpperCase())
          ? `write it in capitals: "${value.toUpperCase()}"`
          : undefined;
      case /^https?:\/\//i.source:
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
    return closestMatch(value, [...this.ids.get(target)!]);
  }

  /** Reports ids that point at no record of the file or the bundled data. */
  references(add: (keys: readonly Key[], problem: Omit<DataProblem, 'path'>) => void): void {
    for (const [pattern, target] of REFERENCES) {
      for (const { keys, value } of select(this.json, parsePattern(pattern))) {
        if (typeof value !== 'string' || !ID.test(value)) continue;
        const noun = NOUNS[target];
        if (target === 'amendments') {
          const document = valueAt(this.json, keys.slice(0, 2));
          const list =
            isRecord(document) && Array.isArray(document.amendments) ? document.amendments : [];
          const ids = list.flatMap((a) => (isRecord(a) && typeof a.id === 'string' ? [a.id] : []));
          if (ids.includes(value)) continue;
          const near = closestMatch(value, ids);
          add(keys, {
            message: `this document has no amendment "${clip(value)}"`,
            suggestion: near
              ? `did you mean "${near}"?`
              : ids.length
                ? `its amendments: ${ids.join(', ')}`
                : 'add the amendment to the document\'s "amendments", or leave "amendedBy" out',
          });
          continue;
        }
        const ids = this.ids.get(target)!;
        if (ids.has(value)) continue;
        const near = this.closestId(target, value);
        add(keys, {
          message: `no ${noun} has the id "${clip(value)}", in this file or in the bundled data`,
          suggestion: near
            ? `did you mean "${near}"?`
            : `add the ${noun} to "${target}", or use one of: ${listChoices([...ids])}`,
        });
      }
    }
  }

  /** Reports ids used twice in one collection of the file (or in one document's amendments). */
  duplicates(add: (keys: readonly Key[], problem: Omit<DataProblem, 'path'>) => void): void {
    const check = (list: unknown[], keys: Key[], noun: string) => {
      const first = new Map<string, number>();
      list.forEach((record, i) => {
        if (!isRecord(record) || typeof record.id !== 'string') return;
        const before = first.get(record.id);
        if (before === undefined) first.set(record.id, i);
        else {
          add([...keys, i, 'id'], {
            message: `the id "${clip(record.id)}" is used twice: ${formatPath([...keys, before])} has it too`,
            suggestion: `give each ${noun} its own id, or keep one of the two`,
          });
        }
      });
    };
    for (const name of COLLECTIONS) check(this.records(name), [name], NOUNS[name]);
    this.records('documents').forEach((document, i) => {
      if (isRecord(document) && Array.isArray(document.amendments))
        check(document.amendments, ['documents', i, 'amendments'], 'amendment');
    });
  }

  replaces(): Partial<Record<CollectionName, string[]>> {
    const out: Partial<Record<CollectionName, string[]>> = {};
    for (const name of COLLECTIONS) {
      const bundled = new Set(this.bundled[name].map((r) => r.id));
      const ids = [...new Set(this.fileIds(name).filter((id) => bundled.has(id)))];
      if (ids.length) out[name] = ids;
    }
    return out;
  }
}

// --- helpers -------------------------------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isLocalized = (value: unknown) =>
  isRecord(value) && typeof value.en === 'string' && typeof value.ru === 'string';

function isPersonLike(value: unknown): value is Pick<PersonRecord, 'id' | 'name' | 'aliases'> {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    isLocalized(value.name) &&
    Array.isArray(value.aliases) &&
    value.aliases.every((a) => typeof a === 'string')
  );
}

function isStateLike(value: unknown): value is NamedState {
  return (
    isRecord(value) &&
    ['id', 'iso2', 'iso3'].every((k) => typeof value[k] === 'string') &&
    isLocalized(value.name) &&
    (value.aliases === undefined ||
      (Array.isArray(value.aliases) && value.aliases.every((a) => typeof a === 'string')))
  );
}

const optional = (suggestion: string | undefined) => (suggestion ? { suggestion } : {});

/** A value as a message shows it. */
function received(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (isRecord(value)) return 'an object';
  if (typeof value === 'string') return JSON.stringify(clip(value));
  return String(value);
}

/** How to write a value of the wrong type as the type wanted, when that is plain. */
function retype(node: SchemaNode, value: unknown): string | undefined {
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

/** `sessions[].attendees[].person` → `['sessions', '[]', 'attendees', '[]', 'person']`. */
function parsePattern(pattern: string): string[] {
  return pattern.replace(/\[\]/g, '.[]').split('.');
}

/** The values a pattern reaches in `value`, with their paths. */
function select(value: unknown, segments: readonly string[]) {
  const out: { keys: Key[]; value: unknown }[] = [];
  const walk = (current: unknown, i: number, at: Key[]) => {
    if (i === segments.length) return void out.push({ keys: at, value: current });
    const segment = segments[i]!;
    if (segment === '[]') {
      if (Array.isArray(current)) current.forEach((item, n) => walk(item, i + 1, [...at, n]));
    } else if (isRecord(current) && segment in current) {
      walk(current[segment], i + 1, [...at, segment]);
    }
  };
  walk(value, 0, []);
  return out;
}

/** What the field at `keys` refers to, if it holds a reference. */
function referenceTarget(keys: readonly Key[]): Target | undefined {
  for (const [pattern, target] of REFERENCES) {
    const segments = parsePattern(pattern);
    if (
      segments.length === keys.length &&
      segments.every((s, i) => (s === '[]' ? typeof keys[i] === 'number' : s === keys[i]))
    )
      return target;
  }
  return undefined;
}

function valueAt(value: unknown, keys: readonly Key[]): unknown {
  let current = value;
  for (const key of keys) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<Key, unknown>)[key];
  }
  return current;
}

/**
 * Each path of the document, with the place of its value and of its last descendant. Problems lie
 * no deeper than the schema goes, so neither does this (a file may nest lists thousands deep).
 */
function documentOrder(json: unknown): Map<string, [start: number, end: number]> {
  const order = new Map<string, [number, number]>();
  const walk = (value: unknown, keys: Key[]) => {
    const place: [number, number] = [order.size, order.size];
    order.set(formatPath(keys), place);
    if (keys.length > MAX_DEPTH) return;
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...keys, i]));
    else if (isRecord(value))
      for (const [k, inner] of Object.entries(value)) walk(inner, [...keys, k]);
    place[1] = order.size - 1;
  };
  walk(json, []);
  return order;
}

/**
 * Orders two problems as the file writes their values. A missing field has no place of its own: it
 * comes after the fields of the record that lacks it.
 */
function compareOrder(order: Map<string, [number, number]>, a: string, b: string): number {
  const rank = (path: string): [number, number] => {
    for (let p = path; ;) {
      const place = order.get(p);
      if (place) return p === path ? [place[0], 0] : [place[1], 1];
      const parent = p.replace(/(\.[^.[]+|\[[^\]]*\])$/, '');
      if (parent === p) return [0, 1];
      p = parent;
    }
  };
  const [ra, rb] = [rank(a), rank(b)];
  return ra[0] - rb[0] || ra[1] - rb[1];
}
