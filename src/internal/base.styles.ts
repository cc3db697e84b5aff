import { css } from 'lit';

/**
 * The one visual language every element shares: tokens (spacing and type scales, one radius, one
 * border, one inner padding, outer spacing, a readable measure), one frame model (`framed` or
 * `open`, the same default for every element; `theme` changes colours only) and the few pieces
 * every element is made of (title, lede, label, button, the line of notes at the foot). By
 * default (`theme="auto"`) an element takes the page's font and text colour and derives its greys
 * from that colour, so it follows the page's own light or dark scheme; `light` and `dark` set a
 * palette of their own. An element fills the column it is given (`--cst-max-width` caps it).
 */
export default css`
  :host {
    --_fg: var(--cst-color-text, currentColor);
    --_bg: var(--cst-color-surface, transparent);
    --_muted: var(--cst-color-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_border: var(--cst-color-border, color-mix(in srgb, currentColor 22%, transparent));
    --_tint: color-mix(in srgb, currentColor 7%, transparent);
    --_accent: var(--cst-color-accent, currentColor);
    --_radius: var(--cst-radius, 0.5rem);
    --_space: var(--cst-space, 1rem);
    --_s1: calc(var(--_space) * 0.25);
    --_s2: calc(var(--_space) * 0.5);
    --_s3: calc(var(--_space) * 0.75);
    --_pad: var(--cst-padding, var(--_space) calc(var(--_space) * 1.25));
    --_small: 0.875em;
    --_tiny: 0.8125em;
    /* Text keeps a readable line length, however wide the box. */
    --_measure: var(--cst-measure, 70ch);
    display: block;
    box-sizing: border-box;
    max-inline-size: var(--cst-max-width, none);
    /* Space of its own above and below, even in a page that resets every margin (Tailwind's
       preflight: a page's rules for the element win over :host unless this is important). A page
       sets it with --cst-margin. */
    margin-block: var(--cst-margin, 1.5rem) !important;
    font-family: var(--cst-font-family, inherit);
    font-size: var(--cst-font-size, inherit);
    line-height: var(--cst-line-height, 1.5);
    color: var(--_fg);
    overflow-wrap: anywhere;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']) {
    color-scheme: light;
    --_fg: var(--cst-color-text, #1b1b1f);
    --_bg: var(--cst-color-surface, #fff);
    --_accent: var(--cst-color-accent, #0b57d0);
  }
  :host([theme='dark']) {
    color-scheme: dark;
    --_fg: var(--cst-color-text, #ececf1);
    --_bg: var(--cst-color-surface, #1f1f24);
    --_accent: var(--cst-color-accent, #a8c7fa);
  }
  /* One frame model. Framed: a border, the radius and one padding around the whole element.
     Open: none of them. A palette of its own (theme light or dark) paints its ground either way;
     open, that ground keeps the padding so that no text meets its edge. */
  .frame {
    padding: var(--_pad);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  :host([frame='open']) .frame {
    padding: 0;
    border: 0;
    border-radius: 0;
  }
  :host([frame='open'][theme='light']) .frame,
  :host([frame='open'][theme='dark']) .frame {
    padding: var(--_pad);
    border-radius: var(--_radius);
  }
  /* What shows in its place (the publisher's fallback, a notice) stands on that ground too. */
  :host([theme='light']) .fallback,
  :host([theme='dark']) .fallback {
    padding: var(--_pad);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }
  p,
  ul,
  ol,
  dl,
  dd,
  figure,
  blockquote,
  h2,
  h3 {
    margin: 0;
  }
  ul,
  ol {
    padding: 0;
    list-style: none;
  }
  /* Publisher text sits in these and may hold bidi controls (U+202E reverses everything after it
     up to the end of the paragraph): isolated, it cannot turn the element's own words around. */
  span,
  cite,
  a {
    unicode-bidi: isolate;
  }
  cite {
    font-style: normal;
  }
  a {
    color: var(--_accent);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  time {
    white-space: nowrap;
  }
  p,
  blockquote {
    max-inline-size: var(--_measure);
  }
  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--cst-focus-color, var(--_accent));
    outline-offset: 2px;
  }
  .title {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  .lede,
  .muted {
    color: var(--_muted);
  }
  /* The one style of a small heading: a block's name, a kicker above a title. */
  .heading,
  .kicker {
    color: var(--_muted);
    font-size: var(--_tiny);
    font-weight: 700;
    letter-spacing: 0.02em;
  }
  .footer {
    color: var(--_muted);
    font-size: var(--_tiny);
  }
  .label {
    display: inline-block;
    padding: 0.0625em 0.5em;
    border-radius: 999px;
    background: var(--_tint);
    font-size: var(--_tiny);
    font-weight: 600;
    line-height: 1.5;
    white-space: nowrap;
  }
  /* What the sources do not confirm, said in words, quietly. */
  .quiet {
    color: var(--_muted);
    font-size: var(--_small);
    font-style: italic;
    font-weight: 400;
  }
  /* Already muted around it: muted once, not twice (the greys derive from the colour around). */
  :is(.heading, .kicker, .muted, .lede, .when, .notes) .quiet {
    color: inherit;
  }
  .button {
    min-block-size: 2em;
    padding: 0.25em 0.875em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: none;
    color: inherit;
    font: inherit;
    font-size: var(--_small);
    cursor: pointer;
  }
  .button:hover {
    border-color: var(--_accent);
  }
  .notice {
    padding: var(--_s2) var(--_s3);
    border-radius: var(--_radius);
    background: var(--_tint);
    color: var(--_muted);
    font-size: var(--_small);
  }
  /* Notes: markers after a claim, and one line at the foot that opens to the full list. */
  .refs {
    line-height: 0;
  }
  .ref {
    padding-inline: 0.125em;
    font-size: 0.75em;
    font-weight: 400;
    text-decoration: none;
  }
  .ref:hover {
    text-decoration: underline;
  }
  .notes {
    color: var(--_muted);
    font-size: var(--_tiny);
    line-height: 1.4;
  }
  /* A small chevron before the line says it opens, and turns when it has; wrapped lines hang. */
  .notes-line {
    display: block;
    inline-size: fit-content;
    max-inline-size: 100%;
    padding-inline-start: 0.9em;
    text-indent: -0.9em;
    list-style: none;
    cursor: pointer;
  }
  .notes-line::-webkit-details-marker {
    display: none;
  }
  .notes-line::before {
    content: '';
    display: inline-block;
    inline-size: 0.35em;
    block-size: 0.35em;
    margin-inline-end: 0.55em;
    border-block-start: 1.5px solid;
    border-inline-end: 1.5px solid;
    vertical-align: 0.1em;
    transform: rotate(45deg);
  }
  .notes[open] > .notes-line::before {
    transform: rotate(135deg);
  }
  .notes-line:hover {
    color: var(--_fg);
  }
  .notes-line:focus-visible {
    outline: 2px solid var(--cst-focus-color, var(--_accent));
    outline-offset: 2px;
  }
  .notes-list {
    display: grid;
    gap: var(--_s1);
    margin-block-start: var(--_s2);
  }
  /* Numbered by the list itself, so that the numbers match the markers without being text. */
  .notes-list.numbered {
    padding-inline-start: 1.75em;
    list-style: decimal;
  }
  .notes-list.numbered .note::marker {
    font-variant-numeric: tabular-nums;
  }
  .note:focus {
    outline: none;
    background: var(--_tint);
  }
  .note cite {
    color: var(--_fg);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* A server-rendered element read without scripting shows no control that needs script. */
  @media (scripting: none) {
    .button {
      display: none !important;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_border: CanvasText;
      --_muted: CanvasText;
    }
    .label,
    .notice {
      border: 1px solid CanvasText;
    }
    .note:focus {
      outline: 2px solid Highlight;
    }
    a {
      color: LinkText;
    }
  }
  /* Printed, or read without scripting (a server-rendered page), every disclosure shows what it
     holds: the notes in full under their label, with no chevron to open them. */
  @media print, (scripting: none) {
    .notes-line {
      padding-inline-start: 0;
      text-indent: 0;
      cursor: auto;
    }
    .notes-line .short,
    .notes-line::before {
      display: none;
    }
  }
  /* (A rule of its own: a browser that does not know the pseudo-element drops only this one.) */
  @media print, (scripting: none) {
    details::details-content {
      display: block;
      content-visibility: visible;
    }
  }
  @media print {
    :host {
      --_fg: #000;
      --_bg: transparent;
      --_muted: #333;
      --_border: #999;
      --_accent: #000;
    }
    /* A card never splits across pages unless it is longer than one. */
    .frame {
      break-inside: avoid;
    }
    .button,
    [role='status'] {
      display: none !important;
    }
    a {
      text-decoration: none;
    }
  }
`;
