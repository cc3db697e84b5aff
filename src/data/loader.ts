import { safeParse } from 'valibot';
import { describeIssues, PartialDatasetSchema } from './schema.js';
import type { PartialDataset } from './types.js';

/** Why a publisher dataset was not used. */
export type LoadErrorCode =
  | 'src-network'
  | 'src-http'
  | 'src-timeout'
  | 'src-content-type'
  | 'src-redirect'
  | 'src-too-large'
  | 'src-invalid-json'
  | 'src-schema';

export type LoadResult =
  { ok: true; data: PartialDataset } | { ok: false; code: LoadErrorCode; message: string };

export interface LoadOptions {
  /** Milliseconds before the request is given up. */
  timeout?: number;
  /** Largest response accepted, in bytes. */
  maxBytes?: number;
  signal?: AbortSignal;
}

export const DEFAULT_TIMEOUT = 10_000;
export const DEFAULT_MAX_BYTES = 2_000_000;

/** Checks a parsed publisher dataset against the schema. */
export function validateDataset(json: unknown): LoadResult {
  const result = safeParse(PartialDatasetSchema, json);
  if (!result.success) {
    return { ok: false, code: 'src-schema', message: describeIssues(result.issues) };
  }
  const data = result.output as PartialDataset;
  if (Object.keys(data).length === 0) {
    return { ok: false, code: 'src-schema', message: 'the file holds no known collection' };
  }
  return { ok: true, data };
}

const fail = (code: LoadErrorCode, message: string): LoadResult => ({ ok: false, code, message });

/**
 * Fetches and validates a publisher dataset. Never throws: every failure comes back as a result
 * with a code, so the caller can keep the data it already has.
 */
export async function loadDataset(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const { timeout = DEFAULT_TIMEOUT, maxBytes = DEFAULT_MAX_BYTES } = options;
  const controller = new AbortController();
  const abort = () => controller.abort();
  options.signal?.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    let target: URL;
    try {
      target = new URL(url, document.baseURI);
    } catch {
      return fail('src-network', `"${url}" is not a valid URL`);
    }
    if (target.protocol !== 'https:' && target.protocol !== 'http:') {
      return fail('src-network', `only http(s) addresses are fetched, not ${target.protocol}`);
    }
    const init: RequestInit = {
      signal: controller.signal,
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    };
    // A redirect is not followed blindly: checking where it led afterwards would already have
    // sent the reader's request (and address) to the other origin.
    let response = await fetch(target, { ...init, redirect: 'manual' });
    if (response.type === 'opaqueredirect') {
      const elsewhere = `${target.href} redirects, and only redirects within ${location.origin} are followed`;
      if (target.origin !== location.origin) return fail('src-redirect', elsewhere);
      try {
        // `same-origin` mode fails at a redirect to another origin before requesting it.
        response = await fetch(target, { ...init, mode: 'same-origin' });
      } catch (error) {
        if (controller.signal.aborted) throw error;
        return fail('src-redirect', elsewhere);
      }
    }
    if (!response.ok) return fail('src-http', `HTTP ${response.status} for ${target.href}`);
    const type = response.headers.get('content-type') ?? '';
    if (!/json/i.test(type)) {
      return fail('src-content-type', `expected JSON, got "${type || 'no content type'}"`);
    }
    const length = Number(response.headers.get('content-length'));
    if (length > maxBytes) return fail('src-too-large', `${length} bytes is over ${maxBytes}`);
    const body = await readText(response, maxBytes);
    if (body === undefined) return fail('src-too-large', `response is over ${maxBytes} bytes`);
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (error) {
      return fail('src-invalid-json', (error as Error).message);
    }
    return validateDataset(json);
  } catch (error) {
    if (timedOut) return fail('src-timeout', `no answer within ${timeout} ms`);
    return fail('src-network', (error as Error).message || 'network error');
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abort);
    // Ends the request if any of it is still coming (a refused body is not downloaded on).
    controller.abort();
  }
}

/**
 * The body as text, or `undefined` as soon as it passes `maxBytes`: the rest is not read, so a
 * response without a length (or one that never ends) cannot fill the page's memory.
 */
async function readText(response: Response, maxBytes: number): Promise<string | undefined> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => undefined);
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}
