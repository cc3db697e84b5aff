import { css } from 'lit';

export default css`
  :host {
    container-type: inline-size;
  }
  .card {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    align-content: start;
    min-block-size: var(--cst-summit-card-min-block-size, 14rem);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .card.compact {
    gap: calc(var(--_space) / 2);
    min-block-size: var(--cst-summit-card-compact-min-block-size, 7rem);
    padding: calc(var(--_space) * 0.75);
  }
  p,
  ul,
  dl,
  dd {
    margin: 0;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_space) / 4) calc(var(--_space) / 2);
  }
  .title {
    flex: 1 1 16rem;
    font-weight: 600;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .caption,
  .next,
  .counts {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .caption {
    flex-basis: 100%;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.8125em;
    font-weight: 600;
    line-height: 1.6;
    white-space: nowrap;
  }
  .badge.planned {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  /* Sits inside muted text already; muting it again would lose contrast. */
  .badge.unverified {
    border-style: dashed;
    font-weight: normal;
  }
  .facts {
    display: grid;
    gap: calc(var(--_space) / 4);
  }
  .fact {
    display: grid;
  }
  dt,
  .label {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .label {
    margin-block-end: calc(var(--_space) / 4);
    font-weight: 600;
  }
  .block {
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
  }
  .block ul {
    padding-inline-start: 1.25em;
  }
  .attendees ul {
    display: grid;
    gap: calc(var(--_space) / 4) var(--_space);
    padding: 0;
    list-style: none;
  }
  .name {
    font-weight: 600;
  }
  .role {
    color: var(--_muted);
  }
  .notes li + li,
  .documents li + li {
    margin-block-start: calc(var(--_space) / 4);
  }
  .sources {
    font-size: 0.875em;
  }
  .sources cite {
    font-style: normal;
  }
  .publisher {
    color: var(--_muted);
  }

  /* A column of 36rem and up: labels beside values, attendees in columns. */
  @container (min-width: 36rem) {
    .fact {
      grid-template-columns: minmax(8rem, max-content) 1fr;
      gap: var(--_space);
    }
    dt {
      font-size: inherit;
    }
    .attendees ul {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 60rem) {
    .attendees ul {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }

  @media (forced-colors: active) {
    .badge,
    .badge.planned {
      border-color: CanvasText;
      color: CanvasText;
    }
  }
  @media print {
    .card {
      min-block-size: 0;
    }
    .block {
      break-inside: avoid;
    }
  }
`;
