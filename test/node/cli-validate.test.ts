// `cst-elements validate`, run as the built command (run `npm run build` first) on the files of
// test/fixtures/validate. What the output promises (an id exists, a suggested one is the closest)
// is checked against the bundled data as well, so that a change of the data cannot leave a
// passing test that no longer says anything.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { DEFAULT_MAX_BYTES, validateDataset } from '../../src/data/loader.js';
import { PartialDatasetSchema } from '../../src/data/schema.js';
import * as v from 'valibot';
import { metaOf, references, unwrap, type Schema } from '../../src/data/fields.js';
import { formatPath } from '../../src/data/validate.js';

const FIXTURES = 'test/fixtures/validate';
const fixture = (name: string) => `${FIXTURES}/${name}`;
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, never>;
const bundledIds = (collection: string) =>
  (readJson(`data/${collection}.json`) as unknown as { id: string }[]).map((r) => r.id);

const temp = mkdtempSync(join(tmpdir(), 'cst-validate-'));
after(() => rmSync(temp, { recursive: true, force: true }));

function cli(args: string[], options: { input?: string; cwd?: string; bin?: string } = {}) {
  const result = spawnSync(process.execPath, [options.bin ?? resolve('dist/cli.js'), ...args], {
    encoding: 'utf8',
    cwd: options.cwd,
    input: options.input ?? '',
  });
  // No user error ends in a stack trace.
  assert.doesNotMatch(`${result.stdout}${result.stderr}`, /\n\s+at .+:\d+:\d+\)?\n/);
  return result;
}

/** The problem lines of an output, as `path: message — suggestion` after the file name. */
const lines = (stdout: string, file: string) =>
  stdout
    .split('\n')
    .filter((l) => l.startsWith(`${file}: $`))
    .map((l) => l.slice(file.length + 2));

