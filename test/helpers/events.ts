import type { CstErrorEvent } from '../../src/events.js';

/**
 * Waits for the next `cst-error` from an element (with `code`, the next with that code), with a
 * clear failure if none comes.
 */
export async function nextError(el: EventTarget, ms = 4000, code?: string): Promise<CstErrorEvent> {
  return new Promise<CstErrorEvent>((resolve, reject) => {
    const timer = setTimeout(() => {
      el.removeEventListener('cst-error', listener);
      reject(new Error(`no cst-error${code ? ` "${code}"` : ''} within ${ms} ms`));
    }, ms);
    const listener = (event: Event) => {
      const error = event as CstErrorEvent;
      if (code !== undefined && error.detail.code !== code) return;
      clearTimeout(timer);
      el.removeEventListener('cst-error', listener);
      resolve(error);
    };
    el.addEventListener('cst-error', listener);
  });
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
