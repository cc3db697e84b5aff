// The element folders' specs (src/elements/<name>/<name>.spec.ts) for the project's tools: each
// element's tag and attributes, every attribute with its type, its values, its initial value and
// the doc comment written on it. The modules are bundled and run; the comments are read from the
// source, as the minified code drops them.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import ts from 'typescript';

/** The doc comment on each property of the object literal assigned to `export const attributes`. */
function docs(path) {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found = {};
  const visit = (node) => {
    if (
      ts.isVariableDeclaration(node) &&
      node.name.getText() === 'attributes' &&
      node.initializer
    ) {
      let literal = node.initializer;
      while (ts.isSatisfiesExpression(literal) || ts.isAsExpression(literal)) {
        literal = literal.expression;
      }
      for (const property of ts.isObjectLiteralExpression(literal) ? literal.properties : []) {
        const name =
          property.name && ts.isStringLiteral(property.name)
            ? property.name.text
            : property.name?.getText();
        const comment = ts
          .getJSDocCommentsAndTags(property)
          .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
          .join(' ');
        if (name) found[name] = comment.replace(/\s+/g, ' ').trim();
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** An attribute's property type as TypeScript writes it, from its kind and values. */
function typeOf({ kind, values }) {
  const union = (values ?? []).map((v) => `'${v}'`).join(' | ');
  const types = {
    text: 'string | null',
    numeral: 'string | number | null',
    choice: union,
    required: `${union} | null`,
    tokens: 'string | null',
    date: 'string | null',
    number: 'number',
    duration: 'number | string | null',
  };
  if (!(kind in types)) throw new Error(`an attribute of unknown kind: ${kind}`);
  return types[kind];
}

/** Every element folder's name. */
export function elementNames() {
  return readdirSync('src/elements', { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`src/elements/${d.name}/${d.name}.spec.ts`))
    .map((d) => d.name);
}

/** Runs the TypeScript modules at `paths` (bundled), in order. */
async function run(paths) {
  const { outputFiles } = await build({
    entryPoints: paths,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    outdir: 'out',
    outbase: '.',
    logLevel: 'warning',
  });
  return Promise.all(
    paths.map((path) => {
      const out = `/out/${path.replace(/\.ts$/, '.js')}`;
      const code = outputFiles.find((f) => f.path.endsWith(out)).text;
      return import(`data:text/javascript,${encodeURIComponent(code)}`);
    }),
  );
}

/**
 * The element folders that have a `<name>.<suffix>.ts` module (`data`, `frame`), with that module
 * run: `{ names, modules }`, in folder order.
 */
export async function folderModules(suffix) {
  const names = elementNames().filter((n) => existsSync(`src/elements/${n}/${n}.${suffix}.ts`));
  const modules = names.length
    ? await run(names.map((n) => `src/elements/${n}/${n}.${suffix}.ts`))
    : [];
  return { names, modules };
}

/**
 * Writes each of `files` (path → text) whose text differs from the one on disk; with `check`,
 * writes nothing and adds the path to `stale` instead.
 */
export function writeChanged(files, check, stale) {
  for (const [file, text] of Object.entries(files)) {
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (committed === text) continue;
    if (check) stale.push(file);
    else {
      mkdirSync(file.slice(0, file.lastIndexOf('/')), { recursive: true });
      writeFileSync(file, text);
    }
  }
}

/** Each element's examples (`<name>.examples.ts`), by tag, in folder order. */
export async function elementExamples() {
  const names = elementNames();
  const modules = await run(names.map((name) => `src/elements/${name}/${name}.examples.ts`));
  return Object.fromEntries(names.map((name, i) => [`cst-${name}`, modules[i].examples]));
}

/**
 * Each element: `{ name, tag, provider, attributes: [{ name, kind, type, initial, values, doc }] }`.
 */
export async function elementSpecs() {
  const names = elementNames();
  const paths = names.map((name) => `src/elements/${name}/${name}.spec.ts`);
  const modules = await run(paths);
  return Promise.all(
    names.map(async (name, i) => {
      const module = modules[i];
      const comments = docs(paths[i]);
      return {
        name,
        tag: module.tag,
        provider: module.provider === true,
        attributes: Object.entries(module.attributes).map(([attribute, spec]) => ({
          name: attribute,
          kind: spec.kind,
          type: typeOf(spec),
          initial: spec.initial,
          values: spec.values,
          doc: comments[attribute] ?? '',
        })),
      };
    }),
  );
}
