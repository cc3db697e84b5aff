import type { Example } from '../../internal/examples.js';

export const examples: Example[] = [
  { title: 'List', attributes: {} },
  { title: 'Grid', attributes: { layout: 'grid' } },
  { title: 'Table of every state', attributes: { layout: 'table', status: 'all' } },
  { title: 'Former members', attributes: { status: 'former' } },
  { title: 'On a past date', attributes: { 'as-of': '2005-01-01', sort: 'joined' } },
  { title: 'List, open frame', attributes: { frame: 'open', fields: 'flag joined' } },
];
