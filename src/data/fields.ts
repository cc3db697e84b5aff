/**
 * Walks the dataset's valibot schema beside a value: what the schema says of the field at a path
 * (its description, its format, the collection its id refers to), and every field of a value that
 * holds the id of another record. The checks of publisher files read the schema through these
 * functions, so a field added to the schema is checked and worded without another list to update.
 */
import { LANGS } from '../locales/index.js';
import * as v from 'valibot';
import { NOUNS, PartialDatasetSchema, type FieldMeta, type Target } from './schema.js';

/** A schema at any level of the dataset's. */
export type Schema = v.GenericSchema;

/** A key of a JSON path: a field name or a list index. */
export type Key = string | number;

type Wrapper = v.OptionalSchema<Schema, unknown> | v.NullableSchema<Schema, unknown>;
type ObjectNode = v.ObjectSchema<v.ObjectEntries, undefined>;
type ArrayNode = v.ArraySchema<Schema, undefined>;
type PicklistNode = v.PicklistSchema<v.PicklistOptions, undefined>;

const isWrapper = (node: Schema): node is Wrapper =>
  node.type === 'optional' || node.type === 'nullable';
export const isObjectNode = (node: Schema): node is ObjectNode => node.type === 'object';
export const isArrayNode = (node: Schema): node is ArrayNode => node.type === 'array';
const isPicklist = (node: Schema): node is PicklistNode => node.type === 'picklist';

/** The schema inside `optional` and `nullable`. */
export function unwrap(node: Schema): Schema {
  while (isWrapper(node)) node = node.wrapped;
  return node;
}

/** The schema's own metadata: its format and what it refers to. */
export const metaOf = (node: Schema): FieldMeta => v.getMetadata(unwrap(node)) as FieldMeta;

/** The validations in a schema's pipe (nested pipes included), by type. */
function actions(node: Schema): readonly { type: string; requirement?: unknown }[] {
  const pipe = (unwrap(node) as { pipe?: readonly (Schema | v.GenericPipeAction)[] }).pipe ?? [];
  return pipe.flatMap((item) =>
    item === pipe[0] ? [] : item.kind === 'schema' ? actions(item as Schema) : [item],
  );
}

/** The requirement of one of a schema's validations (`min_length` → 1), if it has it. */
export function requirement(node: Schema, type: string): unknown {
  return actions(node).find((a) => a.type === type)?.requirement;
}

/** The schema of the value at `keys` of a publisher file, if the schema has one. */
export function schemaAt(
  keys: readonly Key[],
  root: Schema = PartialDatasetSchema,
): Schema | undefined {
  let node: Schema | undefined = root;
  for (const key of keys) {
    if (!node) return undefined;
    const inner = unwrap(node);
    node =
      typeof key === 'number'
        ? isArrayNode(inner)
          ? inner.item
          : undefined
        : isObjectNode(inner) && Object.hasOwn(inner.entries, key)
          ? inner.entries[key]
          : undefined;
  }
  return node;
}

/** What a schema accepts, in words. */
export function expects(node: Schema): string {
  if (node.type === 'nullable' && isWrapper(node)) return `${expects(node.wrapped)}, or null`;
  node = unwrap(node);
  const described = v.getDescription(node);
  if (described) return described;
  if (isPicklist(node)) return `one of ${node.options.map((o) => JSON.stringify(o)).join(', ')}`;
  if (isArrayNode(node)) {
    const item = metaOf(node.item);
    const what = item.ref
      ? ` of ${NOUNS[item.ref]} ids`
      : item.format === 'id'
        ? ' of ids'
        : item.format === 'state-id'
          ? ' of state ids'
          : '';
    return `a list${what}${requirement(node, 'min_length') ? ', at least one' : ''}`;
  }
  if (isObjectNode(node)) {
    const keys = Object.keys(node.entries);
    if (keys[0] === 'en' && keys.slice(1).every((k) => (LANGS as readonly string[]).includes(k)))
      return `an object with an "en" text, and optionally ${keys
        .slice(1)
        .map((k) => `"${k}"`)
        .join(', ')} texts`;
    const required = keys.filter((k) => node.entries[k]!.type !== 'optional');
    return required.length
      ? `an object with ${required.map((k) => `"${k}"`).join(', ')}`
      : 'an object';
  }
  switch (node.type) {
    case 'string':
      return requirement(node, 'min_length') ? 'a text that is not empty' : 'a text';
    case 'number':
      return actions(node).some((a) => a.type === 'integer') ? 'a whole number' : 'a number';
    case 'boolean':
      return 'true or false';
    default:
      return node.type;
  }
}

/** A field of a value, with the schema that describes it. */
export interface Field {
  keys: Key[];
  value: unknown;
  schema: Schema;
}

/**
 * Calls `visit` for every field of `value` the schema describes, outermost first, and `unknown`
 * for every field of an object that its schema does not name. Lists and objects are entered only
 * where the schema has them, so a value nested deeper than the schema is not walked.
 */
export function walk(
  value: unknown,
  visit: (field: Field) => void,
  unknown?: (keys: Key[], object: ObjectNode, value: Record<string, unknown>) => void,
  schema: Schema = PartialDatasetSchema,
  keys: Key[] = [],
): void {
  visit({ keys, value, schema });
  const node = unwrap(schema);
  if (isArrayNode(node) && Array.isArray(value)) {
    value.forEach((item, i) => walk(item, visit, unknown, node.item, [...keys, i]));
  } else if (isObjectNode(node) && isRecord(value)) {
    for (const [key, inner] of Object.entries(value)) {
      if (Object.hasOwn(node.entries, key)) {
        walk(inner, visit, unknown, node.entries[key]!, [...keys, key]);
      } else unknown?.([...keys, key], node, value);
    }
  }
}

/** An id written in a field that refers to another record. */
export interface Reference {
  keys: Key[];
  id: string;
  target: Target;
}

/**
 * Every id of `value` that refers to another record, with its path and what it refers to. An id
 * its field's schema refuses is left out: that is the schema's problem to report.
 */
export function references(value: unknown): Reference[] {
  const found: Reference[] = [];
  walk(value, ({ keys, value, schema }) => {
    const target = metaOf(schema).ref;
    if (target && typeof value === 'string' && v.is(unwrap(schema), value)) {
      found.push({ keys, id: value, target });
    }
  });
  return found;
}

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

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
