import type { Pickers } from '../../embed/pickers.js';
import type { Example } from '../../internal/examples.js';
import type { attributes } from './summit-card.spec.js';

export const examples: Example[] = [
  { title: 'Full card', attributes: { summit: 'csc-2022-05-16' } },
  { title: 'Compact, latest', attributes: { summit: 'latest', variant: 'compact' } },
  { title: 'Planned', attributes: { summit: 'csc-2026-11-11' } },
];

/** The data each attribute is chosen from, in the builder and the WordPress block. */
export const pickers: Pickers<typeof attributes> = { summit: 'session' };
