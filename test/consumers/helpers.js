// What the specs share: running commands, serving a build, loading a page and reading what a
// reader sees in it, and the expected content worked out from data/*.json.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { expect } from '@playwright/test';
import { serve } from '../../scripts/static-server.js';

// The project's one static server: a built folder on a loopback port.
export { serve };

export const APPS = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(APPS, '../..');
export const OUT = join(ROOT, 'test-results/consumers');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
export const TARBALL = join(OUT, `${pkg.name}-${pkg.version}.tgz`);
export const bin = (name, dir = APPS) => join(dir, 'node_modules/.bin', name);
const ENV = {
  ...process.env,
  FORCE_COLOR: '0',
  NO_COLOR: '1',
  NEXT_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
  NG_CLI_ANALYTICS: 'false',
};

/**
 * Runs a command; throws with its output unless it exits as expected (`fail`: expected to fail).
 * With `async`, returns a promise, so that two installs can run at once.
 */
export function run(cmd, args, { cwd = APPS, fail = false, async = false, env = {} } = {}) {
  const check = ({ status, stdout, stderr }) => {
    const output = `${stdout ?? ''}${stderr ?? ''}`;
    if (fail ? status === 0 : status !== 0)
      throw new Error(
        `${relative(ROOT, cwd) || '.'}$ ${cmd} ${args.join(' ')} exited ${status}${fail ? ' (expected to fail)' : ''}\n${output.slice(-6000)}`,
      );
    return { status, stdout, stderr, output };
  };
  const options = { cwd, env: { ...ENV, ...env } };
  if (!async) {
    const r = spawnSync(cmd, args, { ...options, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.error) throw r.error;
    return check(r);
  }
  return new Promise((done, failed) => {
    const child = spawn(cmd, args, options);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', failed);
    child.on('close', (status) => {
      try {
        done(check({ status, stdout, stderr }));
      } catch (error) {
        failed(error);
      }
    });
  });
}

/** Starts a server process and resolves once `url` answers; `stop()` ends it. */
export async function start(cmd, args, { cwd, url, env = {} }) {
  const child = spawn(cmd, args, {
    cwd,
    env: { ...ENV, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const end = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${cmd} ${args.join(' ')} exited:\n${output}`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > end) {
      child.kill();
      throw new Error(`${cmd} ${args.join(' ')} did not answer on ${url}:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    output: () => output,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.on('close', done);
        child.kill();
      }),
  };
}

/** A free loopback port. */
export function freePort() {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/**
 * Records on the page, from its first script on: every `cst-error` that reaches the document
 * (`document:<tag>:<code>`; apps add `<via>:<tag>:<code>` from their own handlers), page errors,
 * console warnings and errors. Returns what it saw.
 */
export async function watch(page) {
  const seen = { pageErrors: [], console: [] };
  page.on('pageerror', (error) => seen.pageErrors.push(error.message));
  page.on('console', (m) => {
    // Browsers ask every site for a favicon; the apps have none.
    if (/favicon\.ico$/.test(m.location().url)) return;
    if (['warning', 'error'].includes(m.type())) seen.console.push(`${m.type()}: ${m.text()}`);
  });
  await page.addInitScript(() => {
    window.cstErrors = [];
    document.addEventListener('cst-error', (e) =>
      window.cstErrors.push(`document:${e.target.localName}:${e.detail.code}`),
    );
  });
  return seen;
}

/** The text in an element's shadow root, whitespace collapsed ('' when it has none). */
export const shadowText = (page, selector) =>
  page.evaluate((s) => {
    const find = (root) => {
      const hit = root.querySelector(s);
      if (hit) return hit;
      for (const el of root.querySelectorAll('*')) {
        const inner = el.shadowRoot && find(el.shadowRoot);
        if (inner) return inner;
      }
      return null;
    };
    return (find(document)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }, selector);

/**
 * Waits until each `[selector, text]` of `texts` shows its text in its shadow root (the selector
 * may name an element inside other components' shadow roots) and each code of `errors` was
 * recorded; then, a moment later, fails on any page error.
 */
export async function expectPage(page, seen, { texts = [], errors = [], fallbacks = [] }) {
  for (const [selector, text] of texts)
    await expect.poll(() => shadowText(page, selector), { message: selector }).toContain(text);
  for (const [selector, text] of fallbacks) {
    await expect.poll(() => fallbackText(page, selector), { message: selector }).toBe(text);
    await expect(page.locator(selector).getByText(text, { exact: true })).toBeVisible();
  }
  for (const code of errors)
    await expect.poll(() => page.evaluate(() => window.cstErrors)).toContain(code);
  await page.waitForTimeout(200);
  expect(seen.pageErrors, 'page errors').toEqual([]);
}

/** The fallback an element shows in its shadow root: the content slotted into it, as text. */
const fallbackText = (page, selector) =>
  page.evaluate((s) => {
    const part = document.querySelector(s)?.shadowRoot?.querySelector('[part~="fallback"]');
    if (!part) return null;
    const slot = part.querySelector('slot');
    const nodes = slot ? slot.assignedNodes({ flatten: true }) : [part];
    return nodes
      .map((n) => n.textContent)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  }, selector);

/** Serves `dir`, opens `path` and checks it; returns the JavaScript files the page loaded. */
export async function check(page, dir, expected, path = '') {
  const server = await serve({ root: dir });
  try {
    const seen = await watch(page);
    await page.goto(`${server.url}/${path}`);
    await expectPage(page, seen, expected);
    for (const [selector, timeline] of expected.timelines ?? [])
      await expectTimeline(page, selector, timeline);
    for (const [selector, map] of expected.maps ?? []) await expectMap(page, selector, map);
    for (const [selector, fact] of expected.facts ?? []) await expectFact(page, selector, fact);
    return [...server.sent].filter((file) => /\.m?js$/.test(file));
  } finally {
    await server.close();
  }
}

/**
 * What a reader of a rendered <cst-timeline> finds, as assistive technology exposes it: a list
 * named by the timeline's title, which names the state; a heading per year; the events' titles.
 */
export async function expectTimeline(page, selector, expected) {
  const timeline = page.locator(selector);
  await expect(timeline.locator('[part~="list"]')).toBeAttached();
  const title = (await timeline.locator('[part~="title"]').innerText()).trim();
  expect(title).toContain(expected.state);
  await expect(timeline.getByRole('list', { name: title, exact: true })).toHaveCount(1);
  const years = await timeline.getByRole('heading').allInnerTexts();
  expect(years.map((y) => y.trim())).toEqual(expected.years);
  // The list layout gives each event a title of its own; the compact one, a line.
  const compact = expected.layout === 'compact';
  const events = await timeline
    .locator(compact ? '[part~="event"]' : '[part~="event-title"]')
    .allInnerTexts();
  const titles = events.map((t) => t.replace(/\s+/g, ' ').trim());
  expect(titles.length).toBe(expected.titles.length);
  titles.forEach((t, i) =>
    compact ? expect(t).toContain(expected.titles[i]) : expect(t).toBe(expected.titles[i]),
  );
}

/**
 * What a reader of a sentence holding a rendered `<cst-fact>` finds, as assistive technology
 * exposes it: one paragraph, the publisher's words before the fact and its value read as one run
 * of text, then the marker (a button that opens its note), then the words after it.
 */
export async function expectFact(page, selector, { before, value, after }) {
  await expect(page.locator(selector)).toMatchAriaSnapshot(
    [
      '- paragraph:',
      `  - text: ${JSON.stringify(`${before} ${value}`)}`,
      '  - button',
      `  - text: ${JSON.stringify(after)}`,
    ].join('\n'),
  );
}

/** Every tag the package defines, sorted, from its manifest. */
export const TAGS = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'))
  .modules.flatMap((m) => m.exports ?? [])
  .filter((e) => e.kind === 'custom-element-definition')
  .map((e) => e.name)
  .sort();

/** The tags a page defined, sorted. */
export const definedTags = (page) =>
  page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), TAGS);

/**
 * Writes the minified and gzipped size of the JavaScript files a page loaded to
 * test-results/consumers/sizes/<name>.json (teardown.js gathers them) and prints it.
 */
export function recordSize(name, files) {
  let minified = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    minified += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  const dir = join(OUT, 'sizes');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, `${name.replace(/\W+/g, '-')}.json`),
    JSON.stringify({ name, files: files.length, minified, gzip }),
  );
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `size: ${name}: ${files.length} JS file(s), ${kb(minified)} minified, ${kb(gzip)} gzip`,
  );
}

