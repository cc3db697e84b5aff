import { CstErrorEvent } from '../events.js';
import { explained, type Problem } from './problems.js';

const warned = new WeakMap<EventTarget, Set<string>>();

/** diagnostics.ts, once loaded: later problems are worded at once. */
let diagnostics: typeof import('./diagnostics.js') | undefined;

/**
 * Reports a problem the page author can fix: one console warning per element and message, and a
 * `cst-error` event every time. A problem that is not worded yet is worded by diagnostics.ts,
 * loaded for it, once its details (if any) have loaded. Never throws.
 */
export function report(target: Element, problem: Problem): void {
  if (problem.details) {
    return void explained(problem).then(
      (full) => report(target, full),
      () => emit(target, problem, fallbackMessage(target)),
    );
  }
  if (problem.message !== undefined) return emit(target, problem, problem.message);
  if (diagnostics) return emit(target, problem, diagnostics.describe(problem, target.localName));
  import('./diagnostics.js').then(
    (module) => emit(target, problem, (diagnostics = module).describe(problem, target.localName)),
    () => emit(target, problem, fallbackMessage(target)),
  );
}

/** The warning when the code that words it could not be loaded. */
const fallbackMessage = (target: Element) =>
  `<${target.localName}> cannot show what its attributes ask for.`;

function emit(target: Element, problem: Problem, message: string): void {
  let seen = warned.get(target);
  if (!seen) warned.set(target, (seen = new Set()));
  if (!seen.has(message)) {
    seen.add(message);
    console.warn(message);
  }
  target.dispatchEvent(new CstErrorEvent({ code: problem.code, message }));
}
