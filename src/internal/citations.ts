// Citations as notes. An element cites each source once, in one list at its foot, numbered in the
// order of first citation; a claim that needs its own source carries small numbered markers into
// that list. On screen the foot is one quiet line of short titles (a source's short title or
// publisher, with its date) that opens, as a native disclosure, to the full list. Printed, read
// without scripting, and written out as fallback HTML, the full list shows.
import { nothing, type TemplateResult } from 'lit';
import type { CitedSource } from '../data/project.js';
import type { Lang } from '../data/types.js';
import { formatDate, plural } from './format.js';
import { cite, fill, SEPARATOR } from './markup.js';
import { common } from './strings.js';
import { html } from './template.js';

/** How many short titles the line of notes names before it counts the rest. */
const NAMED = 2;

/** The sources an element cites, each once, numbered (from 1) in the order of first citation. */
export class Notes {
  readonly sources: CitedSource[] = [];

  /** The numbers of `sources` in the list, adding those it does not hold yet; none twice. */
  cite(sources: readonly (CitedSource | undefined)[]): number[] {
    const numbers: number[] = [];
    for (const source of sources) {
      if (!source) continue;
      let index = this.sources.findIndex((s) => s.id === source.id);
      if (index < 0) index = this.sources.push(source) - 1;
      if (!numbers.includes(index + 1)) numbers.push(index + 1);
    }
    return numbers.sort((a, b) => a - b);
  }
}

/**
 * What the line of notes calls a source: its short title, else its publisher, else its title (a
 * whole title, never a cut one), with its date when it prints one: "Kremlin, May 16, 2022". A date
 * taken from what the source reports is said so in the list, not given as its date here.
 */
export function shortTitle(source: CitedSource, lang: Lang): string {
  const name = source.shortTitle || source.publisher || source.title || source.id;
  return source.date && !source.dateInferred ? `${name}, ${formatDate(source.date, lang)}` : name;
}

/** Options of the notes and their markers. */
export interface NotesOptions {
  /** HTML that runs no script: the full list, no disclosure, no links between marker and note. */
  static?: boolean;
}

/**
 * Small numbered markers after a claim, each pointing to its note in the list at the foot; a
 * click opens the list there and moves focus to the note.
 */
export function refs(
  numbers: readonly number[],
  lang: Lang,
  options: NotesOptions = {},
): TemplateResult | typeof nothing {
  if (!numbers.length) return nothing;
  const label = common[lang].note;
  // Without script the numbers are plain text, in the same places.
  return html`<sup class="refs"
    >${numbers.map(
      (n, i) =>
        html`${i ? ',' : nothing}${
          options.static
            ? html`<span>${n}</span>`
            : html`<a
                part="ref"
                class="ref"
                href="#note-${n}"
                aria-label=${fill(label, { n }).join('')}
                @click=${openNote}
                >${n}</a
              >`
        }`,
    )}</sup
  >`;
}

/**
 * The foot of an element: one quiet line of short titles ("Sources: Kremlin, May 16, 2022; TASS;
 * 2 more"), with `after` on the same line, opening to the full list (title, publisher, date,
 * link). `numbered` shows each note's number, for elements whose claims carry markers.
 */
export function notes(
  sources: readonly CitedSource[],
  lang: Lang,
  options: NotesOptions & { numbered?: boolean; after?: unknown } = {},
): TemplateResult | typeof nothing {
  if (!sources.length) return nothing;
  const t = common[lang];
  const numbered = options.numbered && sources.length > 1;
  // Short titles name each source once; two sources of one publisher without a date read as one.
  const names = [...new Set(sources.map((s) => shortTitle(s, lang)))];
  const named = names.slice(0, NAMED);
  const rest = sources.length - sources.filter((s) => named.includes(shortTitle(s, lang))).length;
  const line = [...named, ...(rest ? [plural(rest, lang, t.moreSources)] : [])].join('; ');
  const after = options.after
    ? html`<span class="after">${SEPARATOR}${options.after}</span>`
    : nothing;
  // Without script (fallback HTML) the disclosure is open: the whole list shows, numbered by the
  // list itself as on screen.
  return html`<details part="sources" class="notes" ?open=${options.static}>
    <summary part="sources-line" class="notes-line">
      <span
        >${fill(plural(sources.length, lang, t.sources), {
          sources: html`<span class="short">${line}</span>`,
        })}</span
      >${after}
    </summary>
    <ol part="source-list" class="notes-list ${numbered ? 'numbered' : ''}">
      ${sources.map(
        (source, i) =>
          html`<li
            part="citation"
            class="note"
            id=${options.static ? nothing : `note-${i + 1}`}
            tabindex=${options.static ? nothing : '-1'}
          >
            ${cite(source, lang, 'full', t)}
          </li>`,
      )}
    </ol>
  </details>`;
}

/** Opens the list of notes at the note a marker points to, and moves focus there. */
function openNote(event: Event): void {
  const link = event.currentTarget as HTMLAnchorElement;
  const root = link.getRootNode() as ShadowRoot | Document;
  const note = root.getElementById(link.hash.slice(1));
  if (!note) return;
  // The address stays the page's own: the note is inside the element, not a fragment of the page.
  event.preventDefault();
  const list = note.closest('details');
  if (list) list.open = true;
  note.focus({ preventScroll: true });
  note.scrollIntoView({ block: 'nearest' });
}
