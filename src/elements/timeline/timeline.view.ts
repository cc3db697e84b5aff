import { clampToDataDate } from '../../data/dates.js';
import { resolveState } from '../../data/aliases.js';
import { byId, localize } from '../../data/queries/records.js';
import { timelineEvents, type TimelineData as EventsData } from '../../data/queries/timeline.js';
import type { Named } from '../../data/slim/types.js';
import type {
  Amendment,
  EventKind,
  IsoDate,
  Lang,
  Localized,
  MembershipEvent,
} from '../../data/types.js';
import type { ViewInput, ViewResult } from '../../internal/base.js';
import { clip } from '../../internal/format.js';
import { Notes } from '../../internal/citations.js';
import { isProblem } from '../../internal/problems.js';
import { unknownState } from '../../internal/unknown-state.js';
import { read, type Values } from '../../internal/spec.js';
import { attributes } from './timeline.spec.js';
import type { TimelineData } from './timeline.data.js';
import { strings } from './timeline.strings.js';

type TimelineSession = TimelineData['sessions'][number];
type TimelineDocument = TimelineData['documents'][number];
type CitedSource = TimelineData['sources'][number];

export type TimelineLayout = Values<typeof attributes>['layout'];

/** A timeline longer than this starts collapsed … */
const COLLAPSE_OVER = 12;
/** … to a handful of events: its latest few and as many of its key events as fit. */
const LATEST = 3;
const HANDFUL = 10;

/** What an item says, from the record it comes from; the template words it. */
export type ItemSubject =
  | {
      what: 'membership';
      type: MembershipEvent['type'];
      /** A dated step (`note`): its own title and summary. */
      title?: Localized;
      summary?: Localized;
    }
  | { what: 'session'; session: TimelineSession }
  | {
      what: 'document';
      fact: 'signed' | 'in-force';
      document: TimelineDocument;
      amendment?: Pick<Amendment, 'id' | 'title' | 'place'>;
    }
  | { what: 'event'; title: Localized; summary: Localized };

/** One event as the timeline shows it. */
export interface TimelineItem {
  id: string;
  date: IsoDate;
  kind: EventKind;
  subject: ItemSubject;
  /** The states involved, by name. */
  states: Named[];
  /** The state that chaired it, when the source names only the chair. */
  chair?: Named;
  /** The numbers of its sources in the timeline's notes. */
  refs: number[];
  /**
   * A turning point: the Treaty's and the Charter's signing, the Organization's founding, a
   * state's accession, departure, suspension, return or freeze, the start of an operation.
   */
  key: boolean;
  /** A collapsed timeline leaves it out. */
  lesser?: true;
  /** Announced, not known to have been held: with the date the announcement holds for. */
  planned?: { asOf: IsoDate; passed: boolean };
  /** The record is not established. */
  unverified?: true;
  caveat?: Localized;
}

export interface TimelineView {
  lang: Lang;
  layout: TimelineLayout;
  /** The state whose history this is, when one was asked for. */
  state?: Named;
  items: TimelineItem[];
  /** How many items a collapsed timeline leaves out (0: it shows all, and does not collapse). */
  hidden: number;
  /** The date the timeline holds for. */
  asOf: IsoDate;
  /** The date asked for was later than the data's: the timeline holds for the data's own date. */
  latestData: boolean;
  /** Every source the items cite, each once, numbered in order of first citation. */
  sources: CitedSource[];
}

/** Membership steps a timeline emphasises (the protocol extending the Treaty is not one). */
const KEY_STEPS: ReadonlySet<string> = new Set([
  'signed',
  'acceded',
  'left',
  'founding-member',
  'restored',
  'suspended',
  'frozen',
]);

