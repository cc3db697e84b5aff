import { css } from 'lit';

export default css`
  :host {
    container-type: inline-size;
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    /* Reserved so that swapping the fallback for the rendered quote barely moves the page. */
    min-block-size: var(--cst-quote-min-block-size, 8rem);
  }
  figure {
    margin: 0;
  }
  blockquote {
    margin: 0;
    font-size: var(--cst-quote-text-size, 1.125em);
    line-height: 1.45;
  }
  blockquote p {
    margin: 0;
  }
  figcaption {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    margin-block-start: calc(var(--_space) * 0.75);
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part='speaker'] {
    color: var(--_fg);
    font-weight: 600;
  }
  [part='note'] {
    font-style: italic;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin-block-start: auto;
    font-size: 0.875em;
  }
  button {
    min-block-size: 1.5rem;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_fg);
    font: inherit;
    cursor: pointer;
    transition: border-color 0.15s;
  }
  button:hover {
    border-color: var(--_accent);
  }
  [part='status'] {
    color: var(--_muted);
  }

  /* card: a bordered box */
  .card {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }

  /* pull: large words behind an accent rule */
  .pull blockquote {
    padding-inline-start: var(--_space);
    border-inline-start: 0.25rem solid var(--cst-quote-rule-color, var(--_accent));
    font-size: var(--cst-quote-text-size, 1.375em);
    line-height: 1.3;
  }
  .pull figcaption,
  .pull .actions {
    padding-inline-start: calc(var(--_space) + 0.25rem);
  }

  /* inline: compact, to sit in running text */
  .inline {
    gap: 0.25rem;
    min-block-size: var(--cst-quote-min-block-size, 3rem);
  }
  .inline blockquote {
    padding-inline-start: 0.75em;
    border-inline-start: 2px solid var(--_border);
    font-size: var(--cst-quote-text-size, 1em);
    font-style: italic;
  }
  .inline figcaption {
    display: block;
    margin-block-start: 0.25rem;
    padding-inline-start: calc(0.75em + 2px);
  }
  .inline figcaption > * + *::before {
    content: ' · ';
    content: ' · ' / '';
  }
  .inline .actions {
    padding-inline-start: calc(0.75em + 2px);
    font-size: 0.8125em;
  }
  .inline button {
    min-block-size: 1.5rem;
    padding: 0;
    border: 0;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  @container (min-width: 36rem) {
    .card {
      padding: calc(var(--_space) * 1.5);
    }
    .card blockquote {
      font-size: var(--cst-quote-text-size, 1.25em);
    }
    .pull blockquote {
      font-size: var(--cst-quote-text-size, 1.75em);
    }
  }
  @container (max-width: 20rem) {
    .card {
      padding: calc(var(--_space) * 0.75);
    }
    .pull blockquote {
      font-size: var(--cst-quote-text-size, 1.25em);
    }
  }

  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    .inline button {
      color: LinkText;
    }
  }
  @media print {
    .actions {
      display: none;
    }
    .base {
      min-block-size: 0;
    }
  }
`;
