import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { expectedTimeline, stateById } from '../helpers/timeline-expected.js';
import { shadowAndFallback } from '../node/text.js';

const page = (body: string) =>
  `<!doctype html>\n<html lang="en">\n<head><title>t</title></head>\n<body>\n${body}\n</body>\n</html>\n`;

/** Runs the built command on a page; its output. */
function render(body: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cst-cli-')), 'in.html');
  writeFileSync(file, page(body));
  const run = spawnSync(process.execPath, ['dist/cli.js', 'render', file], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

describe('cst-elements render (the built command)', () => {
  it('runs as a command: output on success, a non-zero exit and messages on bad input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cst-cli-'));
    const good = join(dir, 'good.html');
    const bad = join(dir, 'bad.html');
    writeFileSync(good, page('<cst-summit-card summit="2020-12-02"></cst-summit-card>'));
    writeFileSync(bad, page('\n<cst-summit-card summit="1900-01-01"></cst-summit-card>'));
    const ok = spawnSync(process.execPath, ['dist/cli.js', 'render', good], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stderr);
    // The session, in the shadow root and in the fallback after it.
    const shown = shadowAndFallback(ok.stdout, 'cst-summit-card');
    assert.equal(shown.length, 2);
    for (const text of shown) {
      assert.ok(
        text.startsWith(
          'Regular session of the CSTO Collective Security Council December 2, 2020 · By videoconference ',
        ),
        text,
      );
    }
    const failed = spawnSync(process.execPath, ['dist/cli.js', 'render', bad], {
      encoding: 'utf8',
    });
    assert.equal(failed.status, 1);
    assert.equal(failed.stdout, '');
    assert.match(failed.stderr, /bad\.html:6:1 <cst-summit-card summit="1900-01-01">: /);
  });

  it("writes a timeline in a provider's language, the fallback in the same words", () => {
    const out = render(
      '<cst-provider lang="ru">\n<cst-timeline state="am" from="2023"></cst-timeline>\n</cst-provider>',
    );
    const [shadow, light] = shadowAndFallback(out, 'cst-timeline');
    assert.equal(light, shadow);
    // Armenia named as the data names it in Russian, and each year of its events a heading.
    const events = expectedTimeline({ state: 'am', from: '2023' });
    assert.ok(events.length > 0 && events.length <= 12);
    assert.ok(shadow!.startsWith(`${stateById('am').name.ru} и ОДКБ`), shadow);
    const years = [...out.matchAll(/<h3\b[^>]*>(?:<!--[^>]*-->)*(\d{4})/g)].map(([, y]) => y);
    const expected = [...new Set(events.map((e) => e.date.slice(0, 4)))];
    // The years once in the shadow root, once in the fallback.
    assert.deepEqual(years, [...expected, ...expected]);
  });
});
