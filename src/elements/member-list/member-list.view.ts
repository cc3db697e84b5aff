import { clampToDataDate } from '../../data/dates.js';
import { byId, localize } from '../../data/queries/records.js';
import {
  formerOn,
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
import { webUrl } from '../../internal/markup.js';
import { isProblem } from '../../internal/problems.js';
import { read, type Values } from '../../internal/spec.js';
import { attributes } from './member-list.spec.js';
import { strings } from './member-list.strings.js';

type Chosen = Values<typeof attributes>;
type ListedState = MemberListData['states'][number];
/** Sources listed at the bottom before the rest are counted. */
const SHOWN_SOURCES = 4;

export type MemberListStatus = Chosen['status'];
export type MemberListLayout = Chosen['layout'];
export type MemberListField = Chosen['fields'] extends ReadonlySet<infer F> ? F : never;

/** A state's status as the list labels it. */
export type RowStatus = Exclude<Standing, 'none'> | 'restored';

/** One state as the list shows it on the date. */
export interface Row {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2 code, for the flag. */
  iso2: string;
  capital: string;
  /** The day it became a party to the Treaty. */
  joined?: IsoDate;
  status: RowStatus;
  /** The date of the event the status follows from, when the label says it. */
  since?: IsoDate;
  /** What the reader should know about this state's dates or status. */
  caveat?: Localized;
}

export interface MemberListView {
  lang: Lang;
  status: MemberListStatus;
  /** Before the Organization existed, the list is of the Treaty's parties. */
  parties: boolean;
  /** The date the list holds for. */
  date: IsoDate;
  /** The date asked for was later than the data's: the list holds for the data's own date. */
  latest: boolean;
  /** When every state listed is a founding member: the day the Organization was founded. */
  founded?: IsoDate;
  layout: MemberListLayout;
  fields: ReadonlySet<MemberListField>;
  rows: Row[];
  sources: CitedSource[];
  moreSources: number;
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
  const rows = chosen.map((s) => toRow(s, date, lang));
  const collator = new Intl.Collator(lang);
  const byName = (a: Row, b: Row) => collator.compare(a.name, b.name);
  rows.sort(
    sort === 'joined' ? (a, b) => compareDates(a.joined, b.joined) || byName(a, b) : byName,
  );
  const founding = chosen.map((s) => memberSince(s));
  const founded =
    status === 'current' && founding.length && founding.every((e) => e?.type === 'founding-member')
      ? founding[0]!.date
      : undefined;
  const cited = citedSources(chosen, date, data.sources);
  return {
    view: {
      lang,
      status,
      parties: status === 'current' && rows.length > 0 && rows.every((r) => r.status === 'party'),
      date,
      latest,
      ...(founded && founding.every((e) => e!.date === founded) && { founded }),
      layout,
      fields,
      rows,
      sources: cited.slice(0, SHOWN_SOURCES),
      moreSources: Math.max(0, cited.length - SHOWN_SOURCES),
    },
  };
}

/** "CSTO member states" (or former members, or all parties). */
export function memberListTitle(view: MemberListView): string {
  return strings[view.lang].title[view.parties ? 'parties' : view.status];
}

/** The row a state shows on `date`. */
function toRow(state: ListedState, date: IsoDate, lang: Lang): Row {
  const { standing, event } = standingOn(state, date);
  const joined = treatyPartySince(state);
  const status: RowStatus =
    standing === 'member' && event?.type === 'restored'
      ? 'restored'
      : standing === 'none'
        ? 'party'
        : standing;
  const dated = status !== 'member' && status !== 'party';
  const caveat = [event, joined].find((e) => e?.caveat)?.caveat;
  return {
    id: state.id,
    name: localize(state.name, lang),
    iso2: state.iso2,
    capital: localize(state.capital, lang),
    ...(joined && { joined: joined.date }),
    status,
    ...(dated && event && { since: event.date }),
    ...(caveat && { caveat }),
  };
}

/** Orders ISO dates (which compare as strings), unknown ones last. */
function compareDates(a: IsoDate | undefined, b: IsoDate | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

/**
 * The sources of the events the list shows (each state's joining and its status on `date`), web
 * addresses before print and most cited first, without repeats.
 */
function citedSources(
  shown: readonly ListedState[],
  date: IsoDate,
  all: readonly CitedSource[],
): CitedSource[] {
  const counts = new Map<string, number>();
  for (const state of shown) {
    const events = new Set([treatyPartySince(state), standingOn(state, date).event]);
    const ids = new Set([...events].flatMap((e) => e?.sources ?? []));
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
