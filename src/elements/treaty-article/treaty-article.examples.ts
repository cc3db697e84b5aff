import type { Example } from '../../internal/examples.js';

export const examples: Example[] = [
  { title: 'Treaty, Article 4', attributes: { article: '4' } },
  { title: 'Charter, Article 3', attributes: { document: 'charter', article: '3' } },
  { title: 'An article the Treaty does not have', attributes: { article: '12' }, notice: true },
];
