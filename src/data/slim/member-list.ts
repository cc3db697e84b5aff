import type { DatasetMeta, SourceRecord, StateRecord } from '../types.js';
import json from './member-list.json';

/** What `<cst-member-list>` shows: the states and their sources (scripts/slim-data.js). */
export const memberListData = json as {
  meta: DatasetMeta;
  states: StateRecord[];
  sources: SourceRecord[];
};
