import { css } from 'lit';

/**
 * Tokens and modes every element shares. By default (`theme="auto"`) an element takes the page's
 * font and text colour and derives its greys from that colour, so it follows the page's own light
 * or dark scheme. `light` and `dark` set a complete palette of their own.
 */
export default css`
  :host {
    --_fg: var(--cst-color-text, currentColor);
    --_bg: var(--cst-color-surface, transparent);
    --_muted: var(--cst-color-muted, color-mix(in srgb, currentColor 74%, transparent));
    --_border: var(--cst-color-border, color-mix(in srgb, currentColor 28%, transparent));
    --_accent: var(--cst-color-accent, currentColor);
    --_radius: var(--cst-radius, 0.375rem);
    --_space: var(--cst-space, 1rem);
    display: block;
    box-sizing: border-box;
    font-family: var(--cst-font-family, inherit);
    font-size: var(--cst-font-size, inherit);
    line-height: var(--cst-line-height, 1.5);
    color: var(--_fg);
    background: var(--_bg);
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']) {
    color-scheme: light;
    --_fg: var(--cst-color-text, #1b1b1f);
    --_bg: var(--cst-color-surface, #ffffff);
    --_accent: var(--cst-color-accent, #0b57d0);
  }
  :host([theme='dark']) {
    color-scheme: dark;
    --_fg: var(--cst-color-text, #ececf1);
    --_bg: var(--cst-color-surface, #1b1b1f);
    --_accent: var(--cst-color-accent, #a8c7fa);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* Publisher text sits in these and may hold bidi controls (U+202E reverses everything after it
     up to the end of the paragraph): isolated, it cannot turn the element's own words around. */
  span,
  cite,
  a {
    unicode-bidi: isolate;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--cst-focus-color, var(--_accent));
    outline-offset: 2px;
  }
  .notice {
    margin: 0;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_border: CanvasText;
      --_muted: CanvasText;
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
      break-inside: avoid;
    }
    button {
      display: none !important;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.8em;
      overflow-wrap: anywhere;
    }
  }
`;
