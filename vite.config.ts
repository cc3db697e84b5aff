import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { transform } from 'esbuild';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

const here = (path: string) => resolve(import.meta.dirname, path);

/** One entry per define module, so `cst-elements/quote.js` loads only `<cst-quote>`. */
const defineEntries = Object.fromEntries(
  readdirSync(here('src/define')).map((file) => [
    file.replace(/\.ts$/, ''),
    here(`src/define/${file}`),
  ]),
);

/**
 * Browsers do not run decorators yet and Oxc does not lower standard ones, so esbuild (which the
 * tests already use) compiles the TypeScript sources first.
 */
const lowerDecorators = (): Plugin => ({
  name: 'cst-lower-decorators',
  enforce: 'pre',
  async transform(code, id) {
    if (!id.endsWith('.ts') || id.includes('/node_modules/')) return null;
    const out = await transform(code, {
      loader: 'ts',
      target: 'es2022',
      sourcemap: true,
      sourcefile: id,
      tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
    });
    return { code: out.code, map: out.map };
  },
});

/** The npm build: ESM, one file per entry, `lit` and `@lit/*` left to the app's bundler. */
const library: UserConfig = {
  plugins: [lowerDecorators()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    lib: {
      entry: {
        index: here('src/index.ts'),
        data: here('src/data/index.ts'),
        ssr: here('src/ssr/index.ts'),
        ...defineEntries,
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//],
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
};

/**
 * The CDN build: everything bundled (Lit included), minified, split so a page loads only the
 * elements it uses. The entry keeps a stable name; chunks are content-hashed.
 */
const cdn: UserConfig = {
  plugins: [lowerDecorators()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    manifest: true,
    modulePreload: false,
    rolldownOptions: {
      input: { 'cst-elements': here('src/cdn/cst-elements.ts') },
      preserveEntrySignatures: 'strict',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
};

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    // `npm start`: the demo pages, importing the library from source.
    return {
      root: here('demo'),
      server: { fs: { allow: [here('.')] } },
      plugins: [lowerDecorators()],
    };
  }
  return mode === 'cdn' ? cdn : library;
});
