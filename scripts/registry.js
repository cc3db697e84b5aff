// Writes what follows from the registry (src/registry.ts), the one list of tags:
// src/define/all.ts, which defines every element at once, and package.json's entry of each
// element in `exports` and `sideEffects` (the files that define tags). `--check` fails when any
// of them is stale.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { transform } from 'esbuild';

/** The registry's entries, read from its source (their loaders are not run). */
export async function registryEntries() {
  const source = readFileSync('src/registry.ts', 'utf8');
  const { code } = await transform(source, { loader: 'ts', format: 'esm' });
  const module = await import(`data:text/javascript,${encodeURIComponent(code)}`);
  return module.ELEMENTS;
}

const entries = await registryEntries();
const all = `// Written by scripts/registry.js from src/registry.ts.
/** Defines every element at once: \`import 'cst-elements/all.js'\`. */
${entries.map((e) => `import './${e.tag.slice(4)}.js';`).join('\n')}
`;

/** package.json with one export and one side-effect entry per element, in registry order. */
function packageJson(text) {
  const pkg = JSON.parse(text);
  const names = entries.map((e) => e.tag.slice(4));
  // Entries of define modules the registry no longer lists go too.
  const defines = readdirSync('src/define')
    .map((f) => f.replace(/\.ts$/, ''))
    .filter((n) => n !== 'all');
  const isElement = (key) =>
    [...names, ...defines].some((n) => key === `./${n}.js` || key === `./dist/${n}.js`);
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

const files = {
  'src/define/all.ts': all,
  'package.json': packageJson(readFileSync('package.json', 'utf8')),
};
const check = process.argv.includes('--check');
for (const [file, text] of Object.entries(files)) {
  if (readFileSync(file, 'utf8') === text) continue;
  if (check) {
    console.error(`${file} is stale: run node scripts/registry.js`);
    process.exit(1);
  }
  writeFileSync(file, text);
}
