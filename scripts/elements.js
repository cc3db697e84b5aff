// Writes what follows from the element folders (src/elements/<name>/, each with its
// <name>.spec.ts) and the language folders (src/locales/<lang>/):
//
// - src/elements/loaders.ts: each tag with the loader of its class (what the CDN loader reads);
// - src/elements/registry.ts: each element's spec with its loader (snippets, the command line,
//   server rendering, the embed page, the builder);
// - src/elements/examples.ts: each element's examples (the design sheet, the builder, the
//   benchmark, the tests that run over every element) and the data pickers its attributes use
//   (the builder and the WordPress blocks);
// - src/define/<name>.ts, the entry that defines one tag (`cst-elements/<name>.js`), and
//   src/define/all.ts, which defines them all;
// - the element classes exported by src/index.ts (between its `elements` markers);
// - package.json's `exports` and `sideEffects` entry of each element;
// - src/locales/index.ts: the languages, each with the one its record texts fall back to, and
//   for each element and language the loader of its strings.
//
// A new element or language is a new folder: run this (`npm run build` does) and commit what it
// writes. `--check` fails when any file is stale.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { elementNames, writeChanged } from './specs.js';

const HEADER =
  '// Written by scripts/elements.js from the folders of src/elements/ and src/locales/.\n';

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const pascal = (name) => camel(name).replace(/^[a-z]/, (c) => c.toUpperCase());

/** Each element: its folder name, tag, class and whether it is the provider. */
const elements = elementNames()
  .map((name) => {
    const spec = readFileSync(`src/elements/${name}/${name}.spec.ts`, 'utf8');
    const tag = /export const tag = '([a-z-]+)'/.exec(spec)?.[1];
    if (tag !== `cst-${name}`) {
      throw new Error(`src/elements/${name}/${name}.spec.ts must export const tag = 'cst-${name}'`);
    }
    const cls = `Cst${pascal(name)}`;
    for (const part of ['ts', 'examples.ts']) {
      if (!existsSync(`src/elements/${name}/${name}.${part}`)) {
        throw new Error(`src/elements/${name}/ needs ${name}.${part}`);
      }
    }
    const module = readFileSync(`src/elements/${name}/${name}.ts`, 'utf8');
    if (!new RegExp(`export class ${cls}\\b`).test(module)) {
      throw new Error(`src/elements/${name}/${name}.ts must export class ${cls}`);
    }
    return { name, tag, cls, provider: /export const provider = true/.test(spec) };
  })
  // The provider first: elements inside it find it defined.
  .sort((a, b) => Number(b.provider) - Number(a.provider) || (a.name < b.name ? -1 : 1));

const loader = (e) => `() => import('./${e.name}/${e.name}.js').then((m) => m.${e.cls})`;

const loaders = `${HEADER}import type { ElementClass } from '../registry.js';

/** Every tag of the library, with the loader of its class. */
export const LOADERS: Readonly<Record<string, () => Promise<ElementClass>>> = {
${elements.map((e) => `  '${e.tag}': ${loader(e)},`).join('\n')}
};
`;

const registry = `${HEADER}${elements
  .map((e) => `import * as ${camel(e.name)} from './${e.name}/${e.name}.spec.js';`)
  .join('\n')}
import { LOADERS } from './loaders.js';

/** Each element's spec (its folder's \`<name>.spec.ts\`), with the loader of its class. */
export const SPECS = [
${elements.map((e) => `  { ...${camel(e.name)}, load: LOADERS['${e.tag}']! },`).join('\n')}
] as const;
`;

