// `cst-elements render` run as the built command (run `npm run build` first) on the pages a
// careless publisher or an attacker would give it. Each run is checked for its exit code, what it
// says on standard error, and what it writes: no secret it was not meant to read, no text lost.
import { LANGS } from '../../src/locales/index.js';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { bundledDataset } from '../../src/data/index.js';
import { MAX_NESTED_ELEMENTS } from '../../src/cli/render.js';
import { publisherQuote } from '../helpers/hostile-data.js';
import { dateText, shadowAndFallback } from './text.js';

const CLI = resolve('dist/cli.js');
const temp = mkdtempSync(join(tmpdir(), 'cst-render-'));
after(() => rmSync(temp, { recursive: true, force: true }));

/** A secret that no output, message or request may ever carry. */
const SECRET = 'hunter2-do-not-leak';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], options: SpawnSyncOptions = {}): Run {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    input: '',
    ...options,
  }) as unknown as Run;
  const said = `${run.stdout ?? ''}${run.stderr}`;
  // No user error ends in a stack trace, and nothing says the secret.
  assert.doesNotMatch(said, /\n\s+at .+:\d+:\d+\)?\n/);
  assert.ok(!said.includes(SECRET), `the secret leaked: ${said.slice(0, 300)}`);
  return run;
}

const page = (body: string, head = '') =>
  `<!doctype html>\n<html lang="en">\n<head>${head}<title>t</title></head>\n<body>\n${body}\n</body>\n</html>\n`;

/** Writes a file under the temporary folder; its path. */
function file(name: string, content: string | Buffer): string {
  const path = join(temp, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

const QUOTE = '<cst-quote quote="tokayev-2022-working-mechanism"></cst-quote>';
const QUOTE_TEXT = 'really working mechanism';

describe('render reads only what it is given', () => {
  let server: Server;
  let port = 0;
  /** Requests the loopback server answered: the command must never send one. */
  const requests: string[] = [];
  before(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"quotes":[]}');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    port = (server.address() as AddressInfo).port;
    // Beside the page: a folder of data, and things that are not data.
    file('site/data/extra.json', '{"quotes":[]}');
    file('site/notes.txt', `root:x:0:0 ${SECRET}`);
    file('secret/env.json', JSON.stringify({ meta: { note: { en: SECRET, ru: SECRET } } }));
    symlinkSync(join(temp, 'secret/env.json'), join(temp, 'site/data/link.json'));
  });
  after(() => new Promise<void>((done) => server.close(() => done())));

  const refusals: [src: string, rule: RegExp][] = [
    ['/etc/passwd', /is an absolute path/],
    ['../secret/env.json', /is outside the folder the command reads from/],
    ['%2e%2e/secret/env.json', /is outside the folder the command reads from/],
    ['data/../../secret/env.json', /is outside the folder the command reads from/],
    ['data/link.json', /leads outside the folder .* through a link/],
    ['file:///etc/passwd', /is a file: address/],
    ['data:application/json,{}', /is a data: address/],
    ['//example.org/data.json', /is an address on another host/],
    ['notes.txt', /is not valid JSON$/],
  ];
  for (const [src, rule] of refusals) {
    it(`refuses src="${src}", naming the element, the src and the rule`, () => {
      const input = file(
        'site/page.html',
        page(`<cst-provider src="${src}">\n${QUOTE}\n</cst-provider>`),
      );
      const run = cli(['render', input]);
      assert.equal(run.status, 1);
      assert.equal(run.stdout, '');
      const [line, summary] = run.stderr.trim().split('\n');
      assert.ok(line!.startsWith(`${input}:5:1 <cst-provider src="${src}">: src "${src}" `), line);
      assert.match(line!, rule);
      assert.doesNotMatch(line!, /root:x/);
      assert.equal(summary, `${input}: 1 problem; nothing was written.`);
    });
  }

  it('reads a file beside the page, and inside --data-root', () => {
    const input = file(
      'site/page.html',
      page(`<cst-provider src="data/extra.json">${QUOTE}</cst-provider>`),
    );
    const run = cli(['render', input]);
    assert.equal(run.status, 0, run.stderr);
    assert.ok(run.stdout.includes(QUOTE_TEXT));
    const wider = file(
      'site/wide.html',
      page(`<cst-provider src="../secret/env.json">${QUOTE}</cst-provider>`),
    );
    const allowed = cli(['render', '--data-root', temp, wider]);
    // Inside the folder named, the file is read; it is publisher data, and used as such.
    assert.equal(allowed.status, 0, allowed.stderr);
  });

  it('fetches no address without --allow-remote, and none on this machine with it', () => {
    for (const src of [
      `http://127.0.0.1:${port}/admin/delete?id=1`,
      `http://localhost:${port}/admin/delete?id=2`,
      `http://[::1]:${port}/admin/delete?id=3`,
      `http://2130706433:${port}/admin/delete?id=4`,
      `http://0x7f.1:${port}/admin/delete?id=5`,
    ]) {
      const input = file(
        'site/remote.html',
        page(`<cst-provider src="${src}">${QUOTE}</cst-provider>`),
      );
      const closed = cli(['render', input]);
      assert.equal(closed.status, 1);
      assert.match(
        closed.stderr,
        /is a network address, and the command fetches none unless --allow-remote/,
      );
      const open = cli(['render', '--allow-remote', input]);
      assert.equal(open.status, 1, src);
      assert.match(
        open.stderr,
        /points at a private or local address .*which is never fetched/,
        src,
      );
      assert.equal(open.stdout, '');
    }
    assert.deepEqual(requests, []);
  });
});

