import type { SVGTemplateResult, TemplateResult } from 'lit';
import { html, svg } from '../../internal/template.js';

/**
 * The flags of the states in the data, drawn small (3:2) and simplified to their fields and main
 * emblem, so they show without an emoji font and without a request.
 */
const FLAGS: Record<string, SVGTemplateResult> = {
  AM: svg`<path fill="#d90012" d="M0 0h30v7H0z"/><path fill="#0033a0" d="M0 7h30v6H0z"/><path fill="#f2a800" d="M0 13h30v7H0z"/>`,
  AZ: svg`<path fill="#00b5e2" d="M0 0h30v7H0z"/><path fill="#ef3340" d="M0 7h30v6H0z"/><path fill="#509e2f" d="M0 13h30v7H0z"/><circle cx="14" cy="10" r="2.6" fill="#fff"/><circle cx="14.8" cy="10" r="2.1" fill="#ef3340"/><circle cx="17.2" cy="10" r="0.9" fill="#fff"/>`,
  BY: svg`<path fill="#c8313e" d="M0 0h30v13.3H0z"/><path fill="#4aa657" d="M0 13.3h30V20H0z"/><path fill="#fff" d="M0 0h4v20H0z"/><path fill="#c8313e" d="M2 1l1.5 2L2 5 .5 3zm0 5l1.5 2L2 10 .5 8zm0 5l1.5 2L2 15 .5 13zm0 5l1.5 2L2 20 .5 18z"/>`,
  GE: svg`<path fill="#fff" d="M0 0h30v20H0z"/><path fill="#f00" d="M13 0h4v20h-4zM0 8h30v4H0zM6 3h1v4H6zM4.5 4.5h4v1h-4zM23 3h1v4h-1zm-1.5 1.5h4v1h-4zM6 13h1v4H6zm-1.5 1.5h4v1h-4zM23 13h1v4h-1zm-1.5 1.5h4v1h-4z"/>`,
  KG: svg`<path fill="#e8112d" d="M0 0h30v20H0z"/><circle cx="15" cy="10" r="5" fill="#ffef00"/><circle cx="15" cy="10" r="2.8" fill="none" stroke="#e8112d" stroke-width="1"/>`,
  KZ: svg`<path fill="#00afca" d="M0 0h30v20H0z"/><circle cx="16" cy="9" r="3.4" fill="#fec50c"/><path fill="none" stroke="#fec50c" stroke-width="0.8" d="M11 14.5q5 2.5 10 0"/><path fill="#fec50c" d="M2 1h1.2v18H2z"/>`,
  RU: svg`<path fill="#fff" d="M0 0h30v6.7H0z"/><path fill="#0039a6" d="M0 6.7h30v6.6H0z"/><path fill="#d52b1e" d="M0 13.3h30V20H0z"/>`,
  TJ: svg`<path fill="#c00" d="M0 0h30v5.7H0z"/><path fill="#fff" d="M0 5.7h30v8.6H0z"/><path fill="#060" d="M0 14.3h30V20H0z"/><path fill="#f8c300" d="M12.5 11.5h5l.5-2-1.2 1-1.3-1.6-1.3 1.6-1.2-1z"/>`,
  UZ: svg`<path fill="#0099b5" d="M0 0h30v6.5H0z"/><path fill="#ce1126" d="M0 6.5h30v7H0z"/><path fill="#fff" d="M0 7h30v6H0z"/><path fill="#1eb53a" d="M0 13.5h30V20H0z"/><circle cx="4.5" cy="3.3" r="2.2" fill="#fff"/><circle cx="5.3" cy="3.3" r="1.9" fill="#0099b5"/>`,
};

/** The flag of a state by its ISO 3166-1 alpha-2 code; empty for a state without a drawing. */
export function flagOf(iso2: string): TemplateResult | '' {
  const flag = FLAGS[iso2.toUpperCase()];
  return flag
    ? html`<svg
        part="flag"
        class="flag"
        viewBox="0 0 30 20"
        width="21"
        height="14"
        aria-hidden="true"
      >
        ${flag}
      </svg>`
    : '';
}
