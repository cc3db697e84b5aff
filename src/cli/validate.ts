/**
 * `cst-elements validate file.json …`: checks publisher files for `<cst-provider src>` before they
 * go online, against the schema and against the ids they refer to, so that a publisher learns of
 * a problem from the command rather than from a page that quietly keeps the bundled data. Needs
 * only the package's own dependencies, not the server-rendering stack.
 */
import { readFile } from 'node:fs/promises';
import { bundledDataset } from '../data/bundled/index.js';
import { DEFAULT_MAX_BYTES } from '../data/loader.js';
import type { CollectionName, PartialDataset } from '../data/types.js';
import { COLLECTIONS } from '../data/merge.js';
import { checkDataset } from '../data/validate.js';
import { listChoices } from '../internal/diagnostics.js';
import { optionHelp, readArgs, UsageError, type Specs } from './args.js';
import { unreadable } from './files.js';

const OPTIONS: Specs = {
  json: {
    type: 'boolean',
    help: 'print the problems as a JSON array of { file, path, message, suggestion }',
  },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
};

export const VALIDATE_USAGE = `Usage: cst-elements validate <file.json | -> … [--json]

Checks publisher data files for <cst-provider src>: the schema, fields it does not know, and
every id a record refers to (in the file or in the bundled data). Prints each problem with its
JSON path and a suggestion, or a summary of what a valid file holds. Reads standard input when a
file is "-". Files are read as UTF-8, as a browser reads JSON: a file that is not is refused.

Options:
${optionHelp(OPTIONS)}

Exit code: 0 when every file is valid, 1 when any has a problem, 2 on a usage error.`;

/** One problem, as `--json` prints it. */
export interface Report {
  file: string;
  /** JSON path of the value at fault; `null` for a problem with the file as a whole. */
  path: string | null;
  message: string;
  suggestion: string | null;
  /** Where the JSON stops parsing, when Node says. */
  line?: number;
  column?: number;
}

interface FileResult {
  problems: Report[];
  /** What the file holds, when it has no problem. */
  summary?: string;
  /** The file parsed, but a provider would not use it. */
  refused?: boolean;
}

const STDIN = '<stdin>';

/** Runs the command; returns the exit code. */
export async function validateCommand(args: readonly string[]): Promise<number> {
  let json: boolean;
  let files: string[];
  try {
    const { values, positionals } = readArgs(args, OPTIONS);
    if (values.help) {
      process.stdout.write(`${VALIDATE_USAGE}\n`);
      return 0;
    }
    json = values.json === true;
    files = positionals;
    if (files.length === 0) throw new UsageError('name at least one file to check');
    if (files.filter((f) => f === '-').length > 1)
      throw new UsageError('standard input ("-") can be read only once');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(
      `cst-elements validate: ${error.message}\nRun "cst-elements validate --help" for the options.\n`,
    );
    return 2;
  }

  const all: Report[] = [];
  const lines: string[] = [];
  for (const file of files) {
    const name = file === '-' ? STDIN : file;
    const result = await checkFile(file, name);
    all.push(...result.problems);
    for (const p of result.problems) lines.push(formatReport(p));
    if (result.summary) lines.push(`${name}: valid — ${result.summary}`);
    else {
      const n = result.problems.length;
      lines.push(
        `${name}: ${n} problem${n === 1 ? '' : 's'}${result.refused ? '; <cst-provider> would refuse the file and keep the bundled data' : ''}`,
      );
    }
  }
  process.stdout.write(json ? `${JSON.stringify(all, null, 2)}\n` : `${lines.join('\n')}\n`);
  return all.length ? 1 : 0;
}

/** `file: $.quotes[3].date: message — suggestion`. */
function formatReport(report: Report): string {
  const where =
    report.path ?? (report.line !== undefined ? `${report.line}:${report.column}` : undefined);
  const text = `${report.message}${report.suggestion ? ` — ${report.suggestion}` : ''}`;
  if (report.path === null && where) return `${report.file}:${where}: ${text}`;
  return where ? `${report.file}: ${where}: ${text}` : `${report.file}: ${text}`;
}

