// Writes what is generated from custom-elements.json (run by `npm run build`, after `cem analyze`):
//
// - dist/types/frameworks/<tag>.d.ts: the tag's attributes typed for React 19 JSX, Vue's
//   GlobalComponents and Svelte's SvelteHTMLElements, and dist/<entry>.d.ts, the types of each
//   define entry, which include them: importing `cst-elements/quote.js` types `<cst-quote>`;
// - dist/react/<entry>.js and .d.ts: each element's React wrapper, made with @lit/react, a client
//   module ('use client') so that React Server Components can render it, and dist/react.js and
//   dist/react.d.ts, which re-export them all;
// - `typesVersions` in package.json: the types of each entry of `exports`, for TypeScript's
//   `node10` resolution, which does not read `exports`;
// - vscode.html-custom-data.json and web-types.json (committed, checked fresh in CI).
//
// Attribute types must be written out in the manifest as literal unions or primitives
// (`'card' | 'pull' | 'inline'`, `string | null`): anything else (an alias name) stops the build.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Every element of the manifest, with the entry that defines it (`quote` for dist/quote.js). */
const elements = [];
for (const mod of manifest.modules) {
  for (const exp of mod.exports ?? []) {
    if (exp.kind !== 'custom-element-definition') continue;
    const decl = mod.declarations.find((d) => d.name === exp.declaration.name);
    const entry = /^dist\/([a-z-]+)\.js$/.exec(mod.path)?.[1];
    if (!decl || !entry) throw new Error(`custom-elements.json: cannot place <${exp.name}>`);
    elements.push({ tag: exp.name, entry, decl });
  }
}
elements.sort((a, b) => (a.tag < b.tag ? -1 : 1));
if (!elements.length) throw new Error('custom-elements.json lists no custom element');

const PRIMITIVES = new Set(['string', 'number', 'boolean']);

/** An attribute's type as the union it is, without `null`; fails on anything but literals and primitives. */
function typeOf(tag, attr) {
  const text = attr.type?.text;
  const parts = (text ?? '')
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p && p !== 'null' && p !== 'undefined');
  const bad = parts.filter((p) => !PRIMITIVES.has(p) && !/^'[^'\\]*'$/.test(p));
  if (!parts.length || bad.length)
    throw new Error(
      `custom-elements.json: <${tag}> attribute "${attr.name}" is typed ${JSON.stringify(text)}; ` +
        'write the property type out as a union of literal values or a primitive',
    );
  return {
    text: parts.join(' | '),
    values: parts.filter((p) => p.startsWith("'")).map((p) => p.slice(1, -1)),
    boolean: parts.length === 1 && parts[0] === 'boolean',
  };
}

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const pascal = (name) => camel(name).replace(/^[a-z]/, (c) => c.toUpperCase());
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const doc = (text, indent) =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ')} */\n` : '';

for (const el of elements) {
  el.attributes = (el.decl.attributes ?? []).map((attr) => ({ ...attr, ts: typeOf(el.tag, attr) }));
  el.events = (el.decl.events ?? []).map((event) => {
    if (!event.type?.text)
      throw new Error(`custom-elements.json: <${el.tag}> ${event.name} has no type`);
    return { ...event, cls: event.type.text };
  });
  el.interfaceName = `${el.decl.name}Attributes`;
}

const HEADER = '// Generated from custom-elements.json by scripts/from-manifest.js.\n';

/**
 * The framework typings of one tag. The augmentations work whether or not each framework is
 * installed: TypeScript accepts the augmentation of a module it cannot find in a declaration
 * file (it declares that module instead), so the only names used inside are ones declared there
 * too (`HTMLAttributes`, `RefAttributes`): empty interfaces that merge with the framework's own
 * when it is installed. Svelte is reached through `svelte/elements` the same way.
 */