describe('render loses nothing', () => {
  it('reads a windows-1251 page by its meta, and writes it as UTF-8 with the meta updated', () => {
    const text = 'Привет, читатель';
    const html = page(`<p>${text}</p>\n${QUOTE}`, '<meta charset="windows-1251">');
    const input = file('cp1251.html', encode1251(html));
    const run = cli(['render', input]);
    assert.equal(run.status, 0, run.stderr);
    assert.ok(run.stdout.includes(`<p>${text}</p>`));
    assert.ok(run.stdout.includes('<meta charset="utf-8">'));
    assert.ok(!run.stdout.includes('\ufffd'));
    assert.ok(run.stdout.includes(QUOTE_TEXT));
    assert.equal(
      run.stderr,
      `${input}: read as windows-1251, written as UTF-8 with <meta charset="utf-8">.\n`,
    );
  });

  it('stops on a page that is not UTF-8 and says none, naming the encoding and the line', () => {
    const input = file('unsaid.html', encode1251(page(`${QUOTE}\n<p>Привет</p>`)));
    const run = cli(['render', input]);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.match(
      run.stderr,
      new RegExp(
        `^${input}: is not valid utf-8 \\(the first byte it cannot read is on line 6\\): it names no encoding, so it is read as UTF-8; .*--encoding windows-1251`,
      ),
    );
    const named = cli(['render', '--encoding', 'windows-1251', input]);
    assert.equal(named.status, 0, named.stderr);
    assert.ok(named.stdout.includes('<p>Привет</p>'));
    assert.ok(named.stdout.includes('<meta charset="utf-8">'));
  });

  it('reads UTF-16 by its byte-order mark, and keeps a UTF-8 one', () => {
    const html = page(`<p>Ж</p>${QUOTE}`);
    const utf16 = file(
      'utf16.html',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]),
    );
    const run = cli(['render', utf16]);
    assert.equal(run.status, 0, run.stderr);
    assert.ok(run.stdout.includes('<p>Ж</p>') && run.stdout.includes(QUOTE_TEXT));
    const bom = file('bom.html', `\ufeff${html}`);
    const kept = cli(['render', bom]);
    assert.equal(kept.status, 0, kept.stderr);
    assert.ok(kept.stdout.startsWith('\ufeff<!doctype html>'));
    assert.equal(kept.stderr, '');
  });

  it('keeps the content of an element left open, and the rest of the page', () => {
    const input = file(
      'open.html',
      page(
        '<div><cst-quote quote="tokayev-2022-first-use"><em>Our own words</em> about it</div>\n<p>After</p>',
      ),
    );
    const run = cli(['render', input]);
    assert.equal(run.status, 0, run.stderr);
    const [shadow, fallback] = shadowAndFallback(run.stdout, 'cst-quote');
    assert.match(shadow!, /peacekeeping potential/);
    assert.equal(fallback, 'Our own words about it');
    assert.ok(run.stdout.includes('about it</cst-quote></div>\n<p>After</p>'));
  });

  it('keeps every attribute name HTML allows, as written', () => {
    const tag =
      '<cst-quote quote="tokayev-2022-first-use" data_x="1" :prop="a" @click="b()" v-on:click="c" x.y=\'d\' Data-Upper=E>';
    const input = file('names.html', page(`${tag}</cst-quote>`));
    const run = cli(['render', input]);
    assert.equal(run.status, 0, run.stderr);
    // As written: server rendering adds no attribute of its own (defaults are not written).
    assert.ok(run.stdout.includes(`${tag}<template`), run.stdout.slice(0, 600));
  });

  it('refuses to write over its input, by --output or by > on it', () => {
    const content = page(QUOTE);
    const input = file('self.html', content);
    const same = cli(['render', input, '-o', input]);
    assert.equal(same.status, 1);
    assert.match(
      same.stderr,
      /--output .* is the input file; the command never writes over its input/,
    );
    assert.equal(readFileSync(input, 'utf8'), content);
    // `render self.html > self.html`: the shell empties the file, then runs the command.
    const fd = openSync(input, 'w');
    const emptied = cli(['render', input], { stdio: ['pipe', fd, 'pipe'] });
    closeSync(fd);
    assert.equal(emptied.status, 1);
    assert.match(
      emptied.stderr,
      /is empty: standard output goes to this very file, so the shell emptied it/,
    );
    // `>>` on a page that is not empty.
    writeFileSync(input, content);
    const append = openSync(input, 'a');
    const appended = cli(['render', input], { stdio: ['pipe', append, 'pipe'] });
    closeSync(append);
    assert.equal(appended.status, 1);
    assert.match(appended.stderr, /standard output goes to this very file/);
    assert.equal(readFileSync(input, 'utf8'), content);
  });

  it('writes --output whole, and nothing at all when an element is bad', () => {
    const input = file('good.html', page(QUOTE));
    const output = join(temp, 'out/good.html');
    mkdirSync(join(temp, 'out'), { recursive: true });
    const run = cli(['render', input, '--output', output]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.ok(readFileSync(output, 'utf8').includes(QUOTE_TEXT));
    const bad = file('bad.html', page(`${QUOTE}\n<cst-quote quote="no-such-quote"></cst-quote>`));
    const failed = cli(['render', bad, '-o', join(temp, 'out/bad.html')]);
    assert.equal(failed.status, 1);
    assert.match(
      failed.stderr,
      /bad\.html:6:1 <cst-quote quote="no-such-quote">: <cst-quote> quote="no-such-quote" is not valid/,
    );
    assert.throws(() => readFileSync(join(temp, 'out/bad.html')), /ENOENT/);
  });

  it('never writes an empty output for an empty input: it says so, exit 1', () => {
    const input = file('empty.html', '');
    const run = cli(['render', input]);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, `${input}: is empty: there is nothing to render\n`);
  });
});