// An examples module may also name the data picker each attribute uses (\`pickers\`).
const withPickers = elements.filter((e) =>
  /export const pickers\b/.test(
    readFileSync(`src/elements/${e.name}/${e.name}.examples.ts`, 'utf8'),
  ),
);
const examples = `${HEADER}import type { Example } from '../internal/examples.js';
import type { PickerName } from '../embed/pickers.js';
${elements
  .map((e) => {
    const names = [`examples as ${camel(e.name)}`];
    if (withPickers.includes(e)) names.push(`pickers as ${camel(e.name)}Pickers`);
    return `import { ${names.join(', ')} } from './${e.name}/${e.name}.examples.js';`;
  })
  .join('\n')}

/** Each element's examples (its folder's \`<name>.examples.ts\`), by tag. */
export const EXAMPLES: Readonly<Record<string, readonly Example[]>> = {
${elements.map((e) => `  '${e.tag}': ${camel(e.name)},`).join('\n')}
};

/** The data picker each attribute uses (\`pickers\` in \`<name>.examples.ts\`), by tag. */
export const PICKERS: Readonly<Record<string, Readonly<Record<string, PickerName>>>> = {
${withPickers.map((e) => `  '${e.tag}': ${camel(e.name)}Pickers,`).join('\n')}
};
`;

const defines = Object.fromEntries(
  elements.map((e) => [
    `src/define/${e.name}.ts`,
    `${HEADER}import { ${e.cls} } from '../elements/${e.name}/${e.name}.js';
import { defineElement } from '../internal/define.js';

export { ${e.cls} };
defineElement('${e.tag}', ${e.cls});
`,
  ]),
);
defines['src/define/all.ts'] =
  `${HEADER}/** Defines every element at once: \`import 'cst-elements/all.js'\`. */
${elements.map((e) => `import './${e.name}.js';`).join('\n')}
`;

/** src/index.ts with the classes' exports between its markers. */
function index(text) {
  const start = '// elements (written by scripts/elements.js)\n';
  const end = '// end of elements\n';
  const [before, rest] = text.split(start);
  const after = rest?.split(end)[1];
  if (after === undefined) throw new Error(`src/index.ts lacks the markers "${start.trim()}"`);
  const lines = elements.map(
    (e) => `export { ${e.cls} } from './elements/${e.name}/${e.name}.js';`,
  );
  return `${before}${start}${lines.join('\n')}\n${end}${after}`;
}

