import { safeParse } from 'valibot';
import bundledIds from './slim/ids.json';
import { formatPath } from './fields.js';
import { checkIds, withoutDuplicates } from './integrity.js';
import { applyLayer, COLLECTIONS, type DataLayer, type Layered, type MergeMode } from './merge.js';
import { describeIssues, NOUNS, PartialDatasetSchema } from './schema.js';
import type { CollectionName, PartialDataset } from './types.js';
import { DEFAULT_TIMEOUT } from '../internal/input.js';

/** Why a publisher dataset was not used. */
export type LoadErrorCode =
  | 'src-network'
  | 'src-http'
  | 'src-timeout'
  | 'src-content-type'
  | 'src-redirect'
  | 'src-too-large'
  | 'src-encoding'
  | 'src-invalid-json'
  | 'src-schema'
  | 'src-references';

/**
 * Publisher data ready to use, with a `warning` when some of its ids are wrong; or why it cannot be
 * used at all.
 */
export type LoadResult =
  | { ok: true; data: PartialDataset; warning?: string }
  | { ok: false; code: LoadErrorCode; message: string };

export interface LoadOptions {
  /** The publisher data of the providers around, outermost first. */
  below?: readonly DataLayer[];
  /** How the data goes over `below`. */
  mode?: MergeMode;
  /** Milliseconds before the request is given up. */
  timeout?: number;
  /** Largest response accepted, in bytes. */
  maxBytes?: number;
  signal?: AbortSignal;
}

export const DEFAULT_MAX_BYTES = 2_000_000;

/**
 * Checks a parsed publisher dataset against the schema. Never throws: an object that throws when
 * read (a getter, a proxy) is refused like any other that does not fit.
 */
export function validateDataset(json: unknown): LoadResult {
  let result;
  try {
    result = safeParse(PartialDatasetSchema, json);
  } catch (error) {
    return fail('src-schema', `the data cannot be read (${(error as Error)?.message ?? error})`);
  }
  if (!result.success) {
    return { ok: false, code: 'src-schema', message: describeIssues(result.issues) };
  }
  const data = result.output as PartialDataset;
  if (Object.keys(data).length === 0) {
    return { ok: false, code: 'src-schema', message: 'the file holds no known collection' };
  }
  return { ok: true, data };
}

function fail(code: LoadErrorCode, message: string): LoadResult {
  return { ok: false, code, message };
}

/**
 * True for a JSON MIME type as the WHATWG defines it: `application/json`, `text/json`, or any
 * `…/…+json`, with no charset but UTF-8.
 */
export function isJsonType(type: string): boolean {
  const [essence = '', ...parameters] = type.toLowerCase().split(';');
  const charset = parameters.map((p) => p.trim()).find((p) => p.startsWith('charset='));
  return (
    /^(application\/json|text\/json|[a-z0-9!#$&^_.-]+\/[a-z0-9!#$&^_.+-]+\+json)$/.test(
      essence.trim(),
    ) &&
    (charset === undefined || /^charset="?utf-8"?$/.test(charset))
  );
}

/**
 * Publisher data checked as a provider checks it before use: against the schema (refused if it
 * does not fit), then its ids as it would lie over `below` (see `checkLayerIds`).
 */
export function checkPublisherData(
  json: unknown,
  below: readonly DataLayer[] = [],
  mode: MergeMode = 'merge',
): LoadResult {
  const result = validateDataset(json);
  if (!result.ok) return result;
  const { data, message } = checkLayerIds(result.data, below, mode);
  return { ok: true, data, ...(message && { warning: message }) };
}

/** What is wrong with a publisher file's ids, and the file without the records at fault. */
export interface IdCheck {
  data: PartialDataset;
  /** The problems, worded for one warning; absent when there are none. */
  message?: string;
}

/**
 * Checks the ids of publisher data that goes over `below` (the layers of the providers around)
 * with `mode`: ids used twice in a collection (those records are left out, so the record with
 * that id below stays) and references that no record has once the layers are applied.
 */
export function checkLayerIds(
  data: PartialDataset,
  below: readonly DataLayer[],
  mode: MergeMode,
): IdCheck {
  const bundled = Object.fromEntries(
    COLLECTIONS.map((name) => [
      name,
      (bundledIds as Record<string, string[]>)[name]!.map((id) => ({ id })),
    ]),
  ) as Layered;
  const layered = [...below, { data, mode }].reduce(applyLayer, bundled);
  const ids = new Map<CollectionName, Set<string>>();
  const known = (name: CollectionName) => {
    let set = ids.get(name);
    if (!set) ids.set(name, (set = new Set((layered[name] ?? []).map((r) => r.id))));
    return set;
  };
  const { duplicates, dangling } = checkIds(data, known);
  if (!duplicates.length && !dangling.length) return { data };
  const problems = [
    ...duplicates.map(
      (d) =>
        `${formatPath(d.keys)} "${d.id}" is used twice in ${d.collection === 'amendments' ? 'the amendments' : `"${d.collection}"`}${d.collection === 'amendments' ? '' : ', so neither record is used'}`,
    ),
    ...dangling.map((r) => `${formatPath(r.keys)}: no ${NOUNS[r.target]} has the id "${r.id}"`),
  ];
  const shown = problems.slice(0, 5).join('; ');
  return {
    data: withoutDuplicates(data, duplicates),
    message: `${problems.length} problem${problems.length === 1 ? '' : 's'} with ids, the rest of the data is used: ${shown}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}`,
  };
}

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
    if (!isJsonType(type)) {
      return fail(
        'src-content-type',
        `expected JSON (application/json, UTF-8), got "${type || 'no content type'}"`,
      );
    }
    const length = Number(response.headers.get('content-length'));
    if (length > maxBytes) return fail('src-too-large', `${length} bytes is over ${maxBytes}`);
    const body = await readText(response, maxBytes);
    if (body === undefined) return fail('src-too-large', `response is over ${maxBytes} bytes`);
    if (body === null) return fail('src-encoding', 'the response is not valid UTF-8');
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (error) {
      return fail('src-invalid-json', (error as Error).message);
    }
    return checkPublisherData(json, options.below, options.mode);
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
 * response without a length (or one that never ends) cannot fill the page's memory. `null` when
 * it is not UTF-8: a byte that is not is never read as U+FFFD.
 */
async function readText(response: Response, maxBytes: number): Promise<string | undefined | null> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    size += value?.byteLength ?? 0;
    if (size > maxBytes) {
      void reader.cancel().catch(() => undefined);
      return undefined;
    }
    try {
      text += done ? decoder.decode() : decoder.decode(value, { stream: true });
    } catch {
      void reader.cancel().catch(() => undefined);
      return null;
    }
    if (done) return text;
  }
}
