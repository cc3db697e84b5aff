import { clampToDataDate } from '../../data/dates.js';
import { byId, localize } from '../../data/queries/records.js';
import {
  capitalOn,
  formerOn,
  leftBefore,
  memberSince,
  membersOn,
  standingOn,
  treatyPartySince,
  type Standing,
} from '../../data/queries/states.js';
import type { CitedSource } from '../../data/project.js';
import type { MemberListData } from './member-list.data.js';
import type { IsoDate, Lang, Localized } from '../../data/types.js';
import type { ViewInput, ViewResult } from '../../internal/base.js';
import { Notes } from '../../internal/citations.js';
import { webUrl } from '../../internal/markup.js';
import { isProblem } from '../../internal/problems.js';
import { read, type Values } from '../../internal/spec.js';
import { attributes } from './member-list.spec.js';
import { strings } from './member-list.strings.js';

type Chosen = Values<typeof attributes>;
type ListedState = MemberListData['states'][number];

export type MemberListStatus = Chosen['status'];
export type MemberListLayout = Chosen['layout'];
export type MemberListField = Chosen['fields'] extends ReadonlySet<infer F> ? F : never;

/** A state's status as the list labels it. */
export type RowStatus = Exclude<Standing, 'none'> | 'restored';

/** A dated step that changed no status, under its short title (Armenia's budget stop, 2024). */
export interface Step {
  date: IsoDate;
  title: Localized;
}

/** One state as the list shows it on the date. */
export interface Row {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2 code, for the flag. */
  iso2: string;
  /** The capital on the list's date, where the data holds one for that day; else empty. */
  capital: string;
  /** The day it signed the Treaty or acceded to it. */
  joined?: IsoDate;
  /** Whether it signed the Treaty (1992) or acceded to it later. */
  joinedBy?: 'signed' | 'acceded';
  /** The day it ceased to be a party, when it has come back since (Uzbekistan, 1999–2006). */
  left?: IsoDate;
  status: RowStatus;
  /** The date of the event the status follows from, when the label says it. */
  since?: IsoDate;
  /** What the reader should know about this state's dates or status. */
  caveats: Localized[];
  /** Titled steps since the state last joined, up to the list's date, oldest first. */
  steps: Step[];
  /** The notes that source a dated status (a freeze, a suspension, a departure). */
  refs: number[];
}

export interface MemberListView {
  lang: Lang;
  status: MemberListStatus;
  /** Before the Organization existed, the list is of the Treaty's parties. */
  parties: boolean;
  /**
   * Before the Treaty took effect (1994-04-20), the list is of the states that had signed it or
   * acceded: the day it took effect.
   */
  signatories?: IsoDate;
  /** The date the list holds for. */
  date: IsoDate;
  /** The date asked for was later than the data's: the list holds for the data's own date. */
  latest: boolean;
  /** When every state listed is a founding member: the day the Organization was founded. */
  founded?: IsoDate;
  layout: MemberListLayout;
  fields: ReadonlySet<MemberListField>;
  rows: Row[];
  /** Every source of what the list shows, each once: the statuses' first, as their markers count. */
  sources: CitedSource[];
}

/** Attributes and data to the states on the date. */
export function memberListView({
  attrs,
  data,
  lang,
  asOf,
}: ViewInput<MemberListData>): ViewResult<MemberListView> {
  const values = read(attributes, attrs);
  if (isProblem(values)) return { problem: values };
  const { status, layout, sort, fields } = values;
  const { asOf: date, clamped: latest } = clampToDataDate(values.asOf ?? asOf, data.meta.asOf);

  const all = data.states;
  const chosen =
    status === 'current'
      ? membersOn(all, date)
      : status === 'former'
        ? formerOn(all, date)
        : all.filter((s) => standingOn(s, date).standing !== 'none');
  const rows = chosen.map((s) => toRow(s, date, data.meta.asOf, lang));
  const collator = new Intl.Collator(lang);
  const byName = (a: Row, b: Row) => collator.compare(a.name, b.name);
  rows.sort(
    sort === 'joined' ? (a, b) => compareDates(a.joined, b.joined) || byName(a, b) : byName,
  );
  const founding = chosen.map((s) => memberSince(s));
  // Only once the Organization exists: a list of 1999 names no founders of it.
  const founded =
    status === 'current' &&
    founding.length &&
    founding.every((e) => e?.type === 'founding-member' && e.date <= date)
      ? founding[0]!.date
      : undefined;
  const pending = chosen.map((s) => treatyPartySince(s)?.inForce);
  const signatories =
    status === 'current' && rows.length > 0 && rows.every((r) => r.status === 'signatory')
      ? pending.find((d) => d !== undefined)
      : undefined;
  // Numbered in reading order: the markers of the rows as listed, then the rest of the sources.
  const notes = new Notes();
  for (const row of rows) {
    const state = chosen.find((s) => s.id === row.id)!;
    const event = row.since ? standingOn(state, date).event : undefined;
    row.refs = notes.cite((event?.sources ?? []).map((id) => byId(data.sources, id)));
  }
  notes.cite(citedSources(chosen, date, data.meta.asOf, data.sources));
  return {
    view: {
      lang,
      status,
      parties: status === 'current' && rows.length > 0 && rows.every((r) => r.status === 'party'),
      ...(signatories && { signatories }),
      date,
      latest,
      ...(founded && founding.every((e) => e!.date === founded) && { founded }),
      layout,
      fields,
      rows,
      sources: notes.sources,
    },
  };
}

