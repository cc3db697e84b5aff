import type { Pickers } from '../../embed/pickers.js';
import type { Example } from '../../internal/examples.js';
import type { attributes } from './fact.spec.js';

export const examples: Example[] = [
  {
    title: 'How many members',
    attributes: { fact: 'member-count' },
    fallback: 'six',
    sentence: 'The CSTO has {} member states.',
  },
  {
    title: 'Which states',
    attributes: { fact: 'members' },
    fallback: 'Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan',
    sentence: 'Its members are {}.',
  },
  {
    title: 'A state’s standing',
    attributes: { fact: 'status', state: 'Armenia' },
    fallback: 'a member',
    sentence: 'Armenia is {}.',
  },
  {
    title: 'Secretary General',
    attributes: { fact: 'secretary-general' },
    fallback: 'its Secretary General',
    sentence: 'The Secretariat is led by {}.',
  },
  {
    title: 'The next summit',
    attributes: { fact: 'next-session' },
    fallback: 'in November',
    sentence: 'The next Council session is planned for {}.',
  },
];

/** The data each attribute is chosen from, in the builder and the WordPress block. */
export const pickers: Pickers<typeof attributes> = { state: 'state' };
