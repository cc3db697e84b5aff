// The plugin in a real WordPress (Debian's `wordpress` package, 6.1, on PHP 8.2 and a private
// MariaDB, external HTTP blocked): posts with a block and a shortcode of every element, saved by
// an Administrator and by an Author, read in Chromium with scripts on and off, in a block theme
// and a classic one. `npm run test:wordpress`, after `npm run build`; CI installs the packages.
import assert from 'node:assert/strict';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import '../../src/define/all.js';
import { elementHtml, fallbackBody } from '../../src/embed/element-html.js';
import { fallbackHtml } from '../../src/embed/snippets.js';
import { chromiumOptions } from '../../scripts/static-server.js';

declare global {
  interface Window {
    // WordPress's editor globals, as the page has them.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    wp: any;
  }
}

const PLUGIN = 'dist/wordpress/cst-elements';
const THEMES = ['twentytwentythree', 'twentytwentyone'];

interface Element {
  tag: string;
  block: string;
  start: Record<string, string>;
  controls: { name: string; options?: unknown[] }[];
}
const { elements } = JSON.parse(readFileSync(`${PLUGIN}/build/elements.json`, 'utf8')) as {
  elements: Element[];
};

/** What a reader reads of some HTML, white space as one space. */
const readable = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

const waitFor = async (check: () => boolean | Promise<boolean>, what: string) => {
  for (let i = 0; i < 200; i += 1) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
};

interface Post {
  user: 'admin' | 'author';
  kind: 'blocks' | 'shortcodes' | 'none';
  /** Each element's tag and the text its fallback reads. */
  expected: { tag: string; text: string }[];
  content: string;
  url?: string;
}

/** A post of each kind for each user: the blocks as the editor saves them, the shortcodes typed. */
async function posts(): Promise<Post[]> {
  const out: Post[] = [];
  for (const user of ['admin', 'author'] as const) {
    const blocks: string[] = [];
    const shortcodes: string[] = [];
    const blockTexts = [];
    const shortcodeTexts = [];
    for (const element of elements) {
      const fallback = await fallbackHtml(element.tag, element.start, { lang: 'en' });
      const markup = elementHtml(element.tag, element.start, fallbackBody(fallback));
      blocks.push(
        `<!-- wp:${element.block} ${JSON.stringify(element.start)} -->\n${markup}\n<!-- /wp:${element.block} -->`,
      );
      blockTexts.push({ tag: element.tag, text: readable(fallback) });
      // A shortcode with the listed values of the element's first example (a typed year is
      // the block editor's to write out).
      const listed = Object.fromEntries(
        Object.entries(element.start).filter(
          ([name]) => element.controls.find((c) => c.name === name)?.options,
        ),
      );
      const list = Object.entries(listed)
        .map(([n, v]) => ` ${n}="${v}"`)
        .join('');
      shortcodes.push(
        `<!-- wp:paragraph -->\n<p>[${element.tag}${list}]</p>\n<!-- /wp:paragraph -->`,
      );
      const text = readable(await fallbackHtml(element.tag, listed, { lang: 'en' }));
      shortcodeTexts.push({ tag: element.tag, text });
    }
    out.push(
      { user, kind: 'blocks', expected: blockTexts, content: blocks.join('\n\n') },
      { user, kind: 'shortcodes', expected: shortcodeTexts, content: shortcodes.join('\n\n') },
      {
        user,
        kind: 'none',
        expected: [],
        content: '<!-- wp:paragraph -->\n<p>No element here.</p>\n<!-- /wp:paragraph -->',
      },
    );
  }
  return out;
}

