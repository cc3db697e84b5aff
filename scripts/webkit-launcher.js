// A @web/test-runner launcher for WebKit through Debian's webkit2gtk-driver: WebKitWebDriver
// drives MiniBrowser over plain W3C WebDriver (no extra npm package). MiniBrowser (GTK) has no
// headless mode, so without a DISPLAY it runs in a private Xvfb. WebKitWebDriver holds one
// session at a time: test files run one after another in one window.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const BROWSER = process.env.WEBKIT_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

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
  const run = (command, args, env) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: 'ignore' });
    children.push(child);
    return child;
  };

  return {
    name: 'WebKit',
    type: 'webkit-webdriver',
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
