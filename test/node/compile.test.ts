import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { transform } from 'lightningcss';
import { compileTs } from '../../scripts/compile.js';

/** Runs a compiled module whose default export is a `css` template, and returns its text. */
async function cssOf(source: string): Promise<string> {
  const { code } = await compileTs(source, 'test.styles.ts', false);
  const module = await import(
    `data:text/javascript,${encodeURIComponent(code.replace(/^import[^;]*;/m, 'const css = (s) => s.join("");'))}`
  );
  return module.default as string;
}

describe('the one compilation of src/ (tests and builds alike)', () => {
  it('minifies the text of a styles module without changing what it says', async () => {
    const styles = `:host {\n  display: block;\n}\n.q::before {\n  content: '“';\n  quotes: '«' '»';\n}\n`;
    const text = await cssOf(`import { css } from 'lit';\nexport default css\`${styles}\`;\n`);
    const { code } = transform({ filename: 'x.css', code: Buffer.from(styles), minify: true });
    assert.equal(text, code.toString().trim());
    assert.ok(text.length < styles.length);
  });

  it('minifies a styles template with substitutions too', async () => {
    const { code } = await compileTs(
      "import { css } from 'lit';\nconst w = css`2rem`;\nexport default css`\n  :host {\n    inline-size: ${w};\n    display: block;\n  }\n`;\n",
      'x.styles.ts',
      false,
    );
    assert.match(code, /css`:host\{[^`]*\$\{w\}[^`\n]*\}`/);
  });

  it('compiles class fields as assignments, which Lit reactive properties need', async () => {
    const { code } = await compileTs('export class A { x: number = 1; }', 'a.ts', false);
    assert.match(code, /this\.x = 1/);
  });
});
