/**
 * What `render` reads for a `<cst-provider src>` in the file it renders, and nothing else: a file
 * next to the page (inside the page's folder, or inside the folder `--data-root` names), never an
 * absolute path or a `file:` address; an http(s) address only with `--allow-remote`, and never one
 * on this machine or a private network, whatever its name resolves to. A page that others wrote
 * cannot make the command read the machine's files or reach its network: a refusal names the
 * rule, and never shows what the refused file or address holds.
 */
import { lookup, type LookupAddress } from 'node:dns';
import { realpathSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';
import { BlockList, isIP } from 'node:net';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_MAX_BYTES, isJsonType } from '../data/loader.js';

export interface Lane {
  /** The folder of the page: `src` is relative to it. */
  baseDir: string;
  /** The folder `src` must stay inside (the page's own, unless `--data-root` names another). */
  root: string;
  /** Fetch http(s) addresses (never private or local ones). */
  allowRemote: boolean;
  /** Milliseconds to wait for an address. */
  timeout?: number;
}

/** The file's text, or why it was not read (a sentence that follows `src "…"`). */
export type Read = { text: string } | { refused: string };

const refuse = (refused: string): Read => ({ refused });

/** Reads what a provider's `src` names, within the lane. Never throws. */
export async function readSource(src: string, lane: Lane): Promise<Read> {
  const value = src.trim();
  if (!value) return refuse('is empty');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') {
    return lane.allowRemote
      ? fetchRemote(value, lane.timeout ?? 10_000)
      : refuse('is a network address, and the command fetches none unless --allow-remote is given');
  }
  if (scheme === 'file') return refuse('is a file: address; write the path relative to the page');
  if (scheme && !/^[a-z]:[\\/]/i.test(value)) {
    return refuse(
      `is a ${scheme}: address; only files next to the page are read (and http(s) addresses with --allow-remote)`,
    );
  }
  if (value.startsWith('//') || value.startsWith('\\\\')) {
    return refuse(
      'is an address on another host; write https://… and give --allow-remote to fetch it',
    );
  }
  if (
    value.startsWith('/') ||
    value.startsWith('\\') ||
    isAbsolute(value) ||
    /^[a-z]:/i.test(value)
  ) {
    return refuse('is an absolute path; only paths relative to the page are read');
  }
  return readLocal(value, lane);
}

/** A relative address as a browser would resolve it against the page, as a path. */
async function readLocal(src: string, lane: Lane): Promise<Read> {
  let path: string;
  try {
    const url = new URL(src, pathToFileURL(`${resolve(lane.baseDir)}${sep}`));
    url.search = '';
    url.hash = '';
    path = fileURLToPath(url);
  } catch {
    return refuse('is not a path the command can read');
  }
  const root = resolve(lane.root);
  const outside = (p: string, r: string) => {
    const rel = relative(r, p);
    return rel === '' || rel.startsWith('..') || isAbsolute(rel);
  };
  if (outside(path, root)) {
    return refuse(
      `is outside the folder the command reads from (${root}); give --data-root to read from a wider one`,
    );
  }
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return refuse(code === 'ENOENT' ? `names no file (${path})` : `cannot be read (${code})`);
  }
  if (outside(real, realpathSync(root))) {
    return refuse('leads outside the folder the command reads from, through a link');
  }
  const info = await stat(real);
  if (!info.isFile()) return refuse('is not a file');
  if (info.size > DEFAULT_MAX_BYTES) {
    return refuse(
      `is ${info.size.toLocaleString('en')} bytes; a provider takes at most ${DEFAULT_MAX_BYTES.toLocaleString('en')}`,
    );
  }
  const handle = await open(real);
  try {
    const bytes = await handle.readFile();
    return decodeJsonText(bytes);
  } finally {
    await handle.close();
  }
}

/** The bytes as UTF-8 text, as a browser reads JSON; a byte-order mark dropped. */
function decodeJsonText(bytes: Uint8Array): Read {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return refuse('is not UTF-8 text, which JSON must be');
  }
}

/**
 * Addresses never fetched: this machine, private networks, link-local, shared and reserved
 * ranges, multicast; IPv4 written inside IPv6 (mapped or translated) as well.
 */
const PRIVATE = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  PRIVATE.addSubnet(net, bits, 'ipv4');
}
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['::ffff:0:0', 96],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  PRIVATE.addSubnet(net, bits, 'ipv6');
}

/** True for an address that is never fetched. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Resolves a name, refusing it when any of its addresses is private. */
function safeLookup(
  hostname: string,
  options: object,
  callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void,
): void {
  lookup(hostname, { all: true }, (error, addresses) => {
    if (error) return callback(error, '');
    const bad = addresses.find((a) => isPrivateAddress(a.address));
    if (bad || !addresses.length) {
      return callback(
        Object.assign(new Error('private'), { code: 'EPRIVATE', address: bad?.address }),
        '',
      );
    }
    const all = (options as { all?: boolean }).all;
    if (all) return callback(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
}

/** Fetches an http(s) address that is not private, with the provider's limits. */
function fetchRemote(src: string, timeout: number): Promise<Read> {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return Promise.resolve(refuse('is not a valid address'));
  }
  if (url.username || url.password)
    return Promise.resolve(refuse('carries a user name or password'));
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && isPrivateAddress(host)) {
    return Promise.resolve(
      refuse(`points at a private or local address (${host}), which is never fetched`),
    );
  }
  return new Promise((done) => {
    const finish = (read: Read) => {
      clearTimeout(timer);
      request.destroy();
      done(read);
    };
    const timer = setTimeout(() => finish(refuse(`gave no answer within ${timeout} ms`)), timeout);
    const get = url.protocol === 'https:' ? httpsGet : httpGet;
    const request = get(
      url,
      { lookup: safeLookup as never, headers: { accept: 'application/json' }, agent: false },
      (response: IncomingMessage) => {
        const status = response.statusCode ?? 0;
        if (status >= 300 && status < 400)
          return finish(refuse(`redirects (HTTP ${status}), and redirects are not followed`));
        if (status !== 200) return finish(refuse(`answered HTTP ${status}`));
        const type = String(response.headers['content-type'] ?? '');
        if (!isJsonType(type))
          return finish(refuse(`is not JSON (content type "${type || 'none'}")`));
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > DEFAULT_MAX_BYTES)
            finish(refuse(`is over ${DEFAULT_MAX_BYTES.toLocaleString('en')} bytes`));
          else chunks.push(chunk);
        });
        response.on('end', () => finish(decodeJsonText(Buffer.concat(chunks))));
        response.on('error', () => finish(refuse('could not be read to the end')));
      },
    );
    request.on('error', (error: NodeJS.ErrnoException & { address?: string }) =>
      finish(
        refuse(
          error.code === 'EPRIVATE'
            ? `points at a private or local address${error.address ? ` (${error.address})` : ''}, which is never fetched`
            : `could not be fetched (${error.code ?? 'network error'})`,
        ),
      ),
    );
  });
}
