import { css } from 'lit';

/**
 * A fact runs in the publisher's sentence: no box, no margins, no width of its own. Its marker
 * sits like a footnote sign; its note floats above the text beside it.
 */
export default css`
  :host {
    display: inline;
    max-inline-size: none;
    margin: 0 !important;
    container-type: normal;
  }
  .fallback,
  .fallback .notice {
    display: inline;
    padding: 0;
    background: none;
  }
  /* Inline text, not a box: no line may break between the fact, its marker and the punctuation
     after it. At the top of the line, like a footnote sign, without making the line taller. */
  .marker {
    margin-inline-start: 0.15em;
    padding: 0.05em 0.4em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-size: 0.6875em;
    font-weight: 700;
    line-height: 1;
    text-decoration: none;
    vertical-align: 0.55em;
    cursor: pointer;
  }
  .marker:hover {
    border-color: var(--_accent);
  }
  .marker:focus-visible {
    outline: 2px solid var(--cst-focus-color, var(--_accent));
    outline-offset: 2px;
  }
  .note[popover] {
    position: fixed;
    inset: auto;
    top: var(--_top, 1rem);
    left: var(--_left, 1rem);
    margin: 0;
    max-inline-size: min(24rem, calc(100vw - 2rem));
    padding: var(--_s2) var(--_s3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--cst-color-surface, Canvas);
    color: var(--cst-color-text, CanvasText);
    font-size: var(--_small);
    line-height: 1.45;
    box-shadow: 0 0.25rem 1rem color-mix(in srgb, currentColor 18%, transparent);
  }
  :host([theme='light']) .note[popover],
  :host([theme='dark']) .note[popover] {
    background: var(--_bg);
    color: var(--_fg);
  }
  .line {
    display: block;
  }
  .line + .line {
    margin-block-start: var(--_s1);
  }
  small.note {
    color: var(--_muted);
    font-size: var(--_small);
  }
  /* Printed, the note follows the fact in brackets. */
  @media print {
    .marker {
      display: none;
    }
    .note[popover] {
      display: inline;
      position: static;
      padding: 0;
      border: 0;
      background: none;
      box-shadow: none;
    }
    .note[popover]::before {
      content: ' (';
    }
    .note[popover]::after {
      content: ')';
    }
    .line {
      display: inline;
    }
    .line + .line::before {
      content: '; ';
    }
  }
`;
