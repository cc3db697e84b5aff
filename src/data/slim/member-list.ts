import type { DatasetMeta } from '../types.js';
import json from './member-list.json';
import { atHand, withRussian, type CitedSource, type ListedState } from './types.js';

/** What `<cst-member-list>` shows: the states and the sources they mention (scripts/slim-data.js). */
export interface MemberListData {
  meta: DatasetMeta;
  states: ListedState[];
  sources: CitedSource[];
}

export const memberListData = withRussian(
  atHand(json as MemberListData),
  () => import('./member-list.ru.json'),
);
