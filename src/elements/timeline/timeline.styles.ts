import { css } from 'lit';

/**
 * A graphic, not a list of records: the years in a column of their own, one continuous rail, a
 * dot and one line per event (the day, the title), key events bold on a larger dot in the accent
 * colour, planned ones on a ring. In the list layout a line opens, under its title, to what more
 * there is to say. A collapsed timeline marks on the rail where events are left out.
 */
export default css`
  .timeline {
    /* The years' column, and where the rail runs: in the middle of the gap after it. */
    --_year: 3em;
    --_gutter: 1.75em;
    --_rail: calc(var(--_year) + var(--_gutter) / 2);
    --_dot: 0.5em;
    display: grid;
    gap: var(--_s3);
  }
  .header {
    display: grid;
    gap: var(--_s1);
  }
  .years {
    position: relative;
    display: grid;
  }
  /* One rail down the whole list, from the first dot to the last. */
  .years::before {
    content: '';
    position: absolute;
    inset-block: 0.75em;
    inset-inline-start: calc(var(--_rail) - 1px);
    border-inline-start: 2px solid var(--_border);
  }
  .year {
    display: grid;
    grid-template-columns: var(--_year) minmax(0, 1fr);
    column-gap: var(--_gutter);
    align-items: start;
  }
  .year-heading {
    padding-block: 0.25em;
    color: var(--_fg);
    font-size: var(--_small);
    font-weight: 700;
    line-height: 1.5;
    font-variant-numeric: tabular-nums;
  }
  .events {
    display: grid;
  }
  .event {
    position: relative;
  }
  /* The dot on the rail, level with the event's first line. */
  .event::before {
    content: '';
    position: absolute;
    z-index: 1;
    inset-inline-start: calc(-1 * var(--_gutter) / 2 - var(--_dot) / 2);
    inset-block-start: calc(0.25em + 0.75em * 1.5 / 2 + 0.125em - var(--_dot) / 2);
    inline-size: var(--_dot);
    block-size: var(--_dot);
    border-radius: 50%;
    background: var(--_muted);
  }
  .event.key::before {
    --_dot: 0.75em;
    background: var(--_accent);
    box-shadow: 0 0 0 2px var(--_bg, transparent);
  }
  .event.planned::before {
    background: transparent;
    box-shadow: inset 0 0 0 1.5px var(--_fg);
  }

  /* One line: the day in a column of its own, then the title (bold for a key event). */
  .line,
  .compact .event {
    display: grid;
    grid-template-columns: 4.5em minmax(0, 1fr) auto;
    column-gap: var(--_s2);
    align-items: baseline;
    padding-block: 0.25em;
  }
  .when {
    color: var(--_muted);
    font-size: var(--_small);
    font-variant-numeric: tabular-nums;
  }
  .name {
    text-wrap: pretty;
  }
  .key .name {
    font-weight: 700;
  }
  /* Compact: the lines alone, smaller. */
  .compact .name {
    font-size: var(--_small);
  }
  .compact .key .name {
    font-weight: 600;
  }
  .name .label {
    margin-inline-start: var(--_s1);
  }

  /* The list layout: each line opens to more, under its title. */
  .line {
    list-style: none;
    cursor: pointer;
    border-radius: calc(var(--_radius) / 2);
  }
  .line::-webkit-details-marker {
    display: none;
  }
  .line::after {
    content: '';
    inline-size: 0.35em;
    block-size: 0.35em;
    margin-inline: var(--_s1);
    border-block-end: 1.5px solid var(--_muted);
    border-inline-end: 1.5px solid var(--_muted);
    transform: translateY(-0.2em) rotate(45deg);
  }
  .more[open] > .line::after {
    transform: translateY(0.05em) rotate(-135deg);
  }
  .line:focus-visible {
    outline: 2px solid var(--cst-focus-color, var(--_accent));
    outline-offset: 1px;
  }
  .body {
    display: grid;
    gap: var(--_s1);
    padding-block: 0 var(--_s2);
    padding-inline-start: calc(4.5em + var(--_s2));
    font-size: var(--_small);
  }
  .body .muted {
    font-size: var(--_tiny);
  }

  /* Where a collapsed timeline leaves events out: a ring on the rail, and how many. */
  .gap {
    position: relative;
    padding-block: 0.125em;
    line-height: 1.3;
  }
  .gap-text {
    color: var(--_muted);
    font-size: var(--_tiny);
    font-style: italic;
  }
  .years > .gap {
    padding-inline-start: calc(var(--_year) + var(--_gutter));
  }
  .gap::before {
    content: '';
    position: absolute;
    z-index: 1;
    inset-inline-start: calc(var(--_rail) - 0.3em);
    inset-block-start: calc(50% - 0.3em);
    inline-size: 0.6em;
    block-size: 0.6em;
    border-radius: 50%;
    background: Canvas;
    box-shadow: inset 0 0 0 1.5px var(--_muted);
  }
  .events > .gap::before {
    inset-inline-start: calc(-1 * var(--_gutter) / 2 - 0.3em);
  }
  .toggle {
    justify-self: start;
  }

  /* Printed, or read without scripting (a server-rendered page), a collapsed timeline shows every
     event, and no marks of what it leaves out. */
  @media screen {
    .collapsed .lesser {
      display: none;
    }
  }
  @media (scripting: none) {
    .collapsed .year.lesser {
      display: grid;
    }
    .collapsed .event.lesser {
      display: block;
    }
    .compact .collapsed .event.lesser {
      display: grid;
    }
    .gap {
      display: none;
    }
  }
  /* A narrow column: the day above the title, so that the title has the width. */
  @container (max-width: 26rem) {
    .timeline {
      --_year: 2.5em;
      --_gutter: 1.5em;
    }
    .line,
    .compact .event {
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas: 'when mark' 'name name';
    }
    .when {
      grid-area: when;
    }
    .name {
      grid-area: name;
    }
    .line::after {
      grid-area: mark;
    }
    .body {
      padding-inline-start: 0;
    }
  }
  /* Narrower still (a sidebar): each year heads its events, on the rail's side. */
  @container (max-width: 20rem) {
    .timeline {
      --_year: 0em;
      --_gutter: 1.25em;
    }
    .year {
      grid-template-columns: minmax(0, 1fr);
      padding-inline-start: var(--_gutter);
    }
    .years > .gap {
      padding-inline-start: var(--_gutter);
    }
    .year-heading {
      padding-block: var(--_s2) 0;
    }
    .year:first-child .year-heading {
      padding-block-start: 0;
    }
  }
  @media (forced-colors: active) {
    .event::before,
    .event.key::before {
      background: CanvasText;
    }
    .event.planned::before {
      background: Canvas;
      box-shadow: inset 0 0 0 1.5px CanvasText;
    }
  }
  @media print {
    .event {
      break-inside: avoid;
    }
    .gap,
    .line::after {
      display: none;
    }
  }
`;