function frameworkTypes(el) {
  const events = [...new Set(el.events.map((e) => e.cls))];
  const props = (name, indent) =>
    el.attributes
      .map((a) => `${doc(a.description, indent)}${indent}${key(name(a.name))}?: ${a.ts.text};\n`)
      .join('');
  const handlers = (name, indent) =>
    el.events.map((e) => `${indent}${key(name(e.name))}?: (event: ${e.cls}) => void;\n`).join('');
  const { tag, decl, interfaceName } = el;
  return `${HEADER}import type { ${decl.name} } from '../define/${el.entry}.js';
${events.length ? `import type { ${events.join(', ')} } from '../events.js';\n` : ''}
/** The attributes of \`<${tag}>\`, as written in HTML. */
export interface ${interfaceName} {
${props((n) => n, '  ')}}

/** The events of \`<${tag}>\`, as React and Svelte take them (\`oncst-error\`). */
export interface ${decl.name}EventAttributes {
${handlers((n) => `on${n}`, '  ')}}

declare module 'react' {
  interface HTMLAttributes<T> {}
  interface RefAttributes<T> {}
  namespace JSX {
    interface IntrinsicElements {
      '${tag}': ${interfaceName} &
        ${decl.name}EventAttributes &
        HTMLAttributes<${decl.name}> &
        RefAttributes<${decl.name}>;
    }
  }
}

declare module 'vue' {
  interface HTMLAttributes {}
  interface GlobalComponents {
    /** \`<${tag}>\`: attributes in camelCase, as Vue passes them (\`as-of\` is \`asOf\`). */
    '${tag}': new () => {
      $props: HTMLAttributes & {
${props(camel, '        ')}${handlers((n) => camel(`on-${n}`), '        ')}      };
    };
  }
}

declare module 'svelte/elements' {
  interface HTMLAttributes<T extends EventTarget> {}
  interface SvelteHTMLElements {
    '${tag}': ${interfaceName} & ${decl.name}EventAttributes & HTMLAttributes<${decl.name}>;
  }
}
`;
}

function entryTypes(entry, own) {
  const reexport = (el) =>
    `export type { ${el.interfaceName}, ${el.decl.name}EventAttributes } from './types/frameworks/${el.tag}.js';\n`;
  if (entry === 'all') return `${HEADER}export {};\n${elements.map(reexport).join('')}`;
  return `${HEADER}export * from './types/define/${entry}.js';\n${own.map(reexport).join('')}`;
}

/**
 * The React wrapper of one element, in dist/react/<entry>.js: it imports only that element's
 * define entry, so a bundle with some of the wrappers holds only those elements.
 */
function reactModule(el) {
  return `'use client';
${HEADER}import * as React from 'react';
import { createComponent } from '@lit/react';
import { ${el.decl.name} as ${el.decl.name}Element } from '../${el.entry}.js';

/** \`<${el.tag}>\` as a React component; importing it defines the tag. */
export const ${el.decl.name} = /* @__PURE__ */ createComponent({
  tagName: '${el.tag}',
  elementClass: ${el.decl.name}Element,
  react: React,
  events: { ${el.events.map((e) => `on${pascal(e.name)}: '${e.name}'`).join(', ')} },
});
`;
}

function reactTypes(el) {
  const classes = [...new Set(el.events.map((e) => e.cls))];
  return `${HEADER}import type { EventName, ReactWebComponent } from '@lit/react';
import type { ${classes.join(', ')} } from '../types/index.js';
import type { ${el.decl.name} as ${el.decl.name}Element } from '../${el.entry}.js';

/** \`<${el.tag}>\` as a React component; importing it defines the tag. */
export declare const ${el.decl.name}: ReactWebComponent<
  ${el.decl.name}Element,
  { ${el.events.map((e) => `on${pascal(e.name)}: EventName<${e.cls}>`).join('; ')} }
>;
`;
}

/**
 * dist/react.js (and its types): every wrapper, re-exported from its own module. The package
 * declares these modules free of side effects, so a bundler leaves out the wrappers a page does
 * not import, and the elements they would define with them.
 */
