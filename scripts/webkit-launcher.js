// A @web/test-runner launcher for WebKit through Debian's webkit2gtk-driver: WebKitWebDriver
// drives MiniBrowser over plain W3C WebDriver (no extra npm package). MiniBrowser (GTK) has no
// headless mode, so without a DISPLAY it runs in a private Xvfb. WebKitWebDriver holds one
// session at a time: test files run one after another in one window.
//
// Viewports: the launcher reports itself as a Playwright-type browser whose page object sizes the
// window over WebDriver (WTR's set-viewport command asks it), so that the page's viewport is the
// size asked for. MiniBrowser's window cannot narrow below about 450 px: for a narrower width the
// page's root element is given that width instead (the elements lay out by container queries,
// which see the same width), and `window.innerWidth` still reports the window's.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const BROWSER = process.env.WEBKIT_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** WebDriver's codes for the keys named as Playwright names them. */
const KEYS = {
  Enter: '\uE007',
  Tab: '\uE004',
  Escape: '\uE00C',
  Space: ' ',
  Backspace: '\uE003',
  Home: '\uE011',
  End: '\uE010',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Shift: '\uE008',
};
const BUTTONS = { left: 0, middle: 1, right: 2 };

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function until(check, what, ms = 15000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKit: ${what} did not come up within ${ms} ms`);
}

export function webkitLauncher() {
  const children = [];
  const active = new Set();
  let base;
  let session;
  let queue = Promise.resolve();

  const call = async (method, path, body) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const { value } = await response.json();
    if (value?.error)
      throw new Error(`WebDriver ${method} ${path}: ${value.error} ${value.message}`);
    return value;
  };
  const script = (body, args = []) =>
    call('POST', `/session/${session}/execute/sync`, { script: body, args });

  /** Sizes the window so the page's viewport is `width` × `height` (see the note above). */
  async function setViewport({ width, height }) {
    let [innerWidth, innerHeight] = await script('return [innerWidth, innerHeight]');
    for (let i = 0; i < 3 && (innerWidth !== width || innerHeight !== height); i++) {
      const rect = await call('GET', `/session/${session}/window/rect`);
      await call('POST', `/session/${session}/window/rect`, {
        width: rect.width + width - innerWidth,
        height: rect.height + height - innerHeight,
      });
      [innerWidth, innerHeight] = await script('return [innerWidth, innerHeight]');
    }
    // Narrower than the window can be: the root element takes the width.
    await script(
      'document.documentElement.style.width = arguments[0] < innerWidth ? arguments[0] + "px" : ""',
      [width],
    );
  }

  const actions = (source) => call('POST', `/session/${session}/actions`, { actions: [source] });
  const keys = (list) => actions({ type: 'key', id: 'keyboard', actions: list });
  const pointer = (list) =>
    actions({ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: list });
  const down = (key) => ({ type: 'keyDown', value: KEYS[key] ?? key });
  const up = (key) => ({ type: 'keyUp', value: KEYS[key] ?? key });
  const moveTo = (x, y) => ({
    type: 'pointerMove',
    origin: 'viewport',
    x: Math.round(x),
    y: Math.round(y),
  });

  const run = (command, args, env) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: 'ignore' });
    children.push(child);
    return child;
  };

  return {
    name: 'WebKit',
    // WTR's set-viewport command serves Playwright-type browsers through getPage().
    type: 'playwright',
    concurrency: 1,

    async initialize() {
      for (const file of [DRIVER, BROWSER]) {
        if (!existsSync(file))
          throw new Error(`${file} is missing: apt-get install webkit2gtk-driver`);
      }
      let display = process.env.DISPLAY;
      if (!display) {
        const number = 90 + Math.floor(Math.random() * 900);
        run('Xvfb', [`:${number}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
        display = `:${number}`;
        await until(async () => existsSync(`/tmp/.X11-unix/X${number}`), 'Xvfb');
      }
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      run(DRIVER, [`--port=${port}`], { DISPLAY: display });
      await until(async () => (await fetch(`${base}/status`)).ok, 'WebKitWebDriver');
      const created = await call('POST', '/session', {
        capabilities: {
          alwaysMatch: {
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': { binary: BROWSER, args: ['--automation'] },
          },
        },
      });
      session = created.sessionId;
    },

    async stop() {
      if (session) await call('DELETE', `/session/${session}`).catch(() => undefined);
      for (const child of children.reverse()) child.kill();
    },

    startSession(id, url) {
      queue = queue.then(async () => {
        active.add(id);
        await call('POST', `/session/${session}/url`, { url });
      });
      return queue;
    },

    isActive: (id) => active.has(id),

    // What WTR's commands ask of a Playwright page, over WebDriver: viewport, keys and mouse.
    getPage: () => ({
      setViewportSize: (size) => setViewport(size),
      keyboard: {
        press: (key) => keys([down(key), up(key)]),
        type: (text) => keys([...text].flatMap((c) => [down(c), up(c)])),
        down: (key) => keys([down(key)]),
        up: (key) => keys([up(key)]),
      },
      mouse: {
        move: (x, y) => pointer([moveTo(x, y)]),
        down: ({ button = 'left' } = {}) =>
          pointer([{ type: 'pointerDown', button: BUTTONS[button] }]),
        up: ({ button = 'left' } = {}) => pointer([{ type: 'pointerUp', button: BUTTONS[button] }]),
        click: (x, y, { button = 'left' } = {}) =>
          pointer([
            moveTo(x, y),
            { type: 'pointerDown', button: BUTTONS[button] },
            { type: 'pointerUp', button: BUTTONS[button] },
          ]),
      },
      emulateMedia: () => {
        throw new Error('WebKit: media emulation is not supported over WebDriver');
      },
    }),

    getBrowserUrl: () => call('GET', `/session/${session}/url`),

    async stopSession(id) {
      active.delete(id);
      await call('POST', `/session/${session}/url`, { url: 'about:blank' }).catch(() => undefined);
      return {};
    },

    startDebugSession() {
      throw new Error('WebKit: no debug sessions');
    },
  };
}
