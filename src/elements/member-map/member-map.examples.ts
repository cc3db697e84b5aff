import type { Example } from '../../internal/examples.js';

export const examples: Example[] = [
  { title: 'Members on the data’s date', attributes: {} },
  {
    title: 'Every party, Armenia emphasised',
    attributes: { status: 'all', highlight: 'Armenia', labels: 'all' },
  },
  { title: 'Through the years', attributes: { controls: 'years', 'as-of': '2012-12-31' } },
  { title: 'Before the Organization', attributes: { 'as-of': '1999-06-01', status: 'all' } },
];
