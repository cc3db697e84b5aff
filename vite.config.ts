import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
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
  plugins: [compile(), cdnFiles()],
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
        // A record's own file (a quote's) is named by its id and one hash of all such files: the
        // list of them compresses to little more than the ids.
        chunkFileNames: (chunk) =>
          isPart(chunk.facadeModuleId ?? '')
            ? `chunks/${partName(chunk.facadeModuleId!)}.js`
            : `chunks/${chunkName(chunk)}-${buildHash}.js`,
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

/** Each language's fallback chain, from the language folders (`kk` → `kk ru`). */
const chains = (() => {
  const fallbackOf = (lang: string): string | undefined =>
    JSON.parse(readFileSync(here(`src/locales/${lang}/locale.json`), 'utf8')).fallback;
  const langs = readdirSync(here('src/locales'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'en' && d.name !== 'tables')
    .map((d) => d.name);
  return Object.fromEntries(
    langs.map((lang) => {
      const chain = [lang];
      for (let next = fallbackOf(lang); next && next !== 'en'; next = fallbackOf(next))
        chain.push(next);
      return [lang, chain];
    }),
  );
})();

/**
 * The loader asks for all an element needs at once: for each tag, the files of its chunk and
 * every chunk it imports, and for each language the chunks of its texts (strings, data,
 * typography), written into the loader where it says `__CST_FILES__` (src/cdn/cst-elements.ts).
 */
function cdnFiles(): Plugin {
  return {
    name: 'cst-cdn-files',
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const entry = chunks.find((c) => c.isEntry && c.fileName === 'cst-elements.js');
      if (!entry) return;
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const closure = (file: string, out = new Set<string>()): Set<string> => {
        if (out.has(file)) return out;
        out.add(file);
        for (const dep of byFile.get(file)?.imports ?? []) closure(dep, out);
        return out;
      };
      const fileOf = (pattern: RegExp) =>
        chunks.filter((c) => pattern.test(c.facadeModuleId ?? '')).map((c) => c.fileName);
      // Compact, as every page loads it: each chunk's name once (without `chunks/` and `.js`),
      // then per tag the numbers of its files and, per language, of its texts.
      const names: string[] = [];
      const numbers = (set: Iterable<string>) =>
        [...set].map((file) => {
          const name = file.replace(/^chunks\//, '').replace(/\.js$/, '');
          if (!names.includes(name)) names.push(name);
          return names.indexOf(name);
        });
      const files: Record<string, [number[], Record<string, number[]>?]> = {};
      for (const chunk of chunks) {
        const name = /\/src\/elements\/([\w-]+)\/\1\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
        if (!name) continue;
        const texts: Record<string, number[]> = {};
        for (const [lang, chain] of Object.entries(chains)) {
          const own = new Set<string>();
          for (const l of chain) {
            const modules = fileOf(
              new RegExp(
                `/src/(locales/${l}/(${name}|common|typeset)\\.ts|data/slim/${name}\\.${l}\\.json|internal/typeset\\.ts)$`,
              ),
            );
            for (const file of modules) closure(file, own);
          }
          if (own.size) texts[lang] = numbers(own);
        }
        files[`cst-${name}`] = [
          numbers(closure(chunk.fileName)),
          ...(Object.keys(texts).length ? [texts] : []),
        ] as [number[], Record<string, number[]>?];
      }
      entry.code = entry.code.replaceAll('__CST_FILES__', JSON.stringify([names, files]));
    },
  };
}

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
        // Beside the loader's chunks in the same folder: names of their own.
        chunkFileNames: 'chunks/[name]-[hash:6].js',
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

/**
 * One hash of everything the CDN build is made from (the sources, the data, the dependencies):
 * every chunk's name carries it, so the names the loader lists compress to little more than
 * words, and a new build never reuses an old name.
 */
const buildHash = (() => {
  const hash = createHash('sha256');
  // Paths from the project's root: every checkout of the same sources builds the same files.
  const walk = (dir: string): void => {
    for (const entry of readdirSync(here(dir), { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else hash.update(path).update(readFileSync(here(path)));
    }
  };
  walk('src');
  hash.update(readFileSync(here('package-lock.json')));
  return hash.digest('base64url').slice(0, 8);
})();

/** One hash of every record's own file: it changes when any of them does. */
const partsHash = (() => {
  const hash = createHash('sha256');
  const dir = here('src/data/slim');
  for (const folder of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(`${dir}/${folder.name}`).sort()) {
      hash.update(readFileSync(`${dir}/${folder.name}/${file}`));
    }
  }
  return hash.digest('base64url').slice(0, 6);
})();

/**
 * A chunk's name, unique without a counter: a language's strings are `ru-quote`, the data an
 * element reads is `quote.data`; everything else keeps the name the bundler gives it.
 */
function chunkName(chunk: { name: string; facadeModuleId: string | null }): string {
  const id = chunk.facadeModuleId ?? '';
  const locale = /\/src\/locales\/([\w-]+)\/([\w-]+)\.ts$/.exec(id);
  if (locale) return `${locale[1]}-${locale[2]}`;
  const data = /\/src\/data\/slim\/([\w-]+)\.(json|ts)$/.exec(id);
  if (data) return `${data[1]}.data`;
  return chunk.name;
}

/** `quote/tokayev-2022-first-use.json` → `quote-tokayev-2022-first-use-<hash>`. */
function partName(id: string): string {
  const [, element, record] = /\/src\/data\/slim\/([\w-]+)\/([\w-]+)\.json$/.exec(id)!;
  return `${element}-${record}-${partsHash}`;
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
    id.includes('/src/data/fields.') ||
    id.includes('/src/data/integrity.') ||
    id.includes('/src/data/slim/ids.') ||
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
    id.includes('/src/ssr/hydrate.') ||
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

/**
 * The WordPress plugin's fallback writer: the snippet functions for the block editor, Lit and the
 * data included, split by element, in the plugin's build folder (scripts/wordpress.js runs it).
 */
const wordpress: UserConfig = {
  oxc: false,
  plugins: [compile()],
  build: {
    outDir: here('dist/wordpress/cst-elements/build/fallback'),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    lib: { entry: { snippets: here('src/embed/snippets.ts') }, formats: ['es'] },
    rolldownOptions: {
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        minify: true,
      },
    },
  },
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
      // The loader from source lists no files to ask for ahead: each arrives as it is imported.
      define: { __CST_FILES__: '[[], {}]' },
      plugins: [compile(), cdnFromSource(), designSheetPage()],
    };
  }
  const modes: Record<string, UserConfig> = { cdn, 'cdn-all': cdnAll, demo, embed, wordpress };
  return modes[mode] ?? library;
});
