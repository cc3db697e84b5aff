// The WordPress plugin as `npm run build` writes it (dist/wordpress/): its PHP run under php-cli
// (test/wordpress/harness.php stands in for the few WordPress functions it calls). A shortcode
// renders the markup the project's snippet writer makes for the same attributes; hostile values
// stay text; the loader comes only with an element; authors' content keeps exactly the elements.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { unzipSync, strFromU8 } from 'fflate';
import '../../src/define/all.js';
import { elementHtml, fallbackBody, fallbackKey } from '../../src/embed/element-html.js';
import { fallbackHtml, scriptSnippet } from '../../src/embed/snippets.js';
import { UNAVAILABLE } from '../../src/locales/index.js';
import { CONTENT_ELEMENTS } from '../../src/registry.js';

const PLUGIN = 'dist/wordpress/cst-elements';

interface Control {
  name: string;
  initial?: string;
  required?: true;
  shared?: true;
  options?: { value: string }[];
  after?: { name: string; options: Record<string, { value: string }[]> };
}
interface Element {
  tag: string;
  name: string;
  block: string;
  controls: Control[];
}
const { elements } = JSON.parse(readFileSync(`${PLUGIN}/build/elements.json`, 'utf8')) as {
  elements: Element[];
};

type Request =
  | { shortcode: string; atts: Record<string, string>; locale?: string; meta?: string }
  | { content: string }
  | { allowed: true }
  | { sanitize: string; unfiltered: boolean };

