import { css } from 'lit';

/**
 * The one visual language every element shares: tokens (spacing and type scales, one radius, one
 * border, one inner padding for boxes, outer spacing) and the few pieces every element is made of
 * (title, lede, box, label, button, footer line). By default (`theme="auto"`) an element takes the
 * page's font and text colour and derives its greys from that colour, so it follows the page's own
 * light or dark scheme; `light` and `dark` set a palette of their own.
 */
export default css`
  :host {
    --_fg: var(--cst-color-text, currentColor);
    --_bg: var(--cst-color-surface, transparent);
    --_muted: var(--cst-color-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_border: var(--cst-color-border, color-mix(in srgb, currentColor 22%, transparent));
    --_tint: color-mix(in srgb, currentColor 7%, transparent);
    --_accent: var(--cst-color-accent, currentColor);
    --_radius: var(--cst-radius, 0.5rem);
    --_space: var(--cst-space, 1rem);
    --_s1: calc(var(--_space) * 0.25);
    --_s2: calc(var(--_space) * 0.5);
    --_s3: calc(var(--_space) * 0.75);
    --_pad: var(--cst-padding, var(--_space) calc(var(--_space) * 1.25));
    --_small: 0.875em;
    --_tiny: 0.8125em;
    display: block;
    box-sizing: border-box;
    max-inline-size: var(--cst-max-width, 42rem);
    /* Space of its own above and below, even in a page that resets every margin (Tailwind's
       preflight: a page's rules for the element win over :host unless this is important). A page
       sets it with --cst-margin. */
    margin-block: var(--cst-margin, 1.5rem) !important;
    font-family: var(--cst-font-family, inherit);
    font-size: var(--cst-font-size, inherit);
    line-height: var(--cst-line-height, 1.5);
    color: var(--_fg);
    overflow-wrap: anywhere;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']) {
    color-scheme: light;
    --_fg: var(--cst-color-text, #1b1b1f);
    --_bg: var(--cst-color-surface, #fff);
    --_accent: var(--cst-color-accent, #0b57d0);
  }
  :host([theme='dark']) {
    color-scheme: dark;
    --_fg: var(--cst-color-text, #ececf1);
    --_bg: var(--cst-color-surface, #1f1f24);
    --_accent: var(--cst-color-accent, #a8c7fa);
  }
  /* A palette of its own paints its own ground, with the box's padding where there is no box. */
  :host([theme='light']),
  :host([theme='dark']) {
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  :host([theme='light']) .plain,
  :host([theme='dark']) .plain {
    padding: var(--_pad);
  }
  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }
  p,
  ul,
  ol,
  dl,
  dd,
  figure,
  blockquote,
  h2,
  h3 {
    margin: 0;
  }
  ul,
  ol {
    padding: 0;
    list-style: none;
  }
  /* Publisher text sits in these and may hold bidi controls (U+202E reverses everything after it
     up to the end of the paragraph): isolated, it cannot turn the element's own words around. */
  span,
  cite,
  a {
    unicode-bidi: isolate;
  }
  cite {
    font-style: normal;
  }
  a {
    color: var(--_accent);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  time {
    white-space: nowrap;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--cst-focus-color, var(--_accent));
    outline-offset: 2px;
  }
  .box {
    padding: var(--_pad);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .title {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  .lede,
  .muted {
    color: var(--_muted);
  }
  /* The one style of a small heading: a block's name, a kicker above a title. */
  .heading,
  .kicker {
    color: var(--_muted);
    font-size: var(--_tiny);
    font-weight: 700;
    letter-spacing: 0.02em;
  }
  .footer {
    color: var(--_muted);
    font-size: var(--_tiny);
  }
  .label {
    display: inline-block;
    padding: 0.0625em 0.5em;
    border-radius: 999px;
    background: var(--_tint);
    font-size: var(--_tiny);
    font-weight: 600;
    line-height: 1.5;
    white-space: nowrap;
  }
  .label.warn {
    background: color-mix(in srgb, #d97706 22%, transparent);
  }
  .label.off {
    background: none;
    box-shadow: inset 0 0 0 1px var(--_border);
    color: var(--_muted);
  }
  .button {
    min-block-size: 2em;
    padding: 0.25em 0.875em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: none;
    color: inherit;
    font: inherit;
    font-size: var(--_small);
    cursor: pointer;
  }
  .button:hover {
    border-color: var(--_accent);
  }
  .notice {
    padding: var(--_s2) var(--_s3);
    border-radius: var(--_radius);
    background: var(--_tint);
    color: var(--_muted);
    font-size: var(--_small);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* A server-rendered element read without scripting shows no control that needs script. */
  @media (scripting: none) {
    .button {
      display: none !important;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_border: CanvasText;
      --_muted: CanvasText;
    }
    .label,
    .notice {
      border: 1px solid CanvasText;
    }
    a {
      color: LinkText;
    }
  }
  @media print {
    :host {
      --_fg: #000;
      --_bg: transparent;
      --_muted: #333;
      --_border: #999;
      --_accent: #000;
    }
    .button,
    [role='status'] {
      display: none !important;
    }
    a {
      text-decoration: none;
    }
  }
`;
