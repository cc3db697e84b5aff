// The one TypeScript compilation: the browser tests, the npm build and the CDN build all turn
// src/*.ts into JavaScript through compileTs(), so the tests run the code that ships. Lit's
// reactive properties are declared with `static properties` and class fields; without
// `useDefineForClassFields` the fields are plain assignments in the constructor, which Lit's
// accessors take. The text of `css` templates is minified by minify-literals (Lightning CSS, on
// the templates a real parse of the module finds); markup templates stay as written, so
// server-rendered elements hydrate against the same strings.
import { transform } from 'esbuild';
import { minifyHTMLLiterals } from 'minify-literals';

const OPTIONS = {
  loader: 'ts',
  format: 'esm',
  target: 'es2022',
  tsconfigRaw: { compilerOptions: { useDefineForClassFields: false, verbatimModuleSyntax: true } },
};

/** Minifies the text of each `css` template of a module. */
async function minifyStyles(code, file) {
  if (!code.includes('css`')) return code;
  const result = await minifyHTMLLiterals(code, {
    fileName: file,
    html: false,
    cssTags: ['css'],
    sourceMap: false,
  });
  return result?.code ?? code;
}

/** Compiles one TypeScript module; `sourcemap` as esbuild takes it. */
export async function compileTs(code, file, sourcemap = true) {
  return transform(await minifyStyles(code, file), { ...OPTIONS, sourcefile: file, sourcemap });
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