// --- what the pages show, from the data files ---------------------------------------------------
const dataFile = (name) => JSON.parse(readFileSync(join(ROOT, 'data', `${name}.json`), 'utf8'));
const META = dataFile('meta');
const EVENTS = dataFile('events');
const STATES = dataFile('states');

export const QUOTE = 'tokayev-2022-working-mechanism';
/** What the apps put inside a <cst-member-map> with a bad attribute, to be shown instead. */
export const MAP_FALLBACK = 'The CSTO member map cannot be shown here.';
/** What the apps put inside a <cst-timeline> with a bad attribute, to be shown instead. */
export const TIMELINE_FALLBACK = 'The CSTO timeline cannot be shown here.';

/**
 * What `<cst-timeline state="…" kinds="operations">` shows: the entries of data/events.json of
 * that kind that involve the state, up to the data's own date, oldest first; the state's name and
 * each event's title in the timeline's language.
 */
export function operationsOf(state, { lang = 'en', layout = 'list' } = {}) {
  const items = EVENTS.filter(
    (e) => e.kind === 'operations' && e.date <= META.asOf && e.states.includes(state),
  ).sort((a, b) => a.date.localeCompare(b.date) || (a.id < b.id ? -1 : 1));
  const record = STATES.find((s) => s.id === state);
  if (!record || !items.length) throw new Error(`data/events.json has no operation of ${state}`);
  return {
    state: record.name[lang],
    years: [...new Set(items.map((e) => e.date.slice(0, 4)))],
    titles: items.map((e) => e.title[lang]),
    layout,
  };
}

