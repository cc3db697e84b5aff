// What package.json promises about the build (run `npm run build` first): the exports, the
// files that have side effects, and no top-level await where a bundler may import.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { transform } from 'esbuild';
import { attributeNames, ELEMENTS, entryName } from '../../src/registry.js';

interface Target {
  types?: string;
  default: string;
}
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  exports: Record<string, string | Target>;
  sideEffects: string[];
  files: string[];
};
const defineEntries = readdirSync('src/define')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''));
const shippedJs = [
  ...readdirSync('dist').filter((f) => f.endsWith('.js')),
  ...readdirSync('dist/chunks').map((f) => `chunks/${f}`),
];
const listed = (file: string) =>
  pkg.sideEffects.some((pattern) =>
    new RegExp(`^${pattern.replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`).test(`./${file}`),
  );

describe('package.json', () => {
  it('exports each define entry with its types, and lists it as having side effects', () => {
    for (const entry of defineEntries) {
      assert.deepEqual(pkg.exports[`./${entry}.js`], {
        types: `./dist/${entry}.d.ts`,
        default: `./dist/${entry}.js`,
      });
      assert.ok(listed(`dist/${entry}.js`), `sideEffects lists dist/${entry}.js`);
    }
  });

  it('exports no pattern and no hashed chunk; every target exists and every script has types', () => {
    for (const [name, target] of Object.entries(pkg.exports)) {
      assert.ok(!name.includes('*'), `${name} is not a pattern`);
      const files = typeof target === 'string' ? [target] : [target.default, target.types];
      for (const file of files) {
        assert.ok(file, `${name} has ${typeof target === 'string' ? 'a file' : 'types'}`);
        assert.ok(!file.startsWith('./dist/chunks/'), `${name} is not a chunk`);
        assert.ok(existsSync(file), `${file} exists`);
      }
      if (name.endsWith('.js') || name === '.') assert.equal(typeof target, 'object', name);
    }
  });

  it('lists every file that another imports for its side effects alone', () => {
    for (const file of shippedJs) {
      const code = readFileSync(`dist/${file}`, 'utf8');
      for (const [, spec] of code.matchAll(/^import\s*["'](\.[^"']+)["'];?$/gm)) {
        const target = new URL(spec!, `file:///dist/${file}`).pathname.slice(1);
        assert.ok(listed(target), `${file} imports ${target} for its side effects`);
      }
    }
  });

  it('has no top-level await in what a bundler imports', async () => {
    for (const file of shippedJs.filter((f) => f !== 'cli.js')) {
      const code = readFileSync(`dist/${file}`, 'utf8');
      // Top-level await cannot be written as CommonJS: esbuild refuses it.
      await transform(code, { format: 'cjs', loader: 'js', logLevel: 'silent' }).catch(
        (error: Error) => assert.fail(`${file}: ${error.message}`),
      );
    }
  });

  it('gives every tag of the registry, with its attributes, to the IDEs and a React wrapper', async () => {
    const vscode = JSON.parse(readFileSync('vscode.html-custom-data.json', 'utf8')) as {
      tags: { name: string; attributes: { name: string }[] }[];
    };
    const webTypes = JSON.parse(readFileSync('web-types.json', 'utf8')) as {
      contributions: {
        html: {
          elements: {
            name: string;
            source: { module: string; symbol: string };
            attributes: { name: string }[];
          }[];
        };
      };
    };
    const reactIndex = readFileSync('dist/react.js', 'utf8');
    const reactIndexTypes = readFileSync('dist/react.d.ts', 'utf8');
    const names = (list: { name: string }[] | undefined) => list?.map((a) => a.name).sort();
    for (const entry of ELEMENTS) {
      // Its own attributes and `lang`; an element with content also `no-shift`, `theme` and `frame`.
      const attributes = [
        ...attributeNames(entry),
        'lang',
        ...(entry.provider ? [] : ['no-shift', 'theme', 'frame']),
      ].sort();
      const tag = entry.tag;
      assert.deepEqual(names(vscode.tags.find((t) => t.name === tag)?.attributes), attributes, tag);
      const described = webTypes.contributions.html.elements.find((e) => e.name === tag);
      assert.deepEqual(names(described?.attributes), attributes, tag);
      const symbol = (await entry.load()).name;
      assert.deepEqual(described?.source, {
        module: `cst-elements/${entryName(entry)}.js`,
        symbol,
      });
      // Each wrapper in a module of its own, which imports only its element; react.js gathers them.
      const own = `./react/${entryName(entry)}.js`;
      const reexport = `export { ${symbol} } from '${own}';`;
      assert.ok(reactIndex.includes(reexport), `react.js re-exports ${symbol}`);
      assert.ok(reactIndexTypes.includes(reexport), `react.d.ts re-exports ${symbol}`);
      const reactModule = readFileSync(`dist/react/${entryName(entry)}.js`, 'utf8');
      const reactTypes = readFileSync(`dist/react/${entryName(entry)}.d.ts`, 'utf8');
      const imports = (code: string) => [...code.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      assert.deepEqual(imports(reactModule), ['react', '@lit/react', `../${entryName(entry)}.js`]);
      assert.ok(
        reactTypes.includes(
          `import type { ${symbol} as ${symbol}Element } from '../${entryName(entry)}.js';`,
        ),
        `react/${entryName(entry)}.d.ts imports ${symbol}`,
      );
      assert.match(
        reactTypes,
        new RegExp(`export declare const ${symbol}: ReactWebComponent<\\s*${symbol}Element,`),
      );
      assert.match(
        reactModule,
        new RegExp(
          `export const ${symbol} = [^;]*tagName: '${tag}',\\s*elementClass: ${symbol}Element,`,
        ),
      );
    }
  });

  it('ships the manifest, the IDE data and the licence', () => {
    for (const file of ['custom-elements.json', 'vscode.html-custom-data.json', 'web-types.json'])
      assert.ok(pkg.files.includes(file), file);
    assert.ok(existsSync('LICENSE'));
  });
});
