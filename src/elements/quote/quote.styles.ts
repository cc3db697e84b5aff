import { css } from 'lit';

/**
 * Three voices. The card: a large quotation mark over the words, a two-line caption. The pull
 * quote: the words set large after a rule, the longer the smaller, never above the largest size
 * nor, however long, below the text size; a one-line caption. The inline quote: the words in the
 * reader's quotation marks at the text size, the attribution running on after them. Each ends in
 * the line of notes and the copy button.
 */
export default css`
  .base {
    display: grid;
    gap: var(--_s3);
    min-block-size: var(--cst-quote-min-block-size, 8rem);
  }
  figure {
    display: grid;
    gap: var(--_s2);
  }
  .text {
    font-size: var(--cst-quote-text-size, 1.125em);
    line-height: 1.45;
    text-wrap: pretty;
  }
  .speaker {
    font-weight: 700;
  }
  .caption {
    font-size: var(--_small);
    line-height: 1.4;
  }
  .card .caption {
    display: grid;
  }

  /* The card: the reader's opening quotation mark, large, in the accent colour. */
  .mark {
    display: block;
    block-size: 0.5em;
    color: var(--cst-quote-rule-color, var(--_accent));
    font-family: Georgia, 'Times New Roman', serif;
    font-size: 3.5em;
    font-weight: 700;
    line-height: 0.9;
  }
  .mark::before {
    content: open-quote;
  }
  .card .text.short {
    font-size: var(--cst-quote-text-size, 1.25em);
  }
  .card .text.long,
  .card .text.longest {
    font-size: var(--cst-quote-text-size, 1em);
  }

  /* The pull quote: large type after a rule, scaled by length and capped. */
  .pull figure {
    padding-inline-start: var(--_s3);
    border-inline-start: 0.25rem solid var(--cst-quote-rule-color, var(--_accent));
  }
  .pull .text {
    font-size: var(--cst-quote-text-size, 1.375em);
    font-weight: 500;
    line-height: 1.3;
  }
  .pull .text.short {
    font-size: var(--cst-quote-text-size, 1.75em);
    line-height: 1.2;
  }
  .pull .text.long {
    font-size: var(--cst-quote-text-size, 1.1875em);
    line-height: 1.35;
  }
  .pull .text.longest {
    font-size: var(--cst-quote-text-size, 1em);
    font-weight: 400;
    line-height: 1.45;
  }
  @container (max-width: 30rem) {
    .pull .text.short {
      font-size: var(--cst-quote-text-size, 1.375em);
    }
    .pull .text.medium {
      font-size: var(--cst-quote-text-size, 1.1875em);
    }
    .pull .text.long {
      font-size: var(--cst-quote-text-size, 1.0625em);
    }
  }
  .pull .caption {
    color: var(--_muted);
  }
  .pull .speaker {
    color: var(--_fg);
  }

  /* The inline quote: the words in quotation marks at the text size, the attribution after. */
  .inline {
    min-block-size: var(--cst-quote-min-block-size, 3rem);
  }
  .inline figure {
    display: block;
  }
  .inline .text,
  .inline .text p,
  .inline .caption {
    display: inline;
  }
  .inline .text {
    font-size: var(--cst-quote-text-size, 1em);
  }
  .inline .text p::before {
    content: open-quote;
  }
  .inline .text p::after {
    content: close-quote;
  }
  .inline .caption {
    font-size: inherit;
  }
  .inline .caption::before {
    content: ' ';
  }

  .foot {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_s2) var(--_s3);
  }
  .foot .notes {
    flex: 1 1 12rem;
    min-inline-size: 0;
    padding-block-start: 0.25em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_s1) var(--_s2);
  }
`;