describe('render at scale and depth', () => {
  it('renders an element under 10,000 nested elements', () => {
    const input = file(
      'deep.html',
      page(`${'<div>'.repeat(10_000)}${QUOTE}${'</div>'.repeat(10_000)}`),
    );
    const run = cli(['render', input]);
    assert.equal(run.status, 0, run.stderr.slice(0, 300));
    assert.ok(run.stdout.includes(QUOTE_TEXT));
    const providers = file(
      'deep-providers.html',
      page(
        `${'<cst-provider lang="ru">'.repeat(10_000)}${QUOTE}${'</cst-provider>'.repeat(10_000)}`,
      ),
    );
    const nested = cli(['render', providers]);
    assert.equal(nested.status, 0, nested.stderr.slice(0, 300));
    // In the language of the providers around it, in the shadow root and the fallback.
    const [shadow, fallback] = shadowAndFallback(nested.stdout, 'cst-quote');
    assert.match(shadow!, /Токаев/);
    assert.match(fallback!, /Токаев/);
  });

  it('stops with one line naming the file and the depth where elements nest in each other', () => {
    const open = '<cst-quote quote="tokayev-2022-first-use">'.repeat(MAX_NESTED_ELEMENTS + 5);
    const input = file('nested.html', page(open));
    const run = cli(['render', input]);
    assert.equal(run.status, 1);
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines.length, 2, run.stderr);
    assert.match(
      lines[0]!,
      new RegExp(
        `^${input}:5:\\d+ <cst-quote quote="tokayev-2022-first-use">: is inside ${MAX_NESTED_ELEMENTS} elements of cst-elements`,
      ),
    );
  });
});

