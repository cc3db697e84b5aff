// Runs the Node tests of test/node (server rendering, source checks, the views over every example)
// with node:test, after bundling them (scripts/bundle-tests.js), and writes
// test-results/node-summary.json for the closing count. The end-to-end tests of test/e2e run on
// Playwright Test (`npm run test:e2e`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { bundleTests, testFiles } from './bundle-tests.js';

const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['test/node'];
const outdir = 'test-results/node';
mkdirSync(outdir, { recursive: true });
const files = await bundleTests(dirs.flatMap(testFiles), outdir);

const totals = { passed: 0, failed: 0, skipped: 0 };
const stream = run({
  files,
  concurrency: 1,
  // A test that hangs fails rather than holding the run.
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
