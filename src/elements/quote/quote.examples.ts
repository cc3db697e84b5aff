import type { Pickers } from '../../embed/pickers.js';
import type { Example } from '../../internal/examples.js';
import type { attributes } from './quote.spec.js';

export const examples: Example[] = [
  { title: 'Card: a short quote', attributes: { quote: 'tokayev-2022-first-use' } },
  {
    title: 'Pull quote',
    attributes: { quote: 'putin-2020-historical-truth', variant: 'pull' },
  },
  {
    title: 'Pull quote that begins mid-sentence',
    attributes: { quote: 'lukashenko-2022-hybrid-war', variant: 'pull' },
  },
  {
    title: 'Inline: a Council statement',
    attributes: { quote: 'statement-2022-test-of-time', variant: 'inline' },
  },
  { title: 'A speaker’s latest quote', attributes: { speaker: 'Tokayev' } },
  {
    title: 'Pull quote, open frame',
    attributes: { quote: 'tokayev-2022-main-task', variant: 'pull', frame: 'open' },
  },
];

/** The data each attribute is chosen from, in the builder and the WordPress block. */
export const pickers: Pickers<typeof attributes> = {
  quote: 'quote',
  speaker: 'speaker',
  topic: 'topic',
};