async function checkFile(file: string, name: string): Promise<FileResult> {
  const problem = (message: string, suggestion?: string, extra: Partial<Report> = {}): Report => ({
    file: name,
    path: null,
    message,
    suggestion: suggestion ?? null,
    ...extra,
  });
  let bytes: Buffer;
  try {
    bytes = file === '-' ? await readStdin() : await readFile(file);
  } catch (error) {
    const { message, suggestion } = unreadable(file, error, '.json');
    return { problems: [problem(message, suggestion)] };
  }
  const problems: Report[] = [];
  const tooLarge = bytes.byteLength > DEFAULT_MAX_BYTES;
  if (tooLarge) {
    problems.push(
      problem(
        `the file is ${bytes.byteLength.toLocaleString('en')} bytes; <cst-provider> refuses files over ${DEFAULT_MAX_BYTES.toLocaleString('en')} bytes`,
        'split it between nested providers, or leave out what the pages do not show',
      ),
    );
  }
  // As a browser reads the response: UTF-8, a byte-order mark dropped; as the provider reads it,
  // a byte that is not UTF-8 refuses the file rather than becoming U+FFFD.
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    problems.push(
      problem(
        'the file is not UTF-8 text; <cst-provider> refuses it',
        'save it as UTF-8 (JSON is always UTF-8)',
      ),
    );
    return { problems, refused: true };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problems.push(invalidJson(text, error as Error, problem));
    return { problems, refused: true };
  }
  const check = checkDataset(json, bundledDataset);
  problems.push(
    ...check.problems.map((p) => ({
      file: name,
      path: p.path,
      message: p.message,
      suggestion: p.suggestion ?? null,
    })),
  );
  if (problems.length === 0 && check.data) {
    return { problems, summary: summarize(check.data, check.replaces) };
  }
  return { problems, refused: tooLarge || !check.data };
}

type MakeProblem = (message: string, suggestion?: string, extra?: Partial<Report>) => Report;

/** What to do about a JSON syntax error, by Node's message. */
const JSON_HINTS: readonly [RegExp, string][] = [
  [
    /Expected double-quoted property name/,
    'remove a comma before "}", or put the field name in double quotes',
  ],
  [/Unexpected end of JSON input/, 'close every { and [; the file may be cut short'],
  [/Expected ',' or '[}\]]'/, 'add the comma missing between two values'],
  [/Expected ':'/, 'add the colon after the field name'],
  [/Bad control character/, 'write a line break inside a text as \\n, a tab as \\t'],
  [/Bad escaped character/, 'write a backslash inside a text as \\\\'],
  [
    /Unexpected non-whitespace character after JSON/,
    'remove what follows the end of the data: a file holds one object',
  ],
  [
    /Unexpected token '[\]}]'/,
    'remove a comma before the closing bracket, or finish the value before it',
  ],
  [
    /Unexpected (token|number)/,
    'put texts in double quotes; write true, false and null in lower case, numbers without leading zeros',
  ],
];

function invalidJson(text: string, error: Error, problem: MakeProblem): Report {
  if (text.trim() === '') {
    return problem(
      'the file is empty',
      'write an object holding collections, such as {"quotes": […]}',
    );
  }
  const raw = error.message ?? String(error);
  const at = /at position (\d+)/.exec(raw);
  const offset = at ? Number(at[1]) : /Unexpected end of JSON input/.test(raw) ? text.length : -1;
  const message = raw
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/\s*in JSON at position \d+/, '');
  const hint = JSON_HINTS.find(([pattern]) => pattern.test(raw))?.[1];
  return problem(`invalid JSON: ${message}`, hint, offset >= 0 ? lineColumn(text, offset) : {});
}

/** Line and column (both from 1) of a string offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

const NOUNS: Record<CollectionName, [string, string]> = {
  sources: ['source', 'sources'],
  states: ['state', 'states'],
  people: ['person', 'people'],
  sessions: ['session', 'sessions'],
  documents: ['document', 'documents'],
  quotes: ['quote', 'quotes'],
  events: ['event', 'events'],
};

/** `meta, 1 source, 2 quotes (1 replaces the bundled quote "…")`. */
function summarize(
  data: PartialDataset,
  replaces: Partial<Record<CollectionName, string[]>>,
): string {
  const parts = data.meta ? ['meta'] : [];
  for (const name of COLLECTIONS) {
    const records = data[name];
    if (!records) continue;
    const [one, many] = NOUNS[name];
    const ids = replaces[name] ?? [];
    const count = records.length === 1 ? '' : `${ids.length} `;
    const over =
      ids.length === 0
        ? ''
        : ids.length === 1
          ? ` (${count}replaces the bundled ${one} "${ids[0]}")`
          : ` (${ids.length} replace bundled ${many}: ${listChoices(ids)})`;
    parts.push(`${records.length} ${records.length === 1 ? one : many}${over}`);
  }
  return parts.join(', ');
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
