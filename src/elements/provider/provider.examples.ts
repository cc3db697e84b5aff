import type { Example } from '../../internal/examples.js';

export const examples: Example[] = [
  { title: 'Russian for the elements inside', attributes: { lang: 'ru' } },
  { title: 'A past date for the elements inside', attributes: { 'as-of': '2012-01-01' } },
];
