import { css } from 'lit';

/**
 * A list keeps names, flags and dates whole; the grid lays the states out as cards of the shared
 * box; the table becomes stacked rows in a narrow column rather than make the page scroll.
 */
export default css`
  :host {
    min-block-size: var(--cst-member-list-min-block-size, 8rem);
  }
  .wrap {
    display: grid;
    gap: var(--_s3);
  }
  .head {
    display: grid;
    gap: var(--_s1);
  }
  .list {
    display: grid;
  }
  .list:not(.grid) > .item {
    padding-block: var(--_s2);
    border-block-start: 1px solid var(--_border);
  }
  .list:not(.grid) > .item:last-child {
    border-block-end: 1px solid var(--_border);
  }
  .list.grid {
    grid-template-columns: repeat(
      auto-fill,
      minmax(var(--cst-member-list-card-min-width, 13rem), 1fr)
    );
    gap: var(--_s3);
  }
  li.item {
    display: grid;
    align-content: start;
    gap: 0.125rem;
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_s1) var(--_s2);
  }
  /* The flag stays with the name; a name wraps only when it is longer than the line. */
  .name {
    display: inline-flex;
    align-items: baseline;
    gap: 0.4em;
    min-inline-size: 0;
    font-weight: 600;
  }
  .flag {
    flex: none;
    inline-size: 1.35em;
    block-size: 0.9em;
    align-self: center;
    border-radius: 2px;
    box-shadow: 0 0 0 1px color-mix(in srgb, currentColor 15%, transparent);
  }
  .status {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.375em;
  }
  .since {
    font-size: var(--_tiny);
    white-space: nowrap;
  }
  .founding {
    display: block;
    font-size: var(--_small);
  }
  .details,
  .caveat,
  .steps {
    font-size: var(--_small);
  }
  .caveat {
    display: block;
    font-style: italic;
  }
  .steps {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  caption {
    padding-block-end: var(--_s3);
    text-align: start;
  }
  caption .title {
    display: block;
    margin-block-end: var(--_s1);
  }
  th,
  td {
    padding: var(--_s2) var(--_s3) var(--_s2) 0;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: baseline;
    /* A column is as wide as its longest word: names and capitals break inside a word only when
       the word is longer than the line ('anywhere' would let the table squeeze them to letters). */
    overflow-wrap: break-word;
  }
  thead th {
    color: var(--_muted);
    font-size: var(--_tiny);
    font-weight: 600;
  }
  tbody th {
    font-weight: 600;
  }
  @container (max-width: 34rem) {
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    /* The caption too: left a table caption, it is as narrow as its longest word. */
    table,
    caption,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    tr {
      padding-block: var(--_s2);
      border-block-end: 1px solid var(--_border);
    }
    th,
    td {
      padding: 0;
      border: 0;
    }
    td {
      font-size: var(--_small);
    }
    td::before {
      content: attr(data-label) ': ';
      color: var(--_muted);
    }
  }
  @media print {
    .list.grid {
      grid-template-columns: repeat(3, 1fr);
    }
    .item {
      break-inside: avoid;
    }
  }
`;
