import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { compileLitDecorators } from '../../scripts/compile-lit-decorators.js';
import { minifyCss } from '../../scripts/minify-css.js';

describe('compiling Lit decorators for the browser builds', () => {
  const source = `import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
export class A extends LitElement {
  /** Doc. */
  @property({ reflect: true }) accessor theme: string = 'auto';
  @property() accessor quote: string | null = null;
  @state() private accessor status = 0;
  @consume({ context: ctx, subscribe: true })
  @state()
  protected accessor context = NONE;
  @other() accessor kept = 1;
  plain = 2;
}`;
  const out = compileLitDecorators(source, 'a.ts')!;

  it('moves every Lit property into static properties with its options', () => {
    assert.match(
      out,
      /static properties = \{ theme: \{ reflect: true \}, quote: \{\}, status: \{ state: true \}, context: \{ state: true \} \};/,
    );
    assert.doesNotMatch(out, /@property|@state|@consume/);
    assert.match(out, /^\s*theme: string = 'auto';$/m);
    assert.match(out, /^\s*private\s+status = 0;$/m);
  });

  it('creates a context consumer that sets the property', () => {
    assert.match(out, /^import \{ ContextConsumer as __ContextConsumer \} from '@lit\/context';/);
    assert.match(
      out,
      /new __ContextConsumer\(this, \{ \.\.\.\{ context: ctx, subscribe: true \}, callback: \(value: any\) => \{ \(this as any\)\.context = value; \} \}\)/,
    );
  });

  it('leaves decorators it does not know, and keeps every line where it was', () => {
    assert.match(out, /@other\(\) accessor kept = 1;/);
    assert.equal(out.split('\n').length, source.split('\n').length);
  });

  it('leaves a module without Lit decorators alone', () => {
    assert.equal(compileLitDecorators('export const a = 1;', 'b.ts'), undefined);
    const foreign = `import { state } from './store.js';\nclass B { @state() accessor x = 1; }`;
    assert.equal(compileLitDecorators(foreign, 'c.ts'), undefined);
  });

  it('follows a decorator imported under another name', () => {
    const renamed = `import { property as prop } from 'lit/decorators.js';\nclass C extends LitElement { @prop({ type: Number }) accessor n = 1; }`;
    assert.match(
      compileLitDecorators(renamed, 'd.ts')!,
      /static properties = \{ n: \{ type: Number \} \};/,
    );
  });

  it('finds every decorated property of the elements', () => {
    for (const file of ['src/internal/base.ts', 'src/elements/provider/provider.ts']) {
      const compiled = compileLitDecorators(readFileSync(file, 'utf8'), file)!;
      assert.doesNotMatch(compiled, /@(property|state|consume)\(/, file);
    }
  });
});

describe('minifying styles for the browser builds', () => {
  it('drops comments and spacing but keeps quoted strings and descendant selectors', () => {
    const out = minifyCss(
      "import { css } from 'lit';\nexport default css`\n  /* note */\n  .a .b:hover,\n  .c {\n    content: ' · ';\n    margin: 0 auto;\n  }\n`;",
      'a.ts',
    );
    assert.equal(
      out,
      "import { css } from 'lit';\nexport default css`.a .b:hover,.c{content:' · ';margin:0 auto}`;",
    );
  });

  it('minifies around interpolations without joining their neighbours', () => {
    const out = minifyCss(
      'const s = css`\n  a {\n    color: ${x};\n  }\n  ${y} b { top: 0; }\n`;',
      'a.ts',
    );
    assert.equal(out, 'const s = css`a{color:${x}}${y} b{top:0}`;');
  });

  it('leaves markup templates alone', () => {
    assert.equal(minifyCss('html`<p>\n  a  b\n</p>`', 'a.ts'), undefined);
  });
});
