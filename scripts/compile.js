// The one TypeScript compilation: the browser tests, the npm build and the CDN build all turn
// src/*.ts into JavaScript through compileTs(), so the tests run the code that ships. Lit's
// reactive properties are declared with `static properties` and class fields; without
// `useDefineForClassFields` the fields are plain assignments in the constructor, which Lit's
// accessors take. The text of `css` templates is minified by esbuild's CSS minifier (JavaScript
// minifiers leave template text alone); markup templates stay as written, so server-rendered
// elements hydrate against the same strings.
import { transform } from 'esbuild';

const OPTIONS = {
  loader: 'ts',
  format: 'esm',
  target: 'es2022',
  tsconfigRaw: { compilerOptions: { useDefineForClassFields: false, verbatimModuleSyntax: true } },
};

/** `css` templates without substitutions: the styles of the elements. */
const CSS_TEMPLATE = /\bcss`([^`$\\]*)`/g;

/** Minifies the text of each `css` template of a module. */
async function minifyStyles(code) {
  const found = [...code.matchAll(CSS_TEMPLATE)];
  if (!found.length) return code;
  const minified = await Promise.all(
    found.map(async ([, text]) => (await transform(text, { loader: 'css', minify: true })).code),
  );
  // Back into a template literal: the minifier writes some characters as CSS escapes (`\201c`).
  const literal = (css) => css.trim().replace(/[\\`]|\$\{/g, (c) => `\\${c}`);
  let i = 0;
  return code.replace(CSS_TEMPLATE, () => `css\`${literal(minified[i++])}\``);
}

/** Compiles one TypeScript module; `sourcemap` as esbuild takes it. */
export async function compileTs(code, file, sourcemap = true) {
  const source = file.endsWith('.styles.ts') ? await minifyStyles(code) : code;
  return transform(source, { ...OPTIONS, sourcefile: file, sourcemap });
}

const isSource = (id) => id.endsWith('.ts') && !id.includes('/node_modules/');

/** Vite (and Rolldown) plugin: every TypeScript module of the project through compileTs(). */
export function viteCompile() {
  return {
    name: 'cst-compile',
    enforce: 'pre',
    async transform(code, id) {
      if (!isSource(id)) return null;
      const out = await compileTs(code, id);
      return { code: out.code, map: out.map };
    },
  };
}

/** @web/test-runner plugin: the same compilation for the modules the browser tests load. */
export function testRunnerCompile() {
  return {
    name: 'cst-compile',
    resolveMimeType(context) {
      if (isSource(context.path)) return 'js';
    },
    async transform(context) {
      if (!isSource(context.path)) return undefined;
      const out = await compileTs(context.body, context.path, 'inline');
      return { body: out.code };
    },
  };
}
