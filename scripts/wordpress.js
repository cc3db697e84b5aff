// Builds the WordPress plugin into dist/wordpress/cst-elements/ and zips it as
// dist/wordpress/cst-elements.zip (`npm run build` runs it, after the CDN build). What it holds:
//
// - cst-elements.php, includes/, readme.txt and the licence, from wordpress/;
// - public/cdn/: the CDN loader and the chunks it loads (the front end and the editor's live
//   elements);
// - build/elements.json: each element's editing controls (src/embed/controls.ts, with the options
//   of its pickers made from the bundled data), its block's name, and what the PHP needs;
// - blocks/<name>/block.json: one block per element, `cst/<name>`;
// - build/editor.js and editor.asset.php: the blocks' editor script (wordpress/src/) and the
//   WordPress scripts it uses;
// - build/fallback/: the snippet functions for the editor, which write a block's fallback;
// - build/fallbacks/<tag>.json: the fallback of every combination of the values the controls
//   offer (each pick alone, every choice, every language), for shortcodes rendered on the server;
// - build/kses.json: the tags and attributes the elements and their fallbacks use, which the
//   plugin allows in content written by authors without `unfiltered_html`.
import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { build as esbuild } from 'esbuild';
import { zipSync } from 'fflate';
import { build as vite } from 'vite';

const OUT = 'dist/wordpress';
const PLUGIN = `${OUT}/cst-elements`;
const SOURCE = 'wordpress';
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const started = Date.now();

const write = (file, text) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};
const json = (file, value) => write(file, JSON.stringify(value));

rmSync(OUT, { recursive: true, force: true });

