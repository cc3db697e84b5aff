/**
 * The command line's options, read with `node:util` `parseArgs`: `--name value`, `--name=value`,
 * `-o value`, `--` before file names that start with `-`. Each option is described once here, and
 * the help, the check of its value and the message for a bad one come from that description.
 */
import { parseArgs } from 'node:util';
import { closestMatch } from '../internal/suggest.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** What the value is, for the help: `YYYY-MM-DD`. */
  value?: string;
  /** One line of help. */
  help: string;
  /** The values allowed, when they can be listed. */
  choices?: readonly string[];
}

export type Specs = Readonly<Record<string, OptionSpec>>;

/** A mistake in the command line itself: exit code 2, with the command's help. */
export class UsageError extends Error {}

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * Reads the arguments of a command. Throws a `UsageError` naming the option for an unknown one
 * (with the closest known one), a missing value, a value given to an option that takes none, or a
 * value outside the option's choices.
 */
export function readArgs(args: readonly string[], specs: Specs): Parsed {
  const options = Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [
      name,
      { type: spec.type, ...(spec.short && { short: spec.short }) },
    ]),
  );
  // Not strict, so that each mistake gets a message of our own; the tokens say what was written.
  const { values, positionals, tokens } = parseArgs({
    args: [...args],
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = Object.hasOwn(specs, token.name) ? specs[token.name] : undefined;
    if (!spec) {
      const near = closestMatch(token.name, Object.keys(specs));
      throw new UsageError(
        `unknown option ${token.rawName}${near ? `; did you mean --${near}?` : ''} (to name a file that starts with "-", put it after --)`,
      );
    }
    // `--lang --as-of x` gives `--lang` no value: parseArgs, not strict, would take `--as-of`.
    const optionAsValue =
      !token.inlineValue && typeof token.value === 'string' && /^-./.test(token.value);
    if (spec.type === 'string' && (token.value === undefined || optionAsValue)) {
      throw new UsageError(`${token.rawName} needs a value: ${token.rawName} ${spec.value ?? '…'}`);
    }
    if (spec.type === 'boolean' && token.inlineValue) {
      throw new UsageError(`${token.rawName} takes no value, got "${token.value}"`);
    }
    if (spec.choices && !spec.choices.includes(String(token.value))) {
      throw new UsageError(
        `${token.rawName} ${JSON.stringify(token.value)} is not valid; choices: ${spec.choices.join(', ')}`,
      );
    }
  }
  return { values: values as Parsed['values'], positionals };
}

/** The options part of a command's help, one line each. */
export function optionHelp(specs: Specs): string {
  const rows = Object.entries(specs).map(([name, spec]) => [
    `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.value ? ` ${spec.value}` : ''}`,
    spec.help,
  ]);
  const width = Math.max(...rows.map(([left]) => left!.length)) + 2;
  return rows.map(([left, right]) => `  ${left!.padEnd(width)}${right}`).join('\n');
}