describe('cst-elements validate (the built command)', () => {
  it('passes a valid file with a one-line summary of what it holds', () => {
    const file = fixture('valid.json');
    const data = readJson(file) as unknown as Record<string, { id: string }[]>;
    // What the summary says is true of the file and of the bundled data.
    assert.equal(data.sources!.length, 1);
    assert.deepEqual(
      data.people!.map((p) => p.id),
      ['zas'],
    );
    assert.ok(bundledIds('people').includes('zas'));
    assert.equal(data.quotes!.length, 2);
    assert.deepEqual(
      data.quotes!.map((q) => q.id).filter((id) => bundledIds('quotes').includes(id)),
      ['tokayev-2022-working-mechanism'],
    );
    // The provider takes it too.
    assert.equal(validateDataset(data).ok, true);

    const result = cli(['validate', file]);
    assert.equal(result.status, 0, result.stdout);
    assert.equal(result.stderr, '');
    assert.equal(
      result.stdout,
      `${file}: valid — meta, 1 source, 1 person (replaces the bundled person "zas"), 2 quotes (1 replaces the bundled quote "tokayev-2022-working-mechanism")\n`,
    );
  });

  it('reports every schema problem, each with its path and a suggestion', () => {
    const file = fixture('schema.json');
    assert.equal(validateDataset(readJson(file)).ok, false);
    const result = cli(['validate', file]);
    assert.equal(result.status, 1);
    const found = lines(result.stdout, file);
    const expected: [string, RegExp][] = [
      [
        '$.sources[0].id',
        /expected an id .* got "Desk Notes 2024" — write it as "desk-notes-2024"$/,
      ],
      ['$.sources[0].kind', /expected one of "seed", "web", "book", "compilation", got "website"$/],
      ['$.sources[0].lang', /got "EN" — did you mean "en"\?$/],
      ['$.sources[0].url', /expected an http\(s\) address, got "javascript:alert\(1\)" — /],
      ['$.quotes[0].text', /the text is empty — /],
      ['$.quotes[0].speakr', /unknown field "speakr", .* — did you mean "speaker"\?$/],
      [
        '$.quotes[0].date',
        /expected a date written YYYY-MM-DD, got "16 May 2022" — write it as "2022-05-16"$/,
      ],
      [
        '$.quotes[0].topics',
        /expected a list, got "security" — write it as a list: \["security"\]$/,
      ],
      ['$.quotes[0].sources', /cites no source — give the id of the source/],
      ['$.quotes[1].date', /"2022-02-30" is not a day of the calendar — /],
      [
        '$.quotes[1].sources',
        /missing field "sources" — add it: a list of source ids, at least one$/,
      ],
    ];
    assert.deepEqual(
      found.map((l) => l.slice(0, l.indexOf(': '))),
      expected.map(([path]) => path),
      result.stdout,
    );
    expected.forEach(([, pattern], i) => assert.match(found[i]!, pattern));
    assert.match(
      result.stdout,
      new RegExp(`^${file}: 11 problems; <cst-provider> would refuse`, 'm'),
    );
  });

  it('reports ids that point at no record, with the closest existing one', () => {
    const file = fixture('references.json');
    const result = cli(['validate', file]);
    assert.equal(result.status, 1);
    const found = new Map(lines(result.stdout, file).map((l) => [l.slice(0, l.indexOf(': ')), l]));
    const cases: [path: string, wrong: string, near: string, collection: string][] = [
      ['$.quotes[0].speaker', 'tokaev', 'tokayev', 'people'],
      ['$.quotes[0].session', 'csc-2022-05-17', 'csc-2022-05-16', 'sessions'],
      ['$.quotes[0].document', 'statment-2022', 'statement-2022', 'documents'],
      ['$.quotes[0].source', 'seed-01', 'seed-001', 'sources'],
      ['$.documents[0].signatories[0].person', 'pashinian', 'pashinyan', 'people'],
      ['$.documents[0].signatories[0].state', 'arm', 'am', 'states'],
    ];
    for (const [path, wrong, near, collection] of cases) {
      const ids = bundledIds(collection);
      assert.ok(!ids.includes(wrong) && ids.includes(near), `${collection}: ${wrong} / ${near}`);
      assert.equal(
        found.get(path),
        `${path}: no ${collection === 'people' ? 'person' : collection.slice(0, -1)} has the id "${wrong}", in this file or in the bundled data — did you mean "${near}"?`,
      );
    }
    // No close id: the choices are listed.
    assert.match(
      found.get('$.quotes[0].sources[1]')!,
      /no source has the id "no-such-source".* — add the source to "sources", or use one of: desk-2024, seed-000/,
    );
    // A state written by its name, where only a state id may stand.
    assert.match(found.get('$.events[0].states[1]')!, /got "Kazakhstan" — did you mean "kz"\?$/);
    // An amendment is looked for in the same document.
    assert.match(
      found.get('$.documents[0].articles[0].amendedBy[0]')!,
      /this document has no amendment "desk-amendment-2" — did you mean "desk-amendment-1"\?$/,
    );
    // The ids that do exist, in the file or bundled, are no problem.
    for (const path of [
      '$.quotes[0].sources[0]',
      '$.documents[0].session',
      '$.events[0].states[0]',
    ])
      assert.ok(!found.has(path), path);
  });

  it('reports an id used twice in the file', () => {
    const file = fixture('references.json');
    const result = cli(['validate', file]);
    assert.match(
      result.stdout,
      /: \$\.sources\[1\]\.id: the id "desk-2024" is used twice: \$\.sources\[0\] has it too — give each source its own id/,
    );
  });

  it('gives the line and column of invalid JSON', () => {
    const file = join(temp, 'bad.json');
    const text = '{\n  "quotes": [\n    { "id": "a", }\n  ]\n}\n';
    writeFileSync(file, text);
    const column = text.split('\n')[2]!.indexOf('}') + 1;
    const result = cli(['validate', file]);
    assert.equal(result.status, 1);
    assert.match(
      result.stdout,
      new RegExp(`^${file}:3:${column}: invalid JSON: .+ — remove a comma before "}"`, 'm'),
    );
  });

  it('reports a missing file, an empty object and a file that is not an object', () => {
    const near = join(temp, 'valid.json');
    cpSync(fixture('valid.json'), near);
    const missing = join(temp, 'vaild.json');
    const empty = join(temp, 'empty.json');
    const list = join(temp, 'list.json');
    writeFileSync(empty, '{}');
    writeFileSync(list, '[]');
    const result = cli(['validate', missing, empty, list]);
    assert.equal(result.status, 1);
    assert.match(
      result.stdout,
      new RegExp(`^${missing}: no such file — did you mean ${near}\\?$`, 'm'),
    );
    assert.match(
      result.stdout,
      new RegExp(
        `^${empty}: \\$: the file holds no known collection — add one of: meta, sources`,
        'm',
      ),
    );
    assert.match(
      result.stdout,
      new RegExp(`^${list}: \\$: expected an object holding collections, got a list`, 'm'),
    );
  });

  it('refuses a file that is not UTF-8, as the provider does', () => {
    const file = join(temp, 'latin1.json');
    writeFileSync(
      file,
      Buffer.from('{"meta":{"asOf":"2024-06-01","note":{"en":"\u00ff","ru":"x"}}}', 'latin1'),
    );
    const result = cli(['validate', file]);
    assert.equal(result.status, 1);
    assert.match(
      result.stdout,
      /: the file is not UTF-8 text; <cst-provider> refuses it — save it as UTF-8/,
    );
    assert.doesNotMatch(result.stdout, /valid —/);
  });

  it('says a link leads nowhere, rather than suggesting its own name', () => {
    const link = join(temp, 'broken.json');
    symlinkSync(join(temp, 'nowhere.json'), link);
    const result = cli(['validate', link]);
    assert.equal(result.status, 1);
    assert.equal(
      result.stdout,
      `${link}: is a link to ${join(temp, 'nowhere.json')}, which does not exist — point the link at the file, or name the file itself\n${link}: 1 problem\n`,
    );
  });

  it('reports a file larger than a provider accepts', () => {
    const file = join(temp, 'large.json');
    writeFileSync(file, `{"meta": {"asOf": "2024-01-01"}}${' '.repeat(DEFAULT_MAX_BYTES)}`);
    const result = cli(['validate', file]);
    assert.equal(result.status, 1);
    assert.match(
      result.stdout,
      /: the file is 2,000,032 bytes; <cst-provider> refuses files over 2,000,000 bytes — /,
    );
  });

  it('reads standard input for "-", among several files', () => {
    const input = readFileSync(fixture('valid.json'), 'utf8');
    const result = cli(['validate', '-', fixture('references.json')], { input });
    assert.equal(result.status, 1);
    assert.match(result.stdout, /^<stdin>: valid — meta, 1 source/m);
    assert.match(result.stdout, /^test\/fixtures\/validate\/references\.json: 10 problems/m);
    const alone = cli(['validate', '-'], { input });
    assert.equal(alone.status, 0);
  });

  it('prints the problems as JSON with --json', () => {
    const bad = join(temp, 'bad.json');
    writeFileSync(bad, '{"a" 1}');
    const result = cli(['validate', '--json', fixture('schema.json'), bad, fixture('valid.json')]);
    assert.equal(result.status, 1);
    const reports = JSON.parse(result.stdout) as Record<string, unknown>[];
    assert.ok(Array.isArray(reports));
    for (const r of reports) {
      for (const key of ['file', 'path', 'message', 'suggestion']) assert.ok(key in r, key);
    }
    assert.equal(reports.filter((r) => r.file === fixture('schema.json')).length, 11);
    assert.deepEqual(
      reports.find((r) => r.path === '$.quotes[0].speakr'),
      {
        file: fixture('schema.json'),
        path: '$.quotes[0].speakr',
        message: 'unknown field "speakr", which the provider ignores',
        suggestion: 'did you mean "speaker"?',
      },
    );
    const syntax = reports.find((r) => r.file === bad)!;
    assert.equal(syntax.path, null);
    assert.deepEqual([syntax.line, syntax.column], [1, 6]);
    assert.ok(!reports.some((r) => r.file === fixture('valid.json')));

    const clean = cli(['validate', '--json', fixture('valid.json')]);
    assert.equal(clean.status, 0);
    assert.deepEqual(JSON.parse(clean.stdout), []);
  });

  it('exits 2 on a usage error, and --help lists both commands', () => {
    for (const args of [['validate'], ['validate', '--strict', 'a.json'], ['validate', '-', '-']]) {
      const result = cli(args);
      assert.equal(result.status, 2, args.join(' '));
      assert.equal(result.stdout, '');
      // One line naming the mistake, and where to read more.
      assert.match(result.stderr, /^cst-elements validate: .+\nRun "cst-elements validate --help"/);
    }
    const help = cli(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^ {2}render <file\.html/m);
    assert.match(help.stdout, /^ {2}validate <file\.json/m);
    assert.equal(cli(['nonsense']).status, 2);
  });

  it('runs from an installed package without the server-rendering stack', () => {
    // The package as npm installs it, next to every package of this repository but the optional
    // peers @lit-labs/ssr and parse5.
    const root = join(temp, 'app');
    const pkg = join(root, 'node_modules/cst-elements');
    mkdirSync(join(pkg, 'dist'), { recursive: true });
    cpSync('package.json', join(pkg, 'package.json'));
    cpSync('dist/cli.js', join(pkg, 'dist/cli.js'));
    cpSync('dist/chunks', join(pkg, 'dist/chunks'), { recursive: true });
    const skip = new Set(['@lit-labs/ssr', 'parse5', '.bin', 'cst-elements']);
    for (const entry of readdirSync('node_modules')) {
      const names = entry.startsWith('@')
        ? readdirSync(`node_modules/${entry}`).map((n) => `${entry}/${n}`)
        : [entry];
      for (const name of names.filter((n) => !skip.has(n))) {
        mkdirSync(join(root, 'node_modules', name, '..'), { recursive: true });
        symlinkSync(resolve('node_modules', name), join(root, 'node_modules', name));
      }
    }
    cpSync(fixture('references.json'), join(root, 'publisher.json'));
    const bin = join(pkg, 'dist/cli.js');
    const render = cli(['render', '-'], { cwd: root, bin, input: '<p></p>' });
    assert.match(render.stderr, /npm install @lit-labs\/ssr parse5/, 'the peers are absent');
    const result = cli(['validate', 'publisher.json'], { cwd: root, bin });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /^publisher\.json: \$\.quotes\[0\]\.speaker: .* "tokayev"\?$/m);
  });
});

