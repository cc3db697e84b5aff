import type { Pickers } from '../../embed/pickers.js';
import type { Example } from '../../internal/examples.js';
import type { attributes } from './treaty-article.spec.js';

export const examples: Example[] = [
  { title: 'Treaty, Article 4', attributes: { article: '4' } },
  { title: 'Charter, Article 3', attributes: { document: 'charter', article: '3' } },
  { title: 'An article the Treaty does not have', attributes: { article: '12' }, notice: true },
];

/** The data each attribute is chosen from, in the builder and the WordPress block. */
export const pickers: Pickers<typeof attributes> = { document: 'document', article: 'article' };