describe('the plugin in a real WordPress', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cst-wordpress-'));
  const site = join(dir, 'wp');
  const socket = join(dir, 'mysql.sock');
  const log = join(dir, 'debug.log');
  const children: ChildProcess[] = [];
  let env: NodeJS.ProcessEnv;
  let browser: Browser;
  let url: string;

  before(async () => {
    for (const needed of ['/usr/share/wordpress/wp-settings.php', '/usr/sbin/mariadbd']) {
      assert.ok(
        existsSync(needed),
        `${needed}: apt-get install wordpress mariadb-server php-mysql`,
      );
    }
    execFileSync(
      'mariadb-install-db',
      [
        `--datadir=${dir}/db`,
        '--user=root',
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
      ],
      { stdio: 'ignore' },
    );
    children.push(
      spawn(
        'mariadbd',
        [
          `--datadir=${dir}/db`,
          `--socket=${socket}`,
          '--skip-networking',
          '--user=root',
          `--pid-file=${dir}/db.pid`,
        ],
        { stdio: 'ignore' },
      ),
    );
    await waitFor(() => existsSync(socket), 'MariaDB');
    execFileSync('mariadb', [
      `--socket=${socket}`,
      '-uroot',
      '-e',
      "CREATE DATABASE wp; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'localhost';",
    ]);
    cpSync('/usr/share/wordpress', site, { recursive: true, dereference: true });
    for (const file of ['wp-config.php', 'setup.php'])
      cpSync(`test/wordpress/${file}`, join(site, file));
    cpSync(PLUGIN, join(site, 'wp-content/plugins/cst-elements'), { recursive: true });
    url = `http://127.0.0.1:${await freePort()}`;
    env = { ...process.env, CST_WP_URL: url, CST_WP_SOCKET: socket, CST_WP_LOG: log };
    children.push(
      spawn('php', ['-S', url.slice('http://'.length), '-t', site], { env, stdio: 'ignore' }),
    );
    browser = await chromium.launch(chromiumOptions());
  });

  after(async () => {
    await browser?.close();
    await Promise.all(
      children.map(
        (child) =>
          new Promise((done) => {
            if (child.exitCode !== null) return done(null);
            child.once('exit', done);
            child.kill();
          }),
      ),
    );
    rmSync(dir, { recursive: true, force: true });
  });

  for (const theme of THEMES) {
    it(`shows every block and shortcode, by an Administrator and by an Author (${theme})`, async () => {
      const written = await posts();
      const urls = JSON.parse(
        execFileSync('php', ['setup.php', theme], {
          cwd: site,
          env,
          input: JSON.stringify(
            written.map((p) => ({
              user: p.user,
              title: `${p.kind} by ${p.user}`,
              content: p.content,
            })),
          ),
          encoding: 'utf8',
        }),
      ) as string[];
      written.forEach((post, i) => (post.url = urls[i]));

      const scripted = await browser.newContext();
      const unscripted = await browser.newContext({ javaScriptEnabled: false });
      try {
        for (const post of written) {
          const what = `${post.kind} by ${post.user} (${theme})`;
          // Scripts off: each element with its full fallback text; no request leaves the site.
          const plain = await unscripted.newPage();
          const elsewhere: string[] = [];
          plain.on('request', (r) => {
            if (!r.url().startsWith(url) && !r.url().startsWith('data:')) elsewhere.push(r.url());
          });
          await plain.goto(post.url!);
          for (const { tag, text } of post.expected) {
            const shown = readable(await plain.locator(tag).first().innerHTML());
            assert.equal(shown, text, `${tag} in ${what}`);
          }
          // The tags the fallbacks need survive kses, an Author's post included.
          const inside = elements.map((e) => `${e.tag} time[datetime]`).join(', ');
          assert.equal((await plain.locator(inside).count()) > 0, post.kind !== 'none', what);
          const loader = await plain
            .locator('script[src*="cst-elements/public/cdn/cst-elements.js"]')
            .all();
          assert.equal(
            loader.length,
            post.kind === 'none' ? 0 : 1,
            `the loader, once where needed: ${what}`,
          );
          if (loader[0]) assert.equal(await loader[0].getAttribute('type'), 'module');
          await plain.close();

          // Scripts on: each element renders its text inside its shadow root.
          const page = await scripted.newPage();
          page.on('request', (r) => {
            if (!r.url().startsWith(url) && !r.url().startsWith('data:')) elsewhere.push(r.url());
          });
          await page.goto(post.url!);
          // `no-shift` swaps in the view once that moves nothing: out of view, say. Room below the
          // page lets each element be scrolled just past.
          await page.evaluate(() => {
            const room = document.createElement('div');
            room.style.blockSize = '300vh';
            document.body.append(room);
          });
          for (const { tag } of post.expected) {
            await page.evaluate((t) => {
              const bottom = document.querySelector(t)!.getBoundingClientRect().bottom;
              window.scrollTo(0, window.scrollY + bottom + 1);
            }, tag);
            await page.waitForFunction(
              (t) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').trim().length > 0,
              tag,
              { timeout: 10_000 },
            );
          }
          assert.deepEqual(elsewhere, [], `requests to other hosts: ${what}`);
          await page.close();
        }
      } finally {
        await scripted.close();
        await unscripted.close();
      }
      // No PHP notice, warning or error from the plugin (WordPress 6.1's own deprecations on
      // PHP 8.2 are not the plugin's).
      const lines = existsSync(log) ? readFileSync(log, 'utf8').split('\n') : [];
      assert.deepEqual(
        lines.filter((l) => l.includes('cst-elements') || /PHP (Fatal|Parse)/.test(l)),
        [],
      );
    });
  }

  it('lets an Author add a block in the block editor and publish it', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(`${url}/wp-login.php`);
      await page.fill('#user_login', 'author');
      await page.fill('#user_pass', 'author-password');
      await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
      await page.goto(`${url}/wp-admin/post-new.php`);
      await page.waitForFunction(
        () => Boolean(window.wp?.blocks?.getBlockType('cst/quote')),
        null,
        {
          timeout: 60_000,
        },
      );
      // Every element has its block.
      const names = await page.evaluate(() =>
        window.wp.blocks
          .getBlockTypes()
          .map((b: { name: string }) => b.name)
          .filter((n: string) => n.startsWith('cst/')),
      );
      assert.deepEqual(names.sort(), elements.map((e) => e.block).sort());

      // A quote block, and a shortcode with a year, which only the editor can write out.
      await page.evaluate(() => {
        const { createBlock } = window.wp.blocks;
        window.wp.data
          .dispatch('core/block-editor')
          .insertBlocks([
            createBlock('cst/quote', { quote: 'tokayev-2022-first-use' }),
            createBlock('core/paragraph', { content: '[cst-timeline state="am" from="2022"]' }),
          ]);
        window.wp.data.dispatch('core/editor').editPost({ title: 'Written in the editor' });
      });
      const quote = await fallbackHtml(
        'cst-quote',
        { quote: 'tokayev-2022-first-use' },
        { lang: 'en' },
      );
      await page.waitForFunction(
        (body) =>
          window.wp.data.select('core/block-editor').getBlocks()[0]?.attributes.fallback === body,
        fallbackBody(quote),
        { timeout: 30_000 },
      );
      // The canvas shows the element itself.
      await page.waitForFunction(
        () =>
          (
            document.querySelector('.block-editor-block-list__layout cst-quote')?.shadowRoot
              ?.textContent ?? ''
          ).includes('peacekeeping'),
        null,
        { timeout: 30_000 },
      );
      await page.waitForFunction(() => {
        const meta = window.wp.data.select('core/editor').getEditedPostAttribute('meta');
        return Boolean(meta?._cst_elements_fallbacks);
      });
      await page.evaluate(() => {
        window.wp.data.dispatch('core/editor').editPost({ status: 'publish' });
        return window.wp.data.dispatch('core/editor').savePost();
      });
      const post = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPost());
      assert.equal(post.status, 'publish');

      // Opened again, the saved block is valid: kses kept the markup the block saves.
      await page.goto(`${url}/wp-admin/post.php?post=${post.id}&action=edit`);
      await page.waitForFunction(
        () => window.wp?.data?.select('core/block-editor').getBlocks().length > 0,
        null,
        {
          timeout: 60_000,
        },
      );
      const valid = await page.evaluate(() =>
        window.wp.data
          .select('core/block-editor')
          .getBlocks()
          .map((b: { name: string; isValid: boolean }) => [b.name, b.isValid]),
      );
      assert.deepEqual(valid, [
        ['cst/quote', true],
        ['core/paragraph', true],
      ]);
      assert.deepEqual(problems, []);

      // Readers without scripts read both in full.
      const reader = await browser.newContext({ javaScriptEnabled: false });
      const plain = await reader.newPage();
      await plain.goto(post.link);
      assert.equal(readable(await plain.locator('cst-quote').innerHTML()), readable(quote));
      const timeline = await fallbackHtml(
        'cst-timeline',
        { state: 'am', from: '2022' },
        { lang: 'en' },
      );
      assert.equal(readable(await plain.locator('cst-timeline').innerHTML()), readable(timeline));
      await reader.close();
    } finally {
      await context.close();
    }
  });
});
