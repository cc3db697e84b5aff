import type { Example } from '../../internal/examples.js';

export const examples: Example[] = [
  { title: 'Full card', attributes: { summit: 'csc-2022-05-16' } },
  { title: 'Compact, latest', attributes: { summit: 'latest', variant: 'compact' } },
  { title: 'Planned', attributes: { summit: 'csc-2026-11-11' } },
];
