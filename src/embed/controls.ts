/**
 * The editing controls of every element, described once from its folder: the attribute spec
 * (`<name>.spec.ts`: kinds, values, initial values), the doc line of each attribute (as the
 * manifest holds it), the data picker an attribute uses (`pickers` in `<name>.examples.ts`) and
 * the first example, where an editor starts. The demo builder draws its form from it in the
 * browser; the WordPress plugin's build writes it out in Node for the block editor. A new element
 * folder gets its controls without touching either.
 */
import type { Dataset } from '../data/types.js';
import { EXAMPLES, PICKERS as ELEMENT_PICKERS } from '../elements/examples.js';
import type { Attribute } from '../internal/spec.js';
import { LANGS, NAMES } from '../locales/index.js';
import { CONTENT_ELEMENTS, entryName, type ElementEntry } from '../registry.js';
import { PICKERS, type Option, type PickerName } from './pickers.js';

export type { Option } from './pickers.js';

/** One control: how an editor sets one attribute. */
export interface Control {
  /** The attribute. */
  name: string;
  label: string;
  /** The attribute's doc line, as plain text. */
  help: string;
  /**
   * `select`: one of `options`; `search`: one of many `options`, found by typing; `checks`: some
   * of `options`, written space-separated; `date`: `YYYY-MM-DD`; `year`: a year or a date;
   * `text` and `number`: typed.
   */
  input: 'select' | 'search' | 'checks' | 'date' | 'year' | 'text' | 'number';
  options?: Option[];
  /** Options that follow another attribute's value: its name, and the options for each value. */
  after?: { name: string; options: Record<string, Option[]> };
  /** What the element takes while the attribute is absent; a control set to it writes nothing. */
  initial?: string;
  /** The element needs a value: the control offers no "none". */
  required?: true;
  /** What "none" means, where it means more than nothing (no language: the page's). */
  none?: string;
  /** Shared by every element (language, colours) rather than the element's own. */
  shared?: true;
}

/** Everything an editor needs to set up one element. */
export interface ElementControls {
  tag: string;
  /** Its folder's name: `member-list`. */
  name: string;
  /** In words: `Member list`. */
  title: string;
  /** One line on what it shows (the class's `@summary`). */
  summary: string;
  controls: Control[];
  /** The attributes of its first example that shows content: where an editor starts. */
  start: Record<string, string>;
}

/** A manifest (custom-elements.json), of which the tags' summaries and attributes are read. */
export interface Manifest {
  modules: readonly { declarations?: readonly object[] }[];
}

interface DeclaredAttribute {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}

interface Declaration {
  tagName?: string;
  summary?: string;
  attributes?: DeclaredAttribute[];
}

/** Attributes an editor never sets: the snippets write `no-shift` themselves. */
const WRITTEN_BY_SNIPPETS = new Set(['no-shift']);

