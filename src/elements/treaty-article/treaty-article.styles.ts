import { css } from 'lit';

/**
 * A card that reads like a printed article: title, the document's dates, then passages. Quoted
 * wording hangs on a rule; summaries sit on a faint tint with a visible label, so the two never
 * look alike. The layout widens its spacing and puts the dates on one line in wide containers.
 */
export default css`
  :host {
    container-type: inline-size;
    min-block-size: var(--cst-treaty-article-min-block-size, 8rem);
  }
  .card {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  p,
  dl,
  dd,
  ul,
  figure,
  blockquote {
    margin: 0;
  }
  .header {
    display: grid;
    gap: 0.125em;
  }
  .title {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
  .document {
    color: var(--_muted);
    font-weight: 600;
  }
  .meta {
    display: grid;
    gap: 0 1em;
    margin-block-start: 0.25em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .meta div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4em;
  }
  .meta dt::after {
    content: ':';
  }
  .body {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .passage {
    display: grid;
    gap: 0.375em;
    break-inside: avoid;
  }
  .verbatim blockquote {
    padding-inline-start: calc(var(--_space) * 0.75);
    border-inline-start: 3px solid var(--cst-treaty-article-quote-rule, var(--_accent));
  }
  .verbatim blockquote p {
    quotes: '“' '”' '‘' '’';
  }
  .verbatim blockquote p::before {
    content: open-quote;
  }
  .verbatim blockquote p::after {
    content: close-quote;
  }
  .summary {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
    background: color-mix(in srgb, currentColor 6%, transparent);
  }
  .labels {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .label {
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_muted);
    font-size: 0.75em;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }
  .label-unverified {
    border-style: dashed;
  }
  .passage.unverified .text,
  .passage.unverified blockquote {
    color: var(--_muted);
    font-style: italic;
  }
  .source,
  .note,
  .amendments {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .amendments {
    padding-block-start: calc(var(--_space) * 0.5);
    border-block-start: 1px solid var(--_border);
  }
  .amended-by {
    font-weight: 600;
  }
  .amendments ul {
    padding-inline-start: 1.25em;
  }
  cite {
    font-style: normal;
  }
  .amendments cite {
    font-style: italic;
  }
  @container (min-width: 36rem) {
    .card {
      gap: var(--_space);
      padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
    }
    .title {
      font-size: 1.5em;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
    }
    .verbatim blockquote {
      font-size: 1.0625em;
    }
  }
  @media (forced-colors: active) {
    .card,
    .label,
    .summary {
      border: 1px solid CanvasText;
    }
    .verbatim blockquote {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    .card {
      padding: 0;
      border: none;
    }
    .summary {
      border: 1px solid var(--_border);
      background: none;
    }
  }
`;
