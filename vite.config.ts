import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { transform } from 'esbuild';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { compileLitDecorators } from './scripts/compile-lit-decorators.js';
import { minifyCss } from './scripts/minify-css.js';

const here = (path: string) => resolve(import.meta.dirname, path);

/** One entry per define module, so `cst-elements/quote.js` loads only `<cst-quote>`. */
const defineEntries = Object.fromEntries(
  readdirSync(here('src/define')).map((file) => [
    file.replace(/\.ts$/, ''),
    here(`src/define/${file}`),
  ]),
);

/**
 * Browsers do not run decorators yet and Oxc does not lower standard ones. Lit's property
 * decorators are compiled to `static properties` (smaller, same behaviour) and `css` templates are
 * minified; esbuild, which the tests already use, then compiles the
 * TypeScript and lowers anything left.
 */
const lowerDecorators = (): Plugin => ({
  name: 'cst-lower-decorators',
  enforce: 'pre',
  async transform(code, id) {
    if (!id.endsWith('.ts') || id.includes('/node_modules/')) return null;
    const source = minifyCss(code, id) ?? code;
    const out = await transform(compileLitDecorators(source, id) ?? source, {
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
        snippets: here('src/embed/snippets.ts'),
        cli: here('src/cli/index.ts'),
        ...defineEntries,
        // Provides every quote at once (a side effect, for all.js and the server): an entry of its
        // own keeps it in a file of a known name, which `sideEffects` in package.json lists.
        'chunks/quote-all': here('src/data/slim/quote-all.ts'),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      // Dependencies stay imports; Node built-ins are for the command-line entry.
      external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^node:/, 'parse5'],
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
};

/**
 * The CDN build: everything bundled (Lit included), minified, split so a page loads only the
 * elements it uses. The entry keeps a stable name; chunks are content-hashed. Library mode keeps
 * dynamic imports plain (no preload helper: the chunks have no CSS to inject); it leaves white
 * space in ES output unless the output is minified too.
 */
const cdn: UserConfig = {
  plugins: [lowerDecorators()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    manifest: true,
    lib: { entry: { 'cst-elements': here('src/cdn/cst-elements.ts') }, formats: ['es'] },
    rolldownOptions: {
      output: {
        entryFileNames: '[name].js',
        // A quote's own file goes by its hash alone: the loader that lists them names each quote
        // once, not twice.
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.includes('/src/data/slim/quotes/')
            ? 'chunks/q-[hash].js'
            : 'chunks/[name]-[hash].js',
        minify: true,
      },
    },
  },
};

/**
 * Every quote is bundled where all the data is (src/data/slim/quote-all.ts): the loaders of single
 * quotes, which would only add chunks no page asks for, are left out.
 */
const everyQuoteAtHand = (): Plugin => ({
  name: 'cst-every-quote-at-hand',
  enforce: 'pre',
  load(id) {
    if (!id.endsWith('/src/data/slim/quote-records.ts')) return null;
    return 'export const quoteMeta = undefined, quoteRecords = {}, loadAllQuotes = undefined;';
  },
});

/**
 * The all-in-one CDN entry, built on its own so that every element and all the data land in one
 * chunk (beside the same `dist/cdn`), rather than in the chunks the loader shares between elements.
 */
const cdnAll: UserConfig = {
  ...cdn,
  plugins: [lowerDecorators(), everyQuoteAtHand()],
  build: {
    ...cdn.build,
    emptyOutDir: false,
    manifest: '.vite/manifest-all.json',
    lib: { entry: { 'cst-elements-all': here('src/cdn/cst-elements-all.ts') }, formats: ['es'] },
  },
};

/**
 * In development, `/cdn/cst-elements.js` (what the plain HTML page loads, as it would from a CDN)
 * is served from the loader's source.
 */
const cdnFromSource = (): Plugin => ({
  name: 'cst-cdn-from-source',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      if (req.url?.startsWith('/cdn/cst-elements.js')) {
        req.url = `/@fs${here('src/cdn/cst-elements.ts')}`;
      }
      next();
    });
  },
});

/** The demo site as static files, in dist/demo (it expects dist/cdn beside it). */
const demoPages = readdirSync(here('demo')).filter((f) => f.endsWith('.html'));
const demo: UserConfig = {
  root: here('demo'),
  base: './',
  plugins: [lowerDecorators()],
  build: {
    outDir: here('dist/demo'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: Object.fromEntries(
        demoPages.map((f) => [f.replace(/\.html$/, ''), here(`demo/${f}`)]),
      ),
    },
  },
};

/** The iframe embed page, in dist/embed: one element, chosen by its query string. */
const embed: UserConfig = {
  root: here('demo/embed'),
  base: './',
  plugins: [lowerDecorators()],
  build: { outDir: here('dist/embed'), emptyOutDir: true, target: 'es2022' },
};

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    // `npm start`: the demo pages, importing the library from source.
    return {
      root: here('demo'),
      server: { fs: { allow: [here('.')] } },
      // The plain page loads the library outside Vite's own client, which could not reload it
      // after a late discovery: the one dependency the scan finds late is prepared up front.
      optimizeDeps: { include: ['@lit-labs/ssr-client/lit-element-hydrate-support.js'] },
      plugins: [lowerDecorators(), cdnFromSource()],
    };
  }
  const modes: Record<string, UserConfig> = { cdn, 'cdn-all': cdnAll, demo, embed };
  return modes[mode] ?? library;
});