// The project's modules this build runs in Node: the controls, the snippet functions, the data.
const tools = `${OUT}/.tools/tools.mjs`;
await esbuild({
  stdin: {
    contents: `
      export { elementControls } from './src/embed/controls.ts';
      export { embedAttributeNames, fallbackHtml } from './src/embed/snippets.ts';
      export { fallbackKey } from './src/embed/element-html.ts';
      export { bundledDataset } from './src/data/index.ts';
      export { LANGS, UNAVAILABLE } from './src/locales/index.ts';`,
    resolveDir: '.',
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  packages: 'external',
  loader: { '.json': 'json' },
  outfile: tools,
  logLevel: 'warning',
});
const {
  elementControls,
  embedAttributeNames,
  fallbackHtml,
  fallbackKey,
  bundledDataset,
  LANGS,
  UNAVAILABLE,
} = await import(`../${tools}`);
rmSync(`${OUT}/.tools`, { recursive: true });

// --- The elements, their controls and their blocks ----------------------------------------------

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = elementControls(bundledDataset, manifest).map((element) => ({
  ...element,
  block: `cst/${element.name}`,
}));
json(`${PLUGIN}/build/elements.json`, {
  version: pkg.version,
  langs: LANGS,
  unavailable: UNAVAILABLE,
  elements,
});

for (const element of elements) {
  const attributes = Object.fromEntries(element.controls.map((c) => [c.name, { type: 'string' }]));
  // The fallback is read back from the saved markup: the element's content.
  attributes.fallback = { type: 'string', source: 'html', selector: element.tag };
  write(
    `${PLUGIN}/blocks/${element.name}/block.json`,
    JSON.stringify(
      {
        apiVersion: 2,
        name: element.block,
        title: `CSTO ${element.title.toLowerCase()}`,
        category: 'embed',
        icon: 'shield',
        description: element.summary,
        keywords: ['CSTO', 'ODKB', element.tag],
        textdomain: 'cst-elements',
        attributes,
        supports: { html: false, className: false, customClassName: false },
        editorScript: 'cst-elements-editor',
      },
      null,
      2,
    ) + '\n',
  );
}

// --- The fallbacks a shortcode can be rendered with -----------------------------------------------

/** The values a control offers, given the attributes set so far (an article's document). */
const valuesOf = (element, control, given) => {
  if (!control.after) return (control.options ?? []).map((o) => o.value);
  const leader = element.controls.find((c) => c.name === control.after.name);
  const value = given[leader.name] ?? leader.initial;
  return (control.after.options[value] ?? []).map((o) => o.value);
};

/**
 * The attribute sets the table covers for an element: every value of each choice (its default
 * as absent) and of each required list, with at most one of its other lists set.
 */
function combinations(element) {
  const own = element.controls.filter((c) => !c.shared && c.options);
  const fixed = own.filter((c) => c.required || c.initial !== undefined);
  const picks = own.filter((c) => !c.required && c.initial === undefined);
  let sets = [{}];
  for (const control of fixed) {
    const values = control.required
      ? valuesOf(element, control, {})
      : [undefined, ...valuesOf(element, control, {}).filter((v) => v !== control.initial)];
    sets = sets.flatMap((set) =>
      values.map((value) => (value === undefined ? set : { ...set, [control.name]: value })),
    );
  }
  return sets.flatMap((set) => [
    { attributes: set },
    ...picks.flatMap((control) =>
      valuesOf(element, control, set).map((value) => ({
        attributes: { ...set, [control.name]: value },
        pick: control,
      })),
    ),
  ]);
}

/**
 * Other ways an author may write a listed value (`Tokayev` or `Kassym-Jomart Tokayev` for
 * `tokayev`, `Armenia` or `AM` for `am`). The table keeps those the element reads as the value
 * itself: the same fallback, checked in every language.
 */
function variants(control, value) {
  const label = control.options?.find((o) => o.value === value)?.label ?? '';
  const name = label.replace(/\s*\(.*\)$/, '');
  const written = [
    value.charAt(0).toUpperCase() + value.slice(1),
    value.toUpperCase(),
    name,
    name.split(' ').at(-1) ?? '',
  ];
  return [...new Set(written)].filter(
    (v) => v && v !== value && v.length <= 40 && !/[“”"«»:,]/.test(v),
  );
}

const used = new Map();
const note = (tag, attributes) => {
  if (!used.has(tag)) used.set(tag, new Set());
  for (const a of attributes) used.get(tag).add(a);
};
let entries = 0;
for (const element of elements) {
  const html = [];
  const index = new Map();
  const keys = {};
  for (const { attributes, pick } of combinations(element)) {
    for (const lang of LANGS) {
      const fallback = await fallbackHtml(element.tag, attributes, { lang });
      if (fallback === `<p>${UNAVAILABLE[lang]}</p>`) continue;
      if (!index.has(fallback)) index.set(fallback, html.push(fallback) - 1);
      keys[fallbackKey(element.controls, attributes, lang)] = index.get(fallback);
      entries += 1;
      for (const variant of pick ? variants(pick, attributes[pick.name]) : []) {
        const written = { ...attributes, [pick.name]: variant };
        const key = fallbackKey(element.controls, written, lang);
        if (key in keys || (await fallbackHtml(element.tag, written, { lang })) !== fallback) {
          continue;
        }
        keys[key] = index.get(fallback);
        entries += 1;
      }
    }
  }
  json(`${PLUGIN}/build/fallbacks/${element.tag}.json`, { keys, html });
  for (const fallback of html) {
    for (const [, tag, attributes] of fallback.matchAll(/<([a-z][a-z0-9-]*)([^>]*)>/g)) {
      note(
        tag,
        [...attributes.matchAll(/\s([a-z][a-z0-9-]*)(?==|\s|\/|$)/g)].map((m) => m[1]),
      );
    }
  }
  note(element.tag, [...embedAttributeNames(element.tag), 'no-shift']);
}
json(
  `${PLUGIN}/build/kses.json`,
  Object.fromEntries([...used].map(([tag, attributes]) => [tag, [...attributes].sort()])),
);

// --- The CDN build: the loader and what it loads ---------------------------------------------

// All of it: the loader finds an element's chunks through the map the build writes into it.
cpSync('dist/cdn', `${PLUGIN}/public/cdn`, {
  recursive: true,
  filter: (path) => !path.split(sep).includes('.vite'),
});

// --- The editor: the snippet functions (Vite) and the blocks' script (@wordpress/scripts) -------

await vite({ configFile: 'vite.config.ts', mode: 'wordpress', logLevel: 'warn' });

// The blocks' script, an IIFE for WordPress 6.1 and later: each `@wordpress/*` import is the copy
// WordPress already loads (`wp.blockEditor` for @wordpress/block-editor, script `wp-block-editor`),
// listed in editor.asset.php, as @wordpress/scripts writes it. esbuild, the project's own bundler,
// does this in a few lines, so the plugin's build needs no second toolchain.
const wpHandles = new Set();
const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
const editor = await esbuild({
  entryPoints: [`${SOURCE}/src/editor.js`],
  bundle: true,
  format: 'iife',
  target: 'es2020',
  minify: true,
  write: false,
  outfile: `${PLUGIN}/build/editor.js`,
  logLevel: 'warning',
  plugins: [
    {
      name: 'wordpress-globals',
      setup(build) {
        build.onResolve({ filter: /^@wordpress\/[a-z-]+$/ }, ({ path }) => {
          const name = path.slice('@wordpress/'.length);
          wpHandles.add(`wp-${name}`);
          return { path: camel(name), namespace: 'wordpress-global' };
        });
        build.onLoad({ filter: /.*/, namespace: 'wordpress-global' }, ({ path }) => ({
          contents: `module.exports = window.wp.${path};`,
          loader: 'js',
        }));
      },
    },
  ],
});
const editorJs = editor.outputFiles[0].contents;
write(`${PLUGIN}/build/editor.js`, editorJs);
const editorVersion = createHash('sha256').update(editorJs).digest('hex').slice(0, 20);
const handles = [...wpHandles].sort().map((handle) => `'${handle}'`);
write(
  `${PLUGIN}/build/editor.asset.php`,
  `<?php return array('dependencies' => array(${handles.join(', ')}), 'version' => '${editorVersion}');\n`,
);

// --- The plugin's own files, with the version written in, and the zip ----------------------------

for (const file of ['cst-elements.php', 'readme.txt', 'includes']) {
  cpSync(`${SOURCE}/${file}`, `${PLUGIN}/${file}`, { recursive: true });
}
for (const file of ['cst-elements.php', 'readme.txt']) {
  const path = `${PLUGIN}/${file}`;
  write(path, readFileSync(path, 'utf8').replaceAll('{{version}}', pkg.version));
}
cpSync('LICENSE', `${PLUGIN}/LICENSE.txt`);

// The zip, its files in a stable order with a fixed date, so the same build gives the same zip.
const files = {};
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  )) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else
      files[`cst-elements/${relative(PLUGIN, path).split(sep).join('/')}`] = [
        readFileSync(path),
        { mtime: new Date('2000-01-01T00:00:00Z') },
      ];
  }
};
walk(PLUGIN);
writeFileSync(`${OUT}/cst-elements.zip`, zipSync(files, { level: 9 }));

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `WordPress plugin: ${elements.length} blocks and shortcodes, ${entries} shortcode fallbacks; ` +
    `${OUT}/cst-elements.zip ${kb(statSync(`${OUT}/cst-elements.zip`).size)} ` +
    `(${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
