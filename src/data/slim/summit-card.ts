import type { DatasetMeta, DocumentRecord, SessionRecord } from '../types.js';
import json from './summit-card.json';
import { atHand, withRussian, type CitedSource, type Named } from './types.js';

/** A document a session adopted, as the card sums it up: its themes in the project's words. */
export type SummedDocument = Pick<DocumentRecord, 'id' | 'summary'>;

/**
 * What `<cst-summit-card>` shows: the sessions, the names of the people and states they name, the
 * summaries of the documents they adopted, and the sources they mention (scripts/slim-data.js).
 */
export interface SummitCardData {
  meta: DatasetMeta;
  sessions: SessionRecord[];
  people: Named[];
  states: Named[];
  /** Absent from publisher data that brings no documents. */
  documents?: SummedDocument[];
  sources: CitedSource[];
}

export const summitCardData = withRussian(
  atHand(json as unknown as SummitCardData),
  () => import('./summit-card.ru.json'),
);
