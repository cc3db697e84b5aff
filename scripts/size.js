// Reports the JavaScript a page downloads, minified and gzipped, from the CDN build: the loader
// alone, each element alone (loader + its chunks) and every element together, then what loads
// only on demand (publisher data, hydration). Fails when a budget in package.json ("budgets",
// bytes) is exceeded. Run after `vite build --mode cdn`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dir = 'dist/cdn';
const manifest = JSON.parse(readFileSync(`${dir}/.vite/manifest.json`, 'utf8'));
const budgets = JSON.parse(readFileSync('package.json', 'utf8')).budgets;
const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const entry = manifest[entryKey];

const gzipped = new Map();
const gz = (file) => {
  if (!gzipped.has(file)) {
    const bytes = readFileSync(`${dir}/${file}`);
    gzipped.set(file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return gzipped.get(file);
};

/** Every file a chunk pulls in through static imports, itself included. */
function closure(key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const dep of chunk.imports ?? []) closure(dep, files);
  return files;
}

const loaderFiles = closure(entryKey);
const elementKeys = (entry.dynamicImports ?? []).filter((k) => k.includes('src/define/'));
const tagOf = (key) => `cst-${key.split('/').pop().replace(/\.ts$/, '')}`;

const total = (files) =>
  [...files].reduce((sum, f) => ({ raw: sum.raw + gz(f).raw, gzip: sum.gzip + gz(f).gzip }), {
    raw: 0,
    gzip: 0,
  });
const pageWith = (keys) => {
  const files = new Set(loaderFiles);
  for (const key of keys) closure(key, files);
  return files;
};

const rows = [['loader alone', total(loaderFiles), budgets?.loader]];
for (const key of elementKeys) {
  const tag = tagOf(key);
  rows.push([`page with <${tag}>`, total(pageWith([key])), budgets?.[tag]]);
}
const everything = pageWith(elementKeys);
rows.push(['page with every element', total(everything), budgets?.all]);

// Code that loads only when a page needs it, on top of the elements' own.
const onDemand = {
  'src/data/loader.ts': '+ publisher data (src or data)',
  'node_modules/@lit-labs/ssr-client/lit-element-hydrate-support.js': '+ hydrating server-rendered',
};
const extras = Object.keys(manifest)
  .filter((k) => manifest[k].isDynamicEntry && !elementKeys.includes(k))
  .map((k) => [
    onDemand[k] ?? `+ ${manifest[k].name}`,
    total([...closure(k)].filter((f) => !everything.has(f))),
  ]);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let failed = false;
console.log('JavaScript a page loads from the CDN build (minified; gzip level 9)\n');
console.log(
  `${'page'.padEnd(34)}${'minified'.padStart(11)}${'gzip'.padStart(10)}${'budget'.padStart(10)}`,
);
for (const [name, size, budget] of rows) {
  const over = budget !== undefined && size.gzip > budget;
  failed ||= over;
  console.log(
    `${name.padEnd(34)}${kb(size.raw).padStart(11)}${kb(size.gzip).padStart(10)}${(budget ? kb(budget) : '—').padStart(10)}${over ? '  OVER BUDGET' : ''}`,
  );
}
if (extras.length) console.log('\nloaded only when needed');
for (const [name, size] of extras) {
  console.log(`${name.padEnd(34)}${kb(size.raw).padStart(11)}${kb(size.gzip).padStart(10)}`);
}
if (failed) {
  console.error('\nA size budget is exceeded.');
  process.exit(1);
}
