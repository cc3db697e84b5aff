// Reports the JavaScript a page downloads, minified and gzipped, from the CDN build: the loader
// alone, each element alone (loader + its chunks; a quote chosen by id with the largest quote
// file, one chosen by speaker with all the quotes), one of each through the loader, and the
// all-in-one entry (every element with all the bundled data), then what loads only on demand
// (publisher data, hydration). Two limits in package.json, in bytes of gzip: "sizeCeilings", what
// each page weighs now (a change that makes a page heavier fails, until the ceiling is raised on
// purpose: `--set-ceilings` writes the sizes measured), and "budgets", the product's targets (a
// page over its budget is listed as such; with `--budgets`, that fails too). Under each page
// that draws a map, the share of its gzip that is the map's shapes: each
// src/data/slim/<name>.geometry.ts is read for its SVG path data, and the files of the page are
// gzipped again with those strings taken out. Run after `vite build --mode cdn` and
// `vite build --mode cdn-all`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { bundleTests } from './bundle-tests.js';

const dir = 'dist/cdn';
const readManifest = (name) => JSON.parse(readFileSync(`${dir}/.vite/${name}`, 'utf8'));
const manifest = readManifest('manifest.json');
const allInOne = readManifest('manifest-all.json');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const { budgets = {}, sizeCeilings: ceilings = {} } = pkg;
const strict = process.argv.includes('--budgets');
const entryOf = (m) => Object.keys(m).find((k) => m[k].isEntry);
const entryKey = entryOf(manifest);
const entry = manifest[entryKey];

const gzipped = new Map();
const gz = (file) => {
  if (!gzipped.has(file)) {
    const bytes = readFileSync(`${dir}/${file}`);
    gzipped.set(file, {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes).length,
    });
  }
  return gzipped.get(file);
};

/** Every file a chunk pulls in through static imports, itself included. */
function closure(key, files = new Set(), m = manifest) {
  const chunk = m[key];
  if (!chunk || files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const dep of chunk.imports ?? []) closure(dep, files, m);
  return files;
}

const loaderFiles = closure(entryKey);
const elementKeys = (entry.dynamicImports ?? []).filter((k) => k.includes('src/elements/'));
const tagOf = (key) => `cst-${key.split('/').pop().replace(/\.ts$/, '')}`;

