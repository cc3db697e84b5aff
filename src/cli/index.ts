#!/usr/bin/env node
/**
 * The `cst-elements` command.
 *
 * `cst-elements render in.html > out.html`: expands every cst-* element of a static HTML file into
 * its server-rendered form (declarative shadow DOM) with readable fallback text inside, for AMP,
 * RSS, e-mail and no-JS pages. Bad input is reported with the element and its line, and the exit
 * code is non-zero.
 *
 * `cst-elements validate file.json`: checks publisher data files (see validate.ts). It loads
 * without the optional server-rendering stack.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { isMissingPackage, missingMessage } from '../ssr/optional.js';

/** The renderer, once its optional peer dependencies are known to be installed. */
async function loadRenderer(): Promise<typeof import('./render.js') | string> {
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
  if (missing.length) return missingMessage('cst-elements render', missing);
  return import('./render.js');
}

const USAGE = `Usage: cst-elements <command> …

Commands:
  render <file.html | -> [--lang en|ru] [--as-of YYYY-MM-DD]
      Server-renders every cst-* element of an HTML file, with a text fallback inside.
  validate <file.json | -> … [--json]
      Checks publisher data files for <cst-provider src>: schema and ids.

Run "cst-elements <command> --help" for more about a command.`;

const RENDER_USAGE = `Usage: cst-elements render <file.html | -> [--lang en|ru] [--as-of YYYY-MM-DD]

Writes the file to standard output with every cst-* element server-rendered and a text
fallback inside it. Reads standard input when the file is "-".`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command ? console.log : console.error)(USAGE);
    return command ? 0 : 2;
  }
  if (command === 'validate') {
    const { validateCommand } = await import('./validate.js');
    return validateCommand(args);
  }
  if (command !== 'render') {
    console.error(`Unknown command ${command}\n\n${USAGE}`);
    return 2;
  }
  return render(args);
}

async function render([file, ...rest]: string[]): Promise<number> {
  if (file === '--help' || file === '-h') {
    console.log(RENDER_USAGE);
    return 0;
  }
  if (!file) {
    console.error(RENDER_USAGE);
    return 2;
  }
  const options: { lang?: string; asOf?: string } = {};
  for (let i = 0; i < rest.length; i += 2) {
    const [flag, value] = [rest[i], rest[i + 1]];
    if (flag === '--lang' && value) options.lang = value;
    else if (flag === '--as-of' && value) options.asOf = value;
    else {
      console.error(`Unknown option ${flag ?? ''}\n\n${RENDER_USAGE}`);
      return 2;
    }
  }
  const renderer = await loadRenderer();
  if (typeof renderer === 'string') {
    console.error(renderer);
    return 1;
  }
  const { renderFile } = renderer;
  const text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  const name = file === '-' ? '<stdin>' : file;
  const result = await renderFile(text, {
    ...options,
    baseDir: file === '-' ? process.cwd() : dirname(resolve(file)),
  });
  if (result.errors.length) {
    for (const e of result.errors)
      console.error(`${name}:${e.line}:${e.column} ${e.element}: ${e.message}`);
    console.error(`${result.errors.length} element(s) could not be rendered; nothing was written.`);
    return 1;
  }
  process.stdout.write(result.html);
  return 0;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error((error as Error)?.message ?? error);
    process.exitCode = 1;
  },
);
