// The tarball itself, Node and the command line, a lean install, and the README's examples.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'parse5';
import {
  APPS,
  bin,
  mapPoint,
  operationsOf,
  QUOTE,
  ROOT,
  run,
  standingsOn,
  TAGS,
  TARBALL,
} from './helpers.js';

test('publint: the tarball', () => {
  const { output } = run(bin('publint'), ['run', TARBALL, '--strict']);
  expect(output).toMatch(/All good!/);
});

test('@arethetypeswrong/cli: the tarball, node10 resolution included', () => {
  // ESM only (no require() from CommonJS), and node10 resolution reads `typesVersions`.
  run(bin('attw'), [
    TARBALL,
    '--ignore-rules',
    'cjs-resolves-to-esm',
    '--no-definitely-typed',
    '--format',
    'ascii',
  ]);
});

test('Node: cst-elements/data.js and cst-elements/ssr.js', () => {
  run('node', ['data.mjs'], { cwd: join(APPS, 'node') });
  run('node', ['ssr.mjs'], { cwd: join(APPS, 'node') });
});

test('Node: npx cst-elements render', () => {
  const { stdout } = run('npx', ['--no-install', 'cst-elements', 'render', 'in.html'], {
    cwd: join(APPS, 'node'),
  });
  for (const expected of [/shadowrootmode="open"/, /Kassym-Jomart Tokayev/, /Казахстан/])
    expect(stdout).toMatch(expected);
  // The timeline, in its shadow root and in the fallback after it: the same words, which hold
  // each year and each event's title.
  const start = stdout.indexOf('<cst-timeline');
  expect(start).toBeGreaterThan(-1);
  const [shadow, light] = stdout
    .slice(start, stdout.indexOf('</cst-timeline>', start))
    .split('</template>')
    .map(visibleText);
  expect(light).toBeTruthy();
  expect(shadow, 'the fallback says what the shadow root says').toBe(light);
  const { years, titles } = operationsOf('kz');
  for (const words of [...years, ...titles]) expect(light).toContain(words);
  // The fact says the count in its shadow root; the publisher's words stay as its fallback.
  const html = parse(stdout);
  const standings = standingsOn();
  const [fact] = descendants(html).filter((n) => n.nodeName === 'cst-fact');
  const [factShadow] = fact.childNodes.filter((n) => n.nodeName === 'template');
  expect(textOf(factShadow.content)).toMatch(new RegExp(`^${standings.count}\\D`));
  expect(textOf(fact).trim()).toBe('six');
  // The map's fallback, for RSS and e-mail: the static map, one image named by its point with a
  // shape for each state in the Organization, then its text alternative, the legend naming them.
  const [map] = descendants(html).filter((n) => n.nodeName === 'cst-member-map');
  const fallback = descendants(map);
  const images = fallback.filter((n) => n.nodeName === 'svg' && attribute(n, 'role') === 'img');
  expect(images).toHaveLength(1);
  expect(attribute(images[0], 'aria-label')).toMatch(mapPoint(standings));
  const shapes = descendants(images[0]).filter((n) => n.nodeName === 'path');
  const inOrganization = standings.states.filter((s) => s.standing !== 'left');
  for (const { id, name } of inOrganization) {
    const shape = shapes.find((n) => attribute(n, 'data-state') === id);
    expect(attribute(shape, 'd'), name).toMatch(/^M\S/);
  }
  const [legend] = fallback.filter((n) => n.nodeName === 'ul');
  const items = descendants(legend).filter((n) => n.nodeName === 'li');
  expect(items).toHaveLength(new Set(inOrganization.map((s) => s.standing)).size);
  const alternative = textOf(legend).replace(/\s+/g, ' ');
  for (const { name, standing } of standings.states)
    if (standing === 'left') expect(alternative).not.toContain(name);
    else expect(alternative).toContain(name);
});

/** A node and the elements under it, in document order; a template's content left out. */
const descendants = (node) => [node, ...(node.childNodes ?? []).flatMap(descendants)];
const attribute = (node, name) => node?.attrs?.find((a) => a.name === name)?.value;
/** A node's text, its styles and a template's content left out. */
const textOf = (node) =>
  node.nodeName === '#text'
    ? node.value
    : node.nodeName === 'style'
      ? ''
      : (node.childNodes ?? []).map(textOf).join('');

