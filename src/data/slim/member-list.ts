import type { DatasetMeta, SourceRecord, StateRecord } from '../types.js';
import json from './member-list.json';

/**
 * What `<cst-member-list>` shows: the states and their sources (scripts/slim-data.js). Fields no
 * element shows are left out, so the records are narrower than their types.
 */
export const memberListData = json as unknown as {
  meta: DatasetMeta;
  states: StateRecord[];
  sources: SourceRecord[];
};
