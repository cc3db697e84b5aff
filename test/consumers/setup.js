// Packs the package (built beforehand by `npm run build`) and installs the tarball into the apps:
// the third-party packages of each lockfile once (again only when the lockfile changed), then the
// tarball on top, without touching package.json or the lockfile.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APPS, OUT, ROOT, run, TARBALL } from './helpers.js';

/** The folders with a lockfile of their own: this one, and Angular (its own TypeScript). */
const INSTALLS = [APPS, join(APPS, 'angular')];

export default async function setup() {
  if (!existsSync(join(ROOT, 'dist/index.js')))
    throw new Error('dist/ is missing: run npm run build first');
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const { stdout } = run('npm', ['pack', '--json', '--pack-destination', OUT], { cwd: ROOT });
  const packed = join(OUT, JSON.parse(stdout)[0].filename);
  if (packed !== TARBALL) throw new Error(`npm pack wrote ${packed}, expected ${TARBALL}`);
  await Promise.all(INSTALLS.map(install));
}

async function install(dir) {
  const lock = readFileSync(join(dir, 'package-lock.json'));
  const hash = createHash('sha256').update(lock).digest('hex');
  const stamp = join(dir, 'node_modules/.cst-lock-hash');
  const npm = (args) =>
    run('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline'], { cwd: dir, async: true });
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== hash) {
    await npm(['ci']);
    writeFileSync(stamp, hash);
  }
  // npm keeps an installed copy of the same version; the tarball may be newer.
  rmSync(join(dir, 'node_modules/cst-elements'), { recursive: true, force: true });
  await npm(['install', '--no-save', TARBALL]);
}