/** Runs the requests through the plugin in one php process; the last answer is the set-up. */
function php(requests: Request[]): Record<string, unknown>[] {
  const run = spawnSync('php', ['test/wordpress/harness.php', PLUGIN], {
    input: JSON.stringify(requests),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(run.error, undefined, 'php-cli runs (apt-get install php-cli)');
  // A notice or warning of PHP is a failure.
  assert.equal(run.stderr, '');
  assert.equal(run.status, 0, run.stdout);
  assert.doesNotMatch(run.stdout, /^(PHP )?(Notice|Warning|Deprecated|Fatal error)/m);
  return JSON.parse(run.stdout) as Record<string, unknown>[];
}

const shortcode = (tag: string, atts: Record<string, string>, extra: object = {}) =>
  ({ shortcode: tag, atts, ...extra }) as Request;

/**
 * Attribute sets an element's build covers: its required controls at their first value, then each
 * of its listed controls alone at its first and last value (an article with its document).
 */
function cases(element: Element): Record<string, string>[] {
  const own = element.controls.filter((c) => !c.shared);
  const base: Record<string, string> = {};
  for (const c of own.filter((c) => c.required)) base[c.name] = c.options![0]!.value;
  const out = [base];
  for (const c of own.filter((c) => !c.required)) {
    const leader = c.after && own.find((l) => l.name === c.after!.name)!;
    const leaderValue = leader && leader.options!.at(-1)!.value;
    const options = c.after ? c.after.options[leaderValue!]! : (c.options ?? []);
    for (const option of [options[0], options.at(-1)]) {
      if (!option) continue;
      out.push({
        ...base,
        ...(leader && { [leader.name]: leaderValue! }),
        [c.name]: option.value,
      });
    }
  }
  return out;
}

const stripScript = (html: string) => html.replace(/^<script[^>]*><\/script>\n/, '');

describe('WordPress plugin', () => {
  it('registers a block and a shortcode for every element with content', () => {
    const setup = php([]).at(-1)!;
    assert.deepEqual(
      setup.shortcodes,
      CONTENT_ELEMENTS.map((e) => e.tag),
    );
    assert.deepEqual(
      [...(setup.blocks as string[])].sort(),
      CONTENT_ELEMENTS.map((e) => `cst/${e.tag.slice(4)}`).sort(),
    );
    // The loader and the editor script come from the plugin's own folder.
    for (const src of Object.values(setup.scripts as Record<string, string>)) {
      assert.match(src, /^https:\/\/example\.test\/wp-content\/plugins\/cst-elements\//);
    }
  });

  it('renders each shortcode as the snippet writer writes the element, in every language', async () => {
    const requests: Request[] = [];
    const expected: string[] = [];
    for (const element of elements) {
      for (const attributes of cases(element)) {
        for (const lang of ['en', 'ru', 'kk']) {
          const atts = { ...attributes, lang };
          requests.push(shortcode(element.tag, atts));
          expected.push(stripScript(await scriptSnippet(element.tag, atts, { script: false })));
        }
      }
    }
    const answers = php(requests);
    let shown = 0;
    requests.forEach((request, i) => {
      assert.equal(answers[i]!.html, expected[i], JSON.stringify(request));
      assert.equal(answers[i]!.loader, true);
      if (!expected[i]!.includes(UNAVAILABLE.en)) shown += 1;
    });
    // The cases are content, not the unavailable line the PHP would write for anything.
    assert.ok(shown > requests.length * 0.9, `${shown} of ${requests.length} show content`);
  });

  it('reads a listed value written as authors write it, as the element does', async () => {
    const written: [string, Record<string, string>][] = [
      ['cst-quote', { speaker: 'Tokayev' }],
      ['cst-quote', { speaker: 'Kassym-Jomart Tokayev', lang: 'ru' }],
      ['cst-timeline', { state: 'Armenia' }],
      ['cst-timeline', { state: 'AM', layout: 'compact' }],
      ['cst-summit-card', { summit: 'Latest', lang: 'kk' }],
      ['cst-treaty-article', { document: 'Charter', article: '3' }],
    ];
    const answers = php(written.map(([tag, atts]) => shortcode(tag, atts)));
    for (const [i, [tag, atts]] of written.entries()) {
      const expected = stripScript(await scriptSnippet(tag, atts, { script: false }));
      assert.ok(!expected.includes(UNAVAILABLE.en), `${tag} ${JSON.stringify(atts)} shows content`);
      assert.equal(answers[i]!.html, expected);
    }
  });

  it("shows the site's language when the shortcode names none", async () => {
    const element = elements.find((e) => e.tag === 'cst-quote')!;
    const atts = { quote: element.controls[0]!.options![0]!.value };
    const [ru, fr] = php([
      shortcode('cst-quote', atts, { locale: 'ru_RU' }),
      shortcode('cst-quote', atts, { locale: 'fr_FR' }),
    ]);
    const body = async (lang: 'ru' | 'en') =>
      elementHtml('cst-quote', atts, fallbackBody(await fallbackHtml('cst-quote', atts, { lang })));
    assert.equal(ru!.html, await body('ru'));
    assert.equal(fr!.html, await body('en'));
  });

  it('keeps hostile attribute values as text, and drops attributes the element does not take', async () => {
    const hostile = {
      quote: '"><script>alert(1)</script>',
      variant: 'pull" onmouseover="alert(1)',
      lang: "ru' onfocus='alert(1)",
      onclick: 'alert(1)',
    };
    const [answer] = php([shortcode('cst-quote', hostile)]);
    const html = answer!.html as string;
    assert.doesNotMatch(html, /<script/);
    // The element's own attributes, each value quoted whole: nothing else became an attribute.
    const list = /^<cst-quote((?: [a-z-]+(?:="[^"]*")?)*)>/.exec(html)?.[1] ?? '';
    const names = [...list.matchAll(/ ([a-z-]+)(?:="[^"]*")?/g)].map((m) => m[1]);
    assert.deepEqual(names, ['quote', 'variant', 'lang', 'no-shift']);
    const { onclick: _dropped, ...taken } = hostile;
    assert.equal(html, stripScript(await scriptSnippet('cst-quote', taken, { script: false })));
    assert.match(html, new RegExp(`<p>${UNAVAILABLE.en}</p>`));
  });

  it('renders a shortcode the build has no text for with the text the block editor kept for the post', async () => {
    const element = elements.find((e) => e.tag === 'cst-member-list')!;
    const atts = { 'as-of': '2015-03-01', layout: 'table' };
    const fallback = await fallbackHtml('cst-member-list', atts, { lang: 'en' });
    const key = `cst-member-list ${fallbackKey(element.controls, atts, 'en')}`;
    const [kept, none] = php([
      shortcode('cst-member-list', atts, { meta: JSON.stringify({ [key]: fallback }) }),
      shortcode('cst-member-list', atts),
    ]);
    assert.equal(kept!.html, elementHtml('cst-member-list', atts, fallbackBody(fallback)));
    assert.ok(!fallback.includes(UNAVAILABLE.en));
    assert.equal(
      none!.html,
      elementHtml('cst-member-list', atts, fallbackBody(`<p>${UNAVAILABLE.en}</p>`)),
    );
  });

  it('brings the loader only to content with an element', () => {
    const [plain, block] = php([
      { content: '<p>The CSTO met in Moscow.</p>' },
      { content: '<cst-quote quote="x" no-shift><p>…</p></cst-quote>' },
    ]);
    assert.equal(plain!.loader, false);
    assert.equal(block!.loader, true);
  });

  it("lets authors' posts keep the elements, their attributes and their fallbacks' tags, nothing more", () => {
    const [answer] = php([{ allowed: true }]);
    const { post, comment } = answer as {
      post: Record<string, Record<string, boolean>>;
      comment: Record<string, unknown>;
    };
    for (const element of elements) {
      for (const control of element.controls) assert.equal(post[element.tag]?.[control.name], true);
      assert.equal(post[element.tag]?.['no-shift'], true);
    }
    assert.equal(post.time?.datetime, true);
    assert.equal(post.p?.class, true, 'what WordPress allows stays');
    assert.equal(post.script, undefined);
    assert.equal(post.style, undefined);
    for (const [tag, attributes] of Object.entries(post)) {
      for (const name of Object.keys(attributes))
        assert.doesNotMatch(`${tag} ${name}`, / on|style$/);
    }
    assert.deepEqual(comment, { p: [] }, 'comments get nothing');
  });

  it("filters the kept shortcode texts as the saving user's content", () => {
    const meta = JSON.stringify({
      'cst-quote quote="a" lang="en"': '<p>Text<script>alert(1)</script></p>',
      'not-an-element': '<p>x</p>',
    });
    const [author, admin, garbage] = php([
      { sanitize: meta, unfiltered: false },
      { sanitize: meta, unfiltered: true },
      { sanitize: 'not json', unfiltered: false },
    ]);
    assert.deepEqual(JSON.parse(author!.meta as string), {
      'cst-quote quote="a" lang="en"': 'Textalert(1)',
    });
    assert.deepEqual(JSON.parse(admin!.meta as string), {
      'cst-quote quote="a" lang="en"': '<p>Text<script>alert(1)</script></p>',
    });
    assert.equal(garbage!.meta, '');
  });

  it('is zipped as a standard plugin with its own copy of the CDN build', () => {
    const zip = unzipSync(readFileSync('dist/wordpress/cst-elements.zip'));
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
    const main = strFromU8(zip['cst-elements/cst-elements.php']!);
    assert.match(main, /^ \* Plugin Name: +\S/m);
    assert.match(main, new RegExp(`^ \\* Version: +${version.replace(/\./g, '\\.')}$`, 'm'));
    assert.match(strFromU8(zip['cst-elements/readme.txt']!), /^Stable tag: \d/m);
    assert.ok(zip['cst-elements/LICENSE.txt']);
    assert.ok(zip['cst-elements/public/cdn/cst-elements.js']);
    const chunks = Object.keys(zip).filter((f) => f.startsWith('cst-elements/public/cdn/chunks/'));
    assert.ok(chunks.length > 10, `${chunks.length} chunks`);
    // The editor script uses only what WordPress 6.1 has (no JSX runtime, no React import).
    const asset = strFromU8(zip['cst-elements/build/editor.asset.php']!);
    for (const [, handle] of asset.matchAll(/'(wp-[a-z-]+|react[a-z-]*)'/g)) {
      assert.match(handle!, /^wp-(block-editor|blocks|components|data|element|shortcode)$/);
    }
  });
});