describe('render options and messages', () => {
  const input = file('options.html', page('<cst-member-list></cst-member-list>'));

  const bad: [string[], RegExp][] = [
    [
      ['--as-of', 'banana'],
      /^cst-elements render: --as-of "banana" is not a date; write YYYY-MM-DD/,
    ],
    [
      ['--as-of', '2022-02-30'],
      /^cst-elements render: --as-of "2022-02-30" is not a day of the calendar/,
    ],
    [
      ['--as-of', '2024-13-45'],
      /^cst-elements render: --as-of "2024-13-45" is not a day of the calendar/,
    ],
    [
      ['--lang', 'xx'],
      new RegExp(
        `^cst-elements render: --lang "xx" is not valid; valid values: ${LANGS.join(', ')}`,
      ),
    ],
    [
      ['--encoding', 'klingon'],
      /^cst-elements render: --encoding "klingon" is not an encoding .*: utf-8, windows-1251/,
    ],
    [
      ['--lang'],
      new RegExp(`^cst-elements render: --lang needs a value: --lang ${LANGS.join('\\|')}`),
    ],
    [['--lang', '--as-of', '2022-05-16'], /^cst-elements render: --lang needs a value/],
    [
      ['--as-off', '2022-05-16'],
      /^cst-elements render: unknown option --as-off; did you mean --as-of\?/,
    ],
    [['--allow-remote=yes'], /^cst-elements render: --allow-remote takes no value, got "yes"/],
  ];
  for (const [args, message] of bad) {
    it(`stops on ${args.join(' ')}, naming the option, the value and the choices (exit 2)`, () => {
      const run = cli(['render', input, ...args]);
      assert.equal(run.status, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, message);
      assert.match(run.stderr, /Run "cst-elements render --help" for the options\.\n$/);
    });
  }

  it('holds the element and its fallback to the same --as-of', () => {
    const run = cli(['render', input, '--as-of', '2022-05-16']);
    assert.equal(run.status, 0, run.stderr);
    const [shadow, fallback] = shadowAndFallback(run.stdout, 'cst-member-list');
    const date = `as of ${dateText('2022-05-16', 'en')}`;
    assert.ok(shadow!.includes(date), shadow);
    assert.ok(fallback!.includes(date), fallback);
    assert.ok(!run.stdout.includes(dateText(bundledDataset.meta.asOf, 'en')));
  });

  it('prints its version and its help, and takes file names after --', () => {
    const version = cli(['--version']);
    assert.equal(version.status, 0);
    assert.equal(version.stdout, `${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`);
    assert.equal(cli(['-v']).stdout, version.stdout);
    const help = cli(['render', '--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^ {2}-o, --output <file> /m);
    assert.match(help.stdout, /^ {6}--allow-remote /m);
    const dashed = file('-dashed.html', page(QUOTE));
    const run = cli(['render', '--', '-dashed.html'], { cwd: temp });
    assert.equal(run.status, 0, run.stderr);
    assert.ok(run.stdout.includes(QUOTE_TEXT) && dashed);
    const unknown = cli(['render', '-dashed.html'], { cwd: temp });
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /put it after --/);
  });

  it('names the file it cannot read', () => {
    const missing = cli(['render', join(temp, 'optoins.html')]);
    assert.equal(missing.status, 1);
    assert.equal(
      missing.stderr,
      `${join(temp, 'optoins.html')}: no such file — did you mean ${input}?\n`,
    );
    const folder = cli(['render', temp]);
    assert.equal(folder.status, 1);
    assert.equal(folder.stderr, `${temp}: is a folder, not a file — name the .html file in it\n`);
  });

  it('reports a provider attribute it cannot use, as the provider would', () => {
    const input = file(
      'provider.html',
      page(
        `<cst-provider timeout="10 seconds" mode="replce" as-of="2022-02-30">${QUOTE}</cst-provider>`,
      ),
    );
    const run = cli(['render', input]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /<cst-provider> as-of="2022-02-30" is not a day of the calendar/);
    assert.match(
      run.stderr,
      /<cst-provider> mode="replce" is not valid; valid values: merge, replace\. Did you mean "replace"\?/,
    );
    assert.match(
      run.stderr,
      /<cst-provider> timeout="10 seconds" is not valid; valid values: 10000, 10s/,
    );
  });

  it('refuses publisher data that is not UTF-8, uses an id twice or names one that is not there', () => {
    file('site2/latin1.json', Buffer.from('{"meta":{"asOf":"2024-06-01"},"x":"\u00ff"}', 'latin1'));
    const record = (id: string, speaker: string) => publisherQuote(id, 'Words.', speaker);
    file(
      'site2/twice.json',
      JSON.stringify({ quotes: [record('a-quote', 'zas'), record('a-quote', 'nobody-known')] }),
    );
    const input = file(
      'site2/page.html',
      page(
        `<cst-provider src="latin1.json">${QUOTE}</cst-provider>\n<cst-provider src="twice.json">${QUOTE}</cst-provider>`,
      ),
    );
    const run = cli(['render', input]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /src "latin1.json" is not UTF-8 text, which JSON must be/);
    assert.match(
      run.stderr,
      /src "twice.json" \(src-references\): 2 problems with ids.*\$\.quotes\[1\]\.id "a-quote" is used twice.*\$\.quotes\[1\]\.speaker: no person has the id "nobody-known"/,
    );
  });
});

/** Text in windows-1251 (Cyrillic and ASCII only). */
function encode1251(text: string): Buffer {
  return Buffer.from(
    [...text].map((c) => {
      const code = c.codePointAt(0)!;
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (code === 0x401) return 0xa8;
      if (code === 0x451) return 0xb8;
      throw new Error(`not in windows-1251: ${c}`);
    }),
  );
}
