import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { attributeNames, ELEMENTS, entryName } from '../../src/registry.js';

/** Every TypeScript file below a folder. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** A file's code without its comments. */
const code = (path: string) =>
  readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

/** Files scripts/elements.js writes from the element folders. */
const generated = (path: string) =>
  readFileSync(path, 'utf8').startsWith('// Written by scripts/elements.js');

describe('the registry of tags', () => {
  it('is written from the element folders, and what is written from them is fresh', () => {
    const run = spawnSync(process.execPath, ['scripts/elements.js', '--check'], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
  });

  it('names for each tag its define entry, and the class the entry defines', async () => {
    for (const entry of ELEMENTS) {
      const define = `src/define/${entryName(entry)}.ts`;
      assert.ok(existsSync(define), define);
      assert.match(readFileSync(define, 'utf8'), new RegExp(`defineElement\\('${entry.tag}'`));
      const ctor = await entry.load();
      assert.equal(typeof ctor, 'function', entry.tag);
      assert.equal(Boolean(ctor.renderer), !entry.provider, `${entry.tag} renderer`);
    }
  });

  it("lists each element's own attributes, as its class observes them", async () => {
    for (const entry of ELEMENTS) {
      const ctor = (await entry.load()) as unknown as { observedAttributes: string[] };
      const observed = ctor.observedAttributes.filter(
        (a) => !['lang', 'theme', 'frame'].includes(a),
      );
      assert.deepEqual([...observed].sort(), attributeNames(entry).sort(), entry.tag);
    }
  });

  it('is the only list of tags: outside its folder and the files written from the folders, a tag is named in at most two files', () => {
    const sources = [...files('src'), ...files('demo')].filter((path) => !generated(path));
    for (const entry of ELEMENTS) {
      const own = (path: string) => path.startsWith(`src/elements/${entryName(entry)}/`);
      const naming = sources.filter(
        (path) => !own(path) && new RegExp(`['"\`]${entry.tag}\\b`).test(code(path)),
      );
      assert.ok(naming.length <= 2, `${entry.tag} is named in ${naming.join(', ')}`);
    }
  });
});