/** Which of the list's titles and counts it takes. */
export function listKind(view: MemberListView): MemberListStatus | 'parties' | 'signatories' {
  return view.signatories ? 'signatories' : view.parties ? 'parties' : view.status;
}

/** "CSTO member states" (or former members, or all parties, or the Treaty's signatories). */
export function memberListTitle(view: MemberListView): string {
  return strings[view.lang].title[listKind(view)];
}

/** The row a state shows on `date`, its notes not numbered yet; `present` is the data's own date. */
function toRow(state: ListedState, date: IsoDate, present: IsoDate, lang: Lang): Row {
  const { standing, event } = standingOn(state, date);
  const joined = treatyPartySince(state);
  const status: RowStatus =
    standing === 'member' && event?.type === 'restored'
      ? 'restored'
      : standing === 'none'
        ? 'party'
        : standing;
  const dated = status !== 'member' && status !== 'party' && status !== 'signatory';
  const caveats = [...new Set([event, joined])].flatMap((e) => (e?.caveat ? [e.caveat] : []));
  const left = leftBefore(state, date);
  const capital = capitalOn(state, date, present);
  return {
    id: state.id,
    name: localize(state.name, lang),
    iso2: state.iso2,
    capital: capital ? localize(capital.name, lang) : '',
    ...(joined && {
      joined: joined.date,
      joinedBy: joined.type === 'acceded' ? ('acceded' as const) : ('signed' as const),
    }),
    ...(left && { left: left.date }),
    status,
    ...(dated && event && { since: event.date }),
    caveats,
    steps: stepsOf(state, date).map((e) => ({ date: e.date, title: e.title! })),
    refs: [],
  };
}

/**
 * A state's titled `note` events since it last became a party or a member (for Armenia, its
 * steps of 2024 and 2025; for Uzbekistan, its note of June 2012), up to `date`.
 */
function stepsOf(state: ListedState, date: IsoDate): ListedState['membership'] {
  const events = state.membership.filter((e) => e.verified !== false && e.date <= date);
  const start = events
    .filter((e) => ['signed', 'acceded', 'founding-member', 'restored'].includes(e.type))
    .at(-1)?.date;
  return events.filter((e) => e.type === 'note' && e.title && (!start || e.date >= start));
}

/** Orders ISO dates (which compare as strings), unknown ones last. */
function compareDates(a: IsoDate | undefined, b: IsoDate | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

/**
 * The sources of what the list shows (each state's joining, its status on `date`, the steps under
 * it and a capital dated by a source), web addresses before print and most cited first, without
 * repeats.
 */
function citedSources(
  shown: readonly ListedState[],
  date: IsoDate,
  present: IsoDate,
  all: readonly CitedSource[],
): CitedSource[] {
  const counts = new Map<string, number>();
  for (const state of shown) {
    const events = new Set([
      treatyPartySince(state),
      standingOn(state, date).event,
      leftBefore(state, date),
      ...stepsOf(state, date),
    ]);
    const ids = new Set([
      ...[...events].flatMap((e) => e?.sources ?? []),
      ...(capitalOn(state, date, present)?.sources ?? []),
    ]);
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts]
    .map(([id, count]) => ({ source: byId(all, id), count }))
    .filter((c): c is { source: CitedSource; count: number } => c.source !== undefined)
    .sort(
      (a, b) =>
        Number(Boolean(webUrl(b.source.url))) - Number(Boolean(webUrl(a.source.url))) ||
        b.count - a.count,
    )
    .map((c) => c.source);
}
