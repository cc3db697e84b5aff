import type { Example } from '../../internal/examples.js';

export const examples: Example[] = [
  { title: 'Armenia since 2022', attributes: { state: 'am', from: '2022' } },
  {
    title: 'Treaty and membership, compact',
    attributes: { from: '1999', to: '2003', kinds: 'treaty membership', layout: 'compact' },
  },
  { title: 'The whole history, collapsed', attributes: {} },
];