/** The standing in the Organization that a membership event begins (other events change none). */
const STANDING = {
  'founding-member': 'member',
  restored: 'member',
  frozen: 'frozen',
  suspended: 'suspended',
  left: 'left',
};

/**
 * How the states of data/states.json stand in the Organization on `asOf` (the data's own date by
 * default; a date after its founding), each by its last verified membership event that changes
 * its standing: `states` as `{ id, name, standing }` (`member`, `frozen`, `suspended`, `left`),
 * names in `lang`, and `count`, the members (participation frozen included).
 */
export function standingsOn({ lang = 'en', asOf = META.asOf } = {}) {
  if (asOf < '2002-10-07') throw new Error(`standingsOn: ${asOf} is before the Organization`);
  const states = STATES.flatMap((state) => {
    const last = state.membership
      .filter((e) => e.verified !== false && e.date <= asOf && e.type in STANDING)
      .sort((a, b) => a.date.localeCompare(b.date))
      .at(-1);
    return last ? [{ id: state.id, name: state.name[lang], standing: STANDING[last.type] }] : [];
  });
  const count = states.filter((s) => ['member', 'frozen'].includes(s.standing)).length;
  if (!count) throw new Error(`standingsOn: data/states.json has no member on ${asOf}`);
  return { asOf, lang, count, states };
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/**
 * The sentence that states a member map's point, as a pattern: it begins with the count of members,
 * then names the date and each state whose membership is frozen or suspended, and no former party.
 */
export function mapPoint({ count, lang, asOf, states }) {
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(asOf),
  );
  return new RegExp(
    [
      `^${count}\\D`,
      `(?=.*${escape(date)})`,
      ...states
        .filter((s) => ['frozen', 'suspended'].includes(s.standing))
        .map((s) => `(?=.*${escape(s.name)})`),
      ...states.filter((s) => s.standing === 'left').map((s) => `(?!.*${escape(s.name)})`),
    ].join(''),
  );
}

/**
 * What a reader of a rendered `<cst-member-map>` (of the current states) finds: one image, named
 * by a sentence that gives the count of members and the date and names each state whose
 * membership is frozen or suspended, and no former party; a shape drawn for each state in the
 * Organization; a legend, a list with an item per standing, that names each of them and no former
 * party; and, with `highlight` (a state's id), that state's status line.
 */
export async function expectMap(page, selector, { standings, highlight }) {
  const map = page.locator(selector);
  const { states } = standings;
  const inOrganization = states.filter((s) => s.standing !== 'left');
  const former = states.filter((s) => s.standing === 'left');
  const image = map.getByRole('img');
  await expect(image).toHaveCount(1);
  await expect(image).toHaveAccessibleName(mapPoint(standings));
  for (const { id, name } of inOrganization)
    await expect(map.locator(`[part~="map"] [data-state="${id}"]`), name).toBeVisible();
  const legend = map.locator('[part~="legend"]');
  const standingsShown = new Set(inOrganization.map((s) => s.standing));
  await expect(legend.getByRole('listitem')).toHaveCount(standingsShown.size);
  const text = (await legend.innerText()).replace(/\s+/g, ' ');
  for (const { name } of inOrganization) expect(text, 'the legend').toContain(name);
  for (const { name } of former) expect(text, 'the legend').not.toContain(name);
  if (highlight) {
    const state = states.find((s) => s.id === highlight);
    await expect(map.locator('[part~="status"]')).toContainText(state.name);
  }
}
