// Written by scripts/slim-data.js from data/ and the element folders.
import type { MemberListData } from '../../elements/member-list/member-list.data.js';
import json from './member-list.json';
import { atHand, withTexts } from './types.js';

/** What <cst-member-list> shows, from the bundled data (its folder's `project`). */
export const memberListData = withTexts(
  // The file is what `project` returned, in English.
  atHand(json as unknown as MemberListData),
  { ru: () => import('./member-list.ru.json') },
);