const total = (files) =>
  [...files].reduce(
    (sum, f) => ({
      raw: sum.raw + gz(f).raw,
      gzip: sum.gzip + gz(f).gzip,
      brotli: sum.brotli + gz(f).brotli,
    }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
const pageWith = (keys) => {
  const files = new Set(loaderFiles);
  for (const key of keys) closure(key, files);
  return files;
};

// A quote chosen by id brings its own file; by speaker or topic, all the quotes.
const recordKeys = Object.keys(manifest).filter((k) => /src\/data\/slim\/quote\//.test(k));
const largestRecord = recordKeys
  .map((k) => manifest[k].file)
  .sort((a, b) => gz(b).gzip - gz(a).gzip)[0];
const allQuotesKey = 'src/data/slim/quote.json';

// Each row: what the page holds, its files, and the key of its limits in package.json.
const rows = [['loader alone', loaderFiles, 'loader']];
for (const key of elementKeys) {
  const tag = tagOf(key);
  if (tag === 'cst-quote') {
    const byId = pageWith([key]).add(largestRecord);
    rows.push([`page with <${tag} quote=…>`, byId, tag]);
    rows.push([
      `page with <${tag} speaker=…>`,
      closure(allQuotesKey, pageWith([key])),
      `${tag} speaker`,
    ]);
  } else {
    rows.push([`page with <${tag}>`, pageWith([key]), tag]);
  }
}
const everything = pageWith(elementKeys).add(largestRecord);
rows.push(['page with one of each element', everything, 'each']);
// The all-in-one entry loads the elements (with Lit) once its hydration check has passed.
const allKey = entryOf(allInOne);
const allFiles = closure(allKey, new Set(), allInOne);
// The elements and the data come in one chunk the entry loads once the hydration check passes.
for (const key of allInOne[allKey].dynamicImports ?? []) {
  if (!allInOne[key]?.src) closure(key, allFiles, allInOne);
}
rows.push(['all-in-one: every element + all data', allFiles, 'all']);

// Code that loads only when a page needs it, on top of the elements' own.
const onDemand = {
  'src/data/loader.ts': '+ publisher data (src or data)',
  'src/ssr/hydrate.ts': '+ hydrating server-rendered',
  'src/internal/no-shift.ts': '+ no-shift, while it waits',
};
const extras = Object.keys(manifest)
  .filter(
    (k) =>
      manifest[k].isDynamicEntry &&
      !elementKeys.includes(k) &&
      !recordKeys.includes(k) &&
      k !== allQuotesKey,
  )
  .map((k) => [
    onDemand[k] ?? `+ ${manifest[k].file.replace(/^chunks\/|-[\w-]{6,8}\.js$/g, '')}`,
    total([...closure(k)].filter((f) => !everything.has(f))),
  ]);
if (recordKeys.length) {
  extras.push([`+ one quote by id (largest of ${recordKeys.length})`, total([largestRecord])]);
}
// The maps' shapes: the SVG path data of every geometry module, as the build writes it into a
// chunk (a string is copied as it is).
const slim = 'src/data/slim';
const geometryFiles = existsSync(slim)
  ? readdirSync(slim)
      .filter((f) => f.endsWith('.geometry.ts'))
      .map((f) => `${slim}/${f}`)
  : [];
const pathData = [];
if (geometryFiles.length) {
  const bundled = await bundleTests(geometryFiles, 'test-results/size');
  const collect = (value) => {
    if (typeof value === 'string') {
      if (/^M[\d\s.,MmLlHhVvZzCcSsQqTtAa-]+$/.test(value)) pathData.push(value);
    } else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const file of bundled) collect(await import(pathToFileURL(resolve(file)).href));
}
const stripped = new Map();
/** What the path data adds to a file: the file as built, less the file without it. */
const geometryIn = (file) => {
  if (!stripped.has(file)) {
    let text = readFileSync(`${dir}/${file}`, 'utf8');
    for (const d of pathData) text = text.split(d).join('');
    const bytes = Buffer.from(text);
    stripped.set(file, {
      raw: gz(file).raw - bytes.length,
      gzip: gz(file).gzip - gzipSync(bytes, { level: 9 }).length,
      brotli: gz(file).brotli - brotliCompressSync(bytes).length,
    });
  }
  return stripped.get(file);
};
/** The part of a page that is map shapes, and whether every path of them is there. */
function geometryShare(files) {
  const text = [...files].map((f) => readFileSync(`${dir}/${f}`, 'utf8')).join('\n');
  const found = pathData.filter((d) => text.includes(d)).length;
  if (!found) return undefined;
  const sum = (k) => [...files].reduce((n, f) => n + geometryIn(f)[k], 0);
  return {
    raw: sum('raw'),
    gzip: sum('gzip'),
    brotli: sum('brotli'),
    complete: found === pathData.length,
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const heavier = [];
const over = [];
console.log('JavaScript a page loads from the CDN build (minified; gzip level 9; brotli)\n');
console.log(
  `${'page'.padEnd(40)}${'minified'.padStart(11)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}${'ceiling'.padStart(10)}${'budget'.padStart(10)}`,
);
for (const [name, files, key] of rows) {
  const size = total(files);
  const ceiling = ceilings[key];
  const budget = budgets[key];
  const isHeavier = ceiling !== undefined && size.gzip > ceiling;
  const isOver = budget !== undefined && size.gzip > budget;
  if (ceiling === undefined) heavier.push(`${name}: no ceiling ("${key}")`);
  if (isHeavier) heavier.push(`${name}: ${size.gzip} B, ceiling ${ceiling} B`);
  if (isOver) over.push(name);
  const marks = [isHeavier && 'HEAVIER', isOver && 'over budget'].filter(Boolean);
  console.log(
    `${name.padEnd(40)}${kb(size.raw).padStart(11)}${kb(size.gzip).padStart(10)}${kb(size.brotli).padStart(10)}${(ceiling ? kb(ceiling) : '—').padStart(10)}${(budget ? kb(budget) : '—').padStart(10)}${marks.length ? `  ${marks.join(', ')}` : ''}`,
  );
  const shapes = geometryShare(files);
  if (shapes) {
    console.log(
      `${'  of which geometry (SVG path data)'.padEnd(40)}${kb(shapes.raw).padStart(11)}${kb(shapes.gzip).padStart(10)}${kb(shapes.brotli).padStart(10)}${shapes.complete ? '' : '  (not every path found)'}`,
    );
  }
}
if (extras.length) console.log('\nloaded only when needed');
for (const [name, size] of extras) {
  console.log(
    `${name.padEnd(40)}${kb(size.raw).padStart(11)}${kb(size.gzip).padStart(10)}${kb(size.brotli).padStart(10)}`,
  );
}
if (over.length) console.log(`\nOver budget: ${over.join('; ')}.`);
if (process.argv.includes('--set-ceilings')) {
  // The ceilings become what each page weighs now (rounded up to 32 B): after a change that makes
  // a page heavier on purpose.
  pkg.sizeCeilings = Object.fromEntries(
    rows.map(([, files, key]) => [key, Math.ceil((total(files).gzip + 1) / 32) * 32]),
  );
  writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
  console.log('\nCeilings set to the sizes above.');
  process.exit(0);
}
if (heavier.length) {
  console.error(
    `\nHeavier than its ceiling ("sizeCeilings" in package.json):\n  ${heavier.join('\n  ')}`,
  );
}
if (heavier.length || (strict && over.length)) process.exit(1);
