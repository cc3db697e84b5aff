import { css } from 'lit';

/**
 * The full card: header, facts as a two-column list (stacked when narrow), blocks of attendees,
 * documents and summary, the line of notes. The compact card: four short lines.
 */
export default css`
  :host {
    min-block-size: var(--cst-summit-card-min-block-size, 14rem);
  }
  :host([variant='compact']) {
    min-block-size: var(--cst-summit-card-compact-min-block-size, 7rem);
  }
  .card {
    display: grid;
    gap: var(--_s3);
  }
  .header {
    display: grid;
    gap: var(--_s1);
    justify-items: start;
  }
  .facts {
    display: grid;
    grid-template-columns: minmax(6rem, auto) 1fr;
    gap: var(--_s1) var(--_s3);
    font-size: var(--_small);
  }
  .fact {
    display: contents;
  }
  dt {
    color: var(--_muted);
  }
  .block {
    display: grid;
    gap: var(--_s1);
    padding-block-start: var(--_s3);
    border-block-start: 1px solid var(--_border);
  }
  .block ul {
    display: grid;
    gap: 0.125rem;
    font-size: var(--_small);
  }
  .attendees ul {
    grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
    gap: var(--_s1) var(--_s3);
  }
  .name {
    font-weight: 600;
  }
  .notes-block li,
  .documents li {
    padding-inline-start: 0.875em;
    text-indent: -0.875em;
  }
  .notes-block li::before,
  .documents li::before {
    content: '–\\a0';
    color: var(--_muted);
  }
  /* A document's themes sit under its title, indented as one block. */
  .themes {
    display: grid;
    gap: 0.125rem;
    margin-block: var(--_s1);
    text-indent: 0;
  }
  /* At the list's own size, as all text in the card: set apart by weight and colour. */
  .themes-label {
    font-weight: 600;
  }
  .themes ul {
    font-size: inherit;
  }
  .themes li::before {
    content: '·\\a0';
  }
  .handover,
  .next {
    font-size: var(--_small);
  }
  .counts {
    font-size: var(--_small);
  }
  .compact {
    gap: var(--_s2);
  }
  .compact .title {
    font-size: 1em;
  }
  .compact .lede {
    font-size: var(--_small);
  }
  @container (max-width: 24rem) {
    .facts {
      grid-template-columns: 1fr;
      gap: 0;
    }
    dd + dt {
      margin-block-start: var(--_s1);
    }
  }
  @media print {
    .block {
      break-inside: avoid;
    }
  }
`;
