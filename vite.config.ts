import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { viteCompile } from './scripts/compile.js';
import { designSheet } from './scripts/design-sheet.js';

const here = (path: string) => resolve(import.meta.dirname, path);

/** One entry per define module, so `cst-elements/quote.js` loads only `<cst-quote>`. */
const defineEntries = Object.fromEntries(
  readdirSync(here('src/define')).map((file) => [
    file.replace(/\.ts$/, ''),
    here(`src/define/${file}`),
  ]),
);

/** TypeScript goes through the compilation the tests use (scripts/compile.js), not Vite's own. */
const compile = (): Plugin => viteCompile() as Plugin;

/** The npm build: ESM, one file per entry, `lit` and `@lit/*` left to the app's bundler. */
const library: UserConfig = {
  oxc: false,
  plugins: [compile()],
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
  oxc: false,
  plugins: [compile()],
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
        // A record's own file (a quote's) goes by its hash alone: the list of them names each
        // record once, not twice.
        chunkFileNames: (chunk) =>
          isPart(chunk.facadeModuleId ?? '') ? 'chunks/q-[hash:8].js' : 'chunks/[name]-[hash:8].js',
        minify: true,
        // What the elements share comes in one file rather than in as many as there are ways to
        // share it (each file is compressed on its own): Lit, the context, and the element base
        // with its styles and helpers. Lit's hydration support imports it too; the loader then
        // installs the support itself (src/cdn/hydration.ts).
        codeSplitting: {
          groups: [{ name: 'shared', minShareCount: 4 }],
        },
      },
    },
  },
};

/**
 * The all-in-one CDN entry, built on its own so that every element and all the data land in one
 * chunk (beside the same `dist/cdn`), rather than in the chunks the loader shares between elements.
 */
const cdnAll: UserConfig = {
  ...cdn,
  plugins: [compile(), allData()],
  build: {
    ...cdn.build,
    emptyOutDir: false,
    manifest: '.vite/manifest-all.json',
    lib: { entry: { 'cst-elements-all': here('src/cdn/cst-elements-all.ts') }, formats: ['es'] },
    rolldownOptions: {
      // Every element's data is the one file there: loading it on demand finds it at hand.
      checks: { ineffectiveDynamicImport: false },
      output: {
        ...cdn.build!.rolldownOptions!.output,
        // Everything but what only some pages load goes into one chunk: the elements load their
        // classes and data through dynamic imports, which then find them already there. The entry
        // keeps only its own small modules, so that on pages with server-rendered elements it can
        // install Lit's hydration support before an element is defined (src/cdn/hydration.ts).
        codeSplitting: {
          groups: [{ name: 'all', test: (id: string) => !onDemand(id) && !inEntry(id) }],
        },
      },
    },
  },
};

/**
 * In the all-in-one entry every element reads the one file that holds all their data
 * (src/data/slim/all.json, written by scripts/slim-data.js), rather than a file of its own.
 */
function allData(): Plugin {
  // An element's own file (src/data/slim/<element>.json and its .<lang>.json), not a record's.
  const slice = /\/src\/data\/slim\/(?!all\.)[\w-]+(\.[a-z]{2,3})?\.json$/;
  // The lists of records' own files: here no record needs one, all.json holds them all.
  const noParts = '\0cst-no-parts';
  return {
    name: 'cst-all-data',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved?.id.endsWith('-parts.ts')) return noParts;
      const match = resolved && slice.exec(resolved.id);
      return match ? here(`src/data/slim/all${match[1] ?? ''}.json`) : null;
    },
    load: (id) => (id === noParts ? 'export const parts = {};' : null),
  };
}

/** A record's own file (src/data/slim/<element>/<id>.json), loaded when it is asked for alone. */
function isPart(id: string): boolean {
  return /\/src\/data\/slim\/[\w-]+\/[\w-]+\.json$/.test(id);
}

/** The all-in-one entry's own modules: the hydration check and the registry's loaders. */
function inEntry(id: string): boolean {
  return /\/src\/(cdn\/|registry\.ts|internal\/define\.ts)/.test(id);
}

/** What even the all-in-one entry loads only when a page needs it. */
function onDemand(id: string): boolean {
  return (
    isPart(id) ||
    id.includes('/src/data/loader.') ||
    id.includes('/src/data/schema.') ||
    id.includes('/node_modules/valibot/') ||
    id.includes('/src/internal/no-shift.') ||
    id.includes('/src/internal/diagnostics.') ||
    // What explains a problem in full (see Problem.details).
    id.endsWith('.problems.ts') ||
    // Other languages' strings, texts and typography, for pages that show them.
    /\/src\/locales\/[\w-]+\//.test(id) ||
    /\/src\/data\/slim\/[\w-]+\.[a-z]{2,3}\.json$/.test(id) ||
    id.includes('/src/internal/typeset.') ||
    id.includes('/@lit-labs/ssr-client/') ||
    // What only the hydration support uses.
    /\/lit-html\/(private-ssr-support|directive|directive-helpers)\.js$/.test(id)
  );
}

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

/** The design sheet's sections, written from the element folders' examples (scripts/design-sheet.js). */
const designSheetPage = (): Plugin => ({
  name: 'cst-design-sheet',
  transformIndexHtml: {
    order: 'pre',
    handler: (html, { filename }) => (filename.endsWith('/design.html') ? designSheet(html) : html),
  },
});

/** The demo site as static files, in dist/demo (it expects dist/cdn beside it). */
const demoPages = readdirSync(here('demo')).filter((f) => f.endsWith('.html'));
const demo: UserConfig = {
  root: here('demo'),
  base: './',
  oxc: false,
  plugins: [compile(), designSheetPage()],
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
  oxc: false,
  plugins: [compile()],
  build: { outDir: here('dist/embed'), emptyOutDir: true, target: 'es2022' },
};

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    // `npm start`: the demo pages, importing the library from source.
    return {
      root: here('demo'),
      oxc: false,
      server: { fs: { allow: [here('.')] } },
      // The plain page loads the library outside Vite's own client, which could not reload it
      // after a late discovery: the one dependency the scan finds late is prepared up front.
      optimizeDeps: { include: ['@lit-labs/ssr-client/lit-element-hydrate-support.js'] },
      plugins: [compile(), cdnFromSource(), designSheetPage()],
    };
  }
  const modes: Record<string, UserConfig> = { cdn, 'cdn-all': cdnAll, demo, embed };
  return modes[mode] ?? library;
});
