import { readdirSync, readFileSync } from 'node:fs';
import { elementSpecs } from './scripts/specs.js';

const specs = await elementSpecs();

/**
 * An element's attributes come from its folder's spec (`<name>.spec.ts`): each becomes an
 * attribute and a public field of the element's class, with the spec's type, initial value and
 * doc comment. Lit properties declared otherwise (reactive state) are not attributes.
 */
const specAttributes = () => ({
  name: 'spec-attributes',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      const name = /^src\/elements\/([a-z-]+)\/\1\.ts$/.exec(mod.path)?.[1];
      const spec = specs.find((s) => s.name === name);
      if (!spec) continue;
      for (const decl of mod.declarations ?? []) {
        if (!decl.customElement) continue;
        const own = spec.attributes.map((a) => {
          const fieldName = a.name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
          const common = {
            type: { text: a.type },
            default: JSON.stringify(a.initial).replace(/^"(.*)"$/, "'$1'"),
            ...(a.doc && { description: a.doc }),
          };
          return {
            attribute: { name: a.name, ...common, fieldName },
            field: {
              kind: 'field',
              name: fieldName,
              privacy: 'public',
              ...common,
              attribute: a.name,
            },
          };
        });
        const names = new Set(own.map((o) => o.field.name));
        const attributeNames = new Set(own.map((o) => o.attribute.name));
        decl.attributes = [
          ...own.map((o) => o.attribute),
          ...(decl.attributes ?? []).filter((a) => !attributeNames.has(a.name)),
        ];
        decl.members = [
          ...own.map((o) => o.field),
          ...(decl.members ?? []).filter(
            (m) => !names.has(m.name) && !(m.static && m.name === 'attributes'),
          ),
        ];
      }
    }
  },
});

/**
 * Events are documented with `@event` on each class. The analyzer also guesses events from
 * `dispatchEvent(new SomeEvent(arg))` calls and names them after the argument; those guesses are
 * dropped so the manifest lists only the documented events.
 */
const documentedEventsOnly = () => ({
  name: 'documented-events-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const decl of declarations(customElementsManifest)) {
      if (decl.events)
        decl.events = decl.events.filter((e) => e.description && e.name?.startsWith('cst-'));
    }
  },
});

/**
 * Each event gets the class it is dispatched as (`cst-error` is a `CstErrorEvent`), read from the
 * classes in src/events.ts and the name each one passes to `super()`.
 */
const typedEvents = () => ({
  name: 'typed-events',
  packageLinkPhase({ customElementsManifest }) {
    const source = readFileSync('src/events.ts', 'utf8');
    const classes = new Map(
      [...source.matchAll(/export class (\w+) extends CustomEvent[\s\S]*?super\('([a-z-]+)'/g)].map(
        ([, cls, name]) => [name, cls],
      ),
    );
    for (const decl of declarations(customElementsManifest)) {
      for (const event of decl.events ?? []) {
        const cls = classes.get(event.name);
        if (!cls)
          throw new Error(`${decl.name}: no event class in src/events.ts for ${event.name}`);
        event.type = { text: cls };
      }
    }
  },
});

/**
 * Reactive state (`static properties` with `state: true`) is no attribute: the analyzer lists
 * every static property as one, so attributes of private and protected fields are dropped.
 */
const publicAttributesOnly = () => ({
  name: 'public-attributes-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const decl of declarations(customElementsManifest)) {
      if (!decl.attributes) continue;
      decl.attributes = decl.attributes.filter((attr) => {
        const field = decl.members?.find((m) => m.kind === 'field' && m.name === attr.fieldName);
        return !field || (field.privacy !== 'private' && field.privacy !== 'protected');
      });
    }
  },
});

/**
 * Attributes that are not Lit properties (read with `getAttribute`), documented with `@attr` on
 * the element base: their type and default, as the code treats them.
 */
const PLAIN_ATTRIBUTES = {
  // Any BCP 47 tag; `ru…` shows Russian, anything else English. Unset: inherited.
  lang: { type: { text: 'string' } },
  // A boolean attribute: present or not.
  'no-shift': { type: { text: 'boolean' }, default: 'false' },
};

/**
 * Attributes of Lit properties take the type and default of their field (the analyzer leaves a
 * constant's name as the attribute's default, and no type when the field's type is inferred);
 * numbers are written as plain numbers (`10000`, not `10_000`).
 */
