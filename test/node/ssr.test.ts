import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import '../../src/define/provider.js';
import { renderElement } from '../../src/ssr/index.js';

describe('server rendering', () => {
  it('renders the provider to declarative shadow DOM', async () => {
    const out = await renderElement('cst-provider', { lang: 'ru' });
    assert.match(out, /^<!--lit-part[^>]*-->|<cst-provider/);
    assert.match(out, /<cst-provider[^>]* lang="ru"/);
    assert.match(out, /<template shadowroot="open" shadowrootmode="open">/);
    assert.match(out, /<slot><\/slot>/);
  });

  it('escapes attribute values and refuses unsafe names', async () => {
    const out = await renderElement('cst-provider', { src: '"><script>alert(1)</script>' });
    assert.ok(!out.includes('<script>'), out);
    await assert.rejects(renderElement('script', {}), /not a cst-elements tag/);
    await assert.rejects(
      renderElement('cst-provider', { 'onclick="x"': '' }),
      /not an attribute name/,
    );
  });
});
