import { css } from 'lit';

export default css`
  :host {
    container-type: inline-size;
    min-block-size: var(--cst-member-list-min-block-size, 8rem);
  }
  .wrap {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  /* With a surface of its own, the content keeps off the edges. */
  :host([theme='light']) .wrap,
  :host([theme='dark']) .wrap {
    padding: calc(var(--_space) * 0.75);
  }
  .caption {
    margin: 0;
    font-weight: 600;
    text-align: start;
  }
  .empty {
    margin: 0;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .name {
    font-weight: 600;
  }
  .flag {
    font-weight: normal;
    font-family: 'Apple Color Emoji', 'Segoe UI Emoji', 'Noto Color Emoji', sans-serif;
  }
  .details {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .badge {
    justify-self: start;
    padding: 0.05em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.875em;
  }
  .badge.frozen,
  .badge.suspended,
  .badge.left {
    border-style: dashed;
    border-color: var(--_accent);
    font-weight: 600;
  }

  /* List: one state per row; in a wide container name, details and badge line up in columns. */
  .layout-list .item {
    display: grid;
    gap: 0.125rem;
    padding-block: calc(var(--_space) / 2);
    border-block-end: 1px solid var(--_border);
  }
  .layout-list .item:first-child {
    border-block-start: 1px solid var(--_border);
  }
  @container (min-width: 36rem) {
    .layout-list {
      display: grid;
      grid-template-columns: minmax(8rem, max-content) minmax(0, 1fr) auto;
      column-gap: var(--_space);
    }
    .layout-list .item {
      grid-column: 1 / -1;
      grid-template-columns: subgrid;
      align-items: baseline;
    }
    .layout-list .details {
      grid-column: 2;
    }
    .layout-list .badge {
      grid-column: 3;
      justify-self: end;
    }
  }

  /* Grid: cards, as many columns as fit. */
  .layout-grid {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    grid-template-columns: 1fr;
  }
  @container (min-width: 28rem) {
    .layout-grid {
      grid-template-columns: repeat(
        auto-fill,
        minmax(min(100%, var(--cst-member-list-card-min-width, 13rem)), 1fr)
      );
    }
  }
  .layout-grid .item {
    display: grid;
    align-content: start;
    gap: 0.375rem;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .layout-grid .details {
    flex-direction: column;
  }
  .layout-grid .name {
    font-size: 1.0625em;
  }

  /* Table: words wrap whole; a very narrow container scrolls instead of breaking names. */
  .scroll {
    overflow-x: auto;
  }
  .table {
    inline-size: 100%;
    border-collapse: collapse;
    overflow-wrap: normal;
  }
  .table .caption {
    padding-block-end: calc(var(--_space) / 2);
  }
  .table th,
  .table td {
    padding: 0.375rem 0.5rem;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: baseline;
  }
  .table thead th {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
    border-block-end-width: 2px;
  }
  .table tbody th .name {
    font-weight: normal;
  }
  .table .badge {
    display: inline-block;
  }
  @container (max-width: 30rem) {
    .table {
      font-size: 0.875em;
    }
    .table th,
    .table td {
      padding-inline: 0.25rem;
    }
  }

  /* Sources, then the data version, in small print. */
  .sources {
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .sources .label {
    font-weight: 600;
  }
  .sources .label::after {
    content: ':';
  }
  .sources ul {
    display: inline;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .sources li {
    display: inline;
  }
  .sources li:not(:last-child)::after {
    content: '; ';
  }
  .sources cite {
    font-style: normal;
  }
  .sources .version {
    display: block;
  }

  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
  }
  @media print {
    :host {
      min-block-size: 0;
    }
    .scroll {
      overflow: visible;
    }
    .layout-grid .item,
    .table tr {
      break-inside: avoid;
    }
  }
`;
