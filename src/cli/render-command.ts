/**
 * `cst-elements render <file.html | ->`: the command around `renderFile`. It reads the file in its
 * own encoding, writes UTF-8 to standard output or to `--output`, never over its own input, and
 * writes nothing at all when anything goes wrong: every error is one line naming the file (and the
 * element, with its line and column), and the exit code is 1 (2 for a mistake in the options).
 */
import { once } from 'node:events';
import {
  createReadStream,
  createWriteStream,
  fstatSync,
  statSync,
  type Stats,
  type WriteStream,
} from 'node:fs';
import { mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { LANGS } from '../locales/index.js';
import { optionMessage, readAsOf, readLangOption } from '../internal/input.js';
import { isMissingPackage, missingMessage } from '../ssr/optional.js';
import { optionHelp, readArgs, UsageError, type Specs } from './args.js';
import { asUtf8, decodeHtml, EncodingError, encodingName, EXAMPLES } from './encoding.js';
import { unreadable } from './files.js';

const OPTIONS: Specs = {
  lang: {
    type: 'string',
    value: LANGS.join('|'),
    help: 'language of the elements outside any provider',
  },
  'as-of': {
    type: 'string',
    value: 'YYYY-MM-DD',
    help: 'date time-sensitive views hold for, outside any provider',
  },
  output: {
    type: 'string',
    short: 'o',
    value: '<file>',
    help: 'write to this file (never the input) instead of standard output',
  },
  encoding: {
    type: 'string',
    value: '<label>',
    help: "the input's encoding when it has no byte-order mark (default: its <meta charset>, or UTF-8)",
  },
  'data-root': {
    type: 'string',
    value: '<folder>',
    help: "the folder a provider's src may read from (default: the input's folder)",
  },
  'allow-remote': {
    type: 'boolean',
    help: 'fetch a provider src that is an http(s) address (never a local or private one)',
  },
  'style-nonce': {
    type: 'string',
    value: '<nonce>',
    help: "nonce for the elements' styles, for a policy of style-src 'nonce-…'",
  },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
};

export const RENDER_USAGE = `Usage: cst-elements render <file.html | -> [options]

Writes the file with every cst-* element server-rendered (declarative shadow DOM) and a text
fallback inside it, in UTF-8. Reads standard input when the file is "-". A <cst-provider src> in
the file reads a file next to it, inside its folder (or --data-root); an http(s) address only
with --allow-remote, and never a local or private one.

Options:
${optionHelp(OPTIONS)}

Exit code: 0 when every element was rendered, 1 when any input is bad (nothing is written), 2 on
a mistake in the options.`;

/** Said after a mistake in the options. */
const MORE = 'Run "cst-elements render --help" for the options.';

/** A failure with the input or the output: one line, exit code 1. */
class Failure extends Error {}

/** Runs the command; returns the exit code. */
export async function renderCommand(args: readonly string[]): Promise<number> {
  let values, file: string;
  try {
    const parsed = readArgs(args, OPTIONS);
    values = parsed.values;
    if (values.help) {
      console.log(RENDER_USAGE);
      return 0;
    }
    if (parsed.positionals.length !== 1) {
      throw new UsageError(
        parsed.positionals.length
          ? `name one file to render, not ${parsed.positionals.length}`
          : 'name the file to render, or - for standard input',
      );
    }
    file = parsed.positionals[0]!;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`cst-elements render: ${error.message}\n${MORE}`);
    return 2;
  }
  const option = (name: string) => values[name] as string | undefined;
  // Each value checked as a provider checks its attribute; a bad one names the option.
  const lang = readLangOption(option('lang'));
  const asOf = readAsOf(option('as-of'));
  const encoding = option('encoding');
  const bad = [
    typeof lang === 'object' && optionMessage(lang, '--lang'),
    typeof asOf === 'object' && optionMessage(asOf, '--as-of'),
    encoding !== undefined &&
      !encodingName(encoding) &&
      `--encoding ${JSON.stringify(encoding)} is not an encoding this command can read; for example: ${EXAMPLES.join(', ')}`,
  ].filter(Boolean);
  if (bad.length) {
    for (const message of bad) console.error(`cst-elements render: ${message}`);
    console.error(MORE);
    return 2;
  }

  const name = file === '-' ? '<stdin>' : file;
  try {
    const renderer = await loadRenderer();
    const input = await readInput(file);
    const output = option('output');
    checkOutput(file, input.stats, output);
    if (input.bytes.length === 0) throw new Failure('is empty: there is nothing to render');
    let decoded;
    try {
      decoded = decodeHtml(input.bytes, encoding);
    } catch (error) {
      if (error instanceof EncodingError) throw new Failure(error.message);
      throw error;
    }
    const baseDir = file === '-' ? process.cwd() : dirname(resolve(file));
    const dataRoot = option('data-root');
    const text = asUtf8(decoded.text, decoded);
    const out = await Output.open(output);
    let errors;
    try {
      if (decoded.utf8Bom) await out.write('\ufeff');
      errors = await renderer.renderTo(text, (chunk) => out.write(chunk), {
        baseDir,
        root: dataRoot === undefined ? baseDir : resolve(dataRoot),
        allowRemote: values['allow-remote'] === true,
        ...(typeof lang === 'string' && { lang }),
        ...(typeof asOf === 'string' && { asOf }),
        ...(option('style-nonce') !== undefined && { styleNonce: option('style-nonce') }),
      });
    } catch (error) {
      await out.discard();
      throw error;
    }
    if (errors.length) {
      await out.discard();
      for (const e of errors) {
        console.error(`${name}:${e.line}:${e.column} ${e.element}: ${e.message}`);
      }
      const n = errors.length;
      console.error(`${name}: ${n} problem${n === 1 ? '' : 's'}; nothing was written.`);
      return 1;
    }
    await out.finish();
    if (decoded.encoding !== 'utf-8') {
      console.error(
        `${name}: read as ${decoded.encoding}, written as UTF-8 with <meta charset="utf-8">.`,
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof Failure) {
      console.error(`${name}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

/** The renderer, once its optional peer dependencies are known to be installed. */
async function loadRenderer(): Promise<typeof import('./render.js')> {
  const missing: string[] = [];
  for (const [name, load] of [
    ['@lit-labs/ssr', () => import('@lit-labs/ssr')],
    ['parse5', () => import('parse5')],
  ] as const) {
    try {
      await load();
    } catch (error) {
      if (!isMissingPackage(error, name)) throw error;
      missing.push(name);
    }
  }
  if (missing.length) throw new Failure(missingMessage('cst-elements render', missing));
  return import('./render.js');
}

async function readInput(file: string): Promise<{ bytes: Buffer; stats?: Stats }> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return { bytes: Buffer.concat(chunks) };
  }
  try {
    return { bytes: await readFile(file), stats: statSync(file) };
  } catch (error) {
    const { message, suggestion } = unreadable(file, error, '.html');
    throw new Failure(`${message}${suggestion ? ` — ${suggestion}` : ''}`);
  }
}

/**
 * Refuses to write over the input: `--output` naming it, or standard output sent to it (`render
 * a.html > a.html`, where the shell has emptied the file before the command runs).
 */
function checkOutput(file: string, input: Stats | undefined, output: string | undefined): void {
  if (!input) return;
  const same = (other: Stats | undefined) =>
    other !== undefined && other.dev === input.dev && other.ino === input.ino;
  if (output !== undefined && output !== '-') {
    let target: Stats | undefined;
    try {
      target = statSync(output);
    } catch {
      target = undefined;
    }
    if (same(target) || resolve(output) === resolve(file)) {
      throw new Failure(
        `--output ${output} is the input file; the command never writes over its input`,
      );
    }
    return;
  }
  let stdout: Stats | undefined;
  try {
    stdout = fstatSync(1);
  } catch {
    stdout = undefined;
  }
  if (same(stdout)) {
    throw new Failure(
      input.size === 0
        ? 'is empty: standard output goes to this very file, so the shell emptied it before the command ran (> on the input); restore it and write with --output to another file'
        : 'standard output goes to this very file; write with --output to another file',
    );
  }
}

/**
 * Where the output goes: a temporary file, which becomes `--output` (renamed) or goes to standard
 * output only once the whole page is written, so that a failure leaves nothing half written.
 */
class Output {
  private bytes = 0;

  private constructor(
    private readonly temporary: string,
    private readonly stream: WriteStream,
    private readonly target: string | undefined,
  ) {}

  static async open(target: string | undefined): Promise<Output> {
    const toFile = target !== undefined && target !== '-';
    const folder = toFile ? dirname(resolve(target)) : await mkdtemp(join(tmpdir(), 'cst-render-'));
    const temporary = join(folder, `.${toFile ? basename(target) : 'out'}.${process.pid}.tmp`);
    const stream = createWriteStream(temporary, { flags: 'wx' });
    await new Promise<void>((done, fail) => {
      stream.once('open', () => done());
      stream.once('error', (error) => {
        const { message } = unreadable(target ?? temporary, error, '.html');
        fail(new Failure(`--output ${target} cannot be written: ${message}`));
      });
    });
    return new Output(temporary, stream, toFile ? target : undefined);
  }

  async write(chunk: string): Promise<void> {
    this.bytes += chunk.length;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  /** Moves the complete output where it goes. */
  async finish(): Promise<void> {
    await new Promise<void>((done, fail) =>
      this.stream.end((error?: Error | null) => (error ? fail(error) : done())),
    );
    if (this.bytes === 0) {
      await this.discard();
      throw new Failure('gave no output; nothing was written');
    }
    if (this.target !== undefined) {
      await rename(this.temporary, this.target);
      return;
    }
    try {
      await pipeline(createReadStream(this.temporary), process.stdout, { end: false });
    } catch (error) {
      throw new Failure(
        `standard output could not be written (${(error as NodeJS.ErrnoException).code ?? error})`,
      );
    } finally {
      await this.discard();
    }
  }

  async discard(): Promise<void> {
    this.stream.destroy();
    await rm(this.temporary, { force: true });
    if (this.target === undefined)
      await rm(dirname(this.temporary), { recursive: true, force: true });
  }
}
