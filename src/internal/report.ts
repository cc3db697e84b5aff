import { CstErrorEvent, type CstErrorCode } from '../events.js';

const warned = new WeakMap<EventTarget, Set<string>>();

/**
 * Reports a problem the page author can fix: one console warning per element and message, and a
 * `cst-error` event every time. Never throws.
 */
export function report(target: EventTarget, code: CstErrorCode, message: string): void {
  let seen = warned.get(target);
  if (!seen) warned.set(target, (seen = new Set()));
  if (!seen.has(message)) {
    seen.add(message);
    console.warn(message);
  }
  target.dispatchEvent(new CstErrorEvent({ code, message }));
}
