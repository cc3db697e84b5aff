import { css } from 'lit';

/**
 * The three variants share one layout: the words, then the caption and the copy button lined up
 * with the words (after the pull quote's rule, inside the card's box). The words of a pull quote
 * are set larger the shorter they are.
 */
export default css`
  .base {
    display: grid;
    gap: var(--_s3);
    min-block-size: var(--cst-quote-min-block-size, 8rem);
  }
  .text {
    font-size: var(--cst-quote-text-size, 1.125em);
    line-height: 1.45;
    text-wrap: pretty;
  }
  .card .text.short {
    font-size: var(--cst-quote-text-size, 1.25em);
  }
  .card .text.long {
    font-size: var(--cst-quote-text-size, 1em);
  }
  .pull,
  .inline {
    padding-inline-start: var(--_s3);
    border-inline-start: 0.25rem solid var(--cst-quote-rule-color, var(--_accent));
  }
  .pull .text {
    font-size: var(--cst-quote-text-size, 1.25em);
    font-weight: 500;
    line-height: 1.3;
  }
  .pull .text.short {
    font-size: var(--cst-quote-text-size, 1.75em);
    line-height: 1.2;
  }
  .pull .text.medium {
    font-size: var(--cst-quote-text-size, 1.5em);
  }
  @container (max-width: 30rem) {
    .pull .text.short {
      font-size: var(--cst-quote-text-size, 1.375em);
    }
    .pull .text.medium {
      font-size: var(--cst-quote-text-size, 1.25em);
    }
    .pull .text.long {
      font-size: var(--cst-quote-text-size, 1.0625em);
    }
  }
  .inline {
    min-block-size: var(--cst-quote-min-block-size, 3rem);
    border-inline-start-width: 3px;
    border-inline-start-color: var(--cst-quote-rule-color, var(--_border));
  }
  .inline .text {
    font-size: var(--cst-quote-text-size, 1em);
  }
  .caption {
    display: flex;
    gap: var(--_s2);
    align-items: start;
    margin-block-start: var(--_s3);
    font-size: var(--_small);
    line-height: 1.4;
  }
  .monogram {
    display: grid;
    flex: none;
    place-items: center;
    inline-size: 2.5em;
    block-size: 2.5em;
    border-radius: 50%;
    background: color-mix(in srgb, var(--_accent) 16%, transparent);
    font-size: 0.875em;
    font-weight: 700;
    letter-spacing: 0.02em;
  }
  .inline .monogram {
    display: none;
  }
  .lines {
    display: grid;
  }
  .speaker {
    font-weight: 700;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_s2) var(--_s3);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_s1) var(--_s2);
  }
  @media (forced-colors: active) {
    .monogram {
      border: 1px solid CanvasText;
    }
  }
`;