const LABELS: Record<string, string> = { lang: 'Language', 'as-of': 'As of' };
const words = (name: string) => name.replace(/-/g, ' ');
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const labelOf = (name: string) => LABELS[name] ?? capitalized(words(name));
/** Markdown's code marks left out: the doc lines are read as text here. */
const plain = (doc: string | undefined) =>
  (doc ?? '').replace(/`/g, '').replace(/\s+/g, ' ').trim();

/** The values of a manifest type written as a union of string literals (`'a' | 'b'`), if it is. */
function unionValues(type: string | undefined): string[] | undefined {
  const parts = (type ?? '').split('|').map((t) => t.trim());
  const values = parts.map((t) => /^'([^']*)'$/.exec(t)?.[1]);
  return parts.length > 1 && values.every((v) => v !== undefined)
    ? (values as string[])
    : undefined;
}

function valueOptions(values: readonly string[], initial?: string): Option[] {
  return values.map((value) => ({
    value,
    label: value === initial ? `${words(value)} (default)` : words(value),
  }));
}

/** A date attribute that also takes a year alone (a timeline's `from` and `to`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const takesYears = (attribute: Attribute<any, any>, name: string) =>
  typeof attribute.read('2000', name) === 'string';

function ownControl(
  name: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  attribute: Attribute<any, any>,
  picker: PickerName | undefined,
  help: string,
  data: Dataset,
  start: Record<string, string>,
  entry: ElementEntry,
): Control {
  const initial = typeof attribute.initial === 'string' ? attribute.initial : undefined;
  const base = { name, label: labelOf(name), help, ...(initial !== undefined && { initial }) };
  if (picker) {
    const { label, options, ...rest } = PICKERS[picker];
    const input = rest.search ? 'search' : 'select';
    if (!rest.after) return { ...base, label, input, options: options(data) };
    // The options for each value of the attribute they follow, and to start, for its start.
    const leader = rest.after;
    const leaderPicker = ELEMENT_PICKERS[entry.tag]?.[leader];
    const leaderValues = leaderPicker
      ? PICKERS[leaderPicker].options(data).map((o) => o.value)
      : (entry.attributes[leader]?.values ?? []);
    const byValue = Object.fromEntries(leaderValues.map((v) => [v, options(data, v)]));
    const leaderInitial = entry.attributes[leader]?.initial;
    const first = start[leader] ?? (typeof leaderInitial === 'string' ? leaderInitial : '');
    return {
      ...base,
      label,
      input,
      options: byValue[first] ?? [],
      after: { name: leader, options: byValue },
    };
  }
  switch (attribute.kind) {
    case 'choice':
      return { ...base, input: 'select', options: valueOptions(attribute.values ?? [], initial) };
    case 'required':
      return {
        ...base,
        input: 'select',
        options: valueOptions(attribute.values ?? []),
        required: true,
      };
    case 'tokens':
      return { ...base, input: 'checks', options: valueOptions(attribute.values ?? []) };
    case 'date':
      return { ...base, input: takesYears(attribute, name) ? 'year' : 'date' };
    case 'number':
      return { ...base, input: 'number', initial: String(attribute.initial) };
    default:
      return { ...base, input: 'text' };
  }
}

/** The shared attributes the manifest lists for a tag besides its own: language and colours. */
function sharedControl(attr: DeclaredAttribute): Control {
  const help = plain(attr.description);
  if (attr.name === 'lang') {
    const options = LANGS.map((lang) => ({ value: lang, label: NAMES[lang] }));
    const none = 'The language of the page';
    return {
      name: 'lang',
      label: labelOf('lang'),
      help,
      input: 'select',
      options,
      none,
      shared: true,
    };
  }
  const values = unionValues(attr.type?.text);
  const initial = /^'([^']*)'$/.exec(attr.default ?? '')?.[1];
  return {
    name: attr.name,
    label: labelOf(attr.name),
    help,
    ...(values ? { input: 'select', options: valueOptions(values, initial) } : { input: 'text' }),
    ...(initial !== undefined && { initial }),
    shared: true,
  };
}

/** Each tag's declaration in a manifest. */
function declarations(manifest: Manifest) {
  return new Map(
    manifest.modules
      .flatMap((m) => (m.declarations ?? []) as Declaration[])
      .filter((d) => d.tagName)
      .map((d) => [d.tagName!, d]),
  );
}

/**
 * The controls of every element with content of its own, in registry order, with the options of
 * its pickers made from `data`.
 */
export function elementControls(data: Dataset, manifest: Manifest): ElementControls[] {
  const declared = declarations(manifest);
  return CONTENT_ELEMENTS.map((entry) => {
    const declaration = declared.get(entry.tag);
    const docs = new Map((declaration?.attributes ?? []).map((a) => [a.name, a]));
    const example = EXAMPLES[entry.tag]?.find((e) => !e.notice);
    const start = { ...(example?.attributes ?? {}) };
    const pickers = ELEMENT_PICKERS[entry.tag] ?? {};
    const own = Object.entries(entry.attributes).map(([name, attribute]) =>
      ownControl(
        name,
        attribute,
        pickers[name],
        plain(docs.get(name)?.description),
        data,
        start,
        entry,
      ),
    );
    const shared = [...docs.values()]
      .filter((a) => !(a.name in entry.attributes) && !WRITTEN_BY_SNIPPETS.has(a.name))
      .map(sharedControl);
    const name = entryName(entry);
    return {
      tag: entry.tag,
      name,
      title: capitalized(words(name)),
      summary: plain(declaration?.summary),
      controls: [...own, ...shared],
      start,
    };
  });
}