/** Attributes and data to the events in the period, for the state and kinds asked for. */
export function timelineView({
  tag,
  attrs,
  data,
  lang,
  asOf: fallbackAsOf,
  today,
}: ViewInput<TimelineData>): ViewResult<TimelineView> {
  const values = read(attributes, attrs);
  if (isProblem(values)) return { problem: values };
  const { layout, kinds, from, to } = values;
  if (from && to && from > to) {
    return {
      problem: {
        code: 'invalid-value',
        message: `<${tag}> from="${clip(String(attrs.from).trim())}" is later than to="${clip(String(attrs.to).trim())}"; swap them. Until it is fixed nothing is shown.`,
      },
    };
  }
  const { asOf, clamped: latestData } = clampToDataDate(
    values.asOf ?? fallbackAsOf,
    data.meta.asOf,
  );

  const states = data.states;
  const wanted = values.state;
  let state: (typeof states)[number] | undefined;
  if (attrs.state !== null && attrs.state !== undefined) {
    state = wanted === null ? undefined : resolveState(states, wanted);
    if (!state) return { problem: unknownState(attrs.state, states) };
  }

  const sessions = data.sessions ?? [];
  const documents = data.documents ?? [];
  const events = timelineEvents({
    states,
    // The states a session involves are its host, its chair and those absent, not every guest.
    sessions: sessions.map((s) => ({ ...s, attendees: [] })),
    documents,
    events: data.events ?? [],
  } as unknown as EventsData);

  const known = events.filter(
    (e) =>
      // A dated step is shown when it has a reader title.
      !(e.ref.collection === 'states' && e.ref.type === 'note' && !e.note) &&
      kinds.has(e.kind) &&
      (!from || e.date >= from) &&
      (!to || e.date <= to) &&
      // Nothing after the as-of date, but what was announced by then.
      (e.date <= asOf || (e.status === 'planned' && (e.statusAsOf ?? data.meta.asOf) <= asOf)),
  );
  // A state's signing of a document the timeline shows is part of that document's item.
  const signings = known.filter(
    (e) => e.ref.collection === 'documents' && e.ref.fact.endsWith('signed'),
  );
  const shown = known.filter(
    (e) =>
      !(
        e.ref.collection === 'states' &&
        signings.some((s) => s.date === e.date && s.states.includes(e.states[0]!))
      ) &&
      (!state || e.states.includes(state.id)),
  );

  const items: TimelineItem[] = [];
  /** Each item's source ids, numbered once every item is in. */
  const sourcesOf = new Map<TimelineItem, string[]>();
  for (const event of shown) {
    const ref = event.ref;
    let subject: ItemSubject | undefined;
    if (ref.collection === 'states') {
      // States that took the same step on the same day share one item (not dated remarks).
      const previous = items.find(
        (i) =>
          i.subject.what === 'membership' &&
          i.subject.type === ref.type &&
          ref.type !== 'note' &&
          i.date === event.date,
      );
      if (previous) {
        previous.states.push(...named(states, event.states));
        for (const id of event.sources) {
          if (!sourcesOf.get(previous)!.includes(id)) sourcesOf.get(previous)!.push(id);
        }
        continue;
      }
      subject = { what: 'membership', type: ref.type, ...event.note };
    } else if (ref.collection === 'sessions') {
      const session = byId(sessions, ref.id);
      if (session) subject = { what: 'session', session };
    } else if (ref.collection === 'documents') {
      const document = byId(documents, ref.id);
      if (document) {
        const amendment =
          'amendment' in ref ? document.amendments?.find((a) => a.id === ref.amendment) : undefined;
        subject = {
          what: 'document',
          fact: ref.fact.endsWith('signed') ? 'signed' : 'in-force',
          document,
          ...(amendment && { amendment }),
        };
      }
    } else if (event.title && event.summary) {
      subject = { what: 'event', title: event.title, summary: event.summary };
    }
    if (!subject) continue;
    const shownStates =
      subject.what === 'session'
        ? (subject.session.absent ?? [])
        : event.states.filter((id) => id !== event.chair);
    const item: TimelineItem = {
      id: event.id,
      date: event.date,
      kind: event.kind,
      subject,
      states: named(states, shownStates),
      ...(event.chair && { chair: named(states, [event.chair])[0]! }),
      refs: [],
      key:
        isKey(subject) ||
        (ref.collection === 'events' && byId(data.events ?? [], ref.id)?.key === true),
      ...(event.status === 'planned' && {
        planned: { asOf: event.statusAsOf ?? data.meta.asOf, passed: today > event.date },
      }),
      ...(event.verified === false && { unverified: true as const }),
      ...(event.caveat && { caveat: event.caveat }),
    };
    items.push(item);
    sourcesOf.set(item, [...new Set(event.sources)]);
  }

  const notes = new Notes();
  for (const item of items) {
    item.refs = notes.cite(sourcesOf.get(item)!.map((id) => byId(data.sources, id)));
  }
  const hidden = collapse(items);
  return {
    view: {
      lang,
      layout,
      ...(state && { state: { id: state.id, name: state.name } }),
      items,
      hidden,
      asOf,
      latestData,
      sources: notes.sources,
    },
  };
}

/** "CSTO timeline", or "Armenia and the CSTO: timeline". */
export function timelineTitle(view: TimelineView): string {
  const t = strings[view.lang];
  const state = localize(view.state?.name, view.lang);
  return state ? t.titleState.replace('{state}', state) : t.title;
}

/** The states of `ids`, by name; one the data lacks is named by its id. */
function named(states: readonly Named[], ids: readonly string[]): Named[] {
  return ids.map((id) => byId(states, id) ?? { id, name: { en: id } });
}

/**
 * True for the steps and documents a timeline emphasises (see `TimelineItem.key`); an entry of
 * `events` says so itself.
 */
function isKey(subject: ItemSubject): boolean {
  switch (subject.what) {
    case 'membership':
      return KEY_STEPS.has(subject.type);
    case 'document':
      return (
        !subject.amendment &&
        subject.fact === 'signed' &&
        (subject.document.kind === 'treaty' || subject.document.kind === 'charter')
      );
    default:
      return false;
  }
}

/**
 * Marks what a collapsed timeline leaves out, when it is long: all but a handful, its latest few
 * and key events. Of those, the Treaty's and the Organization's own come first (the signings,
 * the founding, an operation), then the steps that involve the most states, then the latest.
 * Returns how many it leaves out.
 */
function collapse(items: TimelineItem[]): number {
  if (items.length <= COLLAPSE_OVER) return 0;
  const kept = new Set(items.slice(-LATEST));
  const rank = (item: TimelineItem) => (item.subject.what === 'membership' ? 1 : 0);
  const keys = items
    .filter((item) => item.key && !kept.has(item))
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        b.states.length - a.states.length ||
        (a.date < b.date ? 1 : a.date > b.date ? -1 : 0),
    );
  for (const item of keys.slice(0, HANDFUL - kept.size)) kept.add(item);
  for (const item of items) if (!kept.has(item)) item.lesser = true;
  return items.length - kept.size;
}
