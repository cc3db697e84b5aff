// Times `cst-elements render` (the built dist/cli.js; run `npm run build` first) on two pages of
// 3,000 elements each: the same 24 quotes over and over, and 3,000 different elements of every
// kind (each quote in each variant and language, each session, each article, each state's history
// from each year, the member list on 2,000 dates). Prints the wall time, the peak memory (resident
// set) and the size of the output of each, the median of `--runs=N` runs (default 3). It is a
// benchmark, not a test: it fails only when a run fails.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
const read = (name) => JSON.parse(readFileSync(`data/${name}.json`, 'utf8'));
const count = 3000;

const quotes = read('quotes').map((q) => q.id);
const repeated = Array.from(
  { length: count },
  (_, i) => `<cst-quote quote="${quotes[i % quotes.length]}"></cst-quote>`,
);

const mixed = [];
for (const id of quotes)
  for (const variant of ['card', 'pull', 'inline'])
    for (const lang of ['en', 'ru'])
      mixed.push(`<cst-quote quote="${id}" variant="${variant}" lang="${lang}"></cst-quote>`);
for (const { id } of read('sessions'))
  for (const variant of ['full', 'compact'])
    for (const lang of ['en', 'ru'])
      mixed.push(
        `<cst-summit-card summit="${id}" variant="${variant}" lang="${lang}"></cst-summit-card>`,
      );
for (const document of read('documents').filter((d) => d.kind === 'treaty' || d.kind === 'charter'))
  for (const { number } of document.articles ?? [])
    for (const lang of ['en', 'ru'])
      mixed.push(
        `<cst-treaty-article document="${document.kind}" article="${number}" lang="${lang}"></cst-treaty-article>`,
      );
for (const { id } of read('states'))
  for (let year = 1992; year <= 2025; year++)
    mixed.push(`<cst-timeline state="${id}" from="${year}"></cst-timeline>`);
for (let day = Date.UTC(1994, 0, 1); mixed.length < count; day += 9 * 86_400_000) {
  const layout = ['list', 'grid', 'table'][mixed.length % 3];
  const date = new Date(day).toISOString().slice(0, 10);
  mixed.push(`<cst-member-list as-of="${date}" layout="${layout}"></cst-member-list>`);
}

const page = (elements) =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Bench</title></head><body>\n${elements.join('\n')}\n</body></html>\n`;

// The child reports its own peak memory when it exits.
const peak =
  'data:text/javascript,process.on("exit",()=>process.stderr.write(`peak ${process.resourceUsage().maxRSS}\\n`))';

const dir = mkdtempSync(join(tmpdir(), 'cst-render-bench-'));
const rows = [];
try {
  for (const [name, elements] of [
    [`${count.toLocaleString('en')} copies of ${quotes.length} quotes`, repeated],
    [`${count.toLocaleString('en')} different elements of every kind`, mixed.slice(0, count)],
  ]) {
    const input = join(dir, 'page.html');
    const output = join(dir, 'out.html');
    writeFileSync(input, page(elements));
    const results = [];
    for (let i = 0; i < runs; i++) {
      const start = process.hrtime.bigint();
      const run = spawnSync(
        process.execPath,
        ['--import', peak, 'dist/cli.js', 'render', input, '-o', output],
        { encoding: 'utf8' },
      );
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (run.status !== 0) throw new Error(`render failed:\n${run.stderr}`);
      const kb = Number(/peak (\d+)/.exec(run.stderr)?.[1]);
      results.push({ seconds, mb: kb / 1024, bytes: statSync(output).size });
    }
    const median = (key) => results.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs / 2)];
    rows.push([name, median('seconds'), median('mb'), median('bytes')]);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(`cst-elements render, median of ${runs} runs (Node ${process.version})\n`);
console.log(
  `${'page'.padEnd(44)}${'time'.padStart(9)}${'peak memory'.padStart(14)}${'output'.padStart(10)}`,
);
for (const [name, seconds, mb, bytes] of rows) {
  console.log(
    `${name.padEnd(44)}${`${seconds.toFixed(1)} s`.padStart(9)}${`${Math.round(mb)} MB`.padStart(14)}${`${(bytes / 1e6).toFixed(1)} MB`.padStart(10)}`,
  );
}
