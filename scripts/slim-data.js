// Writes each element's data from data/*.json through its folder's projection
// (src/elements/<name>/<name>.data.ts, `project`): src/data/slim/<name>.json, holding the texts in
// English and names in every language (a record is looked up by any of them), and
// src/data/slim/<name>.<lang>.json, the texts of each other language that has any, by collection
// and record id, in the places they go (src/data/slim/types.ts puts them there), loaded only when
// an element shows that language. src/data/slim/<name>.ts, the element's data source, is written
// too. An element whose projection has `parts` also gets a file per record
// (src/data/slim/<name>/<id>.json), listed in src/data/slim/<name>-parts.ts, loaded alone when
// that record is asked for by id. src/data/slim/all.json holds every element's data once, for the
// all-in-one CDN entry.
// States take their names in a language the data lacks from Intl (CLDR), as Kazakh does.
// src/data/slim/ids.json lists every bundled id, by collection.
// `node scripts/slim-data.js --check` fails when a committed file is stale.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { folderModules, writeChanged } from './specs.js';

const HEADER = '// Written by scripts/slim-data.js from data/ and the element folders.\n';
const COLLECTIONS = ['sources', 'states', 'people', 'sessions', 'documents', 'quotes', 'events'];
const read = (name) => JSON.parse(readFileSync(`data/${name}.json`, 'utf8'));
const data = Object.fromEntries(['meta', ...COLLECTIONS].map((n) => [n, read(n)]));

/** The languages, English first (src/locales/<lang>/locale.json). */
const langs = readdirSync('src/locales')
  .filter((lang) => existsSync(`src/locales/${lang}/locale.json`))
  .sort((a, b) => Number(b === 'en') - Number(a === 'en') || (a < b ? -1 : 1));
const others = langs.filter((lang) => lang !== 'en');

// A state's name in a language the data has none in, from Intl's region names.
for (const state of data.states) {
  for (const lang of others) {
    if (state.name[lang]) continue;
    const name = new Intl.DisplayNames(lang, { type: 'region', fallback: 'none' }).of(state.iso2);
    if (name) state.name[lang] = name;
  }
}

/** Each element's projection module. */
const { names, modules: projections } = await folderModules('data');

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const pascal = (name) => camel(name).replace(/^[a-z]/, (c) => c.toUpperCase());

/**
 * The least bundle holding each of `parts` (selections of the same records): records by id,
 * objects key by key, arrays item by item, a longer array where one was shortened.
 */
function union(parts) {
  const join = (a, b) => {
    if (a === undefined) return b;
    if (b === undefined) return a;
    if (Array.isArray(a) && Array.isArray(b)) {
      const [long, short] = a.length >= b.length ? [a, b] : [b, a];
      return long.map((item, i) => join(item, short[i]));
    }
    if (a && b && typeof a === 'object' && typeof b === 'object') {
      const out = { ...a };
      for (const [key, value] of Object.entries(b)) out[key] = join(a[key], value);
      return out;
    }
    return a;
  };
  const out = {};
  for (const part of parts) {
    for (const [collection, value] of Object.entries(part)) {
      if (!Array.isArray(value)) {
        out[collection] = join(out[collection], value);
        continue;
      }
      const byId = (out[collection] ??= new Map());
      for (const record of value) byId.set(record.id, join(byId.get(record.id), record));
    }
  }
  return Object.fromEntries(
    Object.entries(out).map(([k, v]) => [k, v instanceof Map ? [...v.values()] : v]),
  );
}

/** A text in each language: an object of strings keyed by language, English among them. */
const isText = (value) =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  typeof value.en === 'string' &&
  Object.keys(value).every((key) => langs.includes(key));

/**
 * A value without its texts in `lang`, and those texts in the value's shape: the string where a
 * text was, arrays position by position (0 where an item holds none), objects with only the keys
 * that hold some. Names keep every language.
 */
function splitTexts(value, lang) {
  if (Array.isArray(value)) {
    const parts = value.map((item) => splitTexts(item, lang));
    const texts = parts.some(([, t]) => t !== undefined) ? parts.map(([, t]) => t ?? 0) : undefined;
    return [parts.map(([v]) => v), texts];
  }
  if (isText(value)) {
    const { [lang]: own, ...rest } = value;
    return [rest, own];
  }
  if (value && typeof value === 'object') {
    const english = {};
    const texts = {};
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'name' && isText(inner)) {
        english[key] = inner;
        continue;
      }
      // How a state's name declines in a language: held with that language's texts only.
      if (key === 'grammar' && inner && typeof inner === 'object') {
        const { [lang]: own, ...rest } = inner;
        if (Object.keys(rest).length) english[key] = rest;
        if (own) texts[key] = { [lang]: own };
        continue;
      }
      const [v, t] = splitTexts(inner, lang);
      english[key] = v;
      if (t !== undefined) texts[key] = t;
    }
    return [english, Object.keys(texts).length ? texts : undefined];
  }
  return [value];
}