/** The text a reader of server-rendered HTML sees: tags, comments and styles removed. */
function visibleText(html) {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

test('lean install: no framework, no SSR stack; types with skipLibCheck off, under nodenext and node10', () => {
  const lean = mkdtempSync(join(tmpdir(), 'cst-elements-lean-'));
  try {
    cpSync(join(APPS, 'no-framework'), lean, { recursive: true });
    cpSync(join(APPS, 'node/in.html'), join(lean, 'in.html'));
    const lock = JSON.parse(readFileSync(join(APPS, 'package-lock.json'), 'utf8'));
    const typescript = lock.packages['node_modules/typescript'].version;
    run(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        TARBALL,
        `typescript@${typescript}`,
      ],
      {
        cwd: lean,
      },
    );
    const installed = readdirSync(join(lean, 'node_modules')).flatMap((d) =>
      d.startsWith('@') ? readdirSync(join(lean, 'node_modules', d)).map((p) => `${d}/${p}`) : [d],
    );
    for (const name of ['@lit-labs/ssr', 'parse5', 'react', '@lit/react', 'vue', 'svelte'])
      expect(installed, `a plain install brought ${name}`).not.toContain(name);
    const tsc = join(lean, 'node_modules/.bin/tsc');
    run(tsc, ['-p', lean], { cwd: lean });
    // The README's note on older resolution, as written there: the same file type-checks.
    run(tsc, ['-p', join(lean, 'tsconfig.node10.json')], { cwd: lean });
    const cli = run('npx', ['--no-install', 'cst-elements', 'render', 'in.html'], {
      cwd: lean,
      fail: true,
    });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain('npm install @lit-labs/ssr parse5');
    const ssr = run(
      'node',
      [
        '--input-type=module',
        '-e',
        `import 'cst-elements/quote.js';
         import { renderElement } from 'cst-elements/ssr.js';
         await renderElement('cst-quote', { quote: '${QUOTE}' }).then(
           () => { throw new Error('rendered without @lit-labs/ssr'); },
           (e) => console.log(e.message));`,
      ],
      { cwd: lean },
    );
    expect(ssr.stdout).toContain('npm install @lit-labs/ssr');
  } finally {
    rmSync(lean, { recursive: true, force: true });
  }
});

const SECTIONS = [
  'Use with a bundler',
  'React',
  'Next.js',
  'Vue',
  'Svelte',
  'SvelteKit',
  'Astro',
  'Angular',
  'TypeScript',
  'Server rendering',
];

/** The README's section under the heading `title` (level 2 or 3), up to the next heading. */
function readmeSection(title) {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const body = readme.split(/^#{2,3} /m).find((s) => s.startsWith(`${title}\n`));
  expect(body, `README has no section "${title}"`).toBeTruthy();
  return body;
}

test("README: each example of the bundler, framework and server sections is an app's code", () => {
  const sources = listFiles(APPS).map((f) => normalizeCode(readFileSync(f, 'utf8')));
  for (const title of SECTIONS) {
    const body = readmeSection(title);
    const blocks = [...body.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].filter(
      ([, lang]) => lang !== 'sh',
    );
    expect(blocks.length, `README section "${title}" has no example`).toBeGreaterThan(0);
    for (const [, , code] of blocks)
      expect(
        sources.some((s) => s.includes(normalizeCode(code))),
        `README section "${title}": no app holds this example as written:\n${code}`,
      ).toBe(true);
  }
});

test("README: the bundler section names each tag's entry, the React section each wrapper", () => {
  const bundler = readmeSection('Use with a bundler');
  const react = readmeSection('React');
  for (const tag of TAGS) {
    const name = tag.replace(/^cst-/, '');
    expect(bundler, `the entry of <${tag}>`).toContain(`\`${name}.js\``);
    const wrapper = `Cst${name.replace(/(?:^|-)(\w)/g, (_, c) => c.toUpperCase())}`;
    expect(react, `the wrapper of <${tag}>`).toContain(`\`${wrapper}\``);
  }
});

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (
      ['node_modules', 'dist', 'build', '.next', '.svelte-kit', '.astro', '.angular'].includes(
        e.name,
      )
    )
      return [];
    const path = join(dir, e.name);
    return e.isDirectory()
      ? listFiles(path)
      : /\.(m?js|ts|tsx|vue|svelte|astro|html|json)$/.test(e.name)
        ? [path]
        : [];
  });
}
/** Lines trimmed, blank lines dropped: indentation inside a README block may differ. */
function normalizeCode(code) {
  return code
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}
