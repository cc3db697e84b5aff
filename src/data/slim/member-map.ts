// Written by scripts/slim-data.js from data/ and the element folders.
import type { MemberMapData } from '../../elements/member-map/member-map.data.js';
import json from './member-map.json';
import { atHand, withTexts } from './types.js';

/** What <cst-member-map> shows, from the bundled data (its folder's `project`). */
export const memberMapData = withTexts(
  // The file is what `project` returned, in English.
  atHand(json as unknown as MemberMapData),
  { ru: () => import('./member-map.ru.json') },
);
