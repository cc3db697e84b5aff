// The one static server of the Node-driven browser runs (the end-to-end tests, the consumer apps,
// the benchmark), and the options they launch the system's Chromium with. A built folder on a free
// loopback port, as a static host serves it: directory indexes, `.html` optional, extra pages and
// folders, headers on every response, gzip (each file compressed once) when asked for.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
};

/** The content type of a file name, by its extension. */
export const contentType = (file) => TYPES[extname(file)] ?? 'application/octet-stream';

/** Types that are worth compressing (fonts in woff and woff2 are compressed already). */
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg|font\/ttf|application\/vnd\.ms-font)/;

/**
 * Serves `root` (default `dist`) on a free loopback port. Options:
 * - `pages`: extra pages by path (a string of HTML, or `{ body, type, headers }`), tried first
 *   (a Map may change while the server runs);
 * - `route(req, res)`: extra routes, tried next: return true when the request was answered;
 * - `mounts`: other folders by URL prefix (`{ '/vendor/': 'node_modules/x/dist' }`);
 * - `headers`: added to every response (a Content-Security-Policy, say);
 * - `gzip`: compress what a browser accepts compressed, each file and page once;
 * - `http2`: HTTPS with HTTP/2, as CDNs serve (a certificate made for the run with `openssl`:
 *   the browser context needs `ignoreHTTPSErrors`).
 * Resolves to `{ url, sent, close }`: the origin (no trailing slash), the files sent so far.
 */
export async function serve(options = {}) {
  const root = resolve(options.root ?? 'dist');
  if (!existsSync(root)) throw new Error(`${root} does not exist: build it first`);
  const mounts = Object.entries(options.mounts ?? {}).map(([prefix, dir]) => [
    prefix,
    resolve(dir),
  ]);
  // A Map is read as it is at each request: pages may be added while the server runs.
  const pages =
    options.pages instanceof Map ? options.pages : new Map(Object.entries(options.pages ?? {}));
  const sent = new Set();
  const compressed = new Map();

  /** Sends a body, gzipped (and kept) under `key` when the client accepts it. */
  const send = (req, res, status, type, body, key) => {
    const zip =
      options.gzip &&
      COMPRESSIBLE.test(type) &&
      /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.setHeader('content-type', type);
    if (!zip) return void res.writeHead(status).end(req.method === 'HEAD' ? undefined : body);
    let entry = compressed.get(key);
    if (!entry || entry.body !== body) {
      entry = { body, gzipped: gzipSync(body, { level: 9 }) };
      compressed.set(key, entry);
    }
    res.setHeader('content-encoding', 'gzip');
    res.setHeader('vary', 'accept-encoding');
    res.writeHead(status).end(req.method === 'HEAD' ? undefined : entry.gzipped);
  };

  /** The file a path names under `dir`, or undefined (outside `dir`, or missing). */
  const find = (dir, path) => {
    let file = normalize(join(dir, path));
    if (file !== dir && !file.startsWith(dir + sep)) return undefined;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    return existsSync(file) && statSync(file).isFile() ? file : undefined;
  };

  const files = new Map();
  const handler = (req, res) => {
    for (const [k, v] of Object.entries(options.headers ?? {})) res.setHeader(k, v);
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const page = pages.get(path);
    if (page !== undefined) {
      const {
        body,
        type = TYPES['.html'],
        headers = {},
      } = typeof page === 'string' ? { body: page } : page;
      for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
      return send(req, res, 200, type, body, `page:${path}`);
    }
    if (options.route?.(req, res)) return;
    const mount = mounts.find(([prefix]) => path.startsWith(prefix));
    const file = mount ? find(mount[1], path.slice(mount[0].length)) : find(root, path);
    if (!file) return send(req, res, 404, TYPES['.txt'], 'not found', '404');
    sent.add(file);
    // Each file is read (and compressed) once: the folders do not change while they are served.
    if (!files.has(file)) files.set(file, readFileSync(file));
    send(req, res, 200, contentType(file), files.get(file), file);
  };
  const server = options.http2
    ? createSecureServer({ ...certificate(), allowHTTP1: true }, handler)
    : createServer(handler);
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `${options.http2 ? 'https' : 'http'}://127.0.0.1:${server.address().port}`,
    sent,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      }),
  };
}

/** A self-signed key and certificate for 127.0.0.1, made with the system's `openssl`. */
function certificate() {
  const dir = mkdtempSync(join(tmpdir(), 'cst-serve-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
      ].concat(['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')]),
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * How to launch the system's Chromium (Debian's /usr/bin/chromium, or CHROME_PATH) headless and
 * off the network on closed machines: Playwright's `launchOptions`. `--no-sandbox` only where
 * Chromium needs it (as root, or in CI).
 */
export function chromiumOptions(extraArgs = []) {
  return {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(process.getuid?.() === 0 || process.env.CI ? ['--no-sandbox'] : []),
      ...extraArgs,
    ],
  };
}
