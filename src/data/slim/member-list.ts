import type { DatasetMeta } from '../types.js';
import json from './member-list.json';
import type { CitedSource, ListedState } from './types.js';

/** What `<cst-member-list>` shows: the states and the sources they mention (scripts/slim-data.js). */
export const memberListData = json as {
  meta: DatasetMeta;
  states: ListedState[];
  sources: CitedSource[];
};
