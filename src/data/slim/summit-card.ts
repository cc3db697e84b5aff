import type { DatasetMeta, SessionRecord } from '../types.js';
import json from './summit-card.json';
import { atHand, withRussian, type CitedSource, type Named } from './types.js';

/**
 * What `<cst-summit-card>` shows: the sessions, the names of the people and states they name, and
 * the sources they mention (scripts/slim-data.js).
 */
export interface SummitCardData {
  meta: DatasetMeta;
  sessions: SessionRecord[];
  people: Named[];
  states: Named[];
  sources: CitedSource[];
}

export const summitCardData = withRussian(
  atHand(json as unknown as SummitCardData),
  () => import('./summit-card.ru.json'),
);
