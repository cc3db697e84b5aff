// Written by scripts/slim-data.js from data/ and the element folders.
import type { TimelineData } from '../../elements/timeline/timeline.data.js';
import json from './timeline.json';
import { atHand, withTexts } from './types.js';

/** What <cst-timeline> shows, from the bundled data (its folder's `project`). */
export const timelineData = withTexts(
  // The file is what `project` returned, in English.
  atHand(json as unknown as TimelineData),
  { ru: () => import('./timeline.ru.json') },
);