function reactIndex() {
  return `${HEADER}${elements
    .map((el) => `export { ${el.decl.name} } from './react/${el.entry}.js';\n`)
    .join('')}`;
}

function vscodeData() {
  return {
    version: 1.1,
    tags: elements.map((el) => ({
      name: el.tag,
      description: el.decl.summary ?? el.decl.description,
      attributes: el.attributes.map((a) => ({
        name: a.name,
        description: a.description,
        ...(a.ts.values.length && { values: a.ts.values.map((name) => ({ name })) }),
        ...(a.ts.boolean && { valueSet: 'v' }),
      })),
    })),
  };
}

function webTypes() {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((el) => ({
          name: el.tag,
          description: el.decl.description,
          source: { module: `${pkg.name}/${el.entry}.js`, symbol: el.decl.name },
          attributes: el.attributes.map((a) => ({
            name: a.name,
            description: a.description,
            value: {
              type: a.ts.text,
              ...(a.default !== undefined && a.default !== 'null' && { default: a.default }),
            },
          })),
          events: el.events.map((e) => ({ name: e.name, description: e.description })),
          slots: (el.decl.slots ?? []).map((s) => ({
            name: s.name,
            description: s.description,
          })),
          js: {
            properties: (el.decl.members ?? [])
              .filter((m) => m.kind === 'field' && !m.privacy && !m.static && m.type)
              .map((m) => ({ name: m.name, description: m.description, type: m.type.text })),
            events: el.events.map((e) => ({ name: e.name, description: e.description })),
          },
          css: {
            properties: (el.decl.cssProperties ?? []).map((p) => ({
              name: p.name,
              description: p.description,
            })),
            parts: (el.decl.cssParts ?? []).map((p) => ({
              name: p.name,
              description: p.description,
            })),
          },
        })),
      },
    },
  };
}

const json = (value) => JSON.stringify(value, null, 2) + '\n';

// `node10` resolution finds `cst-elements/quote.js` through `typesVersions` alone.
const typesVersions = {
  '*': Object.fromEntries(
    Object.entries(pkg.exports)
      .map(([path, target]) => [path.slice(2), target.types ?? target])
      // JSON files found at the same path need no entry.
      .filter(([path, file]) => path && typeof file === 'string' && file !== `./${path}`)
      .map(([path, file]) => [path, [file]]),
  ),
};
if (JSON.stringify(pkg.typesVersions) !== JSON.stringify(typesVersions)) {
  const fields = Object.entries(pkg).filter(([name]) => name !== 'typesVersions');
  const at = fields.findIndex(([name]) => name === 'exports');
  fields.splice(at + 1, 0, ['typesVersions', typesVersions]);
  writeFileSync('package.json', json(Object.fromEntries(fields)));
  console.log('package.json: typesVersions written from exports');
}
writeFileSync('vscode.html-custom-data.json', json(vscodeData()));
writeFileSync('web-types.json', json(webTypes()));

if (existsSync('dist/types/define')) {
  mkdirSync('dist/types/frameworks', { recursive: true });
  for (const el of elements)
    writeFileSync(`dist/types/frameworks/${el.tag}.d.ts`, frameworkTypes(el));
  const entries = new Set(elements.map((el) => el.entry));
  for (const entry of [...entries, 'all'])
    writeFileSync(
      `dist/${entry}.d.ts`,
      entryTypes(
        entry,
        elements.filter((el) => el.entry === entry),
      ),
    );
  mkdirSync('dist/react', { recursive: true });
  for (const el of elements) {
    writeFileSync(`dist/react/${el.entry}.js`, reactModule(el));
    writeFileSync(`dist/react/${el.entry}.d.ts`, reactTypes(el));
  }
  writeFileSync('dist/react.js', reactIndex());
  writeFileSync('dist/react.d.ts', reactIndex());
  console.log(`framework typings and React wrappers for ${elements.length} elements`);
}
