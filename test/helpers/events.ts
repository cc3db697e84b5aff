import { oneEvent } from '@open-wc/testing';
import type { CstErrorEvent } from '../../src/events.js';

/** Waits for the next `cst-error` from an element, with a clear failure if none comes. */
export async function nextError(el: EventTarget, ms = 4000): Promise<CstErrorEvent> {
  return Promise.race([
    oneEvent(el, 'cst-error') as Promise<CstErrorEvent>,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no cst-error within ${ms} ms`)), ms),
    ),
  ]);
}

/** Collects console.warn calls while `run` executes (and until `settle` resolves). */
export async function captureWarnings(run: () => Promise<unknown> | unknown): Promise<string[]> {
  const original = console.warn;
  const seen: string[] = [];
  console.warn = (...args: unknown[]) => {
    seen.push(args.map(String).join(' '));
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return seen;
}
