import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readable } from '../node/text.js';

const page = (body: string) =>
  `<!doctype html>\n<html lang="en">\n<head><title>t</title></head>\n<body>\n${body}\n</body>\n</html>\n`;

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
    const shown = ok.stdout
      .slice(ok.stdout.indexOf('<cst-summit-card'), ok.stdout.indexOf('</cst-summit-card>'))
      .split('</template>')
      .map((part) =>
        readable(
          part
            .replace(/<style>[\s\S]*?<\/style>/g, '')
            .replace(/<!--[\s\S]*?-->/g, '')
            .replace(/<[^>]+>/g, ' '),
        ),
      );
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
});
