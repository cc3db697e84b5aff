import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { SourceRecord } from '../../src/data/types.js';

/**
 * Citations as notes, as a reader meets them: one quiet line at the element's foot that opens,
 * as a native disclosure, to the full list (each source once); numbered markers after the claims
 * that need their own source. What the tests expect is worked out here from the data, not from
 * the library's own helpers.
 */

type Lang = 'en' | 'ru';

/** Text with white space collapsed; no-break spaces read as spaces. */
const read = (node: Node | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const notesOf = (el: Element) =>
  el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part~="sources"]');
export const notesLine = (el: Element) =>
  el.shadowRoot!.querySelector<HTMLElement>('[part~="sources-line"]');
export const citations = (el: Element) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="citation"]'),
];
/** The numbers of the markers inside `node`. */
export const refNumbers = (node: ParentNode) =>
  [...node.querySelectorAll('[part~="ref"]')].map((a) => Number(a.textContent));

/**
 * What the line of notes calls a source: its short title, else publisher, else title, and the
 * date it prints (not one inferred from what it reports).
 */
export function shortTitle(source: SourceRecord, lang: Lang): string {
  const name = source.shortTitle || source.publisher || source.title;
  if (!source.date || source.dateInferred) return name;
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${source.date}T00:00:00Z`),
  );
  return `${name}, ${date}`;
}

/** The line the notes show for `sources`: two short titles at most, then how many more. */
export function expectedLine(sources: readonly SourceRecord[], lang: Lang = 'en'): string {
  const names = [...new Set(sources.map((s) => shortTitle(s, lang)))].slice(0, 2);
  const rest = sources.filter((s) => !names.includes(shortTitle(s, lang))).length;
  const more = rest ? [lang === 'en' ? `${rest} more` : `ещё ${rest}`] : [];
  const label =
    lang === 'en'
      ? sources.length === 1
        ? 'Source:'
        : 'Sources:'
      : sources.length === 1
        ? 'Источник:'
        : 'Источники:';
  return `${label} ${[...names, ...more].join('; ')}`;
}

/**
 * The element ends with one closed disclosure whose line names the sources briefly (`after`
 * follows on it) and whose list cites each of `sources` once, in order: title (linked to an
 * http(s) address, never to anything else), publisher, date. The line is quiet: smaller and in
 * the muted colour.
 */
export function expectNotes(
  el: Element,
  sources: readonly SourceRecord[],
  options: { lang?: Lang; after?: string } = {},
): void {
  const lang = options.lang ?? 'en';
  const all = el.shadowRoot!.querySelectorAll('details[part~="sources"]');
  expect(all, 'one line of notes').to.have.length(1);
  const notes = all[0] as HTMLDetailsElement;
  expect(notes.open, 'closed at first').to.equal(false);
  const line = notesLine(el)!;
  expect(line.localName).to.equal('summary');
  expect(line.parentElement).to.equal(notes);
  const expected = expectedLine(sources, lang) + (options.after ? ` · ${options.after}` : '');
  expect(read(line)).to.equal(expected);
  const items = citations(el);
  expect(
    items.map((li) => read(li.querySelector('cite'))),
    'each source once, in order',
  ).to.deep.equal(sources.map((s) => s.title));
  items.forEach((li, i) => {
    const source = sources[i]!;
    const link = li.querySelector('cite a');
    if (source.url && /^https?:\/\//i.test(source.url)) {
      expect(link?.getAttribute('href'), source.id).to.equal(source.url);
    } else {
      expect(link, `${source.id} is not linked`).to.equal(null);
    }
    if (source.publisher && source.publisher !== source.title) {
      expect(read(li), source.id).to.contain(source.publisher);
    }
    if (source.date) {
      expect(li.querySelector('time')?.getAttribute('datetime'), source.id).to.equal(source.date);
    }
  });
  // Quiet: smaller than the element's text, in its muted colour.
  const host = getComputedStyle(el);
  const style = getComputedStyle(notes);
  expect(parseFloat(style.fontSize)).to.be.below(parseFloat(host.fontSize));
  expect(style.color).not.to.equal(host.color);
  // The last thing in the element.
  const frame = notes.closest('.frame')!;
  const last = [...frame.querySelectorAll('*')].filter(
    // What is drawn: not the content of a closed disclosure, which may still have boxes.
    (n) => n.checkVisibility() && !notes.contains(n) && !n.contains(notes),
  );
  for (const node of last) {
    if (node.closest('[part~="actions"]')) continue;
    expect(node.getBoundingClientRect().top, node.localName).to.be.at.most(
      notes.getBoundingClientRect().top + 1,
    );
  }
}

/** Whether a node is drawn (content inside a closed disclosure is not). */
export const visible = (node: Element) => node.checkVisibility();

/** The list opens from the line: closed, no citation is drawn; a click on the line draws them. */
export async function expectOpens(el: Element & { updateComplete?: Promise<unknown> }) {
  const notes = notesOf(el)!;
  expect(citations(el).some(visible), 'hidden while closed').to.equal(false);
  notesLine(el)!.click();
  await el.updateComplete;
  expect(notes.open).to.equal(true);
  expect(citations(el).every(visible), 'drawn once open').to.equal(true);
  notesLine(el)!.click();
  expect(notes.open).to.equal(false);
}

/**
 * Runs `check` with print media emulated where the browser can (Chromium); returns false where it
 * cannot (Firefox over WebDriver BiDi), having run nothing.
 */
export async function whilePrinted(check: () => void | Promise<void>): Promise<boolean> {
  try {
    await emulateMedia({ media: 'print' });
  } catch {
    return false;
  }
  try {
    expect(matchMedia('print').matches).to.equal(true);
    await check();
  } finally {
    await emulateMedia({ media: 'screen' });
  }
  return true;
}

/** Printed: every citation in full, once; the short titles and the chevron left out. */
export async function expectPrintedInFull(el: Element): Promise<void> {
  await whilePrinted(() => {
    expect(citations(el).every(visible), 'citations printed').to.equal(true);
    const short = notesLine(el)!.querySelector('.short');
    if (short) expect(visible(short), 'short titles not printed').to.equal(false);
  });
}
