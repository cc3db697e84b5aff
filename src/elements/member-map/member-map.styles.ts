import { css } from 'lit';

/**
 * The map fills its column; beside a wide one the legend goes to its side. Colours follow the
 * theme: by default they are mid tones that read on a light and a dark page alike, and the lines
 * between shapes take the page's ground (the text colour turned over). Each status keeps its
 * pattern or outline in greyscale, in forced colours and in print.
 */
export default css`
  :host {
    /* Members take the page's accent (--cst-color-accent) when it sets one. */
    --_member: var(--cst-member-map-member, var(--cst-color-accent, #3b78c2));
    --_member-tint: color-mix(in srgb, var(--_member) 38%, var(--_ground));
    --_suspended: var(--cst-member-map-suspended, #d0782a);
    --_suspended-tint: color-mix(in srgb, var(--_suspended) 30%, var(--_ground));
    --_former: var(--cst-member-map-former, color-mix(in srgb, currentColor 55%, transparent));
    --_land: var(--cst-member-map-land, color-mix(in srgb, currentColor 13%, var(--_ground)));
    /* The page's ground, as the text colour turned over: white under dark text, dark under light. */
    --_ground: var(--cst-color-surface, #fff);
    --_ground: var(
      --cst-color-surface,
      rgb(from currentColor calc(255 - r) calc(255 - g) calc(255 - b))
    );
  }
  :host([theme='light']) {
    --_ground: var(--_bg);
  }
  :host([theme='dark']) {
    --_ground: var(--_bg);
    --_member: var(--cst-member-map-member, var(--cst-color-accent, #6fa3e6));
    --_suspended: var(--cst-member-map-suspended, #e59a52);
  }
  .figure {
    display: grid;
    gap: var(--_s3);
  }
  .head {
    display: grid;
    gap: var(--_s1);
  }
  .area {
    display: grid;
    gap: var(--_s2);
    container-type: inline-size;
  }
  .side {
    display: grid;
    align-content: start;
    gap: var(--_s2);
  }
  @container (min-width: 50rem) {
    .figure {
      grid-template-columns: minmax(0, 5fr) minmax(0, 2fr);
      column-gap: var(--_space);
    }
    .head {
      grid-column: 1 / -1;
    }
  }

  /* The map: its shapes, lines and names. Strokes keep their width at any size. */
  .map {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 680 / 613;
    overflow: hidden;
    border-radius: calc(var(--_radius) / 2);
  }
  .map:focus-visible {
    outline: 2px solid var(--cst-focus-color, var(--_accent));
    outline-offset: 2px;
  }
  .map path {
    vector-effect: non-scaling-stroke;
    transition: fill 0.3s ease;
  }
  .land,
  .shape.none {
    fill: var(--_land);
  }
  .borders,
  .shape {
    stroke: var(--_ground);
    stroke-width: 0.75px;
  }
  .shape.member,
  .shape.party {
    fill: var(--_member);
  }
  .shape.signatory {
    fill: var(--_member-tint);
    stroke: var(--_member);
    stroke-width: 1.5px;
  }
  .shape.frozen {
    fill: url(#cst-map-frozen);
  }
  .shape.suspended {
    fill: url(#cst-map-suspended);
  }
  .shape.left {
    fill: url(#cst-map-left);
  }
  .frozen .ground {
    fill: var(--_member-tint);
  }
  .frozen .ink {
    fill: var(--_member);
  }
  .suspended .ground {
    fill: var(--_suspended-tint);
  }
  .suspended .ink {
    fill: var(--_suspended);
  }
  .left .ground {
    fill: var(--_land);
  }
  .left .ink {
    fill: var(--_former);
  }
  .disputed {
    stroke: var(--_muted);
    stroke-width: 0.75px;
  }
  .emphasis {
    stroke: var(--_fg);
    stroke-width: 2px;
    pointer-events: none;
  }
  .shape[data-state] {
    cursor: pointer;
  }
  /* Names keep about the same size however wide the map is drawn: the font size is in the map's
     units, 680 to its width, so it shrinks as the map grows (a straight line between each pair of
     widths). Set on the map, an element of the page, where every browser resolves the width. */
  .map {
    font-size: calc(45px - 6.2cqi);
  }
  @container (min-width: 440px) {
    .map {
      font-size: calc(28.6px - 2.5cqi);
    }
  }
  @container (min-width: 600px) {
    .map {
      font-size: calc(20.5px - 1.15cqi);
    }
  }
  @container (min-width: 820px) {
    .map {
      font-size: 11px;
    }
  }
  .labels {
    fill: var(--_fg);
    font-size: inherit;
    pointer-events: none;
  }
  .state-name,
  .neighbour {
    paint-order: stroke;
    stroke: var(--_ground);
    stroke-width: 0.25em;
    stroke-linejoin: round;
  }
  .state-name.emphasised {
    font-weight: 700;
  }
  .neighbour {
    fill: var(--_muted);
    font-size: 0.85em;
  }
  /* Neighbours are named only where the map is wide enough for them and its states' names. */
  @container (max-width: 30rem) {
    .neighbour {
      display: none;
    }
  }
  .leader {
    stroke: var(--_fg);
    stroke-width: 0.75px;
  }

  /* The status line keeps its room, so that pointing at a state moves nothing. */
  .status {
    min-block-size: 3em;
    color: var(--_muted);
    font-size: var(--_small);
    line-height: 1.5;
  }

  .legend {
    display: grid;
    gap: var(--_s2);
    font-size: var(--_small);
  }
  .entry {
    display: grid;
    grid-template-columns: 1.125em 1fr;
    gap: var(--_s2);
    align-items: start;
  }
  .swatch {
    inline-size: 1.125em;
    block-size: 1.125em;
    margin-block-start: 0.15em;
  }
  .swatch .shape {
    stroke: var(--_muted);
    stroke-width: 1px;
  }
  .swatch .shape.signatory {
    stroke: var(--_member);
    stroke-width: 2px;
  }
  .what {
    font-weight: 600;
  }
  .caveat {
    display: block;
    color: var(--_muted);
    font-size: var(--_tiny);
  }
  .name[data-state] {
    cursor: default;
  }

  .years {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    gap: var(--_s1) var(--_s3);
    font-size: var(--_small);
  }
  .year-value {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .years input {
    inline-size: 100%;
    margin: 0;
    accent-color: var(--_member);
  }
  .years input:focus-visible {
    outline: 2px solid var(--cst-focus-color, var(--_accent));
    outline-offset: 2px;
  }
  .ticks {
    grid-column: 2;
    display: flex;
    justify-content: space-between;
    color: var(--_muted);
    font-size: var(--_tiny);
    font-variant-numeric: tabular-nums;
  }
  .tick.on {
    color: var(--_fg);
    font-weight: 700;
  }
  /* Narrow, the ticks name the first year and the last; the label names the one shown. */
  @container (max-width: 30rem) {
    .tick:not(:first-child, :last-child) {
      display: none;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .map path {
      transition: none;
    }
  }
  /* Forced colours: the system's colours, the patterns and outlines still tell the statuses apart. */
  @media (forced-colors: active) {
    :host {
      --_member: Highlight;
      --_member-tint: Canvas;
      --_suspended: CanvasText;
      --_suspended-tint: Canvas;
      --_former: CanvasText;
      --_land: Canvas;
      --_ground: CanvasText;
      --_fg: CanvasText;
    }
    .map,
    .swatch {
      forced-color-adjust: none;
    }
    .state-name,
    .neighbour {
      fill: CanvasText;
      stroke: Canvas;
    }
  }
  @media print {
    .status,
    .years {
      display: none;
    }
    :host {
      --_member: #555;
      --_member-tint: #d6d6d6;
      --_suspended: #222;
      --_suspended-tint: #fff;
      --_former: #777;
      --_land: #eee;
      --_ground: #fff;
    }
    .map,
    .swatch {
      print-color-adjust: exact;
    }
    .figure {
      break-inside: avoid;
    }
  }
`;
