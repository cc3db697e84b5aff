import { css } from 'lit';

/**
 * An article in the shared frame: the passages one after another, each under its label, the
 * quoted wording behind a rule. In print a long article may split between passages, never inside
 * one.
 */
export default css`
  :host {
    min-block-size: var(--cst-treaty-article-min-block-size, 8rem);
  }
  .card {
    display: grid;
    gap: var(--_s3);
  }
  .header {
    display: grid;
    gap: 0.125rem;
  }
  .document {
    font-weight: 600;
  }
  .meta {
    font-size: var(--_small);
  }
  .body {
    display: grid;
    gap: var(--_space);
  }
  .passage {
    display: grid;
    gap: var(--_s1);
  }
  .labels {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--_s2);
  }
  blockquote {
    padding-inline-start: var(--_s3);
    border-inline-start: 3px solid var(--cst-treaty-article-quote-rule, var(--_accent));
  }
  .passage.unverified .text,
  .passage.unverified blockquote {
    color: var(--_muted);
  }
  .amendments {
    display: grid;
    gap: var(--_s1);
    padding-block-start: var(--_s3);
    border-block-start: 1px solid var(--_border);
  }
  .amendments ul {
    font-size: var(--_small);
  }
  .amendments cite {
    font-style: italic;
  }
  .about {
    display: grid;
    gap: var(--_s1);
    font-size: var(--_small);
  }
  @media print {
    .passage {
      break-inside: avoid;
    }
  }
`;
