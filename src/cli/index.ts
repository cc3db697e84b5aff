#!/usr/bin/env node
/**
 * The `cst-elements` command.
 *
 * `cst-elements render in.html > out.html`: expands every cst-* element of a static HTML file into
 * its server-rendered form (declarative shadow DOM) with readable fallback text inside, for AMP,
 * RSS, e-mail and no-JS pages (see render-command.ts).
 *
 * `cst-elements validate file.json`: checks publisher data files (see validate.ts). It loads
 * without the optional server-rendering stack.
 *
 * Every error is one line that names what it is about, and the exit code is not 0: 1 for bad
 * input, 2 for a mistake in the command line itself.
 */
import { readFileSync } from 'node:fs';
import { optionHelp, readArgs, UsageError, type Specs } from './args.js';

const GLOBAL: Specs = {
  help: { type: 'boolean', short: 'h', help: 'show this help' },
  version: { type: 'boolean', short: 'v', help: 'print the version of cst-elements' },
};

const USAGE = `Usage: cst-elements <command> [options] [--] <files>

Commands:
  render <file.html | -> [options]
      Server-renders every cst-* element of an HTML file, with a text fallback inside.
  validate <file.json | -> … [--json]
      Checks publisher data files for <cst-provider src>: schema and ids.

Options:
${optionHelp(GLOBAL)}

Run "cst-elements <command> --help" for more about a command.`;

/** The package's version, from its package.json. */
function version(): string {
  const pkg = JSON.parse(
    readFileSync(new URL(/* @vite-ignore */ '../package.json', import.meta.url), 'utf8'),
  ) as {
    version: string;
  };
  return pkg.version;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === 'validate') {
    const { validateCommand } = await import('./validate.js');
    return validateCommand(args);
  }
  if (command === 'render') {
    const { renderCommand } = await import('./render-command.js');
    return renderCommand(args);
  }
  if (command === 'help') {
    console.log(USAGE);
    return 0;
  }
  try {
    const { values, positionals } = readArgs(argv, GLOBAL);
    if (values.version) {
      console.log(version());
      return 0;
    }
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    throw new UsageError(
      positionals.length
        ? `unknown command "${positionals[0]}"; the commands are render and validate`
        : 'name a command: render or validate',
    );
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`cst-elements: ${error.message}\nRun "cst-elements --help" for the commands.`);
    return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`cst-elements: ${(error as Error)?.message ?? error}`);
    process.exitCode = 1;
  },
);