/** package.json with one export and one side-effect entry per element, in registry order. */
function packageJson(text) {
  const pkg = JSON.parse(text);
  const names = elements.map((e) => e.name);
  const isElement = (key) => /^\.\/(dist\/)?[a-z-]+\.js$/.test(key) && !isOther(key);
  const others = ['index', 'all', 'react', 'data', 'snippets', 'ssr', 'cli'];
  const isOther = (key) => others.some((n) => key === `./${n}.js` || key === `./dist/${n}.js`);
  const exports = { '.': pkg.exports['.'] };
  for (const name of names) {
    exports[`./${name}.js`] = { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` };
  }
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (key !== '.' && !isElement(key)) exports[key] = value;
  }
  pkg.exports = exports;
  pkg.sideEffects = [
    ...names.map((n) => `./dist/${n}.js`),
    ...pkg.sideEffects.filter((f) => !isElement(f)),
  ];
  return JSON.stringify(pkg, null, 2) + '\n';
}

/**
 * The languages (src/locales/<lang>/locale.json), English first, and the loaders of each
 * language's strings and typography. A language's folder holds a file of strings per element
 * (named like the element's folder) and `common.ts`, and may hold `typeset.ts`.
 */
const langs = readdirSync('src/locales', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/locales/${d.name}/locale.json`))
  .map((d) => ({
    lang: d.name,
    ...JSON.parse(readFileSync(`src/locales/${d.name}/locale.json`, 'utf8')),
  }))
  .sort((a, b) => Number(b.lang === 'en') - Number(a.lang === 'en') || (a.lang < b.lang ? -1 : 1));
if (langs[0]?.lang !== 'en') throw new Error('src/locales/en/locale.json is missing');
for (const { lang, fallback, name, unavailable, untitled } of langs) {
  if (lang !== 'en' && !langs.some((l) => l.lang === fallback && l.lang !== lang)) {
    throw new Error(`src/locales/${lang}/locale.json: "fallback" must name another language`);
  }
  if (![name, unavailable, untitled].every((t) => typeof t === 'string' && t)) {
    throw new Error(`src/locales/${lang}/locale.json needs "name", "unavailable" and "untitled"`);
  }
}
const translations = langs.slice(1);
const modulesOf = (lang) =>
  readdirSync(`src/locales/${lang}`)
    .filter((f) => f.endsWith('.ts') && f !== 'typeset.ts')
    .map((f) => f.replace(/\.ts$/, ''));
// A table per element with strings of its own, and the shared one; translated or not yet.
const tables = [
  ...new Set([
    'common',
    ...elements
      .filter((e) => existsSync(`src/elements/${e.name}/${e.name}.strings.ts`))
      .map((e) => e.name),
    ...translations.flatMap((l) => modulesOf(l.lang)),
  ]),
].sort();
const loadersOf = (file) =>
  `{ ${translations
    .filter(({ lang }) => existsSync(`src/locales/${lang}/${file}.ts`))
    .map(({ lang }) => `${lang}: () => import('./${lang}/${file}.js')`)
    .join(', ')} }`;

const locales = `${HEADER}
/** The languages the library ships, English first. */
export const LANGS = [${langs.map((l) => `'${l.lang}'`).join(', ')}] as const;

export type Lang = (typeof LANGS)[number];

/** Each language's own name. */
export const NAMES: Readonly<Record<Lang, string>> = { ${langs.map((l) => `${l.lang}: '${l.name}'`).join(', ')} };

/** What an element says when it cannot render and has no fallback content, in each language. */
export const UNAVAILABLE: Readonly<Record<Lang, string>> = ${JSON.stringify(Object.fromEntries(langs.map((l) => [l.lang, l.unavailable])))};

/** A title for content that cannot be named (an iframe's), in each language. */
export const UNTITLED: Readonly<Record<Lang, string>> = ${JSON.stringify(Object.fromEntries(langs.map((l) => [l.lang, l.untitled])))};

/** The languages whose nouns decline: a sentence around a name needs its case forms. */
export const DECLINES: Readonly<Partial<Record<Lang, true>>> = ${JSON.stringify(Object.fromEntries(langs.filter((l) => l.declines).map((l) => [l.lang, true])))};

/** The language whose texts stand in where the data has none in this one (then English). */
export const FALLBACK: Readonly<Partial<Record<Lang, Lang>>> = { ${translations.map((l) => `${l.lang}: '${l.fallback}'`).join(', ')} };

/** Each language's typography rules, where it has its own. */
export const typography = { ${translations
  .filter(({ lang }) => existsSync(`src/locales/${lang}/typeset.ts`))
  .map(({ lang }) => `${lang}: () => import('./${lang}/typeset.js')`)
  .join(', ')} };
`;

/** One module per table of strings, so that a page loads the loaders of its own elements only. */
const tableModules = Object.fromEntries(
  tables.map((file) => [
    `src/locales/tables/${file}.ts`,
    `${HEADER}
/** The translations of ${file === 'common' ? 'the strings elements share' : `<cst-${file}>'s strings`}, by language. */
export const translations = ${loadersOf(file).replace(/'\.\//g, "'../")};
`,
  ]),
);

const files = {
  'src/locales/index.ts': locales,
  ...tableModules,
  'src/elements/loaders.ts': loaders,
  'src/elements/registry.ts': registry,
  'src/elements/examples.ts': examples,
  ...defines,
  'src/index.ts': index(readFileSync('src/index.ts', 'utf8')),
  'package.json': packageJson(readFileSync('package.json', 'utf8')),
};

// Written as Prettier writes them, so that they pass the project's format check.
for (const [file, text] of Object.entries(files)) {
  files[file] = await format(text, { ...(await resolveConfig(file)), filepath: file });
}

const check = process.argv.includes('--check');
const stale = [];
// Define entries and tables of folders that are gone.
for (const dir of ['src/define', 'src/locales/tables']) {
  for (const file of existsSync(dir) ? readdirSync(dir) : []) {
    const path = `${dir}/${file}`;
    if (!(path in files)) {
      if (check) stale.push(path);
      else rmSync(path);
    }
  }
}
writeChanged(files, check, stale);
if (stale.length) {
  console.error(`stale: ${stale.join(', ')}; run node scripts/elements.js`);
  process.exit(1);
}
