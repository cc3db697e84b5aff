// Every dated event the data knows, in date order, for a timeline.
import { scopeOf } from './scope.js';
import type {
  Amendment,
  DocumentRecord,
  EventKind,
  EventRecord,
  IsoDate,
  Localized,
  MembershipEvent,
  MembershipScope,
  SessionRecord,
  SourceId,
  StateRecord,
} from '../types.js';

/** Which record an event comes from, and which of its facts: what an element words it from. */
export type TimelineRef =
  | {
      collection: 'states';
      /** State id. */
      id: string;
      fact: 'membership';
      /** Position of the event in the state's `membership`. */
      index: number;
      type: MembershipEvent['type'];
      scope: MembershipScope;
    }
  | { collection: 'sessions'; id: string; fact: 'session' }
  | { collection: 'documents'; id: string; fact: 'signed' | 'in-force' }
  | {
      collection: 'documents';
      /** Id of the document the amendment belongs to. */
      id: string;
      fact: 'amendment-signed' | 'amendment-in-force';
      amendment: string;
    }
  | { collection: 'events'; id: string; fact: 'event' };

export interface TimelineEvent {
  /** Stable id, unique in the timeline: `session:csc-2020-12-02`, `state:am:frozen:2024-02-22`. */
  id: string;
  date: IsoDate;
  kind: EventKind;
  /** Ids of the states involved. */
  states: string[];
  /** Sources that hold the event and its date. */
  sources: SourceId[];
  /** A session announced but not known to have been held. */
  status?: 'planned';
  /** With `status: 'planned'`: the latest date the data knows it to be planned. */
  statusAsOf?: IsoDate;
  /** The record is not established: never present it as fact. */
  verified?: false;
  /** A reader-facing caveat the record carries (membership events). */
  caveat?: Localized;
  /** A dated step's short title and summary (membership `note` events that have a title). */
  note?: { title: Localized; summary?: Localized };
  /** The state that chaired it, when that is all the source says of who took part. */
  chair?: string;
  ref: TimelineRef;
  /** Only for entries of `events`: their title and summary, in the project's words. */
  title?: Localized;
  summary?: Localized;
}

/** What the timeline reads of each collection; any collection may be missing. */
export interface TimelineData {
  states?: readonly (Pick<StateRecord, 'id'> & {
    membership: readonly Pick<
      MembershipEvent,
      'date' | 'type' | 'scope' | 'sources' | 'verified' | 'caveat' | 'title' | 'summary'
    >[];
  })[];
  sessions?: readonly Pick<
    SessionRecord,
    | 'id'
    | 'date'
    | 'status'
    | 'statusAsOf'
    | 'place'
    | 'chair'
    | 'attendees'
    | 'absent'
    | 'handover'
    | 'sources'
  >[];
  documents?: readonly (Pick<
    DocumentRecord,
    | 'id'
    | 'kind'
    | 'date'
    | 'dateSources'
    | 'inForce'
    | 'inForceSources'
    | 'signatories'
    | 'sources'
  > & {
    amendments?: readonly Pick<Amendment, 'id' | 'signed' | 'inForce' | 'sources' | 'verified'>[];
  })[];
  events?: readonly EventRecord[];
}

/** Events on one day are listed in this order of kind, then by id. */
const KIND_ORDER: readonly EventKind[] = [
  'treaty',
  'sessions',
  'documents',
  'operations',
  'membership',
];

/**
 * Which membership event stands for a state's part in signing a document: the Treaty's parties
 * signed it, the Charter's signatories founded the Organization, and the parties that signed the
 * 1999 protocol extended the Treaty.
 */
const SIGNING_EVENT: Partial<Record<DocumentRecord['kind'], MembershipEvent['type']>> = {
  treaty: 'signed',
  charter: 'founding-member',
};

const unique = (ids: readonly (string | undefined)[]): string[] => [
  ...new Set(ids.filter((id): id is string => Boolean(id))),
];

/**
 * Every dated event the data holds, oldest first: each state's membership events, each Council
 * session (held, or `status: 'planned'`), each document's signature and entry into force, each
 * amendment's signature and entry into force, and the entries of `events`. Derived events carry
 * structure only (`ref` says which record and which fact); `title` and `summary` come only with
 * entries of `events`. Records the sources do not confirm come with `verified: false`.
 *
 * Chairmanships and the Secretaries-General's terms are left out: their changes happen at the
 * sessions that decide them (which the timeline lists), and the kinds a timeline filters on have
 * no place for them.
 */