describe('what validate knows of the schema', () => {
  /** Every field of the schema, as `quotes[].speaker`, with what it says of itself. */
  function fields(node: Schema, path: string, out: [string, Schema][] = []) {
    node = unwrap(node);
    out.push([path, node]);
    if (node.type === 'array') fields((node as unknown as { item: Schema }).item, `${path}[]`, out);
    const entries = (node as unknown as { entries?: Record<string, Schema> }).entries ?? {};
    for (const [key, entry] of Object.entries(entries))
      fields(entry, path ? `${path}.${key}` : key, out);
    return out;
  }
  const all = fields(PartialDatasetSchema, '');
  const hasRegex = (node: Schema) => JSON.stringify(toPipeTypes(node)).includes('"regex"');
  /** The validation types of a field's pipe, nested pipes included. */
  function toPipeTypes(node: Schema): string[] {
    const pipe = (node as { pipe?: Schema[] }).pipe ?? [];
    return pipe.slice(1).flatMap((item) => ('pipe' in item ? toPipeTypes(item) : [item.type]));
  }

  it('says which collection every field holding an id refers to', () => {
    // A field in the id format that is not a record's own id refers to a record.
    const referring = all.filter(
      ([path, node]) =>
        ['id', 'state-id'].includes(metaOf(node).format ?? '') &&
        !/(^|\.)[a-z]+\[\]\.id$/.test(path),
    );
    assert.ok(referring.length > 20);
    for (const [path, node] of referring) assert.ok(metaOf(node).ref, `${path} names no target`);
    // The walk finds them in a file: every one of the fixture's refs, and nothing else.
    const json = readJson(fixture('references.json'));
    const found = references(json).map((r) => `${formatPath(r.keys)} ${r.target}`);
    assert.ok(found.includes('$.quotes[0].speaker people'), found.join('\n'));
    assert.ok(found.includes('$.documents[0].articles[0].amendedBy[0] amendments'));
    assert.ok(!found.some((f) => /\.id /.test(f)), "a record's own id is no reference");
  });

  it('describes every format of the schema in words', () => {
    for (const [path, node] of all) {
      if (hasRegex(node)) assert.ok(v.getDescription(node), `${path} has no description`);
    }
  });
});
