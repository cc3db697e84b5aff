import { mkdirSync, writeFileSync } from 'node:fs';

/** Adds up tests over every browser and prints `N passed, N failed` as the run's last line. */
export function countReporter({ file = 'test-results/summary.json' } = {}) {
  const count = (suite, totals) => {
    for (const test of suite.tests ?? []) {
      if (test.skipped) totals.skipped += 1;
      else if (test.passed) totals.passed += 1;
      else totals.failed += 1;
    }
    for (const child of suite.suites ?? []) count(child, totals);
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.failed;
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load or run (no failed test to show for it) counts as one failure.
        if (!session.passed && totals.failed === before) totals.failed += 1;
      }
      mkdirSync('test-results', { recursive: true });
      writeFileSync(file, JSON.stringify(totals) + '\n');
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
    },
  };
}