export function timelineEvents(data: TimelineData): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  const states = data.states ?? [];
  /** States whose membership event of `type` falls on `date`. */
  const statesWith = (type: MembershipEvent['type'] | undefined, date: IsoDate): string[] =>
    type
      ? states
          .filter((s) => s.membership.some((e) => e.type === type && e.date === date))
          .map((s) => s.id)
      : [];

  for (const state of states) {
    state.membership.forEach((event, index) => {
      const scope = scopeOf(event);
      out.push({
        id: `state:${state.id}:${event.type}:${event.date}`,
        date: event.date,
        kind: 'membership',
        states: [state.id],
        sources: [...event.sources],
        ...(event.verified === false && { verified: false as const }),
        ...(event.caveat && { caveat: event.caveat }),
        ...(event.type === 'note' &&
          event.title && {
            note: { title: event.title, ...(event.summary && { summary: event.summary }) },
          }),
        ref: {
          collection: 'states',
          id: state.id,
          fact: 'membership',
          index,
          type: event.type,
          scope,
        },
      });
    });
  }

  for (const session of data.sessions ?? []) {
    out.push({
      id: `session:${session.id}`,
      date: session.date,
      kind: 'sessions',
      states: unique([
        session.place?.state,
        session.chair?.verified === false ? undefined : session.chair?.state,
        ...session.attendees.map((a) => a.state),
        ...session.absent,
        session.handover?.from,
        session.handover?.to,
      ]),
      sources: [...session.sources],
      ...(session.status === 'planned' && {
        status: 'planned' as const,
        ...(session.statusAsOf && { statusAsOf: session.statusAsOf }),
      }),
      ref: { collection: 'sessions', id: session.id, fact: 'session' },
    });
  }

  for (const document of data.documents ?? []) {
    const kind: EventKind =
      document.kind === 'treaty' || document.kind === 'charter' ? 'treaty' : 'documents';
    const signers = document.signatories?.length
      ? unique(document.signatories.map((s) => s.state))
      : statesWith(SIGNING_EVENT[document.kind], document.date);
    out.push({
      id: `document:${document.id}:signed`,
      date: document.date,
      kind,
      states: signers,
      sources: [...(document.dateSources ?? document.sources)],
      ref: { collection: 'documents', id: document.id, fact: 'signed' },
    });
    if (document.inForce) {
      out.push({
        id: `document:${document.id}:in-force`,
        date: document.inForce,
        kind,
        states: [],
        sources: [...(document.inForceSources ?? document.sources)],
        ref: { collection: 'documents', id: document.id, fact: 'in-force' },
      });
    }
    for (const amendment of document.amendments ?? []) {
      const flag = amendment.verified === false ? { verified: false as const } : {};
      // The parties that signed a protocol extending the Treaty have an event of their own.
      const extenders =
        document.kind === 'treaty' ? statesWith('extension-signed', amendment.signed) : [];
      out.push({
        id: `amendment:${document.id}:${amendment.id}:signed`,
        date: amendment.signed,
        kind,
        states: extenders,
        sources: [...amendment.sources],
        ...flag,
        ref: {
          collection: 'documents',
          id: document.id,
          fact: 'amendment-signed',
          amendment: amendment.id,
        },
      });
      if (amendment.inForce) {
        out.push({
          id: `amendment:${document.id}:${amendment.id}:in-force`,
          date: amendment.inForce,
          kind,
          states: [],
          sources: [...amendment.sources],
          ...flag,
          ref: {
            collection: 'documents',
            id: document.id,
            fact: 'amendment-in-force',
            amendment: amendment.id,
          },
        });
      }
    }
  }

  for (const event of data.events ?? []) {
    out.push({
      id: `event:${event.id}`,
      date: event.date,
      kind: event.kind,
      states: unique([...event.states, event.chair]),
      sources: [...event.sources],
      ...(event.verified === false && { verified: false as const }),
      ...(event.chair && { chair: event.chair }),
      ref: { collection: 'events', id: event.id, fact: 'event' },
      title: event.title,
      summary: event.summary,
    });
  }

  return out.sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
