// Written by scripts/slim-data.js from data/ and the element folders.
import type { FactData } from '../../elements/fact/fact.data.js';
import json from './fact.json';
import { atHand, withTexts } from './types.js';

/** What <cst-fact> shows, from the bundled data (its folder's `project`). */
export const factData = withTexts(
  // The file is what `project` returned, in English.
  atHand(json as unknown as FactData),
  { ru: () => import('./fact.ru.json') },
);
