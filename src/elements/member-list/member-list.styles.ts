import { css } from 'lit';

/**
 * A list keeps names, flags and dates whole, one state to a row between rules; the grid lays the
 * same rows out in columns; the table's status column holds one badge style with its date beside
 * it. In a narrow column the table gives each state a line for its name and status and a short
 * line for its dates, rather than one line for each value.
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
  .list > .item {
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
    column-gap: var(--_s3);
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
  /* One status style: a quiet badge, its date beside it on the same line where there is room. */
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
  th:last-child,
  td:last-child {
    padding-inline-end: 0;
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
    tbody {
      display: block;
    }
    /* A state on two lines: its name and status, then its dates and capital, small. */
    tr {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0 var(--_s2);
      padding-block: var(--_s2);
      border-block-end: 1px solid var(--_border);
    }
    tr::after {
      content: '';
      order: 2;
      flex-basis: 100%;
    }
    th,
    td {
      display: block;
      padding: 0;
      border: 0;
    }
    .status-cell {
      order: 1;
    }
    .joined,
    .capital {
      order: 3;
      color: var(--_muted);
      font-size: var(--_tiny);
    }
    td[data-label]::before {
      content: attr(data-label) ' ';
    }
    /* The capital goes unlabelled after the date: a state's capital needs no name. */
    .joined ~ .capital {
      margin-inline-end: auto;
    }
    /* The dot between them ends the date's line: a capital that wraps does not begin with it. */
    .joined ~ .capital::before {
      content: none;
    }
    .joined:has(~ .capital)::after {
      content: '·';
      margin-inline-start: var(--_s2);
    }
    .status {
      justify-content: end;
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