const attributeTypes = () => ({
  name: 'attribute-types',
  packageLinkPhase({ customElementsManifest }) {
    const number = (text) =>
      typeof text === 'string' && /^\d[\d_]*(\.\d+)?$/.test(text) ? text.replace(/_/g, '') : text;
    for (const decl of declarations(customElementsManifest)) {
      for (const member of decl.members ?? []) {
        if (member.default !== undefined) member.default = number(member.default);
      }
      for (const attr of decl.attributes ?? []) {
        const field = decl.members?.find((m) => m.kind === 'field' && m.name === attr.fieldName);
        if (field) {
          if (field.type) attr.type = field.type;
          if (field.default !== undefined) attr.default = field.default;
        } else if (PLAIN_ATTRIBUTES[attr.name]) {
          Object.assign(attr, PLAIN_ATTRIBUTES[attr.name]);
        }
      }
    }
  },
});

/**
 * Module paths name the files that ship and can be imported: each element is declared in the
 * entry that defines its tag (`dist/quote.js` defines `<cst-quote>` and exports `CstQuote`), and
 * `dist/index.js` exports the classes without defining anything. Modules of the sources, which
 * are bundled into hashed chunks, are left out; references to them keep the name alone.
 */
const shippedModules = () => ({
  name: 'shipped-modules',
  packageLinkPhase({ customElementsManifest }) {
    const { modules } = customElementsManifest;
    const byPath = new Map(modules.map((m) => [m.path, m]));
    // Class names are unique across the sources; a re-export may name its own module.
    const byName = new Map();
    for (const mod of modules) {
      for (const decl of mod.declarations ?? []) byName.set(decl.name, { mod, decl });
    }
    const find = (exp, from) => {
      const source = byPath.get(resolveModule(exp.declaration.module, from));
      const decl = source?.declarations?.find((d) => d.name === exp.declaration.name);
      return decl ? { mod: source, decl } : byName.get(exp.declaration.name);
    };
    const entries = readdirSync('src/define')
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.replace(/\.ts$/, ''));
    /** Source module of a class → the entry that defines it. */
    const moved = new Map();
    const shipped = [];
    for (const entry of entries) {
      const defineModule = byPath.get(`src/define/${entry}.ts`);
      const path = `dist/${entry}.js`;
      const declarationsHere = [];
      const exportsHere = [];
      for (const exp of defineModule?.exports ?? []) {
        const { mod: source, decl } = find(exp, defineModule.path) ?? {};
        if (!decl?.customElement) continue;
        moved.set(`${source.path}#${decl.name}`, path);
        declarationsHere.push(decl);
        exportsHere.push(
          { kind: 'js', name: exp.name, declaration: { name: decl.name, module: path } },
          {
            kind: 'custom-element-definition',
            name: decl.tagName,
            declaration: { name: decl.name, module: path },
          },
        );
      }
      if (declarationsHere.length)
        shipped.push({
          kind: 'javascript-module',
          path,
          declarations: declarationsHere,
          exports: exportsHere,
        });
    }

    // The class-only entry: the element classes by reference, and its other values declared here.
    const index = byPath.get('src/index.ts');
    const indexModule = { kind: 'javascript-module', path: 'dist/index.js', declarations: [] };
    indexModule.exports = [];
    for (const exp of index?.exports ?? []) {
      if (exp.name === '*') continue;
      const { mod: source, decl } = find(exp, index.path) ?? {};
      if (!decl) continue; // a type
      const where = moved.get(`${source.path}#${decl.name}`);
      if (!where) indexModule.declarations.push(decl);
      indexModule.exports.push({
        kind: 'js',
        name: exp.name,
        declaration: { name: decl.name, module: where ?? indexModule.path },
      });
    }
    shipped.push(indexModule);

    const shippedPaths = new Set(shipped.map((m) => m.path));
    const retarget = (ref) => {
      if (!ref?.module || shippedPaths.has(ref.module)) return;
      const to = moved.get(`${ref.module}#${ref.name}`);
      if (to) ref.module = to;
      else delete ref.module;
    };
    for (const mod of shipped) {
      for (const decl of mod.declarations) {
        retarget(decl.superclass);
        for (const item of [
          ...(decl.members ?? []),
          ...(decl.attributes ?? []),
          ...(decl.events ?? []),
        ]) {
          retarget(item.inheritedFrom);
        }
      }
    }
    customElementsManifest.modules = shipped;
  },
});

/** Modules in path order, so the manifest does not depend on how the file system lists files. */
const sortedModules = () => ({
  name: 'sorted-modules',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },
});

function* declarations(manifest) {
  for (const mod of manifest.modules) yield* mod.declarations ?? [];
}

/** A module path as the analyzer writes it (`src/…/x.ts`), from an export's `./x.js`. */
function resolveModule(module, from) {
  if (!module.startsWith('.')) return module;
  const parts = from.split('/').slice(0, -1);
  for (const part of module.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/').replace(/\.js$/, '.ts');
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/data/**', 'src/ssr/**', 'src/cdn/**', 'src/embed/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    specAttributes(),
    publicAttributesOnly(),
    documentedEventsOnly(),
    typedEvents(),
    attributeTypes(),
    shippedModules(),
    sortedModules(),
  ],
};
