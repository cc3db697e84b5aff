// Written by scripts/slim-data.js from data/ and the element folders.
import type { SummitCardData } from '../../elements/summit-card/summit-card.data.js';
import json from './summit-card.json';
import { atHand, withTexts } from './types.js';

/** What <cst-summit-card> shows, from the bundled data (its folder's `project`). */
export const summitCardData = withTexts(
  // The file is what `project` returned, in English.
  atHand(json as unknown as SummitCardData),
  { ru: () => import('./summit-card.ru.json') },
);
