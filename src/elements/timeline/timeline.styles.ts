import { css } from 'lit';

/** Years down a rule on the inline-start side, each event a dot on it; compact: one line each. */
export default css`
  .timeline {
    display: grid;
    gap: var(--_s3);
  }
  .header {
    display: grid;
    gap: var(--_s1);
  }
  .toggle {
    justify-self: start;
  }
  .years {
    display: grid;
    gap: var(--_s3);
  }
  .year {
    display: grid;
    gap: var(--_s2);
  }
  .year-heading {
    font-size: var(--_small);
    color: var(--_fg);
  }
  .events {
    display: grid;
    gap: var(--_s3);
    margin-inline-start: 0.3125rem;
    padding-inline-start: var(--_s3);
    border-inline-start: 1px solid var(--_border);
  }
  .event {
    position: relative;
    display: grid;
    gap: 0.125rem;
  }
  .event::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(-1 * var(--_s3) - 0.28125rem);
    inset-block-start: 0.55em;
    inline-size: 0.5rem;
    block-size: 0.5rem;
    border-radius: 50%;
    background: var(--_fg);
  }
  .event.planned::before {
    background: var(--_bg);
    box-shadow: inset 0 0 0 1.5px var(--_fg);
  }
  .when {
    font-size: var(--_small);
    color: var(--_muted);
  }
  .when .label {
    margin-inline-start: var(--_s1);
    color: var(--_fg);
  }
  .name {
    font-weight: 600;
  }
  .summary,
  .states,
  .caveat {
    font-size: var(--_small);
  }
  .compact .events {
    gap: var(--_s1);
  }
  .compact .event {
    grid-template-columns: 9.5em 1fr;
    gap: var(--_s2);
    align-items: baseline;
  }
  .compact .event::before {
    inset-block-start: 0.5em;
  }
  .compact .when {
    font-size: var(--_small);
  }
  .compact .name {
    font-weight: 400;
  }
  @container (max-width: 28rem) {
    .compact .event {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
  /* Printed, or read without scripting (a server-rendered page), a collapsed timeline shows every
     event. */
  @media screen {
    .collapsed .earlier {
      display: none;
    }
  }
  @media (scripting: none) {
    .collapsed .earlier {
      display: grid;
    }
  }
  @media (forced-colors: active) {
    .event::before {
      background: CanvasText;
    }
  }
  @media print {
    .timeline {
      break-inside: auto;
    }
    .event {
      break-inside: avoid;
    }
  }
`;
