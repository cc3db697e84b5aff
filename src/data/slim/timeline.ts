import type { DatasetMeta, DocumentRecord, EventRecord, SessionRecord } from '../types.js';
import type { TimelineData as EventsData } from '../queries/timeline.js';
import json from './timeline.json';
import { atHand, withRussian, type CitedSource } from './types.js';

/** A source as the timeline cites it. */
export type TimelineSource = CitedSource;

/** A state as the timeline names it and reads its history. */
export type TimelineState = NonNullable<EventsData['states']>[number] &
  Pick<import('../types.js').StateRecord, 'iso2' | 'iso3' | 'name' | 'aliases'>;

/** A session as the timeline words it: no attendees, occasion or documents. */
export type TimelineSession = Omit<
  SessionRecord,
  'attendees' | 'occasion' | 'documents' | 'chair' | 'place'
> & {
  attendees?: SessionRecord['attendees'];
  chair?: Pick<NonNullable<SessionRecord['chair']>, 'state' | 'verified'>;
  place?: Pick<NonNullable<SessionRecord['place']>, 'city' | 'state'>;
};

/** A document as the timeline words it: no articles or text. */
export type TimelineDocument = Omit<
  DocumentRecord,
  'articles' | 'body' | 'articleCount' | 'partial' | 'signatories'
> & { signatories?: { state?: string }[] };

/**
 * What `<cst-timeline>` shows: the states with their membership events, the sessions, the
 * documents, the events that have no other record, and the sources they cite
 * (scripts/slim-data.js).
 */
export interface TimelineData {
  meta: DatasetMeta;
  states: TimelineState[];
  sessions: TimelineSession[];
  documents: TimelineDocument[];
  events: EventRecord[];
  sources: TimelineSource[];
}

export const timelineData = withRussian(
  atHand(json as unknown as TimelineData),
  () => import('./timeline.ru.json'),
);
