import type { Dataset } from '../types.js';
import { documents } from './documents.js';
import { events } from './events.js';
import { meta } from './meta.js';
import { people } from './people.js';
import { quotes } from './quotes.js';
import { sessions } from './sessions.js';
import { sources } from './sources.js';
import { states } from './states.js';

/**
 * The whole bundled dataset. Elements import only the collections they show (from the sibling
 * modules) so that a page loads no data it does not display.
 */
export const bundledDataset: Dataset = {
  meta,
  sources,
  states,
  people,
  sessions,
  documents,
  quotes,
  events,
};
