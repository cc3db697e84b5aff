import type {
  DatasetMeta,
  PersonRecord,
  SessionRecord,
  SourceRecord,
  StateRecord,
} from '../types.js';
import json from './summit-card.json';

/**
 * What `<cst-summit-card>` shows: the sessions with the people, states and sources they name
 * (scripts/slim-data.js). Fields no element shows are left out, so the records are narrower than
 * their types.
 */
export const summitCardData = json as unknown as {
  meta: DatasetMeta;
  sessions: SessionRecord[];
  people: PersonRecord[];
  states: StateRecord[];
  sources: SourceRecord[];
};
