// Runs the Node-side tests: test/node (server rendering, source checks) and test/e2e (the built
// site in headless Chromium; run `npm run build` first). Bundles them with esbuild, keeping
// packages external so Lit's Node build is used, runs them with node:test, and writes
// test-results/node-summary.json for the closing count.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';

const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['test/node', 'test/e2e'];
const entries = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => `${dir}/${f}`),
);
const outdir = 'test-results/node';
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: entries,
  outdir,
  outbase: '.',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  loader: { '.json': 'json' },
  logLevel: 'warning',
});

const totals = { passed: 0, failed: 0, skipped: 0 };
const stream = run({
  files: entries.map((f) => `${outdir}/${f.replace(/\.ts$/, '.mjs')}`),
  concurrency: 1,
  // A test that hangs (a page that never defines its elements) fails rather than holding the run.
  timeout: 300_000,
});
stream.on('test:pass', (t) => {
  if (t.details.type === 'suite') return;
  if (t.skip || t.todo) totals.skipped += 1;
  else totals.passed += 1;
});
stream.on('test:fail', (t) => {
  if (t.details.type !== 'suite') totals.failed += 1;
});
stream.compose(spec).pipe(process.stdout);
await new Promise((resolve) => stream.on('end', resolve));
// NODE_SUMMARY names another file, for a run counted apart (the WordPress test in CI).
const summary = process.env.NODE_SUMMARY ?? 'test-results/node-summary.json';
writeFileSync(summary, JSON.stringify(totals) + '\n');
console.log(`node: ${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed ? 1 : 0;
