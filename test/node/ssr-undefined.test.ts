// Its own file, so that no define module has run: each test file runs in a process of its own.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderElement } from '../../src/ssr/index.js';

describe('server rendering of a tag that is not defined', () => {
  it('fails with the tag and the import that defines it', async () => {
    await assert.rejects(renderElement('cst-quote', { quote: 'tokayev-2022-working-mechanism' }), {
      message:
        "<cst-quote> is not defined: import 'cst-elements/quote.js' (or 'cst-elements/all.js') before rendering it",
    });
    await assert.rejects(
      renderElement('cst-member-list'),
      /import 'cst-elements\/member-list\.js'/,
    );
  });

  it('renders once the define module is imported', async () => {
    await import('../../src/define/quote.js');
    const html = await renderElement('cst-quote', { quote: 'tokayev-2022-working-mechanism' });
    assert.match(html, /<cst-quote\s+quote="tokayev-2022-working-mechanism"/);
    assert.match(html, /working mechanism/);
  });
});
