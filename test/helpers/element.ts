import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { CstErrorEvent } from '../../src/events.js';
import { captureWarnings } from './events.js';

export interface BadInputOutcome {
  el: HTMLElement;
  warnings: string[];
  errors: CstErrorEvent[];
}

/** A `<tag>` element with the given attributes and, unless `fallback` is null, fallback content. */
export function elementWith(
  tag: string,
  attrs: Record<string, string>,
  fallback: string | null,
): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (fallback !== null) {
    const p = document.createElement('p');
    p.textContent = fallback;
    el.append(p);
  }
  return el;
}

/**
 * Renders a template whose element has bad input and records what a page author would see: the
 * console warnings and `cst-error` events (caught on the document, so they must bubble and compose).
 * Rendering must not throw.
 */
export async function renderBadInput(template: TemplateResult): Promise<BadInputOutcome> {
  // Problems are worded by a module the elements load when they first have one; once it is
  // loaded, they word them at once.
  await primeDiagnostics();
  const errors: CstErrorEvent[] = [];
  const listener = (e: Event) => errors.push(e as CstErrorEvent);
  document.addEventListener('cst-error', listener);
  let el!: HTMLElement;
  try {
    const warnings = await captureWarnings(async () => {
      el = await fixture<HTMLElement>(template);
      await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
      // A problem is reported once what words it has loaded: wait for the first report (or, for
      // input that is not bad after all, a moment), then let any report queued behind it run.
      await waitUntil(() => errors.length > 0, '', { timeout: 500 }).catch(() => {});
      await new Promise((r) => setTimeout(r, 0));
    });
    return { el, warnings, errors };
  } finally {
    document.removeEventListener('cst-error', listener);
  }
}

/** Asserts one warning naming the tag, attribute and value, and one matching `cst-error`. */
export function expectReported(
  outcome: BadInputOutcome,
  expected: { tag: string; attribute: string; value?: string; code: string; includes?: string[] },
): void {
  const { warnings, errors } = outcome;
  expect(warnings, `warnings: ${JSON.stringify(warnings)}`).to.have.length(1);
  const warning = warnings[0]!;
  expect(warning).to.contain(`<${expected.tag}>`);
  expect(warning).to.contain(expected.attribute);
  if (expected.value !== undefined) expect(warning).to.contain(expected.value);
  for (const text of expected.includes ?? []) expect(warning).to.contain(text);
  expect(errors.length, 'cst-error events').to.be.at.least(1);
  const event = errors[0]!;
  expect(event.detail.code).to.equal(expected.code);
  expect(event.detail.message).to.equal(warning);
  expect(event.bubbles).to.equal(true);
  expect(event.composed).to.equal(true);
}

/** The visible text of an element's shadow root, whitespace collapsed. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Has an element report one problem, so the module that words problems is loaded. */
export async function primeDiagnostics(): Promise<void> {
  const probe = document.createElement('cst-diagnostics-probe');
  const { report } = await import('../../src/internal/report.js');
  const reported = new Promise((resolve) => probe.addEventListener('cst-error', resolve));
  const warn = console.warn;
  console.warn = () => {};
  try {
    report(probe, { code: 'invalid-value', attribute: 'probe', value: 'x', choices: [] });
    await reported;
  } finally {
    console.warn = warn;
  }
}
