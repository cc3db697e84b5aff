// Writes what follows from the registry (src/registry.ts), the one list of tags:
// src/define/all.ts, which defines every element at once. `--check` fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
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

const file = 'src/define/all.ts';
if (process.argv.includes('--check')) {
  if (readFileSync(file, 'utf8') !== all) {
    console.error(`${file} is stale: run node scripts/registry.js`);
    process.exit(1);
  }
} else writeFileSync(file, all);
