// Test files written in TypeScript, bundled for Node with esbuild: packages stay external (so
// Lit's Node build is used), the project's modules and JSON files go in. The Node tests (node:test)
// and the end-to-end tests (Playwright Test) both run what this writes.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';

/** The `*.test.ts` files of `dir`. */
export const testFiles = (dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => `${dir}/${f}`);

/**
 * Bundles `entries` into `outdir` as `.mjs` files, laid out as under `outbase`; resolves to the
 * paths written, in the order of `entries`. `options` are esbuild's, added to these.
 */
export async function bundleTests(entries, outdir, outbase = '.', options = {}) {
  await build({
    entryPoints: entries,
    outdir,
    outbase,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    loader: { '.json': 'json' },
    logLevel: 'warning',
    ...options,
  });
  const base = outbase.replace(/\/$/, '');
  return entries.map((f) =>
    `${outdir}/${base === '.' ? f : f.slice(base.length + 1)}`.replace(/\.ts$/, '.mjs'),
  );
}