/** A bundle in English, and its texts in `lang` by collection and record id. */
function splitLanguage(bundle, lang) {
  const english = {};
  const texts = {};
  for (const [collection, records] of Object.entries(bundle)) {
    if (!Array.isArray(records)) {
      english[collection] = records;
      continue;
    }
    english[collection] = records.map((record) => {
      const [v, t] = splitTexts(record, lang);
      if (t !== undefined) (texts[collection] ??= {})[record.id] = t;
      return v;
    });
  }
  return [english, texts];
}

const json = (value) => JSON.stringify(value) + '\n';
const files = {};

/** Writes a bundle in English, and returns the languages it has texts in. */
function writeBundle(path, bundle) {
  let english = bundle;
  const withTexts = [];
  for (const lang of others) {
    const [rest, texts] = splitLanguage(english, lang);
    english = rest;
    if (Object.keys(texts).length) {
      files[`${path}.${lang}.json`] = json(texts);
      withTexts.push(lang);
    }
  }
  files[`${path}.json`] = json(english);
  return withTexts;
}
// Every bundled id, by collection: what the provider checks a publisher file's references against.
files['src/data/slim/ids.json'] = json(
  Object.fromEntries(COLLECTIONS.map((name) => [name, data[name].map((r) => r.id)])),
);

/** The English of a bundle alone (a part takes its other languages from its element's files). */
const inEnglish = (bundle) => others.reduce((b, lang) => splitLanguage(b, lang)[0], bundle);

const bundles = [];
names.forEach((name, i) => {
  const { project, parts } = projections[i];
  const bundle = project(data);
  bundles.push(bundle);
  const langsWithTexts = writeBundle(`src/data/slim/${name}`, bundle);
  const texts = `{ ${langsWithTexts.map((l) => `${l}: () => import('./${name}.${l}.json')`).join(', ')} }`;
  const type = `${pascal(name)}Data`;
  const intro = `${HEADER}import type { ${type} } from '../../elements/${name}/${name}.data.js';`;
  if (!parts) {
    files[`src/data/slim/${name}.ts`] = `${intro}
import json from './${name}.json';
import { atHand, withTexts } from './types.js';

/** What <cst-${name}> shows, from the bundled data (its folder's \`project\`). */
export const ${camel(name)}Data = withTexts(
  // The file is what \`project\` returned, in English.
  atHand(json as unknown as ${type}),
  ${texts},
);
`;
    return;
  }
  const own = parts.of(bundle);
  for (const [id, part] of Object.entries(own)) {
    files[`src/data/slim/${name}/${id}.json`] = json(inEnglish(part));
  }
  files[`src/data/slim/${name}-parts.ts`] = `${HEADER}
/** One loader per bundled record of <cst-${name}> chosen by id: its own file. */
export const parts: Record<string, () => Promise<{ default: unknown }>> = {
${Object.keys(own)
  .map((id) => `  '${id}': () => import('./${name}/${id}.json'),`)
  .join('\n')}
};
`;
  const empty = Object.fromEntries(
    Object.keys(bundle)
      .filter((k) => Array.isArray(bundle[k]))
      .map((k) => [k, []]),
  );
  files[`src/data/slim/${name}.ts`] = `${intro}
import { parts } from './${name}-parts.js';
import { byParts } from './parts.js';
import { withTexts } from './types.js';

/**
 * What <cst-${name}> shows, from the bundled data (its folder's \`project\`): a record asked for by
 * its id (\`${parts.attribute}\`) loads alone, anything else loads them all.
 */
export const ${camel(name)}Data = withTexts(
  byParts<${type}>({
    meta: ${JSON.stringify(bundle.meta)},
    empty: ${JSON.stringify(empty)},
    attribute: '${parts.attribute}',
    collection: '${parts.collection}',
    all: () => import('./${name}.json'),
    parts,
  }),
  ${texts},
);
`;
});

// The all-in-one CDN entry holds every element's data once: what they share is not repeated.
writeBundle('src/data/slim/all', union(bundles));

for (const file of Object.keys(files).filter((f) => f.endsWith('.ts'))) {
  files[file] = await format(files[file], { ...(await resolveConfig(file)), filepath: file });
}

/** Every file this script writes, as it is on disk now. */
function written(dir = 'src/data/slim') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return written(path);
    return /\.json$/.test(entry.name) || readFileSync(path, 'utf8').startsWith(HEADER)
      ? [path]
      : [];
  });
}

const check = process.argv.includes('--check');
const stale = [];
writeChanged(files, check, stale);
for (const file of written()) {
  if (file in files) continue;
  if (check) stale.push(file);
  else rmSync(file);
}
if (stale.length) {
  console.error(`stale: ${stale.join(', ')}; run node scripts/slim-data.js`);
  process.exit(1);
}
