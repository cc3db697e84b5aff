import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { bundledDataset } from '../src/data/bundled/index.js';
import { DEFAULT_MAX_BYTES } from '../src/data/loader.js';
import '../src/define/provider.js';
import '../src/define/quote.js';
import type { CstProvider } from '../src/elements/provider/provider.js';
import type { CstErrorEvent } from '../src/events.js';
import { captureWarnings } from './helpers/events.js';

/**
 * A publisher file can be huge, endless, deeply nested, silent, redirected elsewhere or not JSON at
 * all. Each time the provider keeps the bundled data, says why in one `cst-error`, and the page
 * goes on working meanwhile. The routes are in web-test-runner.config.js (`limits`).
 */

const MB = 1024 * 1024;
const bundledQuote = bundledDataset.quotes[0]!;
/** Another origin: the test page is on `localhost`, the same server answers on `127.0.0.1`. */
const otherOrigin = () => `http://127.0.0.1:${location.port}`;

/** Requests the test server answered for `id`. */
const seen = async (id: string): Promise<{ requests: number }> =>
  (await fetch(`/__limits__/seen?id=${id}`)).json() as Promise<{ requests: number }>;

interface Outcome {
  error: CstErrorEvent;
  warnings: string[];
  /** Timer tasks the page ran while the provider was loading. */
  ticks: number;
  /** Clicks on the page's button handled so far. */
  clicks: () => number;
  /** The provider had not settled when the first click was handled. */
  pendingAtClick: boolean;
  button: HTMLButtonElement;
  provider: CstProvider;
}

/**
 * Points a provider (with a bundled quote inside) at `src` and waits for its `cst-error`. While
 * it waits, timer tasks keep clicking a button on the page: they must get to run.
 */
async function load(src: string, timeout = 4000): Promise<Outcome> {
  const box = await fixture<HTMLElement>(
    html`<div>
      <button type="button">Still here</button>
      <cst-provider .timeout=${timeout}>
        <cst-quote quote=${bundledQuote.id}></cst-quote>
      </cst-provider>
    </div>`,
  );
  const provider = box.querySelector('cst-provider')!;
  const button = box.querySelector('button')!;
  let clicks = 0;
  let ticks = 0;
  let settled = false;
  let pendingAtClick = false;
  button.addEventListener('click', () => {
    if (clicks++ === 0) pendingAtClick = !settled;
  });
  let error!: CstErrorEvent;
  const warnings = await captureWarnings(async () => {
    const failed = new Promise<CstErrorEvent>((resolve, reject) => {
      provider.addEventListener('cst-error', (e) => resolve(e), { once: true });
      provider.addEventListener('cst-load', () => reject(new Error(`${src} was applied`)));
    });
    const heartbeat = setInterval(() => {
      ticks++;
      button.click();
    }, 0);
    provider.src = src;
    try {
      error = await failed;
    } finally {
      settled = true;
      clearInterval(heartbeat);
    }
    await provider.updateComplete;
  });
  return { error, warnings, ticks, clicks: () => clicks, pendingAtClick, button, provider };
}

/** The bundled data is still what the quote shows, and the provider still takes a good file. */
async function expectBundledKept(outcome: Outcome): Promise<void> {
  const { provider, warnings, error } = outcome;
  expect(warnings, 'one warning').to.have.length(1);
  expect(warnings[0]).to.contain(error.detail.code);
  expect(warnings[0]).to.contain('The bundled data is kept');
  expect(error.bubbles && error.composed).to.equal(true);
  const quote = provider.querySelector('cst-quote')!;
  await quote.updateComplete;
  expect(quote.shadowRoot!.querySelector('blockquote')!.textContent!.trim()).to.equal(
    bundledQuote.text,
  );
  const loaded = oneEvent(provider, 'cst-load');
  provider.src = '/__fixtures__/publisher?file=publisher.json';
  await loaded;
}

/**
 * The page still runs its own tasks and click handlers. (Whether they ran during the load depends
 * on how fast it failed; only the silent server, which holds the load for a while, says so.)
 */
async function expectResponsive(outcome: Outcome): Promise<void> {
  const before = outcome.clicks();
  await new Promise((resolve) => setTimeout(resolve, 0));
  outcome.button.click();
  expect(outcome.clicks(), 'a click handled after the load').to.equal(before + 1);
}

describe('limits on publisher files', () => {
  it('refuses a 10 MB file by its Content-Length, without reading it', async () => {
    const outcome = await load(`/__limits__/huge?length&bytes=${10 * MB}`);
    expect(outcome.error.detail.code).to.equal('src-too-large');
    expect(outcome.error.detail.message).to.contain(String(DEFAULT_MAX_BYTES));
    await expectResponsive(outcome);
    await expectBundledKept(outcome);
  });

  it('stops reading a 10 MB file sent without a length once it passes the limit', async () => {
    const outcome = await load(`/__limits__/huge?bytes=${10 * MB}`);
    expect(outcome.error.detail.code).to.equal('src-too-large');
    await expectResponsive(outcome);
    await expectBundledKept(outcome);
  });

  it('stops reading an endless response instead of waiting for it to end', async () => {
    // A generous timeout: the size limit, not the clock, must end this one. (How much the
    // browser's network layer drains before the request is torn down is up to the browser.)
    const outcome = await load('/__limits__/endless', 30000);
    expect(outcome.error.detail.code).to.equal('src-too-large');
    expect(outcome.error.detail.message).to.contain(String(DEFAULT_MAX_BYTES));
    await expectResponsive(outcome);
    await expectBundledKept(outcome);
  });

  it('refuses JSON nested 100,000 levels deep', async () => {
    const outcome = await load('/__limits__/nested?depth=100000');
    // Some engines give up parsing; the others parse it and the schema refuses it.
    expect(['src-invalid-json', 'src-schema']).to.include(outcome.error.detail.code);
    await expectResponsive(outcome);
    await expectBundledKept(outcome);
  });

  it('gives up on a server that never answers, at the provider timeout', async () => {
    const outcome = await load(`/__limits__/silent?id=silent-${Math.random()}`, 1500);
    expect(outcome.error.detail.code).to.equal('src-timeout');
    expect(outcome.error.detail.message).to.contain('1500 ms');
    expect(outcome.ticks, 'timer tasks run while waiting').to.be.greaterThan(0);
    expect(outcome.pendingAtClick, 'a click was handled while waiting').to.equal(true);
    await expectResponsive(outcome);
    await expectBundledKept(outcome);
  });

  for (const cors of [false, true]) {
    it(`never follows a redirect to another origin${cors ? ' that allows CORS' : ''}`, async () => {
      const id = `redirect-${cors}-${Math.random()}`;
      const target = `${otherOrigin()}/__limits__/target?id=${id}${cors ? '&cors' : ''}`;
      const outcome = await load(`/__limits__/redirect?to=${encodeURIComponent(target)}`);
      expect(outcome.error.detail.code).to.equal('src-redirect');
      expect((await seen(id)).requests, 'requests that reached the other origin').to.equal(0);
      await expectResponsive(outcome);
      await expectBundledKept(outcome);
    });
  }

  it('follows a redirect that stays on the page origin', async () => {
    const provider = await fixture<CstProvider>(html`<cst-provider></cst-provider>`);
    const loaded = oneEvent(provider, 'cst-load');
    provider.src = `/__limits__/redirect?to=${encodeURIComponent('/__limits__/target')}`;
    await loaded;
  });

  for (const type of ['text/html', 'text/javascript', 'text/plain']) {
    it(`refuses a file served as ${type}`, async () => {
      const body = encodeURIComponent(JSON.stringify({ meta: { asOf: '2024-06-01' } }));
      const outcome = await load(`/__fixtures__/page?type=${type}&body=${body}`);
      expect(outcome.error.detail.code).to.equal('src-content-type');
      expect(outcome.error.detail.message).to.contain(type);
      await expectResponsive(outcome);
      await expectBundledKept(outcome);
    });
  }
});
